// Some tests fail ON PURPOSE: googletest tests run by CTest (gtest_discover_tests).
#include <gtest/gtest.h>
#include <stdexcept>

TEST(Cart, test_bd21_total_in_a_trace) {
  SCOPED_TRACE("order 42");
  EXPECT_EQ(2 + 2, 5) << "total mismatch";
}
TEST(Cart, test_bd22_two_failures) {
  EXPECT_EQ(1, 2);
  EXPECT_TRUE(false) << "second failure";
}
TEST(Cart, test_bd23_throws) { throw std::runtime_error("boom from test"); }
TEST(Cart, test_bd24_adds) { EXPECT_EQ(1 + 1, 2); }
TEST(Cart, test_bd25_skipped) { GTEST_SKIP() << "not ready yet"; }
