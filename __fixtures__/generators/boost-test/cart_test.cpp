#define BOOST_TEST_MODULE CartModule
#include <boost/test/included/unit_test.hpp>
#include <boost/test/data/test_case.hpp>
#include <iostream>
#include <stdexcept>
namespace utf = boost::unit_test;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(Cart)
BOOST_AUTO_TEST_CASE(BD_12_adds_item) { std::cout << "adding item" << std::endl; BOOST_TEST(1 + 1 == 2); }
BOOST_AUTO_TEST_CASE(total_is_wrong) { std::cerr << "computing total" << std::endl; BOOST_TEST(2 + 2 == 5); }
BOOST_AUTO_TEST_CASE(throws_exception) { throw std::runtime_error("boom from test"); }
BOOST_AUTO_TEST_CASE(skipped_test, * utf::disabled()) { BOOST_TEST(true); }
BOOST_AUTO_TEST_CASE(warn_only) { BOOST_WARN(1 == 2); }
BOOST_AUTO_TEST_CASE(require_fails) { BOOST_REQUIRE_EQUAL(1, 2); BOOST_TEST(true); }
BOOST_AUTO_TEST_CASE(two_checks_fail) { BOOST_CHECK_EQUAL(1, 2); BOOST_CHECK_MESSAGE(false, "second <&> \"quoted\""); }
BOOST_AUTO_TEST_CASE(depends_on_failed, * utf::depends_on("Cart/total_is_wrong")) { BOOST_TEST(true); }
BOOST_AUTO_TEST_CASE(expected_failures, * utf::expected_failures(1)) { BOOST_TEST(false); }
BOOST_AUTO_TEST_SUITE_END()

struct SetupFails { SetupFails() { throw std::runtime_error("setup failed"); } };
BOOST_FIXTURE_TEST_CASE(setup_fails, SetupFails) { BOOST_TEST(true); }
struct TeardownFails { ~TeardownFails() noexcept(false) { BOOST_TEST(false, "teardown check failed"); } };
BOOST_FIXTURE_TEST_CASE(teardown_fails, TeardownFails) { BOOST_TEST(true); }

BOOST_DATA_TEST_CASE(is_even, bdata::make({2, 3, 4}), n) { BOOST_TEST(n % 2 == 0); }
