// Tiny Qt Test project for the not-junit fixtures (QTestLib's own `xml`
// format). A test function's name can hold no hyphen, so the markers take the
// identifier form (testBd901…); one test fails ON PURPOSE.
#include <QtTest/QtTest>

class CartTest : public QObject
{
    Q_OBJECT

private slots:
    void testBd901AddsItems() { QCOMPARE(1 + 1, 2); }
    void testBd902TotalIsWrong() { QCOMPARE(2 + 2, 5); }
    void testBd903EmptyCart() { QVERIFY(QStringList().isEmpty()); }
};

QTEST_MAIN(CartTest)
#include "cart_test.moc"
