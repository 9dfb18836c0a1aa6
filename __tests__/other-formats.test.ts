/**
 * Files in tools' own XML formats (src/reports/other-formats.ts): real ones,
 * written by the tools (__fixtures__/reports/not-junit/, cunit/), are told
 * apart by their root element, and the warning says what each is and what to
 * do instead.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeReport } from '../src/reports/decode.js'
import { parseJUnit } from '../src/reports/junit.js'
import {
  isCompanionFile,
  otherFormatNote
} from '../src/reports/other-formats.js'
import { fixtureReports } from './helpers/reports.js'

const REPORTS = fileURLToPath(
  new URL('../__fixtures__/reports/', import.meta.url)
)

/** The root element of a fixture that is not JUnit, read as the action reads reports. */
function rootOf(relative: string): string {
  const report = parseJUnit(
    decodeReport(readFileSync(join(REPORTS, relative))),
    relative
  )
  if (report.kind !== 'not-junit') throw new Error(`${relative} is JUnit`)
  return report.root
}

const DOTNET =
  'for .NET, JunitXml.TestLogger writes JUnit: `dotnet test --logger junit`'
const LEAVE_OUT = 'not test results: leave it out of `reports`'

describe('otherFormatNote', () => {
  it.each([
    [
      'not-junit/catch2.xml',
      'Catch',
      ": Catch2's XML; `-r junit` writes JUnit"
    ],
    [
      'not-junit/boost-test-log.xml',
      'TestLog',
      ": Boost.Test's XML log; `--log_format=JUNIT` writes JUnit"
    ],
    [
      'not-junit/boost-test-report.xml',
      'TestResult',
      ": Boost.Test's XML report; its log writes JUnit: `--log_format=JUNIT`"
    ],
    [
      'not-junit/qtest-qt5.xml',
      'TestCase',
      ": Qt Test's own XML; `-o FILE,junitxml` writes JUnit"
    ],
    [
      'not-junit/qtest-qt6.xml',
      'TestCase',
      ": Qt Test's own XML; `-o FILE,junitxml` writes JUnit"
    ],
    [
      'not-junit/ctest-Test.xml',
      'Site',
      ": CTest's dashboard XML; `ctest --output-junit FILE` writes JUnit"
    ],
    [
      'not-junit/testng-results.xml',
      'testng-results',
      ": TestNG's own testng-results.xml; TestNG writes JUnit beside it, as junitreports/TEST-*.xml (Maven Surefire: surefire-reports/TEST-*.xml)"
    ],
    [
      'not-junit/nunit2-TestResult.xml',
      'test-results',
      ": NUnit 2's own XML; nunit-console 2 writes no JUnit; with dotnet test, JunitXml.TestLogger does: `dotnet test --logger junit`"
    ],
    [
      'not-junit/coverage-cobertura.xml',
      'coverage',
      `: a coverage report, as Cobertura and Clover write; ${LEAVE_OUT}`
    ],
    [
      'not-junit/checkstyle.xml',
      'checkstyle',
      `: a lint report in Checkstyle's format; ${LEAVE_OUT}`
    ],
    [
      'cunit/cunit-automated-Results.xml',
      'CUNIT_TEST_RUN_REPORT',
      ": CUnit's own XML; `CU_automated_enable_junit_xml(CU_TRUE)` before the run makes it JUnit"
    ],
    [
      'cunit/cunit-automated-Listing.xml',
      'CUNIT_TEST_LIST_REPORT',
      `: CUnit's test listing; ${LEAVE_OUT}`
    ]
  ])('%s: <%s>', (relative, root, note) => {
    expect(rootOf(relative)).toBe(root)
    expect(otherFormatNote(root)).toBe(note)
  })

  it('has a note for every file in not-junit/', () => {
    const files = fixtureReports('not-junit')
    expect(files).toHaveLength(10)
    for (const file of files) expect(otherFormatNote(rootOf(file))).not.toBe('')
  })

  it('tells formats no tool here writes by their documented roots', () => {
    expect(otherFormatNote('TestRun')).toBe(
      `: a TRX report of dotnet test or Visual Studio, or CppUnit's XML; ${DOTNET} (CppUnit writes none)`
    )
    expect(otherFormatNote('test-run')).toBe(`: NUnit 3's own XML; ${DOTNET}`)
    expect(otherFormatNote('assemblies')).toBe(
      `: xUnit.net's own XML; ${DOTNET}`
    )
    expect(otherFormatNote('robot')).toBe(
      ": Robot Framework's output.xml; `robot --xunit junit.xml` writes JUnit"
    )
  })

  it("tells Maven Failsafe's summary and TestNG's testng-failed.xml, which a folder pattern matches every run, as companion files", () => {
    expect(otherFormatNote('failsafe-summary')).toBe(
      ": Maven Failsafe's summary; the TEST-*.xml files beside it are the reports"
    )
    expect(isCompanionFile('failsafe-summary')).toBe(true)
    // TestNG's testng-failed.xml, beside JUnitXMLReporter's reports.
    const failed = rootOf('testng/testng-browsers-testng-failed.xml')
    expect(failed).toBe('suite')
    expect(otherFormatNote(failed)).toBe(
      ": TestNG's suite file (testng-failed.xml); the reports beside it are the JUnit ones"
    )
    expect(isCompanionFile(failed)).toBe(true)
    for (const root of ['TestRun', 'coverage', 'html', 'testsuite'])
      expect([root, isCompanionFile(root)]).toEqual([root, false])
  })

  it('says nothing of a root it does not know, and matches case as XML does', () => {
    expect(otherFormatNote('html')).toBe('')
    expect(otherFormatNote('testrun')).toBe('')
    expect(otherFormatNote('COVERAGE')).toBe('')
  })
})
