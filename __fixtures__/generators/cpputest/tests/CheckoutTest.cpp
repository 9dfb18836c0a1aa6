// A group whose setup fails, a group whose teardown fails, a marker on a group.
#include "CppUTest/TestHarness.h"

TEST_GROUP(checkout_setup)
{
    void setup() override
    {
        FAIL("setup: the payment gateway did not start");
    }
};

TEST(checkout_setup, test_bd150_pays)
{
    CHECK(true);
}

TEST_GROUP(checkout_teardown)
{
    void teardown() override
    {
        CHECK_EQUAL_TEXT(0, 1, "teardown: the cart was not emptied");
    }
};

TEST(checkout_teardown, test_bd151_empties_cart)
{
    CHECK(true);
}

TEST_GROUP(test_bd152_coupons)
{
};

TEST(test_bd152_coupons, applies_to_all)
{
    CHECK(true);
}

TEST(test_bd152_coupons, fails_too)
{
    CHECK_TEXT(false, "the coupon was not applied");
}
