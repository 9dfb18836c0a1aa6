// Some tests fail ON PURPOSE: this project produces the Catch2 JUnit fixture.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

static int add(int a, int b) { return a + b; }
static void level3() { throw std::runtime_error("boom from level3"); }
static void level2() { level3(); }
static void level1() { level2(); }

TEST_CASE("BD-1 user can log in", "[auth]") { CHECK(add(1, 1) == 2); }

TEST_CASE("[BD-2] cart total is wrong", "[cart]") {
  INFO("cart has 2 items");
  CHECK(add(2, 2) == 5);
}

TEST_CASE("BD-3: crashes with an error", "[cart]") { level1(); }

TEST_CASE("BD-4 skipped feature", "[.][cart]") { CHECK(false); }

TEST_CASE("BD-7 BD-8 shared flow") { CHECK(true); }

TEST_CASE("helper works") { CHECK(add(1, 2) == 3); }

TEST_CASE("BD-9 renders <script>alert(1)</script> & \"quotes\"") {
  FAIL("message: <img src=x onerror=alert(1)> & \"quotes\" ]]> end");
}

TEST_CASE("BD-10 two failed checks") {
  CHECK(add(1, 1) == 3);
  CHECK(add(2, 2) == 5);
}

TEST_CASE("BD-12 expected to fail", "[!shouldfail]") { CHECK(false); }

TEST_CASE("BD-13 may fail", "[!mayfail]") { CHECK(false); }

// Nested sections: Catch2 runs the test case once per leaf section.
TEST_CASE("BD-5 checkout") {
  int total = 10;
  SECTION("applies coupon") {
    total -= 1;
    CHECK(total == 9);
  }
  SECTION("shipping") {
    SECTION("computes shipping") {
      total += 7;
      CHECK(total == 18);
    }
    SECTION("BD-15 free over 100") {
      total += 100;
      CHECK(total == 110);
    }
  }
}

// Parametrized: a template test case, and GENERATE.
TEMPLATE_TEST_CASE("BD-6 adds numbers", "[template]", int, long, float) {
  CHECK(TestType(1) + TestType(1) == TestType(2));
}

TEST_CASE("BD-11 adds rows") {
  auto row = GENERATE(1, 2, 3);
  CHECK(add(row, row) == row * 2 + (row == 3 ? 1 : 0));
}

TEST_CASE("BD-14 warns and skips", "[cart]") {
  WARN("nothing to check yet");
}
