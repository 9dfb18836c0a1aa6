// QA Sphere markers in Qt Test's names: a test function's name can hold no
// hyphen, so it takes the identifier forms (testBd101…, test_bd102_…); a data
// row's tag can hold anything ("BD-121 empty cart").
#include <QtTest/QtTest>

class CartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qDebug("cart suite starts"); }

    void testBd101AddsItem() { QCOMPARE(1 + 1, 2); }

    void test_bd102_total_is_wrong()
    {
        int total = 2 + 2;
        QCOMPARE(total, 5);
    }

    void testBd103CartIsEmpty()
    {
        QStringList cart{"apple"};
        QVERIFY(cart.isEmpty());
    }

    void testBd104VerifyWithMessage()
    {
        QVERIFY2(false, "stock of <apple> & \"pear\" is 'low'\nsecond line of the message");
    }

    void testBd105PaymentDeclined()
    {
        QFAIL("BD-105 payment declined: <card> & \"code\" 'x' – Grüße ✓");
    }

    void testBd106SkippedWithReason() { QSKIP("not on this platform <linux> & \"ci\""); }

    void testBd107ExpectedFailure()
    {
        QEXPECT_FAIL("", "known rounding bug", Continue);
        QCOMPARE(10 / 3, 4);
    }

    void testBd108UnexpectedPass()
    {
        QEXPECT_FAIL("", "was broken, now fixed", Continue);
        QCOMPARE(1, 1);
    }

    void testBd109Messages()
    {
        qDebug("debug line");
        qInfo("info line");
        qWarning("warning <tag> & \"quoted\"");
        qCritical("critical line");
        QCOMPARE(QString("a"), QString("b"));
    }

    void testBd110MessagesPass()
    {
        qDebug("passing debug");
        qWarning("passing warning");
    }

    void testBd111IgnoreMessageUnmet()
    {
        QTest::ignoreMessage(QtWarningMsg, "never printed");
    }

    void testBd112Benchmark()
    {
        QString s;
        QBENCHMARK { s = QString::number(12345); }
    }

    void testBd113TryCompareTimesOut()
    {
        int value = 0;
        QTRY_COMPARE_WITH_TIMEOUT(value, 1, 100);
    }

    void testBd115Lists()
    {
        QStringList actual{"apple", "pear"};
        QStringList expected{"apple", "plum"};
        QCOMPARE(actual, expected);
    }

    void testBd116MultilineStrings()
    {
        QCOMPARE(QString("line one\nline two"), QString("line one\nline 2"));
    }

    void testDiscount_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("expected");
        QTest::newRow("BD-121 empty cart") << 0 << 0;
        QTest::newRow("[BD-122] one item") << 1 << 10;
        QTest::newRow("BD-123 bulk <10> & \"more\"") << 10 << 50;
        QTest::newRow("BD-124 skipped row") << -1 << 0;
        QTest::newRow("BD-125 Grüße 日本 ✓") << 2 << 20;
    }

    void testDiscount()
    {
        QFETCH(int, items);
        QFETCH(int, expected);
        if (items < 0)
            QSKIP("negative counts are not supported");
        QCOMPARE(items * 10, expected);
    }

    void test_bd126_all_rows_pass_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
    }

    void test_bd126_all_rows_pass()
    {
        QFETCH(int, n);
        QVERIFY(n > 0);
    }

    // A marker in the function's name; one row passes, one is skipped.
    void testBd128Rows_data()
    {
        QTest::addColumn<bool>("slow");
        QTest::newRow("fast") << false;
        QTest::newRow("slow") << true;
    }

    void testBd128Rows()
    {
        QFETCH(bool, slow);
        if (slow)
            QSKIP("slow rows run nightly");
        QVERIFY(!slow);
    }

    // No `test` prefix: not an identifier form of a marker.
    void bd127_noTestPrefix() { QVERIFY(true); }

    void cleanupTestCase() { qDebug("cart suite ends"); }
};

QTEST_MAIN(CartTest)
#include "cart_test.moc"
