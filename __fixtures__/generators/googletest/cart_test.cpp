#include <gtest/gtest.h>
#include <iostream>
#include <stdexcept>

TEST(Cart, BD_12_adds_item) { std::cout << "adding item\n"; EXPECT_EQ(1 + 1, 2); }
TEST(Cart, total_is_wrong) { std::cerr << "computing total\n"; EXPECT_EQ(2 + 2, 5) << "total mismatch"; }
TEST(Cart, throws_exception) { throw std::runtime_error("boom from test"); }
TEST(Cart, skipped_test) { GTEST_SKIP() << "not ready yet"; }
TEST(Cart, DISABLED_disabled_test) { EXPECT_TRUE(true); }

class Fixture : public ::testing::Test {
 protected:
  void SetUp() override { FAIL() << "setup failed"; }
};
TEST_F(Fixture, setup_fails) { EXPECT_TRUE(true); }

class TearFixture : public ::testing::Test {
 protected:
  void TearDown() override { ADD_FAILURE() << "teardown failed"; }
};
TEST_F(TearFixture, teardown_fails) { EXPECT_TRUE(true); }

class Param : public ::testing::TestWithParam<int> {};
TEST_P(Param, is_even) { EXPECT_EQ(GetParam() % 2, 0) << "odd: " << GetParam(); }
INSTANTIATE_TEST_SUITE_P(Nums, Param, ::testing::Values(2, 3, 4));

class SuiteSetupFail : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { FAIL() << "suite setup failed"; }
};
TEST_F(SuiteSetupFail, first) { EXPECT_TRUE(true); }
TEST_F(SuiteSetupFail, second) { EXPECT_TRUE(true); }

class SuiteTearFail : public ::testing::Test {
 protected:
  static void TearDownTestSuite() { ADD_FAILURE() << "suite teardown failed"; }
};
TEST_F(SuiteTearFail, only) { EXPECT_TRUE(true); }

TEST(Cart, multiple_failures) { EXPECT_EQ(1, 2); EXPECT_EQ(3, 4) << "second <&> \"quoted\""; }
