// Tiny Catch2 project for the not-junit fixtures (Catch2's own XML reporter).
// One test fails ON PURPOSE.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

static int add(int a, int b) { return a + b; }

TEST_CASE("BD-901 adds items", "[cart]") { CHECK(add(1, 1) == 2); }

TEST_CASE("BD-902 cart total is wrong", "[cart]") { CHECK(add(2, 2) == 5); }

TEST_CASE("BD-903 empty cart", "[cart]") { CHECK(add(0, 0) == 0); }
