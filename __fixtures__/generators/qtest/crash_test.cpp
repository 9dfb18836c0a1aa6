// Tests that end the executable: an exception (Qt 6 reports it, then
// rethrows it), abort() and a segfault. What is left of the report?
// CRASH_MODE=throw|abort|segfault picks how testBd151Crashes ends.
#include <QtTest/QtTest>
#include <cstdlib>
#include <stdexcept>

class CrashTest : public QObject
{
    Q_OBJECT
private slots:
    void testBd150PassesFirst() { QVERIFY(true); }
    void testBd151Crashes()
    {
        qDebug("about to crash");
        const QByteArray mode = qgetenv("CRASH_MODE");
        if (mode == "throw")
            throw std::runtime_error("database gone away");
        if (mode == "segfault") {
            volatile int *p = nullptr;
            *p = 1;
        }
        abort();
    }
    void testBd152NeverRuns() { QVERIFY(true); }
};

QTEST_MAIN(CrashTest)
#include "crash_test.moc"
