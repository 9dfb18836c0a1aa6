// Some tests fail ON PURPOSE: this project produces the doctest JUnit fixture.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

static int add(int a, int b) { return a + b; }
static void level3() { throw std::runtime_error("boom from level3"); }
static void level2() { level3(); }
static void level1() { level2(); }

TEST_CASE("BD-1 user can log in") { CHECK(add(1, 1) == 2); }

TEST_CASE("[BD-2] cart total is wrong") {
  MESSAGE("cart has 2 items");
  CHECK(add(2, 2) == 5);
}

TEST_CASE("BD-3: crashes with an error") { level1(); }

TEST_CASE("BD-4 skipped feature" * doctest::skip()) { CHECK(false); }

TEST_CASE("BD-7 BD-8 shared flow") { CHECK(true); }

TEST_CASE("helper works") { CHECK(add(1, 2) == 3); }

TEST_CASE("BD-9 renders <script>alert(1)</script> & \"quotes\"") {
  CHECK_MESSAGE(false, "message: <img src=x onerror=alert(1)> & \"quotes\" ]]> end");
}

TEST_CASE("BD-10 two failed checks") {
  CHECK(add(1, 1) == 3);
  CHECK(add(2, 2) == 5);
}

TEST_CASE("BD-11 REQUIRE stops the test") {
  REQUIRE(add(1, 1) == 3);
  CHECK(false);
}

TEST_CASE("BD-12 expected to fail" * doctest::should_fail()) { CHECK(false); }

TEST_CASE("BD-13 may fail" * doctest::may_fail()) { CHECK(false); }

TEST_CASE("BD-14 two expected failures" * doctest::expected_failures(2)) {
  CHECK(false);
  CHECK(false);
}

TEST_SUITE("BD-5 checkout") {
  TEST_CASE("applies coupon") { CHECK(add(10, -1) == 9); }
  TEST_CASE("computes shipping") { CHECK(add(3, 4) == 8); }
}

// Subcases: doctest runs the test case once per leaf subcase.
TEST_CASE("BD-15 cart with subcases") {
  int items = 1;
  SUBCASE("adds an item") {
    items += 1;
    CHECK(items == 2);
  }
  SUBCASE("removes an item") {
    items -= 1;
    CHECK(items == 1);
  }
}

// Parametrized: a template test case, one run per type.
TEST_CASE_TEMPLATE("BD-6 adds numbers", T, int, long, float) {
  CHECK(T(1) + T(1) == T(2));
}

TEST_CASE("BD-16 slow" * doctest::timeout(0.000001)) {
  volatile long sum = 0;
  for (long i = 0; i < 20000000; i++) sum += i;
  CHECK(sum > 0);
}
