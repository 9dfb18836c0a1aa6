// Checkout's tests for CxxTest: setUp fails, so each test fails before it runs.
#include <cxxtest/TestSuite.h>

class CheckoutTest : public CxxTest::TestSuite {
public:
  void setUp() { TS_ASSERT_EQUALS(1, 2); }

  void testBd530PaysByCard() { TS_ASSERT(true); }

  void testBd531PaysByCoupon() { TS_ASSERT(true); }
};

class PaymentTest : public CxxTest::TestSuite {
public:
  void setUp() { throw 42; }

  void testBd532Refunds() { TS_ASSERT(true); }
};

class TestBd533Shipping : public CxxTest::TestSuite {
public:
  void testShipsToday() { TS_ASSERT(true); }

  void testShipsTomorrow() { TS_ASSERT_DIFFERS(1, 1); }
};
