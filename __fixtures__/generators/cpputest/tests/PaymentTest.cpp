// CppUTestExt's mocks: a call with the wrong parameter, an expected call that never came.
#include "CppUTest/TestHarness.h"
#include "CppUTestExt/MockSupport.h"

static void pay(int amount)
{
    mock().actualCall("charge").withParameter("amount", amount);
}

TEST_GROUP(payment)
{
    void teardown() override
    {
        mock().clear();
    }
};

TEST(payment, test_bd145_charges_once)
{
    mock().expectOneCall("charge").withParameter("amount", 5);
    pay(5);
    mock().checkExpectations();
}

TEST(payment, test_bd146_wrong_amount)
{
    mock().expectOneCall("charge").withParameter("amount", 5);
    pay(7);
    mock().checkExpectations();
}

TEST(payment, test_bd147_never_charged)
{
    mock().expectOneCall("charge").withParameter("amount", 5);
    mock().checkExpectations();
}
