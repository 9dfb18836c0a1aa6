// Some tests fail ON PURPOSE: the googletest fixture googletest-shapes.xml.
// Names cannot hold a hyphen: markers are in the identifier form (test_bd21_…).
#include <gtest/gtest.h>
#include <string>
#include "sku.h"

// Value-parameterized, its names (and markers) made by a name generator.
struct Card { std::string name; int seq; bool accepted; };
class Pay : public ::testing::TestWithParam<Card> {};
TEST_P(Pay, charges) { EXPECT_TRUE(GetParam().accepted) << GetParam().name << " declined"; }
INSTANTIATE_TEST_SUITE_P(Cards, Pay,
    ::testing::Values(Card{"visa", 21, true}, Card{"amex", 22, false}),
    [](const ::testing::TestParamInfo<Card>& info) {
      return "test_bd" + std::to_string(info.param.seq) + "_" + info.param.name;
    });

// Typed: the marker on the suite, one suite per type.
template <typename T> class TestBd23Halves : public ::testing::Test {};
using Numbers = ::testing::Types<int, double>;
TYPED_TEST_SUITE(TestBd23Halves, Numbers);
TYPED_TEST(TestBd23Halves, doubles_back) { EXPECT_EQ(TypeParam(1) / TypeParam(2) * 2, TypeParam(1)); }

// SCOPED_TRACE: googletest lists the trace after the failure.
TEST(Trace, test_bd24_scoped_trace) {
  SCOPED_TRACE("order 42");
  EXPECT_EQ(2 + 2, 5) << "total mismatch";
}

// A failure in a helper's file, traced from the test.
TEST(Trace, test_bd25_helper) {
  SCOPED_TRACE("checking the sku");
  ExpectValidSku("AB12");
}

// GTEST_SKIP in SetUp.
class NoDatabase : public ::testing::Test {
 protected:
  void SetUp() override { GTEST_SKIP() << "no database here"; }
};
TEST_F(NoDatabase, test_bd26_query) { FAIL() << "must not run"; }

TEST(Death, test_bd27_exits) { EXPECT_DEATH(abort(), ""); }
