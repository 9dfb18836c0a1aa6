// Several test classes in one executable (a main of its own calling
// QTest::qExec for each), and failures outside the test functions:
// initTestCase, init, cleanup, cleanupTestCase, a QSKIP in initTestCase.
#include <QtTest/QtTest>

// initTestCase fails: Qt runs no test function of the class.
class TestBd140SetupFails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(false, "database not reachable"); }
    void testBd141NeverRuns() { QVERIFY(true); }
    void cleanupTestCase() {}
};

// QSKIP in initTestCase: the whole class is skipped.
class TestBd142SkipsAll : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QSKIP("no GPU on this runner"); }
    void testBd143Renders() { QVERIFY(true); }
};

// init() fails before one test, cleanup() after another, and cleanupTestCase.
class TestBd144Hooks : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "testBd145InitFails")
            QFAIL("init could not open the cart");
    }
    void cleanup()
    {
        if (QByteArray(QTest::currentTestFunction()) == "testBd146CleanupFails")
            QFAIL("cleanup could not close the cart");
    }
    void testBd145InitFails() { QVERIFY(true); }
    void testBd146CleanupFails() { QVERIFY(true); }
    void testBd147Passes() { QVERIFY(true); }
    void cleanupTestCase() { QFAIL("cleanupTestCase could not drop the schema"); }
};

// Every test passes, with messages: Qt 5 counts the messages as the suite's
// `errors`.
class TestBd148Logs : public QObject
{
    Q_OBJECT
private slots:
    void testBd149LogsAndPasses()
    {
        qDebug("connecting to the cart service");
        qWarning("slow response: 1200 ms");
        QVERIFY(true);
    }
};

// Each class writes its own report when QTEST_REPORT_DIR is set
// (<dir>/<Class>.xml): with a plain `-o file,junitxml`, every qExec rewrites
// the same file and only the last class is left in it.
template <typename Test>
int run(int argc, char **argv)
{
    Test test;
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString dir = qEnvironmentVariable("QTEST_REPORT_DIR");
    if (!dir.isEmpty())
        args << "-o" << dir + "/" + test.metaObject()->className() + ".xml,junitxml"
             << "-o" << "-,txt";
    return QTest::qExec(&test, args);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    status |= run<TestBd144Hooks>(argc, argv);
    status |= run<TestBd148Logs>(argc, argv);
    status |= run<TestBd140SetupFails>(argc, argv);
    // Last: after a QSKIP in initTestCase, Qt 6.4 runs no test function of
    // the classes that follow in the same executable.
    status |= run<TestBd142SkipsAll>(argc, argv);
    return status;
}

#include "lifecycle_test.moc"
