// Some tests fail ON PURPOSE: the doctest fixture doctest-warn.xml.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <stdexcept>

// WARN checks do not fail a test: doctest counts these two as passed.
TEST_CASE("BD-21 only warns") { WARN(1 == 2); }
TEST_CASE("BD-22 warns and passes") {
  WARN_EQ(1, 2);
  CHECK(1 == 1);
}
// A warning beside a real failure.
TEST_CASE("BD-23 warns and fails") {
  WARN_FALSE(true);
  CHECK(2 + 2 == 5);
}
// An exception thrown in a subcase.
TEST_CASE("BD-24 cart with subcases") {
  SUBCASE("adds an item") { CHECK(true); }
  SUBCASE("throws") { throw std::logic_error("cart is locked"); }
}
// Not in the report: FAIL_CHECK's and FAIL's messages, and that a
// should_fail test passed (doctest counts both as failed).
TEST_CASE("BD-25 fails by message") { FAIL_CHECK("soft failure"); }
TEST_CASE("BD-26 should fail but passes" * doctest::should_fail()) { CHECK(true); }
