// Crashes and exceptions (CppUTest 4.0 as Debian builds it does not catch
// them): a run without -p stops at the first one.
#include <cstdlib>
#include <stdexcept>

#include "CppUTest/TestHarness.h"

TEST_GROUP(crash)
{
};

TEST(crash, test_bd160_segfaults)
{
    volatile int* nowhere = nullptr;
    *nowhere = 1;
}

TEST(crash, test_bd161_aborts)
{
    abort();
}

TEST(crash, test_bd162_passes)
{
    CHECK(true);
}

TEST(crash, test_bd163_throws)
{
    throw std::runtime_error("payment gateway is down");
}
