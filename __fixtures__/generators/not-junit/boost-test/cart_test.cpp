// Tiny Boost.Test project for the not-junit fixtures (Boost.Test's own XML
// log and report). One test fails ON PURPOSE.
#define BOOST_TEST_MODULE NotJunitModule
#include <boost/test/included/unit_test.hpp>

BOOST_AUTO_TEST_SUITE(Cart)
BOOST_AUTO_TEST_CASE(BD_901_adds_items) { BOOST_TEST(1 + 1 == 2); }
BOOST_AUTO_TEST_CASE(BD_902_total_is_wrong) { BOOST_TEST(2 + 2 == 5); }
BOOST_AUTO_TEST_CASE(BD_903_empty_cart) { BOOST_TEST(0 + 0 == 0); }
BOOST_AUTO_TEST_SUITE_END()
