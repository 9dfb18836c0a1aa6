// A shop cart's tests for CxxTest: some fail ON PURPOSE (see generate.sh).
#include <cxxtest/TestSuite.h>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

static int total(int price, int quantity) { return price * quantity; }

class CartTest : public CxxTest::TestSuite {
public:
  void testBd510AddsItem() { TS_ASSERT_EQUALS(total(2, 3), 6); }

  void testBd511TotalIsWrong() { TS_ASSERT_EQUALS(total(2, 2), 5); }

  void testBd512AssertIsFalse() { TS_ASSERT(total(1, 1) == 2); }

  void testBd513DeltaTooFar() { TS_ASSERT_DELTA(0.1 * 3, 0.4, 0.01); }

  void testBd514FailsWithMessage() { TS_FAIL("price <5> & \"quoted\" 'too'"); }

  void testBd515TwoFailures() {
    TS_ASSERT_EQUALS(total(1, 2), 3);
    TS_ASSERT_EQUALS(total(2, 2), 5);
  }

  void testBd516Warns() { TS_WARN("stock is low"); }

  void testBd517Traces() { TS_TRACE("adding 2 items"); }

  void testBd518Skipped() { TS_SKIP("payment gateway <offline> & down"); }

  void testBd519ThrowsWrong() {
    TS_ASSERT_THROWS(total(1, 1), std::runtime_error);
  }

  void testBd520UncaughtException() {
    throw std::runtime_error("cart is <empty> & closed");
  }

  void testBd521Output() {
    std::cout << "stdout: 2 items" << std::endl;
    std::cerr << "stderr: low stock" << std::endl;
  }

  void testBd522OutputThenFail() {
    std::printf("printing before failing\n");
    TS_ASSERT_EQUALS(std::string("a<b"), std::string("a&b"));
  }

  void testBd523ThrowsNothing() {
    TS_ASSERT_THROWS_NOTHING(throw std::logic_error("no stock"));
  }

  void testBd524WarnThenFail() {
    TS_WARN("coupon expired");
    TS_ASSERT_LESS_THAN(10, 3);
  }

  void test_bd525_unicode() { TS_FAIL("unicode: é€✓"); }
};
