/**
 * What a file that is not JUnit XML most likely is, told by its root element,
 * and what to do about it: a pattern that matches a TRX file or a coverage
 * report is a common first mistake. Pure.
 */

interface OtherFormat {
  /** What the file is, as a noun phrase: `Catch2's XML`. */
  readonly what: string
  /** What to do: how the same tool writes JUnit, or to leave the file out. */
  readonly advice: string
  /**
   * A file the tool writes beside its JUnit reports, which a pattern of a
   * whole folder matches every time: said in the log, not warned of.
   */
  readonly companion?: true
}

const DOTNET_JUNIT =
  'for .NET, JunitXml.TestLogger writes JUnit: `dotnet test --logger junit`'
const NOT_TEST_RESULTS = 'not test results: leave it out of `reports`'

/** By root element name, case as XML is: case-sensitive. */
const OTHER_FORMATS: ReadonlyMap<string, OtherFormat> = new Map([
  [
    'TestRun',
    {
      what: "a TRX report of dotnet test or Visual Studio, or CppUnit's XML",
      advice: `${DOTNET_JUNIT} (CppUnit writes none)`
    }
  ],
  ['test-run', { what: "NUnit 3's own XML", advice: DOTNET_JUNIT }],
  [
    'test-results',
    {
      what: "NUnit 2's own XML",
      advice:
        'nunit-console 2 writes no JUnit; with dotnet test, JunitXml.TestLogger does: `dotnet test --logger junit`'
    }
  ],
  ['assemblies', { what: "xUnit.net's own XML", advice: DOTNET_JUNIT }],
  ['assembly', { what: "xUnit.net's own XML", advice: DOTNET_JUNIT }],
  [
    'testng-results',
    {
      what: "TestNG's own testng-results.xml",
      advice:
        'TestNG writes JUnit beside it, as junitreports/TEST-*.xml (Maven Surefire: surefire-reports/TEST-*.xml)'
    }
  ],
  [
    'TestLog',
    {
      what: "Boost.Test's XML log",
      advice: '`--log_format=JUNIT` writes JUnit'
    }
  ],
  [
    'TestResult',
    {
      what: "Boost.Test's XML report",
      advice: 'its log writes JUnit: `--log_format=JUNIT`'
    }
  ],
  ['Catch', { what: "Catch2's XML", advice: '`-r junit` writes JUnit' }],
  [
    'Catch2TestRun',
    { what: "Catch2's XML", advice: '`-r junit` writes JUnit' }
  ],
  [
    'TestCase',
    {
      what: "Qt Test's own XML",
      advice: '`-o FILE,junitxml` writes JUnit'
    }
  ],
  [
    'Site',
    {
      what: "CTest's dashboard XML",
      advice: '`ctest --output-junit FILE` writes JUnit'
    }
  ],
  [
    'CUNIT_TEST_RUN_REPORT',
    {
      what: "CUnit's own XML",
      advice:
        '`CU_automated_enable_junit_xml(CU_TRUE)` before the run makes it JUnit'
    }
  ],
  [
    'CUNIT_TEST_LIST_REPORT',
    { what: "CUnit's test listing", advice: NOT_TEST_RESULTS }
  ],
  [
    'robot',
    {
      what: "Robot Framework's output.xml",
      advice: '`robot --xunit junit.xml` writes JUnit'
    }
  ],
  [
    'testResults',
    {
      what: 'a JMeter results file',
      advice: "a load test's samples, not JUnit: leave it out of `reports`"
    }
  ],
  [
    'suite',
    {
      what: "TestNG's suite file (testng-failed.xml)",
      advice: 'the reports beside it are the JUnit ones',
      companion: true
    }
  ],
  [
    'failsafe-summary',
    {
      what: "Maven Failsafe's summary",
      advice: 'the TEST-*.xml files beside it are the reports',
      companion: true
    }
  ],
  [
    'coverage',
    {
      what: 'a coverage report, as Cobertura and Clover write',
      advice: NOT_TEST_RESULTS
    }
  ],
  [
    'checkstyle',
    { what: "a lint report in Checkstyle's format", advice: NOT_TEST_RESULTS }
  ],
  ['BugCollection', { what: 'a SpotBugs report', advice: NOT_TEST_RESULTS }],
  ['pmd', { what: 'a PMD report', advice: NOT_TEST_RESULTS }],
  [
    'project',
    {
      what: "a build file such as Maven's pom.xml or Ant's build.xml",
      advice: NOT_TEST_RESULTS
    }
  ],
  ['Project', { what: 'an MSBuild project file', advice: NOT_TEST_RESULTS }]
])

/**
 * `: a TRX report …; for .NET, …` to follow `its root element is <TestRun>`,
 * or '' for a root element of no format known here.
 */
export function otherFormatNote(root: string): string {
  const format = OTHER_FORMATS.get(root)
  if (!format) return ''
  return `: ${format.what}; ${format.advice}`
}

/** Whether the root is of a file a tool writes beside its JUnit reports (see OtherFormat.companion). */
export function isCompanionFile(root: string): boolean {
  return OTHER_FORMATS.get(root)?.companion === true
}
