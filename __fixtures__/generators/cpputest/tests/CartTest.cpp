// CppUTest tests of a shop's cart: markers BD-130..BD-149 in test names.
// Some tests fail ON PURPOSE, one failure of each kind.
#include <cstdio>
#include <string>

#include "CppUTest/TestHarness.h"

static int total(int a, int b) { return a + b; }

TEST_GROUP(cart)
{
};

TEST(cart, test_bd130_adds_item)
{
    CHECK_EQUAL(3, total(1, 2));
}

TEST(cart, test_bd131_check_equal_fails)
{
    CHECK_EQUAL(4, total(1, 2));
}

TEST(cart, test_bd132_strcmp_equal_fails)
{
    STRCMP_EQUAL("cart <b> & \"quoted\" 'x'", "cart <i> & \"quoted\" 'y'");
}

TEST(cart, test_bd133_longs_equal_fails)
{
    LONGS_EQUAL(10, total(4, 5));
}

TEST(cart, test_bd134_fail)
{
    FAIL("gave up: no stock for <sku> & \"more\"");
}

TEST(cart, test_bd135_check_fails)
{
    CHECK(total(1, 1) == 3);
}

TEST(cart, test_bd136_check_equal_text_fails)
{
    CHECK_EQUAL_TEXT(5, total(2, 2), "the total of two items");
}

TEST(cart, test_bd137_doubles_equal_fails)
{
    DOUBLES_EQUAL(9.99, 10.5, 0.01);
}

IGNORE_TEST(cart, test_bd138_ignored)
{
    FAIL("never runs");
}

TEST(cart, test_bd139_output)
{
    UT_PRINT("BD-139 printed with UT_PRINT");
    printf("printf to stdout\n");
    fprintf(stderr, "fprintf to stderr\n");
    CHECK_EQUAL(2, total(1, 1));
}

TEST(cart, test_bd140_output_then_fail)
{
    UT_PRINT("before the failure");
    STRCMP_EQUAL("unicode: é€✓", "unicode: e");
}

TEST(cart, test_bd141_memory_leak)
{
    char* leaked = new char[16];
    leaked[0] = 'x';
}

TEST(cart, test_bd142_two_checks)
{
    CHECK_EQUAL(1, total(1, 0));
    CHECK_EQUAL(7, total(3, 3));
    CHECK_EQUAL(9, total(4, 4));
}
