/**
 * JUnit XML parsing (src/reports/junit.ts and junit/, test-case.ts, decode.ts,
 * xml-text.ts, load.ts)
 * on real reports: the generated ones in __fixtures__/reports/<tool>/ and the
 * third-party corpus in __fixtures__/reports/third-party/ (see MANIFEST.md).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeReport, ReportDecodeError } from '../src/reports/decode.js'
import {
  parseJUnit,
  MAX_NODES_AT_ONCE,
  MAX_PROBLEMS,
  MAX_DOCUMENTS,
  MAX_TEST_CASES,
  MAX_TEST_SECONDS,
  ReportParseError,
  SUITE_TEST_NAME,
  type ParsedReport
} from '../src/reports/junit.js'
import { parseSeconds } from '../src/reports/junit/children.js'
import {
  failedOrErrored,
  isFailureOrError,
  type Outcome,
  type TestCase
} from '../src/reports/test-case.js'
import { grouped } from '../src/util/counted.js'
import { MAX_SIDE_BY_SIDE } from '../src/reports/well-formed.js'
import { MarkerFinder } from '../src/markers.js'
import { worstOutcome } from '../src/results/plan.js'
import { DEFAULT_STATUS_MAP } from '../src/results/statuses.js'
import { buildComment } from '../src/results/comment.js'
import { failureText, summaryLine } from '../src/results/failure-text.js'
import { failurePositions } from '../src/annotations/source-positions.js'
import { pickWith, seeded } from './helpers/random.js'
import {
  fixtureReports,
  fixtureTestCases,
  isReportFile,
  parseReportText,
  parseSuite,
  statusByMarker
} from './helpers/reports.js'
import { loadReport, MAX_REPORT_BYTES } from '../src/reports/load.js'
import {
  decodeEntities,
  decodeRawContent,
  stripDoctype
} from '../src/reports/xml-text.js'

const REPORTS = new URL('../__fixtures__/reports/', import.meta.url)
/** What go's reporters write in each suite (gotestsum's reruns are repeated testcases). */
const GO_VERSION =
  '<properties><property name="go.version" value="go1.22.0 linux/amd64"/></properties>'

function fixtureBytes(relative: string): Buffer {
  // A path, not a URL: Gradle's file names hold `#` (TEST-int#29.xml).
  return readFileSync(join(fileURLToPath(REPORTS), relative))
}

function fixtureText(relative: string): string {
  return decodeReport(fixtureBytes(relative))
}

function junitCases(report: ParsedReport): TestCase[] {
  if (report.kind !== 'junit') {
    throw new Error(`expected a JUnit report, got <${report.root}>`)
  }
  return report.testCases
}

function parseFixture(relative: string): TestCase[] {
  return junitCases(parseJUnit(fixtureText(relative), relative))
}

/** Counts per outcome; `flaky` only where there are flaky tests. */
function outcomes(
  testCases: readonly TestCase[]
): Partial<Record<Outcome, number>> {
  const counts: Partial<Record<Outcome, number>> = {
    passed: 0,
    failure: 0,
    error: 0,
    skipped: 0
  }
  for (const testCase of testCases) {
    counts[testCase.outcome] = (counts[testCase.outcome] ?? 0) + 1
  }
  return counts
}

function named(testCases: readonly TestCase[], name: string): TestCase[] {
  return testCases.filter((testCase) => testCase.name === name)
}

/** The one test case with this name (fails loudly when there are 0 or 2+). */
function only(testCases: readonly TestCase[], name: string): TestCase {
  const found = named(testCases, name)
  if (found.length !== 1) {
    throw new Error(`expected one testcase named ${name}, got ${found.length}`)
  }
  return found[0]
}

/** Minimal independent decoding of the five XML entities and character references (Qt's `&#x002D;`, Handlebars' `&#x27;`, mocha's `&#x3C;`), in one pass, for test oracles. */
function xmlUnescape(text: string): string {
  const named: Record<string, string> = {
    quot: '"',
    apos: "'",
    lt: '<',
    gt: '>',
    amp: '&'
  }
  return text.replace(
    /&(?:(quot|apos|lt|gt|amp)|#x([0-9a-fA-F]+)|#(\d+));/g,
    (_, name: string | undefined, hex: string | undefined, dec: string) =>
      name
        ? named[name]
        : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))
  )
}

/**
 * `name time` pairs read straight from the `<testcase>` start tags with a
 * regex, sorted: an oracle for `seconds` that survives regenerating a fixture.
 */
function rawNameTimes(text: string): string[] {
  const pairs: string[] = []
  for (const [tag] of text.matchAll(
    /<testcase\b(?:[^>"']|"[^"]*"|'[^']*')*>/g
  )) {
    const name = /\sname=(["'])(.*?)\1/s.exec(tag)?.[2] ?? ''
    const time = /\stime=(["'])(.*?)\1/.exec(tag)?.[2]
    pairs.push(
      `${xmlUnescape(name).trim()} ${time === undefined ? 'undefined' : Number(time)}`
    )
  }
  return pairs.sort()
}

function parsedNameTimes(testCases: readonly TestCase[]): string[] {
  return testCases.map((tc) => `${tc.name} ${tc.seconds}`).sort()
}

const inNesting = (file: string) => file.includes('/nesting/')
/** Gradle's reports: one per test class, and CartTest's with outputPerTestCase. */
const GRADLE = fixtureReports('gradle').filter((file) => !inNesting(file))
/** Gradle's @Nested classes' reports, from a run of their own: one per class. */
const GRADLE_NESTING = fixtureReports('gradle').filter(inNesting)
/** Maven Surefire's reports: one per test class (JUnit 5, and JUnit 4 rerun). */
const MAVEN_SUREFIRE = fixtureReports('maven-surefire').filter(
  (file) => !inNesting(file)
)
/** Maven Surefire's @Nested classes' reports, from a run of their own. */
const MAVEN_SUREFIRE_NESTING =
  fixtureReports('maven-surefire').filter(inNesting)
/** Maven Surefire 3's reports: its default names, then the phrased (display) names. */
const MAVEN_SUREFIRE3 = fixtureReports('maven-surefire3')
/** Ant <junitlauncher>'s @Nested classes' reports, from a run of their own. */
const ANT_JUNITLAUNCHER_NESTING =
  fixtureReports('ant-junitlauncher').filter(inNesting)
/** WebdriverIO's reports: the reporter's defaults (`.log`), then every shape-changing option. */
const WDIO = fixtureReports('wdio')
/** Nightwatch's reports: one per spec file. */
const NIGHTWATCH = fixtureReports('nightwatch')
/** RSpec's well-formed reports (the one redirected from standard output is not). */
const RSPEC = [
  'rspec/rspec.xml',
  'rspec/rspec-rand-seed1.xml',
  'rspec/rspec-captured-output.xml'
]
/** Perl's TAP::Harness::JUnit: prove's default, --merge, and each of its options. */
const TAP_HARNESS = fixtureReports('tap-harness-junit')
/** testthat's JunitReporter: test_dir() alone, beside a ProgressReporter, stopped early, test_file(). */
const TESTTHAT = fixtureReports('testthat')
/** mocha's built-in xunit reporter: a whole run to a file, with the options that change it. */
const MOCHA_XUNIT = [
  'mocha-xunit/mocha-xunit.xml',
  'mocha-xunit/mocha-xunit-options.xml'
]
/** clojure.test.junit: a whole run to a file, and on standard output. */
const CLOJURE_TEST = [
  'clojure-test/clojure-test.xml',
  'clojure-test/clojure-test-stdout.xml'
]

const GENERATED = [
  'pytest/pytest-xunit1.xml',
  'pytest/pytest-xunit2.xml',
  'pytest/pytest-reruns.xml',
  'pytest/pytest-xdist.xml',
  'pytest/pytest-plugins.xml',
  'pytest/pytest-outcomes.xml',
  'pytest/pytest-nesting-xunit1.xml',
  'pytest/pytest-nesting-xunit2.xml',
  'phpunit/phpunit-nested.xml',
  'phpunit/phpunit-single-class.xml',
  'phpunit/phpunit-warnings.xml',
  'phpunit/phpunit-risky.xml',
  'phpunit/phpunit-process-isolation.xml',
  'go/gotestsum.xml',
  'go/gotestsum-relative.xml',
  'go/gotestsum-reruns.xml',
  'go/gotestsum-count2.xml',
  'ctest/ctest.xml',
  'ctest/ctest-more.xml',
  'jest/jest-junit.xml',
  'jest/jest-junit-nesting.xml',
  'vitest/vitest-junit.xml',
  'vitest/vitest-junit-nesting.xml',
  'vitest/vitest-junit-projects.xml',
  'vitest5/vitest-junit.xml',
  'vitest5/vitest-junit-nesting.xml',
  'vitest5/vitest-junit-projects.xml',
  'tap/tap-junit.xml',
  'tap/tap-junit-nesting.xml',
  'minitest/minitest-reporters.xml',
  'minitest/minitest-pretty-diffs.xml',
  'googletest/googletest.xml',
  'googletest/googletest-shapes.xml',
  'python-xmlrunner/xmlrunner.xml',
  'behave/behave-junit.xml',
  'cucumber/cucumber-junit.xml',
  'cucumber/cucumber-junit-rules.xml',
  'cucumber13/cucumber-junit.xml',
  'boost-test/boost-test.xml',
  'ant-junitlauncher/TEST-demo.CartTest.xml',
  ...ANT_JUNITLAUNCHER_NESTING,
  'testng/TEST-demo.CartTest.xml',
  'testng/testng-browsers-junitreports.xml',
  'testng/testng-browsers-Chrome.xml',
  'testng/testng-browsers-Firefox.xml',
  'nose2/nose2-junit.xml',
  'ant/TESTS-TestSuites.xml',
  'mocha/mocha-junit-reporter.xml',
  'mocha/mocha-junit-reporter-nesting.xml',
  'mocha/mocha-junit-reporter-nesting-switch.xml',
  'mocha/mocha-junit-reporter-nesting-jenkins.xml',
  'mocha/mocha-junit-reporter-nesting-full-suite-title.xml',
  'mocha/mocha-junit-reporter-nesting-full-suite-title-dot.xml',
  'node-test/node-test-junit.xml',
  'node-test/node-test-nesting.xml',
  'node-test/node22/node-test-junit.xml',
  'node-test/node22/node-test-todo.xml',
  'node-test/node22/node-test-quotes.xml',
  'node-test/node22/node-test-nesting.xml',
  'node-test/node24/node-test-junit.xml',
  'node-test/node24/node-test-todo.xml',
  'node-test/node24/node-test-quotes.xml',
  'node-test/node24/node-test-nesting.xml',
  ...fixtureReports('reporters-junit'),
  'playwright/playwright-junit.xml',
  'playwright/playwright-junit-include-retries.xml',
  'playwright/playwright-junit-nesting.xml',
  'playwright/playwright-junit-projects.xml',
  'bats/bats-junit.xml',
  'bats/bats-setup-file.xml',
  'doctest/doctest-junit.xml',
  'doctest/doctest-warn.xml',
  'cmocka/cmocka-cart.xml',
  'cmocka/cmocka-checkout.xml',
  'busted/busted-junit.xml',
  'catch2/catch2-junit.xml',
  'jasmine/jasmine-junit.xml',
  'jasmine/jasmine-junit-nesting.xml',
  'jasmine/jasmine-junit-nesting-spaces.xml',
  'jasmine/jasmine-junit-nesting-separate-BD650outer.xml',
  'jasmine/jasmine-junit-nesting-separate-BD655hooksouter.xml',
  'jasmine/jasmine-junit-nesting-separate-plainouter.xml',
  'jasmine/jasmine-junit-nesting-separate-v1.2dotted.xml',
  'jasmine/jasmine-junit-nesting-separate-focusedspecs.xml',
  'karma/karma-mocha-junit.xml',
  'karma/karma-mocha-junit-browsers-chromium.xml',
  'karma/karma-mocha-junit-browsers-firefox.xml',
  'karma/karma-jasmine-junit.xml',
  'karma/karma-mocha-junit-nesting.xml',
  'karma/karma-jasmine-junit-nesting.xml',
  'newman/newman-junit.xml',
  'ava/ava-tap-junit.xml',
  'deno/deno-junit.xml',
  'deno/deno-junit-nesting.xml',
  'bun/bun-junit.xml',
  'bun/bun-nesting.xml',
  'rust-libtest/libtest-lib.xml',
  'rust-libtest/libtest-integration.xml',
  'rust-libtest/libtest-doc.xml',
  'common-test/cth-surefire.xml',
  'tap-formatter-junit/tap-formatter-junit.xml',
  'tap-formatter-junit/tap-formatter-junit-more.xml',
  'eunit/TEST-bd_shop_tests.xml',
  'eunit/TEST-bd_slow_tests.xml',
  'meson/testlog.junit.xml',
  ...fixtureReports('qtest'),
  ...fixtureReports('ginkgo'),
  ...fixtureReports('criterion'),
  // CUnit's own formats, the report it stopped writing, and a name it wrote unescaped.
  ...fixtureReports('cunit').filter(
    (file) => !/(?:automated|abort|hostile-name)-/.test(file)
  ),
  ...fixtureReports('tasty'),
  ...TESTTHAT,
  'subunit/stestr-junit.xml',
  'subunit/subunit-run-junit.xml',
  'junitparser/merged.xml',
  'junitparser/merged-glob.xml',
  ...GRADLE,
  ...GRADLE_NESTING,
  ...MAVEN_SUREFIRE,
  ...MAVEN_SUREFIRE_NESTING,
  ...MAVEN_SUREFIRE3,
  ...WDIO,
  ...NIGHTWATCH.filter((file) => !file.endsWith('skipped.spec.xml')),
  ...RSPEC,
  'rspec/rspec-nesting.xml',
  ...TAP_HARNESS,
  ...fixtureReports('testcafe'),
  ...fixtureReports('cucumber-ruby'),
  // CppUTest writes an empty cpputest_.xml when tests were filtered out.
  ...fixtureReports('cpputest').filter(
    (file) => !/\/cpputest_(?:shop\.cart_)?\.xml$/.test(file)
  ),
  // The ConsoleLauncher's names are display names, read from its output.
  ...fixtureReports('kotlin').filter(
    (file) => !file.startsWith('kotlin/console')
  ),
  ...fixtureReports('groovy'),
  'lab/lab-junit.xml',
  'lab/lab-bail.xml',
  'lab/lab-dry.xml',
  ...MOCHA_XUNIT,
  'mocha-xunit/mocha-xunit-stdout-quiet.xml',
  ...CLOJURE_TEST,
  // LuaUnit writes a name unescaped (`<`, `&`, `"`): luaunit-names is no XML.
  ...fixtureReports('luaunit').filter(
    (file) => !file.endsWith('-names-junit.xml')
  ),
  // NIMTEST_ABORT_ON_ERROR quits before the report is closed.
  ...fixtureReports('nim-unittest').filter(
    (file) => !file.endsWith('-abort-junit.xml')
  ),
  ...fixtureReports('web-test-runner'),
  ...fixtureReports('crystal-spec'),
  // CxxTest's XmlPrinter on standard output: its output before the report.
  ...fixtureReports('cxxtest').filter(
    (file) => !file.endsWith('-xmlprinter-stdout.xml')
  ),
  ...fixtureReports('junit-xml'),
  ...fixtureReports('bazel')
]

/** Testcases a report writes that are not read as tests (see dropUncountedCleanup). */
const NOT_READ: Record<string, string[]> = {
  'qtest/qt6/TestBd142SkipsAll.xml': ['cleanupTestCase']
}

describe('every generated report', () => {
  // Qt 5 writes no times, and its data rows are tests it does not write as
  // testcases (see qt5TestCases).
  it.each(GENERATED.filter((file) => !file.startsWith('qtest/qt5/')))(
    '%s: seconds are the time attributes',
    (file) => {
      const testCases = parseFixture(file)
      expect(testCases.length).toBeGreaterThan(0)
      // Retries merged into one test (flaky, or failed on every attempt as
      // WebdriverIO writes them) sum their attempts' times.
      const merged = new Set(
        testCases.filter((tc) => tc.outcome === 'flaky').map((tc) => tc.name)
      )
      // node:test escapes quotes twice: they are read as quotes (also in a
      // merged report holding its suites). TAP::Harness::JUnit's ` (2)`
      // after a name is read without it.
      const text =
        file.startsWith('node-test/') || file === 'junitparser/merged-glob.xml'
          ? fixtureText(file).replaceAll('&amp;quot;', '&quot;')
          : // @reporters/junit writes a quote in an attribute `\"`.
            file.startsWith('reporters-junit/')
            ? fixtureText(file).replaceAll('\\"', '&quot;')
            : file.startsWith('tap-harness-junit/')
              ? fixtureText(file).replace(/ \(\d+\)(?=" classname=)/g, '')
              : file.startsWith('testcafe/')
                ? // TestCafe's xunit reporter's notes after a name are read without it.
                  fixtureText(file).replace(
                    / \(unstable\)(?=[" ])| \(screenshots: [^"]*\)(?=")/g,
                    ''
                  )
                : fixtureText(file)
      const written = rawNameTimes(text)
      const nameOf = (pair: string) => pair.slice(0, pair.lastIndexOf(' '))
      for (const { name } of testCases)
        if (
          written.filter((pair) => nameOf(pair) === name).length >
          named(testCases, name).length
        )
          merged.add(name)
      const notRead = NOT_READ[file] ?? []
      const raw = written.filter(
        (pair) => !merged.has(nameOf(pair)) && !notRead.includes(nameOf(pair))
      )
      // A suite's own failure (busted's before_each) has no testcase tag.
      expect(
        parsedNameTimes(
          testCases.filter(
            (tc) => !merged.has(tc.name) && tc.name !== SUITE_TEST_NAME
          )
        )
      ).toEqual(raw)
    }
  )

  it.each(GENERATED)(
    '%s: output only on failed tests, reportFile as given',
    (file) => {
      const testCases = parseFixture(file)
      for (const testCase of testCases) {
        expect(testCase.reportFile).toBe(file)
        if (testCase.outcome === 'passed' || testCase.outcome === 'skipped') {
          expect(testCase.output).toBe('')
        }
      }
    }
  )
})

describe("a failed test's line", () => {
  const generators = fileURLToPath(
    new URL('../__fixtures__/generators/', import.meta.url)
  )
  // The report's path of a test's file → the generator's source it ran.
  const cases: [string, string, (test: TestCase) => string][] = [
    ['pytest/pytest-xunit1.xml', 'pytest', (t) => t.file],
    ['pytest/pytest-xdist.xml', 'pytest', (t) => t.file],
    ['pytest/pytest-outcomes.xml', 'pytest', (t) => t.file],
    ['pytest/pytest-nesting-xunit1.xml', 'pytest', (t) => t.file],
    ['python-xmlrunner/xmlrunner.xml', 'python-xmlrunner', (t) => t.file],
    ['googletest/googletest.xml', 'googletest', (t) => t.file],
    ['bun/bun-junit.xml', 'bun', (t) => t.file],
    ['deno/deno-junit.xml', 'deno', (t) => t.classname],
    ['deno/deno-junit-nesting.xml', 'deno', (t) => t.classname],
    [
      'phpunit/phpunit-nested.xml',
      'phpunit',
      (t) => t.file.split('/phpunit/')[1]
    ],
    [
      'common-test/cth-surefire.xml',
      'common-test',
      (t) => t.file.split('/common-test/')[1]
    ],
    ['cpputest/ojunit/cpputest_cart.xml', 'cpputest', (t) => t.file]
  ]
  /**
   * Where a test starts: a def (or its first decorator), a TEST macro, a
   * PHP method, a test call, its name on a line of its own or the end of
   * test.each's table before it (bun), a deno step.
   */
  const DEFINITION =
    /^\s*(?:@|(?:async )?def test|TEST(?:_[FP])?\(|public function test|(?:Deno\.)?test\(|'BD-|\]\)\()|\bt\.step\(/
  /**
   * common_test's line is where the test failed: a line of code of its
   * clause or of the helper that raised the error (in a parallel group,
   * cth_surefire gives one test another's failure, line and all).
   */
  const ERLANG_CODE = /^(?!\s*%)\s*\S/

  it.each(cases)(
    '%s: where its testcase says the test is, counted from 1 (pytest counts from 0)',
    (fixture, generator, sourceOf) => {
      const failed = fixtureTestCases(fixture).filter((t) =>
        failedOrErrored(t.outcome)
      )
      const lines = failed.filter((t) => t.line !== undefined)
      expect(lines.length).toBeGreaterThanOrEqual(3)
      for (const test of lines) {
        const line = test.line ?? 0
        const source = readFileSync(
          join(generators, generator, sourceOf(test)),
          'utf8'
        ).split('\n')
        const found =
          generator === 'common-test'
            ? ERLANG_CODE.test(source[line - 1])
            : DEFINITION.test(source[line - 1])
        expect(`${test.name} at ${line}: ${found}`).toBe(
          `${test.name} at ${line}: true`
        )
      }
    }
  )

  it("counts from 0 in pytest's xunit1 reports before 4.6.8 and 5.1 too (no hostname, the suite named pytest), not in unittest-xml-reporting's", () => {
    // As pytest 4.6 writes it (pytest-dev/pytest#5095): `def test_1` is on
    // line 3 of test_bar.py, written as line="2".
    const [old] = parseReportText(
      '<testsuites><testsuite errors="0" failures="1" name="pytest" skipped="0" tests="1" time="0.023">' +
        '<testcase classname="test_bar" file="test_bar.py" line="2" name="test_1" time="0.000">' +
        '<failure message="assert 1 == 2">E assert 1 == 2</failure></testcase>' +
        '</testsuite></testsuites>'
    )
    expect(old.line).toBe(3)
    const [xmlrunner] = parseReportText(
      '<testsuite name="test_cart.Cart-20261123043644" tests="1" file="test_cart.py" failures="1">' +
        '<testcase classname="test_cart.Cart" name="test_x" time="0.000" file="test_cart.py" line="10">' +
        '<failure message="boom">boom</failure></testcase></testsuite>'
    )
    expect(xmlrunner.line).toBe(10)
  })

  it('is kept only for a failed or errored test, and only as a number from 1', () => {
    const [passed, failed, zero, junk, fromZero] = parseSuite(
      '<testcase name="a" file="a.cpp" line="5"/>' +
        '<testcase name="b" file="a.cpp" line="6"><failure/></testcase>' +
        '<testcase name="c" file="a.cpp" line="0"><failure/></testcase>' +
        '<testcase name="d" file="a.cpp" line="7x"><error/></testcase>' +
        '<testcase name="e" file="a.py" line="0"><error/></testcase>'
    )
    expect([passed, failed, zero, junk].map((t) => t.line)).toEqual([
      undefined,
      6,
      undefined,
      undefined
    ])
    // Only a pytest suite (with a hostname) counts from 0.
    expect(fromZero.line).toBeUndefined()
    const [pytest, erlang] = parseReportText(
      '<testsuite name="tests" hostname="ci">' +
        '<testcase name="e" file="t/a.py" line="0"><error/></testcase>' +
        '<testcase name="f" file="a_SUITE.erl" line="31"><failure/></testcase>' +
        '</testsuite>'
    )
    expect(pytest.line).toBe(1)
    expect(erlang.line).toBe(31)
  })
})

describe('pytest', () => {
  const xunit1 = parseFixture('pytest/pytest-xunit1.xml')
  const xunit2 = parseFixture('pytest/pytest-xunit2.xml')

  it('xunit1: 16 testcases, 4 failures, 1 error, 2 skipped', () => {
    expect(xunit1).toHaveLength(16)
    expect(outcomes(xunit1)).toEqual({
      passed: 9,
      failure: 4,
      error: 1,
      skipped: 2
    })
  })

  it('xunit1: classname :: name in document order, one suite', () => {
    expect(xunit1.map((tc) => `${tc.classname} :: ${tc.name}`)).toEqual([
      'tests.test_auth :: test_bd1_user_can_log_in',
      'tests.test_auth :: test_bd2_user_sees_error_on_bad_password',
      'tests.test_auth :: test_bd3_session_is_stored',
      'tests.test_auth :: test_bd4_password_reset_email',
      'tests.test_auth :: test_bd6_discount_code[SAVE10-10]',
      'tests.test_auth :: test_bd6_discount_code[SAVE20-20]',
      'tests.test_auth :: test_bd6_discount_code[BOGUS-99]',
      'tests.test_auth :: test_bd7_bd8_shared_flow',
      'tests.test_auth :: test_without_any_marker',
      'tests.test_auth :: test_bd9_hostile_message',
      'tests.test_auth :: test_records_qasphere_property',
      'tests.test_auth :: test_bd10_order_total_deep_traceback',
      'tests.test_bd13_profile :: test_updates_avatar',
      'tests.test_checkout.TestBD5Checkout :: test_pays',
      'tests.test_checkout.TestBD5Checkout :: test_ships',
      'tests.test_checkout.TestBD5Checkout :: test_gift_wraps'
    ])
    for (const tc of xunit1) expect(tc.suites).toEqual(['bd-pytest'])
    expect(only(xunit1, 'test_bd1_user_can_log_in').file).toBe(
      'tests/test_auth.py'
    )
    expect(only(xunit1, 'test_updates_avatar').file).toBe(
      'tests/test_bd13_profile.py'
    )
    expect(only(xunit1, 'test_bd2_user_sees_error_on_bad_password')).toEqual(
      expect.objectContaining({ outcome: 'failure', seconds: 0.001 })
    )
  })

  it('failure: multi-line message from &#10;, traceback as details', () => {
    const tc = only(xunit1, 'test_bd2_user_sees_error_on_bad_password')
    expect(tc.problems).toHaveLength(1)
    const [problem] = tc.problems
    expect(problem.kind).toBe('failure')
    expect(problem.type).toBe('')
    expect(problem.message).toBe(
      'AssertionError: login error banner mismatch\n' +
        '  expected: Invalid username or password\n' +
        '  actual:   Something went wrong\n' +
        "assert 'Something went wrong' == 'Invalid username or password'\n" +
        '  - Invalid username or password\n' +
        '  + Something went wrong'
    )
    expect(problem.details).toMatch(
      /^def test_bd2_user_sees_error_on_bad_password\(\):\n/
    )
    expect(problem.details).toContain('>       assert actual == expected, (')
    expect(problem.details).toMatch(/tests\/test_auth\.py:18: AssertionError$/)
  })

  it('fixture exception: <error> with the setup message', () => {
    const tc = only(xunit1, 'test_bd3_session_is_stored')
    expect(tc.outcome).toBe('error')
    expect(tc.problems).toEqual([
      expect.objectContaining({
        kind: 'error',
        message:
          'failed on setup with "conftest.DatabaseUnavailable: could not connect to db at 10.0.0.5:5432 (connection refused)"',
        type: ''
      })
    ])
    expect(tc.problems[0].details).toContain(
      '# <error> (not a <failure>) for the test that requested it.'
    )
  })

  it('ValueError in the test body is a failure, not an error', () => {
    const tc = only(xunit1, 'test_bd10_order_total_deep_traceback')
    expect(tc.outcome).toBe('failure')
    expect(tc.problems[0].message).toBe(
      "ValueError: invalid literal for int() with base 10: '3.50 USD'"
    )
    expect(tc.problems[0].details).toContain('in <genexpr>')
  })

  it('skipped: type pytest.skip, reason in message and text', () => {
    const tc = only(xunit1, 'test_bd4_password_reset_email')
    expect(tc.outcome).toBe('skipped')
    expect(tc.problems).toHaveLength(1)
    expect(tc.problems[0]).toEqual(
      expect.objectContaining({
        kind: 'skipped',
        type: 'pytest.skip',
        message: 'BD-4 blocked by upstream bug #123'
      })
    )
    expect(tc.problems[0].details).toMatch(
      /tests\/test_auth\.py:\d+: BD-4 blocked by upstream bug #123$/
    )
    expect(only(xunit1, 'test_gift_wraps').problems[0].message).toBe(
      'gift wrapping not implemented'
    )
  })

  it('hostile text is decoded exactly once', () => {
    const tc = only(xunit1, 'test_bd9_hostile_message')
    expect(tc.problems[0].message).toBe(
      'AssertionError: rendered <script>alert(1)</script> & "quotes" in the page title'
    )
    expect(tc.output).toContain(
      `stdout with <b>markup</b> & "quotes" and 'apostrophes'`
    )
  })

  it('record_property("qasphere", ...) becomes markerProperties', () => {
    for (const report of [xunit1, xunit2]) {
      expect(
        only(report, 'test_records_qasphere_property').markerProperties
      ).toEqual(['BD-11'])
      const others = report.filter(
        (tc) => tc.name !== 'test_records_qasphere_property'
      )
      for (const tc of others) expect(tc.markerProperties).toEqual([])
    }
  })

  it('captured output kept only for failed tests', () => {
    const bd2 = only(xunit1, 'test_bd2_user_sees_error_on_bad_password')
    expect(bd2.output).toContain('Captured Out')
    expect(bd2.output).toContain(
      'BD-2: submitting login form with a wrong password\nBD-2: server answered 401'
    )
    expect(only(xunit1, 'test_bd3_session_is_stored').output).toContain(
      'Captured Out'
    )
    // passed and skipped tests have a <system-out> banner too, but no output
    expect(only(xunit1, 'test_bd1_user_can_log_in').output).toBe('')
    expect(only(xunit1, 'test_gift_wraps').output).toBe('')
  })

  it.each([
    'pytest/pytest-nesting-xunit1.xml',
    'pytest/pytest-nesting-xunit2.xml'
  ])(
    "%s: a test in nested test classes takes its nearest marked class's marker, not every class's of its classname",
    (file) => {
      const nesting = parseFixture(file)
      const bd = new MarkerFinder('BD')
      expect(only(nesting, 'test_deepest_fails').classname).toBe(
        'tests_nesting.test_nested_classes.TestBd700Outer.TestBd701Inner.TestBd703Deepest'
      )
      const classes = nesting.filter((t) =>
        t.classname.includes('.test_nested_classes.')
      )
      expect(classes.map((t) => [t.name, t.outcome, bd.ofTestCase(t)])).toEqual(
        [
          ['test_outer_passes', 'passed', [700]],
          ['test_inner_fails', 'failure', [701]],
          ['test_bd705_bd706_two_markers_fail', 'failure', [705, 706]],
          ['test_deepest_fails', 'failure', [703]],
          ['test_bd702_own_marker_fails', 'failure', [702]],
          ['test_plain_middle_passes', 'passed', [700]],
          ['test_marked_inner_fails', 'failure', [704]],
          ['test_marked_inner_passes', 'passed', [704]]
        ]
      )
      // BD-701's and BD-703's failures are not BD-700's.
      expect(statusByMarker(classes, 720)).toEqual({
        'BD-700': 'passed',
        'BD-701': 'failed',
        'BD-702': 'failed',
        'BD-703': 'failed',
        'BD-704': 'failed',
        'BD-705': 'failed',
        'BD-706': 'failed'
      })
    }
  )

  it("pytest: a classname that is not identifiers joined by dots, or a suite not of pytest's shape, is read as written", () => {
    const pytestSuite = (classname: string) =>
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="1" time="0.1" timestamp="2026-11-24T22:10:00.000000" hostname="vm"><testcase classname="${classname}" name="test_x" time="0.000" /></testsuite></testsuites>`
    const bd = new MarkerFinder('BD')
    const markersOf = (xml: string) => bd.ofTestCase(parseReportText(xml)[0])
    expect(
      markersOf(pytestSuite('tests.test_bd13_x.TestBd700Outer.TestBd701Inner'))
    ).toEqual([701])
    // The module is the class's enclosing group: its marker where no class has one.
    expect(markersOf(pytestSuite('tests.test_bd13_x.TestOuter'))).toEqual([13])
    // A folder's name that is no identifier: as written, every marker.
    expect(
      markersOf(pytestSuite('tests.BD-12-login.test_x.TestBd701Inner'))
    ).toEqual([12, 701])
    // Another tool's suite (no hostname): as written.
    expect(
      markersOf(
        pytestSuite('tests.test_x.TestBd700Outer.TestBd701Inner').replace(
          ' hostname="vm"',
          ''
        )
      )
    ).toEqual([700, 701])
  })

  it("pytest: a class's name with combining marks (Devanagari's vowel signs) is an identifier", () => {
    const pytestSuite = (...classnames: string[]) =>
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="${classnames.length}" time="0.1" timestamp="2026-11-24T22:10:00.000000" hostname="vm">` +
      classnames
        .map(
          (classname, i) =>
            `<testcase classname="${classname}" name="test_${i}" time="0.000" />`
        )
        .join('') +
      '</testsuite></testsuites>'
    const bd = new MarkerFinder('BD')
    // Devanagari's vowel signs are combining marks (Mn), valid in Python's names.
    const [devanagari] = parseReportText(
      pytestSuite('tests.test_x.TestBd700Outer.TestBd701_खरीदें')
    )
    expect(bd.ofTestCase(devanagari)).toEqual([701])
    // Each group's name is a name of its own: a marker ending it counts.
    const [moduleMarked] = parseReportText(
      pytestSuite('tests.test_login_bd012.TestCart')
    )
    expect(bd.ofTestCase(moduleMarked)).toEqual([12])
  })

  it("pytest: a classname's tests share one list of its groups, other classes' between them", () => {
    const pytestSuite = (...classnames: string[]) =>
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="${classnames.length}" time="0.1" timestamp="2026-11-24T22:10:00.000000" hostname="vm">` +
      classnames
        .map(
          (classname, i) =>
            `<testcase classname="${classname}" name="test_${i}" time="0.000" />`
        )
        .join('') +
      '</testsuite></testsuites>'
    // pytest-xdist writes tests as they end, classes interleaved.
    const xdist = parseReportText(
      pytestSuite(
        'tests.test_x.TestBd700Outer',
        'tests.test_y.TestBd701Other',
        'tests.test_x.TestBd700Outer'
      )
    )
    expect(xdist[0].blocks).toEqual(['TestBd700Outer', 'test_x', 'tests'])
    expect(xdist[2].blocks).toBe(xdist[0].blocks)
  })

  it('xunit2: same outcomes, no file attribute, no output, suite "pytest"', () => {
    expect(xunit2).toHaveLength(16)
    expect(outcomes(xunit2)).toEqual(outcomes(xunit1))
    expect(xunit2.map((tc) => tc.name)).toEqual(xunit1.map((tc) => tc.name))
    for (const tc of xunit2) {
      expect(tc.file).toBe('')
      expect(tc.output).toBe('')
      expect(tc.suites).toEqual(['pytest'])
    }
    const name = 'test_bd2_user_sees_error_on_bad_password'
    expect(only(xunit2, name).problems[0].message).toBe(
      only(xunit1, name).problems[0].message
    )
  })

  it("pytest-xdist: a test that crashed its worker failed, as pytest counts it, in xdist's words", () => {
    const xdist = parseFixture('pytest/pytest-xdist.xml')
    for (const name of [
      'test_bd303_worker_crashes',
      // pytest-timeout's thread method ends the worker's process.
      'test_bd304_export_answers_in_time'
    ]) {
      const crashed = only(xdist, name)
      expect(crashed.outcome).toBe('failure')
      expect(crashed.problems).toEqual([
        expect.objectContaining({
          kind: 'failure',
          message: expect.stringMatching(
            new RegExp(
              `^worker 'gw\\d+' crashed while running 'tests_xdist/test_xdist_cart\\.py::${name}'$`
            )
          )
        })
      ])
    }
    // A fixture's error stays an error.
    expect(only(xdist, 'test_bd306_checkout_receipt').outcome).toBe('error')
    expect(statusByMarker(xdist, 400)).toEqual({
      'BD-301': 'passed',
      'BD-302': 'failed',
      'BD-303': 'failed',
      'BD-304': 'failed',
      'BD-305': 'passed',
      'BD-306': 'blocked',
      'BD-307': 'failed'
    })
  })

  it('subtests, pytest-bdd, hypothesis, pytest-timeout: one testcase per test', () => {
    const plugins = parseFixture('pytest/pytest-plugins.xml')
    // unittest's subTest: a <failure> per failed subtest, in the test's testcase.
    expect(
      only(plugins, 'test_prices_are_positive').problems.map((p) => p.message)
    ).toEqual([
      'AssertionError: -1 not greater than 0',
      'AssertionError: -3 not greater than 0'
    ])
    // A skipped subtest skips its test in the report, though the other passed.
    expect(only(plugins, 'test_bd309_subtest_skips').outcome).toBe('skipped')
    expect(statusByMarker(plugins, 400)).toEqual({
      'BD-308': 'failed',
      'BD-309': 'skipped',
      // BD-310 and BD-311 are only in subtests' messages, which the report
      // leaves out; BD-318 only in a scenario's tag.
      'BD-312': 'failed',
      'BD-313': 'failed',
      'BD-314': 'passed',
      'BD-316': 'passed',
      'BD-317': 'failed',
      'BD-319': 'failed',
      'BD-320': 'passed',
      'BD-321': 'failed',
      'BD-322': 'passed',
      'BD-323': 'failed'
    })
  })

  it("pytest's outcomes: a teardown's error after a failure is a second testcase; xfail; a module's collection", () => {
    const tests = parseFixture('pytest/pytest-outcomes.xml')
    expect(
      tests
        .filter((t) => t.name === 'test_bd324_fails_and_errors_in_teardown')
        .map((t) => [t.outcome, t.problems[0].message.split('\n')[0]])
    ).toEqual([
      ['failure', 'AssertionError: order A-1 was not duplicated'],
      [
        'error',
        'failed on teardown with "RuntimeError: order service did not shut down: 2 connections left open"'
      ]
    ])
    const collected = only(tests, 'tests_outcomes.test_bd338_broken_import')
    expect([collected.classname, collected.outcome]).toEqual(['', 'error'])
    expect(statusByMarker(tests, 400)).toEqual({
      'BD-324': 'failed',
      'BD-325': 'blocked',
      'BD-326': 'blocked',
      'BD-327': 'failed',
      'BD-328': 'failed',
      'BD-329': 'failed',
      'BD-330': 'failed',
      'BD-331': 'skipped',
      'BD-332': 'passed',
      'BD-333': 'skipped',
      'BD-334': 'failed',
      'BD-335': 'skipped',
      'BD-336': 'passed',
      'BD-337': 'skipped',
      'BD-338': 'blocked',
      // record_property's; record_testsuite_property's BD-340 is the suite's.
      'BD-339': 'failed'
    })
  })

  it('reruns: one testcase per test with the final outcome', () => {
    const reruns = parseFixture('pytest/pytest-reruns.xml')
    expect(reruns.map((tc) => [tc.name, tc.outcome])).toEqual([
      ['test_bd1_user_can_log_in', 'passed'],
      ['test_bd12_flaky_checkout', 'passed'],
      ['test_bd2_always_fails_even_after_rerun', 'failure']
    ])
    expect(only(reruns, 'test_bd12_flaky_checkout').problems).toEqual([])
    const bd2 = only(reruns, 'test_bd2_always_fails_even_after_rerun')
    expect(bd2.problems[0].message).toBe(
      'AssertionError: still failing on attempt 2\nassert 2 > 5'
    )
    expect(bd2.output).toContain('BD-2 attempt 1\nBD-2 attempt 2')
  })
})

describe('phpunit', () => {
  const nested = parseFixture('phpunit/phpunit-nested.xml')

  it('nested: 17 testcases, 5 failures, 1 error, 2 skipped', () => {
    expect(nested).toHaveLength(17)
    expect(outcomes(nested)).toEqual({
      passed: 9,
      failure: 5,
      error: 1,
      skipped: 2
    })
  })

  it('suites nearest first; the unnamed outermost suite is left out', () => {
    expect(only(nested, 'testBd1UserCanLogIn').suites).toEqual([
      'BdFixtures\\Auth\\AuthTest',
      'bd-fixtures'
    ])
    expect(
      only(nested, 'testBd6DiscountCode with data set "bogus"').suites
    ).toEqual([
      'BdFixtures\\Auth\\AuthTest::testBd6DiscountCode',
      'BdFixtures\\Auth\\AuthTest',
      'bd-fixtures'
    ])
    expect(
      only(nested, 'testCart with data set "BD-15 user can remove an item"')
        .suites
    ).toEqual([
      'BdFixtures\\Cart\\CartTest::testCart',
      'BdFixtures\\Cart\\CartTest',
      'bd-fixtures'
    ])
    expect(only(nested, 'testGiftWraps').suites).toEqual([
      'BdFixtures\\Checkout\\Bd5CheckoutTest',
      'bd-fixtures'
    ])
    expect(only(nested, 'testHomepageResponds').suites).toEqual([
      'BdFixtures\\Smoke\\SmokeTest',
      'smoke'
    ])
  })

  it('siblings share one suites array', () => {
    expect(only(nested, 'testPays').suites).toBe(
      only(nested, 'testShips').suites
    )
    expect(only(nested, 'testBd1UserCanLogIn').suites).not.toBe(
      only(nested, 'testPays').suites
    )
  })

  it('dotted classname, absolute file, data-set names decoded', () => {
    const tc = only(nested, 'testBd6DiscountCode with data set "save10"')
    expect(tc.classname).toBe('BdFixtures.Auth.AuthTest')
    expect(tc.file).toMatch(/\/tests\/Auth\/AuthTest\.php$/)
    expect(tc.outcome).toBe('passed')
    expect(
      nested.filter((t) => t.name.startsWith('testBd6DiscountCode')).length
    ).toBe(3)
  })

  it('failure without message attribute: type and text only', () => {
    const tc = only(nested, 'testBd2UserSeesErrorOnBadPassword')
    expect(tc.problems).toHaveLength(1)
    expect(tc.problems[0].kind).toBe('failure')
    expect(tc.problems[0].message).toBe('')
    expect(tc.problems[0].type).toBe(
      'PHPUnit\\Framework\\ExpectationFailedException'
    )
    expect(tc.problems[0].details).toMatch(
      /^BdFixtures\\Auth\\AuthTest::testBd2UserSeesErrorOnBadPassword\nlogin error banner mismatch\n/
    )
    expect(tc.problems[0].details).toContain(
      "-'Invalid username or password'\n+'Something went wrong'"
    )
    expect(tc.output).toBe(
      'BD-2: submitting login form with a wrong password\nBD-2: server answered 401\n'
    )
  })

  it('error with RuntimeException; bare <skipped/> has no reason', () => {
    const error = only(nested, 'testBd3SessionIsStored')
    expect(error.outcome).toBe('error')
    expect(error.problems.map((p) => [p.kind, p.type])).toEqual([
      ['error', 'RuntimeException']
    ])
    for (const name of ['testBd4PasswordResetEmail', 'testGiftWraps']) {
      expect(only(nested, name).outcome).toBe('skipped')
      expect(only(nested, name).problems).toEqual([
        { kind: 'skipped', message: '', type: '', details: '' }
      ])
    }
  })

  it('hostile message and output decoded', () => {
    const tc = only(nested, 'testBd9HostileMessage')
    expect(tc.problems[0].type).toBe('PHPUnit\\Framework\\AssertionFailedError')
    expect(tc.problems[0].details).toContain(
      'rendered <script>alert(1)</script> & "quotes" in the page title'
    )
    expect(tc.output).toBe(
      `stdout with <b>markup</b> & "quotes" and 'apostrophes'\n`
    )
    // failures that printed nothing have no output
    expect(only(nested, 'testBd10OrderTotalDeepTraceback').output).toBe('')
  })

  it('single class: the class suite is the top one', () => {
    const single = parseFixture('phpunit/phpunit-single-class.xml')
    expect(single).toHaveLength(11)
    expect(outcomes(single)).toEqual({
      passed: 5,
      failure: 4,
      error: 1,
      skipped: 1
    })
    expect(only(single, 'testBd1UserCanLogIn').suites).toEqual([
      'BdFixtures\\Auth\\AuthTest'
    ])
    expect(
      only(single, 'testBd6DiscountCode with data set "bogus"').suites
    ).toEqual([
      'BdFixtures\\Auth\\AuthTest::testBd6DiscountCode',
      'BdFixtures\\Auth\\AuthTest'
    ])
  })

  describe('warnings (PHPUnit exits 0 for them)', () => {
    const warned = parseFixture('phpunit/phpunit-warnings.xml')

    it('a test that ran and warned passed, its warning kept', () => {
      const own = only(warned, 'testBd11PassesWithAWarning')
      expect(own.outcome).toBe('passed')
      expect(own.problems).toEqual([
        {
          kind: 'warning',
          message: '',
          type: 'PHPUnit\\Framework\\Warning',
          details:
            'BdFixtures\\Warnings\\WarningsTest::testBd11PassesWithAWarning\ncache <disabled> & slow\nsecond line'
        }
      ])
      const deprecated = only(warned, 'testBd12UsesADeprecatedAssertion')
      expect(deprecated.outcome).toBe('passed')
      expect(deprecated.problems.map((p) => p.kind)).toEqual(['warning'])
      expect(deprecated.problems[0].details).toContain(
        'assertObjectHasAttribute() is deprecated'
      )
    })

    it('a test whose @depends target does not exist never ran: skipped, saying why', () => {
      const never = only(warned, 'testBd13DependsOnAMissingTest')
      expect(never.outcome).toBe('skipped')
      expect(never.problems).toEqual([
        {
          kind: 'skipped',
          message:
            'This test depends on "BdFixtures\\Warnings\\WarningsTest::testDoesNotExist" which does not exist.',
          type: 'PHPUnit\\Framework\\Warning',
          details:
            'BdFixtures\\Warnings\\WarningsTest::testBd13DependsOnAMissingTest\nThis test depends on "BdFixtures\\Warnings\\WarningsTest::testDoesNotExist" which does not exist.'
        }
      ])
    })

    it('the others as before', () => {
      expect(only(warned, 'testBd14FailsAfterAWarning').outcome).toBe('failure')
      expect(only(warned, 'testBd15Passes').outcome).toBe('passed')
      expect(only(warned, 'testBd15Passes').problems).toEqual([])
    })
  })

  describe('risky tests (PHPUnit counts them risky, not errors, and exits 0)', () => {
    const risky = parseFixture('phpunit/phpunit-risky.xml')

    it('a risky test passed, the reason it is risky kept as a warning', () => {
      expect(outcomes(risky)).toEqual({
        passed: 4,
        failure: 1,
        error: 0,
        skipped: 0
      })
      expect(only(risky, 'testBd1PerformsNoAssertion').problems).toEqual([
        {
          kind: 'warning',
          message: '',
          type: 'PHPUnit\\Framework\\RiskyTestError',
          details: expect.stringContaining(
            'This test did not perform any assertions'
          )
        }
      ])
      // --disallow-test-output, --disallow-todo-tests
      for (const name of ['testBd2PrintsOutput', 'testBd3IsATodo'])
        expect(only(risky, name).problems.map((p) => p.kind)).toEqual([
          'warning'
        ])
      expect(only(risky, 'testBd2PrintsOutput').problems[0].type).toBe(
        'PHPUnit\\Framework\\OutputError'
      )
    })

    it('the suite counts them as errors: no (suite) test stands for them', () => {
      expect(risky.map((t) => t.name)).not.toContain(SUITE_TEST_NAME)
      expect(only(risky, 'testBd4Fails').outcome).toBe('failure')
    })
  })
})

describe('go (gotestsum)', () => {
  const go = parseFixture('go/gotestsum.xml')

  it('21 testcases, 8 failures, 2 skipped, never an error', () => {
    expect(go).toHaveLength(21)
    expect(outcomes(go)).toEqual({
      passed: 11,
      failure: 8,
      error: 0,
      skipped: 2
    })
  })

  it('suite = classname = package import path', () => {
    const auth = only(go, 'TestBd1UserCanLogIn')
    expect(auth.classname).toBe('example.com/bdfixtures/auth')
    expect(auth.suites).toEqual(['example.com/bdfixtures/auth'])
    const nestedSub = only(go, 'TestCart/BD-16_nested/BD-17_deepest_level')
    expect(nestedSub.classname).toBe('example.com/bdfixtures/shop/checkout')
    expect(nestedSub.suites).toEqual(['example.com/bdfixtures/shop/checkout'])
    expect(only(go, 'TestBd3SessionIsStored').suites).toEqual([
      'example.com/bdfixtures/session'
    ])
    expect(named(go, 'TestNeverRunsBecauseOfPanic')).toEqual([])
  })

  it('failures: message "Failed", the go test output as details', () => {
    const tc = only(go, 'TestBd2UserSeesErrorOnBadPassword')
    expect(tc.problems).toHaveLength(1)
    expect(tc.problems[0]).toEqual(
      expect.objectContaining({ kind: 'failure', message: 'Failed', type: '' })
    )
    expect(tc.problems[0].details).toMatch(
      /^=== RUN {3}TestBd2UserSeesErrorOnBadPassword\n/
    )
    expect(tc.problems[0].details).toContain('--- FAIL:')
    // no <system-out> in gotestsum reports
    expect(tc.output).toBe('')
    const panic = only(go, 'TestBd3SessionIsStored')
    expect(panic.outcome).toBe('failure')
    expect(panic.problems[0].details).toContain(
      'panic: assignment to entry in nil map'
    )
    expect(panic.problems[0].details).toContain('\n\tpanic:')
    expect(only(go, 'TestBd9HostileMessage').problems[0].details).toContain(
      'rendered <script>alert(1)</script> & "quotes"'
    )
  })

  it('skipped: the whole output in the message attribute', () => {
    const tc = only(go, 'TestBD5Checkout/gift_wraps')
    expect(tc.outcome).toBe('skipped')
    expect(tc.problems[0].kind).toBe('skipped')
    expect(tc.problems[0].message).toMatch(
      /^=== RUN {3}TestBD5Checkout\/gift_wraps\n/
    )
    expect(tc.problems[0].message).toContain('gift wrapping not implemented')
    expect(tc.problems[0].details).toBe('')
  })

  it('parents are testcases too', () => {
    expect(only(go, 'TestBd6DiscountCode').outcome).toBe('failure')
    expect(only(go, 'TestBd6DiscountCode/BOGUS').outcome).toBe('failure')
    expect(only(go, 'TestBd6DiscountCode/SAVE10').outcome).toBe('passed')
    expect(only(go, 'TestCart').outcome).toBe('failure')
    expect(only(go, 'TestCart/BD-16_nested').outcome).toBe('passed')
  })

  it('relative: short package names', () => {
    const relative = parseFixture('go/gotestsum-relative.xml')
    expect(relative).toHaveLength(21)
    expect(outcomes(relative)).toEqual(outcomes(go))
    expect([...new Set(relative.map((tc) => tc.classname))].sort()).toEqual([
      'auth',
      'session',
      'shop/checkout'
    ])
    expect(only(relative, 'TestCart/BD-14_user_can_pay').suites).toEqual([
      'shop/checkout'
    ])
  })

  it('reruns: a failed-then-passed test is one flaky test; always failing stays failures', () => {
    const reruns = parseFixture('go/gotestsum-reruns.xml')
    expect(reruns).toHaveLength(5)
    expect(outcomes(reruns)).toEqual({
      passed: 1,
      failure: 3,
      error: 0,
      skipped: 0,
      flaky: 1
    })
    const flaky = only(reruns, 'TestBd12FlakyCheckout')
    expect(flaky.outcome).toBe('flaky')
    expect(flaky.problems.map((p) => p.kind)).toEqual(['flaky failure'])
    expect(
      named(reruns, 'TestBd2AlwaysFailsEvenAfterRerun').map((tc) => tc.outcome)
    ).toEqual(['failure', 'failure', 'failure'])
  })

  it('go test -count=2 (no reruns): every run is a test, and a test that failed in one run stays failed', () => {
    // gotestsum writes failures first: BD-140's failure (second run) comes
    // before its pass (first run), as a retry's would.
    const runs = parseFixture('go/gotestsum-count2.xml')
    expect(runs).toHaveLength(10)
    expect(outcomes(runs)).toEqual({
      passed: 5,
      failure: 3,
      error: 0,
      skipped: 2
    })
    expect(
      named(runs, 'TestBd140PassesThenFails').map((tc) => tc.outcome)
    ).toEqual(['failure', 'passed'])
  })
})

describe('ctest', () => {
  const ctest = parseFixture('ctest/ctest.xml')

  it('bare <testsuite> root: 16 testcases, 7 failures, notrun + disabled skipped', () => {
    expect(ctest).toHaveLength(16)
    expect(outcomes(ctest)).toEqual({
      passed: 7,
      failure: 7,
      error: 0,
      skipped: 2
    })
    for (const tc of ctest) {
      expect(tc.suites).toEqual(['(empty)'])
      expect(tc.classname).toBe(tc.name)
    }
  })

  it('status="disabled" without <skipped> is skipped', () => {
    const tc = only(ctest, 'BD-4 password reset email')
    expect(tc.outcome).toBe('skipped')
    expect(tc.problems).toEqual([])
    expect(tc.seconds).toBe(0)
    expect(tc.output).toBe('')
  })

  it('status="notrun" with <skipped message>', () => {
    const tc = only(ctest, 'BD-5 checkout/gift wraps')
    expect(tc.outcome).toBe('skipped')
    expect(tc.problems).toEqual([
      {
        kind: 'skipped',
        message: 'SKIP_RETURN_CODE=77',
        type: '',
        details: ''
      }
    ])
  })

  it('failures: empty message, details only in system-out', () => {
    const tc = only(ctest, 'BD-2 user sees error on bad password')
    expect(tc.problems).toEqual([
      { kind: 'failure', message: '', type: '', details: '' }
    ])
    expect(tc.output).toContain(
      'login error banner mismatch\nexpected: Invalid username or password'
    )
    expect(
      only(ctest, 'BD-18 payment confirmation is shown').problems[0]
    ).toEqual(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Required regular expression not found\. Regex=\[payment accepted\s\]$/
        ) as unknown
      })
    )
    expect(only(ctest, 'BD-9 hostile message').output).toContain(
      'rendered <script>alert(1)</script> & "quotes" in the page title'
    )
    expect(only(ctest, 'slow report export').outcome).toBe('failure')
    // passed tests print "ok" into <system-out>, which is not kept
    expect(only(ctest, 'BD-1 user can log in').output).toBe('')
  })

  it('names keep spaces, brackets and slashes', () => {
    expect(ctest.slice(0, 10).map((tc) => tc.name)).toEqual([
      'BD-1 user can log in',
      'BD-2 user sees error on bad password',
      'BD-3 session is stored',
      'BD-4 password reset email',
      'BD-5 checkout/pays',
      'BD-5 checkout/ships',
      'BD-5 checkout/gift wraps',
      'BD-6 discount code [SAVE10]',
      'BD-6 discount code [SAVE20]',
      'BD-6 discount code [BOGUS]'
    ])
  })
})

describe('ctest: googletest tests, tests it did not start, --repeat', () => {
  const more = parseFixture('ctest/ctest-more.xml')

  it('a test CTest did not start (it counts it failed) is an error; its skips stay skipped', () => {
    expect(
      more
        .filter((tc) => tc.outcome !== 'passed')
        .map((tc) => [tc.name, tc.outcome, tc.problems[0].message])
    ).toEqual([
      ['Cart.test_bd21_total_in_a_trace', 'failure', ''],
      ['Cart.test_bd22_two_failures', 'failure', ''],
      ['Cart.test_bd23_throws', 'failure', ''],
      // gtest_discover_tests: GTEST_SKIP's output matches its SKIP_REGULAR_EXPRESSION.
      ['Cart.test_bd25_skipped', 'skipped', 'SKIP_REGULAR_EXPRESSION_MATCHED'],
      [
        'BD-31 runs a program that is not built',
        'error',
        'Unable to find executable'
      ],
      ['BD-32 needs a missing file', 'error', 'Required Files Missing'],
      ['BD-33 database setup', 'failure', ''],
      ['BD-34 reads the database', 'error', 'Fixture dependency failed']
    ])
    // What CTest printed of it is kept.
    expect(only(more, 'BD-34 reads the database').output).toBe(
      'Failed test dependencies: BD-33 database setup'
    )
  })

  it("a googletest test's bare failure gets the failures googletest printed, one each", () => {
    const twice = only(more, 'Cart.test_bd22_two_failures')
    expect(twice.problems.map((p) => [p.kind, p.details])).toEqual([
      [
        'failure',
        expect.stringMatching(
          /^\/\S+\/cart_gtest\.cpp:10\nExpected equality of these values:\n {2}1\n {2}2$/
        )
      ],
      [
        'failure',
        expect.stringMatching(
          /^\/\S+\/cart_gtest\.cpp:11\nValue of: false\n {2}Actual: false\nExpected: true\nsecond failure$/
        )
      ]
    ])
    expect(only(more, 'Cart.test_bd23_throws').problems[0].details).toBe(
      'unknown file\nC++ exception with description "boom from test" thrown in the test body.'
    )
    // Its output is left whole.
    expect(twice.output).toContain('[  FAILED  ] Cart.test_bd22_two_failures')
    // Any other program's output is no googletest failure.
    expect(only(more, 'BD-33 database setup').problems[0].details).toBe('')
  })

  it('--repeat until-pass: CTest writes the last run only (a flaky test is passed)', () => {
    const flaky = only(more, 'BD-35 flaky connection')
    expect(flaky.outcome).toBe('passed')
    expect(named(more, 'BD-35 flaky connection')).toHaveLength(1)
  })
})

describe('jest (jest-junit)', () => {
  const jest = parseFixture('jest/jest-junit.xml')

  it('15 testcases, 6 failures, 1 skipped', () => {
    expect(jest).toHaveLength(15)
    expect(outcomes(jest)).toEqual({
      passed: 8,
      failure: 6,
      error: 0,
      skipped: 1
    })
  })

  it("nested describe blocks: a test takes its own or its inner block's marker, not the first block's, whose title starts every name", () => {
    const nesting = parseFixture('jest/jest-junit-nesting.xml')
    const bd = new MarkerFinder('BD')
    expect(
      nesting.map((t) => [t.name, t.suites, t.outcome, bd.ofTestCase(t)])
    ).toEqual([
      ['BD-610 outer outer passes', ['BD-610 outer'], 'passed', [610]],
      [
        'BD-610 outer BD-611 inner inner fails',
        ['BD-610 outer'],
        'failure',
        [611]
      ],
      [
        'BD-610 outer plain middle BD-612 own marker fails',
        ['BD-610 outer'],
        'failure',
        [612]
      ]
    ])
    // BD-611's and BD-612's failures are not BD-610's.
    expect(statusByMarker(nesting, 700)).toEqual({
      'BD-610': 'passed',
      'BD-611': 'failed',
      'BD-612': 'failed'
    })
  })

  it("reads a name's markers after its suite's name only where the name starts with it, in jest-junit's suites", () => {
    const bd = new MarkerFinder('BD')
    const suite = (name: string) =>
      `<testsuite name="BD-610 outer" errors="0" failures="0" skipped="0" timestamp="2026-01-01T00:00:00" time="0.1" tests="1">
    <testcase classname="${name}" name="${name}" time="0.001"/>
  </testsuite>`
    const jestJunit = (name: string) =>
      parseReportText(
        `<testsuites name="jest tests" tests="1" failures="0" errors="0" time="0.1">
  ${suite(name)}
</testsuites>`
      )[0]
    expect(bd.ofTestCase(jestJunit('BD-610 outer BD-611 inner x'))).toEqual([
      611
    ])
    // Its suite's title elsewhere than at the start: the name's own.
    expect(bd.ofTestCase(jestJunit('BD-611 inner BD-610 outer x'))).toEqual([
      611, 610
    ])
    // Not jest-junit's suite: the name as written.
    const other = parseReportText(
      `<testsuites>${suite('BD-610 outer BD-611 inner x').replace(' errors="0" failures="0" skipped="0" timestamp="2026-01-01T00:00:00"', '')}</testsuites>`
    )[0]
    expect(bd.ofTestCase(other)).toEqual([610, 611])
  })

  it('names trimmed (no leading space), suite "undefined", file attribute', () => {
    const tc = only(jest, 'BD-1 user can log in')
    expect(tc.classname).toBe('BD-1 user can log in')
    expect(tc.suites).toEqual(['undefined'])
    expect(tc.file).toBe('__tests__/shop.test.js')
    const profile = only(jest, 'BD-13 profile shows display name')
    expect(profile.suites).toEqual(['BD-13 profile'])
    expect(profile.file).toBe('__tests__/bd13-profile.test.js')
  })

  it('failures: no message or type, escaped text as details', () => {
    const crash = only(jest, 'BD-3: crashes with an error')
    expect(crash.problems).toHaveLength(1)
    expect(crash.problems[0]).toEqual(
      expect.objectContaining({ kind: 'failure', message: '', type: '' })
    )
    expect(crash.problems[0].details).toMatch(/^TypeError: boom\n/)
    const xss = only(jest, 'BD-9 renders <script>alert(1)</script> & "quotes"')
    expect(xss.problems[0].details).toContain(
      `<p><img src=x onerror=alert(1)></p> & "quotes" 'single' ]]> end`
    )
  })
})

describe('vitest', () => {
  const vitest = parseFixture('vitest/vitest-junit.xml')

  it('15 testcases, 5 failures, 1 skipped', () => {
    expect(vitest).toHaveLength(15)
    expect(outcomes(vitest)).toEqual({
      passed: 9,
      failure: 5,
      error: 0,
      skipped: 1
    })
    for (const tc of vitest) {
      expect(tc.classname).toBe('test/shop.test.js')
      expect(tc.suites).toEqual(['test/shop.test.js'])
    }
  })

  it('failure type and message, per-test output, annotation property', () => {
    const crash = only(vitest, 'BD-3: crashes with an error')
    expect(crash.problems).toEqual([
      expect.objectContaining({
        kind: 'failure',
        message: 'boom',
        type: 'TypeError'
      })
    ])
    expect(only(vitest, '[BD-2] cart total is wrong').output).toContain(
      'cart debug: items=3 total=42'
    )
    expect(only(vitest, 'annotated via context').markerProperties).toEqual([
      'BD-11'
    ])
    expect(only(vitest, 'BD-5 checkout > applies coupon').outcome).toBe(
      'passed'
    )
    const flaky = only(vitest, 'BD-12 flaky on first try')
    expect(flaky.outcome).toBe('passed')
    expect(flaky.problems).toEqual([])
    const xss = only(
      vitest,
      'BD-9 renders <script>alert(1)</script> & "quotes"'
    )
    expect(xss.problems[0].message).toMatch(
      /^\[31mXSS\[39m: output is not escaped: <p><img src=x onerror=alert\(1\)><\/p> & "quotes"/
    )
  })
})

describe('vitest: one test file in two projects', () => {
  it.each(['vitest', 'vitest5'])(
    '%s: each project writes the file as a suite of the same name, its tests named alike: both read, not told apart (the reporter writes no project)',
    (folder) => {
      const tests = parseFixture(`${folder}/vitest-junit-projects.xml`)
      expect(tests).toHaveLength(12)
      expect(
        named(tests, 'BD-1131 fails only in jsdom').map((t) => [
          t.classname,
          t.suites,
          t.runsIn,
          t.outcome
        ])
      ).toEqual([
        [
          'projects-test/projects.test.js',
          ['projects-test/projects.test.js'],
          undefined,
          'passed'
        ],
        [
          'projects-test/projects.test.js',
          ['projects-test/projects.test.js'],
          undefined,
          'failure'
        ]
      ])
      expect(statusByMarker(tests, 1200)).toMatchObject({
        'BD-1130': 'passed',
        'BD-1131': 'failed',
        'BD-1132': 'passed'
      })
    }
  )
})

describe('vitest: nested describe blocks', () => {
  it.each([
    'vitest/vitest-junit-nesting.xml',
    'vitest5/vitest-junit-nesting.xml'
  ])(
    "%s: a test takes its own or its nearest marked block's marker, not every title's of its name (`BD-620 outer > BD-621 inner > inner fails`)",
    (file) => {
      const nesting = parseFixture(file)
      const bd = new MarkerFinder('BD')
      expect(
        nesting.map((t) => [
          t.name.split(' > ').pop(),
          t.outcome,
          bd.ofTestCase(t)
        ])
      ).toEqual([
        ['outer passes', 'passed', [620]],
        ['inner fails', 'failure', [621]],
        ['deepest fails', 'failure', [623]],
        ['BD-622 own marker fails', 'failure', [622]],
        ['plain test', 'passed', [620]],
        ['BD-624 BD-625 two markers pass', 'passed', [624, 625]],
        ['after a failing beforeAll', 'skipped', [627]],
        ['after a failing beforeEach', 'failure', [628]],
        ['plain outer passes', 'passed', []],
        ['marked inner fails', 'failure', [626]],
        // The failing beforeAll, named after its block.
        ['BD-627 before all fails', 'failure', [627]]
      ])
      // BD-621's, BD-622's and BD-623's failures are not BD-620's.
      expect(statusByMarker(nesting, 700)).toEqual({
        'BD-620': 'passed',
        'BD-621': 'failed',
        'BD-622': 'failed',
        'BD-623': 'failed',
        'BD-624': 'passed',
        'BD-625': 'passed',
        'BD-626': 'failed',
        'BD-627': 'failed',
        'BD-628': 'failed'
      })
    }
  )

  it("reads a name's titles one by one only in vitest's suites; another tool's ` > ` is read as written", () => {
    const bd = new MarkerFinder('BD')
    const suite = (name: string, attributes: string) =>
      parseReportText(
        `<testsuites name="Unit tests" tests="1" failures="0" errors="0" time="0.1">
  <testsuite ${attributes}>
    <testcase classname="a.test.js" name="${name}" time="0.001"></testcase>
  </testsuite>
</testsuites>`
      )[0]
    const vitest = (name: string) =>
      suite(
        name,
        'name="a.test.js" timestamp="2026-01-01T00:00:00.000Z" hostname="h" tests="1" failures="0" errors="0" skipped="0" time="0.1"'
      )
    expect(
      bd.ofTestCase(vitest('BD-620 outer &gt; BD-621 inner &gt; x'))
    ).toEqual([621])
    expect(bd.ofTestCase(vitest('BD-620 outer &gt; plain &gt; x'))).toEqual([
      620
    ])
    expect(bd.ofTestCase(vitest('BD-620 outer &gt; x BD-622'))).toEqual([622])
    // Playwright's suite (` › ` joins its titles; ` > ` is a title's own).
    const playwright = suite(
      'BD-620 outer &gt; BD-621 inner &gt; x',
      'name="a.test.js" timestamp="2026-01-01T00:00:00.000Z" hostname="h" tests="1" failures="0" skipped="0" time="0.1" errors="0"'
    )
    expect(bd.ofTestCase(playwright)).toEqual([620, 621])
  })
})

describe('vitest 5', () => {
  const vitest4 = parseFixture('vitest/vitest-junit.xml')
  const vitest5 = parseFixture('vitest5/vitest-junit.xml')
  /** What the action takes from a testcase, but its time and report. */
  const reading = (tc: TestCase) => ({
    name: tc.name,
    classname: tc.classname,
    file: tc.file,
    line: tc.line,
    suites: tc.suites,
    outcome: tc.outcome,
    markerProperties: tc.markerProperties,
    output: tc.output,
    problems: tc.problems.map((p) => ({
      ...p,
      // 4.1.12 left `[31m` colour codes in the message attribute; 5.x does not.
      message: p.message.replace(/\[\d+m/g, '')
    }))
  })

  it('reads as vitest 4.1.12 does: 15 testcases, 5 failures, 1 skipped, the retried test passed', () => {
    expect(outcomes(vitest5)).toEqual({
      passed: 9,
      failure: 5,
      error: 0,
      skipped: 1
    })
    expect(vitest5.map(reading)).toEqual(vitest4.map(reading))
    expect(only(vitest5, 'BD-12 flaky on first try').outcome).toBe('passed')
  })

  it('writes the message attribute without colour codes', () => {
    const xss = only(
      vitest5,
      'BD-9 renders <script>alert(1)</script> & "quotes"'
    )
    expect(xss.problems[0].message).toMatch(
      /^XSS: output is not escaped: <p><img src=x onerror=alert\(1\)><\/p> & "quotes"/
    )
  })
})

describe('@cucumber/cucumber 13', () => {
  const cucumber12 = parseFixture('cucumber/cucumber-junit.xml')
  const cucumber13 = parseFixture('cucumber13/cucumber-junit.xml')
  const reading = (tc: TestCase) => ({
    name: tc.name,
    classname: tc.classname,
    outcome: tc.outcome,
    output: tc.output,
    problems: tc.problems.map(({ kind, type, message }) => ({
      kind,
      type,
      message
    }))
  })

  it('reads as 12.9.0 does, but for the ambiguous step: a bare <failure/> now, as pending and undefined', () => {
    const others = (tcs: TestCase[]) =>
      tcs.filter((tc) => tc.name !== 'ambiguous step').map(reading)
    expect(others(cucumber13)).toEqual(others(cucumber12))
    expect(only(cucumber12, 'ambiguous step').problems[0].details).toMatch(
      /^Multiple step definitions match:/
    )
    const ambiguous = only(cucumber13, 'ambiguous step')
    expect(ambiguous.outcome).toBe('failure')
    expect(ambiguous.problems).toEqual([
      expect.objectContaining({
        kind: 'failure',
        message: '',
        type: '',
        details: ''
      })
    ])
    expect(ambiguous.output).toMatch(/^Given an ambiguous step\.+ambiguous$/)
  })
})

describe('@cucumber/cucumber: Gherkin Rule blocks', () => {
  const rules = parseFixture('cucumber/cucumber-junit-rules.xml')
  const bd = new MarkerFinder('BD')

  it("a marked scenario in a marked rule takes its own marker, not its rule's too", () => {
    expect(
      only(rules, 'BD-801 free shipping - BD-803 own marker in a marked rule')
    ).toMatchObject({ classname: 'BD-800 checkout', outcome: 'passed' })
    expect(
      bd.ofTestCase(
        only(rules, 'BD-801 free shipping - BD-803 own marker in a marked rule')
      )
    ).toEqual([803])
    // BD-801's failures are not BD-803's, nor the feature's.
    expect(statusByMarker(rules, 810)).toEqual({
      'BD-800': 'passed',
      'BD-801': 'failed',
      'BD-802': 'failed',
      'BD-803': 'passed'
    })
  })

  it("a name's own ` - ` is not a rule's where no other scenario of the feature starts with it", () => {
    const xml = (names: string[]): string =>
      '<?xml version="1.0"?>\n<testsuite name="Cucumber" time="0.01" tests="2" skipped="0" failures="0" errors="0" timestamp="2026-11-24T00:00:00.000Z">\n' +
      names
        .map((n) => `  <testcase classname="BD-1 f" name="${n}" time="0"/>\n`)
        .join('') +
      '</testsuite>\n'
    const read = (names: string[]): number[][] =>
      junitCases(parseJUnit(xml(names), 'r.xml')).map((t) => bd.ofTestCase(t))
    expect(read(['BD-2 login - BD-3 logout', 'other'])).toEqual([[2, 3], [1]])
    // An outline's examples are one scenario.
    expect(
      read([
        'BD-2 even <n> - #1.1: BD-3 even 2',
        'BD-2 even <n> - #1.2: BD-3 even 4'
      ])
    ).toEqual([
      [2, 3],
      [2, 3]
    ])
    expect(read(['BD-2 rule - BD-3 a', 'BD-2 rule - b'])).toEqual([[3], [2]])
  })
})

describe('mocha-junit-reporter: nested describe blocks', () => {
  /** mocha-junit-reporter's nesting reports, test by test: each test's own title, outcome and markers. */
  const MOCHA_NESTING_READ = [
    ['outer passes', 'passed', [630]],
    ['inner fails', 'failure', [631]],
    ['deepest fails', 'failure', [633]],
    ['BD-632 own marker fails', 'failure', [632]],
    ['plain test', 'passed', [630]],
    ['BD-634 BD-635 two markers pass', 'passed', [634, 635]],
    ['"before all" hook for "after a failing before"', 'failure', [637]],
    ['"before each" hook for "after a failing beforeEach"', 'failure', [638]],
    ['plain outer passes', 'passed', []],
    ['marked inner fails', 'failure', [636]]
  ]

  it.each([
    ['mocha/mocha-junit-reporter-nesting.xml', false],
    ['mocha/mocha-junit-reporter-nesting-switch.xml', true]
  ])(
    "%s: a test takes its own or its nearest marked block's marker, not every title's of its full title (`BD-630 outer BD-631 inner inner fails`)",
    (file, switched) => {
      const nesting = parseFixture(file)
      const bd = new MarkerFinder('BD')
      const inner = nesting[1]
      expect(
        switched ? [inner.name, inner.classname] : [inner.classname, inner.name]
      ).toEqual(['inner fails', 'BD-630 outer BD-631 inner inner fails'])
      expect(inner.suites).toEqual(['BD-631 inner'])
      expect(
        nesting.map((t) => [
          switched ? t.name : t.classname,
          t.outcome,
          bd.ofTestCase(t)
        ])
      ).toEqual(MOCHA_NESTING_READ)
      // BD-631's, BD-632's, BD-633's and the hooks' failures are not BD-630's.
      expect(statusByMarker(nesting, 700)).toEqual({
        'BD-630': 'passed',
        'BD-631': 'failed',
        'BD-632': 'failed',
        'BD-633': 'failed',
        'BD-634': 'passed',
        'BD-635': 'passed',
        'BD-636': 'failed',
        'BD-637': 'failed',
        'BD-638': 'failed'
      })
    }
  )

  it("reads a full title's blocks apart only in mocha-junit-reporter's suites, where it ends with its suite's name and the test's title", () => {
    const bd = new MarkerFinder('BD')
    const mochaSuite = (suite: string, name: string, classname: string) =>
      `<testsuites name="Mocha Tests" time="0.1" tests="1" failures="0" skipped="0">
  <testsuite name="${suite}" timestamp="2026-01-01T00:00:00" tests="1" time="0.1" failures="0">
    <testcase name="${name}" time="0.001" classname="${classname}"></testcase>
  </testsuite>
</testsuites>`
    const markersOf = (xml: string) => bd.ofTestCase(parseReportText(xml)[0])
    expect(
      markersOf(mochaSuite('BD-631 inner', 'BD-630 outer BD-631 inner x', 'x'))
    ).toEqual([631])
    expect(
      markersOf(mochaSuite('BD-631 inner', 'x', 'BD-630 outer BD-631 inner x'))
    ).toEqual([631])
    expect(markersOf(mochaSuite('plain', 'BD-630 outer plain x', 'x'))).toEqual(
      [630]
    )
    // The full title does not end with the suite's name and the title: as written.
    expect(
      markersOf(mochaSuite('other', 'BD-630 outer BD-631 inner x', 'x'))
    ).toEqual([630, 631])
    // Another tool's suite (no `timestamp` before `tests`): as written.
    const other = mochaSuite(
      'BD-631 inner',
      'x',
      'BD-630 outer BD-631 inner x'
    ).replace(' timestamp="2026-01-01T00:00:00"', '')
    expect(markersOf(other)).toEqual([630, 631])
  })

  it.each([
    ['mocha/mocha-junit-reporter-nesting-jenkins.xml', true],
    ['mocha/mocha-junit-reporter-nesting-full-suite-title.xml', false],
    ['mocha/mocha-junit-reporter-nesting-full-suite-title-dot.xml', false]
  ])(
    "%s: suites named after every title (`Root Suite.BD-630 outer.BD-631 inner`) are read apart by the other suites' names: a test takes its own or its nearest marked block's marker",
    (file, jenkins) => {
      const nesting = parseFixture(file)
      const bd = new MarkerFinder('BD')
      const inner = nesting[1]
      expect(jenkins ? inner.classname : inner.name).toBe(
        jenkins
          ? 'BD-630 outer.BD-631 inner'
          : 'BD-630 outer BD-631 inner inner fails'
      )
      expect(inner.blocks).toEqual(['BD-631 inner', 'BD-630 outer'])
      expect(nesting[2].blocks).toEqual([
        'BD-633 deepest',
        'BD-631 inner',
        'BD-630 outer'
      ])
      expect(
        nesting.map((t) => [
          jenkins ? t.name : t.classname,
          t.outcome,
          bd.ofTestCase(t)
        ])
      ).toEqual(MOCHA_NESTING_READ)
    }
  )

  it("reads useFullSuiteTitle's and jenkinsMode's suites of long titles in linear time", () => {
    // Titles of 450 characters (the suite's start is read up to 1,000): each
    // test's separator was looked for among every cut of its suite's last
    // title, about 6 s for these.
    const outer = `Root Suite ${'o'.repeat(450)}`
    const inner = `${outer} ${'i'.repeat(450)}`
    const tests = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<testcase name="${'x'.repeat(450)} ${'i'.repeat(450)} BD-${i + 1} t" time="0" classname="t"></testcase>`
    ).join('')
    const xml = `<testsuites name="Mocha Tests" time="0.1" tests="20000" failures="0">
  <testsuite name="${outer}" timestamp="2026-01-01T00:00:00" tests="0" time="0" failures="0"></testsuite>
  <testsuite name="${inner}" timestamp="2026-01-01T00:00:00" tests="20000" time="0" failures="0">${tests}</testsuite>
</testsuites>`
    const started = performance.now()
    const read = parseReportText(xml)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(read).toHaveLength(20_000)
    // The full titles do not agree with the suites' names: as written.
    expect(new MarkerFinder('BD').ofTestCase(read[4])).toEqual([5])
  })

  it("reads useFullSuiteTitle's and jenkinsMode's suites apart with any suiteTitleSeparatedBy, only where the suites' names and the test's titles agree", () => {
    const bd = new MarkerFinder('BD')
    const suites = (
      join: string,
      tests: (outer: string, inner: string) => [string, string][]
    ) => {
      const outer = `Root Suite${join}BD-630 outer`
      const inner = `${outer}${join}BD-631 inner`
      const [first, second] = tests(outer, inner)
      const suite = (name: string, [testName, classname]: [string, string]) =>
        `  <testsuite name="${name}" timestamp="2026-01-01T00:00:00" tests="1" time="0.1" failures="0">
    <testcase name="${testName}" time="0.001" classname="${classname}"></testcase>
  </testsuite>`
      return `<testsuites name="Mocha Tests" time="0.1" tests="2" failures="0">
  <testsuite name="" timestamp="2026-01-01T00:00:00" tests="0" time="0.000" failures="0">
  </testsuite>
${suite(outer, first)}
${suite(inner, second)}
</testsuites>`
    }
    const markers = (xml: string) =>
      parseReportText(xml).map((t) => bd.ofTestCase(t))
    for (const join of [' ', '.', ' &gt; ', '/']) {
      // jenkinsMode: the class is the blocks' titles joined as in the suite's name.
      expect(
        markers(
          suites(join, () => [
            ['a', 'BD-630 outer'],
            ['b', `BD-630 outer${join}BD-631 inner`]
          ])
        )
      ).toEqual([[630], [631]])
      // useFullSuiteTitle: the test's full title joins them by spaces.
      expect(
        markers(
          suites(join, () => [
            ['BD-630 outer a', 'a'],
            ['BD-630 outer BD-631 inner b', 'b']
          ])
        )
      ).toEqual([[630], [631]])
    }
    // A full title the suites' names do not agree with: as written.
    expect(
      markers(
        suites('.', () => [
          ['BD-630 outer a', 'a'],
          ['BD-630 outer BD-631 other b', 'b']
        ])
      )
    ).toEqual([[630], [630, 631]])
  })
})

describe('mocha (mocha-junit-reporter)', () => {
  const mocha = parseFixture('mocha/mocha-junit-reporter.xml')

  it('13 testcases, 5 failures, 1 skipped; flat suites', () => {
    expect(mocha).toHaveLength(13)
    expect(outcomes(mocha)).toEqual({
      passed: 7,
      failure: 5,
      error: 0,
      skipped: 1
    })
    const coupon = only(mocha, 'applies coupon')
    expect(coupon.classname).toBe('BD-5 checkout applies coupon')
    expect(coupon.suites).toEqual(['BD-5 checkout'])
    expect(only(mocha, 'BD-1 user can log in').suites).toEqual(['Root Suite'])
  })

  it('CDATA bodies, raw newlines in message, split ]]>', () => {
    const diff = only(mocha, 'BD-6 adds 3 + 3 = 7')
    expect(diff.problems[0].message).toBe(
      'Expected values to be strictly equal:\n\n6 !== 7\n'
    )
    expect(diff.problems[0].type).toBe('AssertionError')
    const crash = only(mocha, 'BD-3: crashes with an error')
    expect(crash.problems[0]).toEqual(
      expect.objectContaining({ message: 'boom', type: 'TypeError' })
    )
    expect(crash.problems[0].details).toMatch(/^TypeError: boom\n {4}at /)
    const xss = only(mocha, 'BD-9 renders <script>alert(1)</script> & "quotes"')
    expect(xss.problems[0].details).toMatch(
      /^Error: \[31mXSS\[39m: output is not escaped: <p><img src=x onerror=alert\(1\)><\/p> & "quotes" 'single' \]\]> end\n/
    )
    expect(only(mocha, '[BD-2] cart total is wrong').output).toBe(
      'cart debug: items=3 total=42'
    )
  })
})

describe('node --test', () => {
  const nodeTest = parseFixture('node-test/node-test-junit.xml')

  it('13 testcases; testcases directly under <testsuites> have no suite', () => {
    expect(nodeTest).toHaveLength(13)
    expect(outcomes(nodeTest)).toEqual({
      passed: 7,
      failure: 5,
      error: 0,
      skipped: 1
    })
    expect(only(nodeTest, 'BD-1 user can log in').suites).toEqual([])
    expect(only(nodeTest, 'applies coupon').suites).toEqual(['BD-5 checkout'])
    expect(only(nodeTest, 'computes shipping').suites).toEqual([
      'BD-5 checkout'
    ])
    for (const tc of nodeTest) expect(tc.classname).toBe('test')
  })

  it('testCodeFailure type, quotes node escaped twice read as quotes, raw ESC bytes', () => {
    expect(only(nodeTest, 'BD-6 adds 3 + 3 = 7').problems[0]).toEqual(
      expect.objectContaining({
        kind: 'failure',
        type: 'testCodeFailure',
        message: 'Expected values to be strictly equal:6 !== 7'
      })
    )
    const xss = only(
      nodeTest,
      'BD-9 renders <script>alert(1)</script> & "quotes"'
    )
    expect(xss.problems[0].message).toContain('\u001b[31mXSS\u001b[39m')
    expect(xss.problems[0].message).toContain(`& "quotes" 'single'`)
    expect(only(nodeTest, 'BD-4 skipped feature').problems).toEqual([
      { kind: 'skipped', message: 'true', type: 'skipped', details: '' }
    ])
  })
})

describe('node --test: quotes in names and messages', () => {
  const quotes = parseFixture('node-test/node-test-quotes.xml')

  // node writes each `"` of an attribute as `&amp;quot;`; the details once.
  it("reads node's twice-escaped quotes as quotes in names, suites and messages", () => {
    expect(
      quotes.map((tc) => [tc.suites, tc.name, tc.classname, tc.outcome])
    ).toEqual([
      [
        ['BD-16 "gift" cards'],
        'redeems a "free shipping" code',
        'test',
        'failure'
      ],
      [['BD-16 "gift" cards'], 'keeps the "balance"', 'test', 'passed'],
      [[], 'BD-17 says "out of stock" & <b>why</b>', 'test', 'passed']
    ])
    const [problem] = quotes[0].problems
    expect(problem.message).toBe(
      `the code was "expired"+ actual - expected+ '"expired"'- '"valid"'`
    )
    // The message with its line breaks, from the details.
    expect(failureText(problem, quotes[0].name).text).toBe(
      `the code was "expired"\n+ actual - expected\n\n+ '"expired"'\n- '"valid"'`
    )
  })

  it("is read so only in node's reports: elsewhere &quot; is what the report says", () => {
    const [plain] = parseReportText(
      '<testsuites><testcase name="a &amp;quot;b&amp;quot;" classname="c" time="1"/></testsuites>'
    )
    expect(plain.name).toBe('a &quot;b&quot;')
    const [node] = parseReportText(
      '<testsuites>\n\t<testcase name="a &amp;quot;b&amp;quot;" time="0.1" classname="test"/>\n</testsuites>'
    )
    expect(node.name).toBe('a "b"')
  })
})

describe('node --test: todo tests', () => {
  const todo = parseFixture('node-test/node-test-todo.xml')

  // node's own counts in the report: `fail 1`, `todo 4`, and the run passes
  // but for BD-15.
  it('a todo test is skipped, also when it fails; the plain failure beside them is not', () => {
    expect(outcomes(todo)).toEqual({
      passed: 1,
      failure: 1,
      error: 0,
      skipped: 4
    })
    for (const name of [
      'BD-11 todo that fails',
      'BD-12 todo that passes',
      'BD-13 todo without a body',
      'partial refund fails for now'
    ]) {
      expect([name, only(todo, name).outcome]).toEqual([name, 'skipped'])
    }
    expect(only(todo, 'full refund').outcome).toBe('passed')
    expect(only(todo, 'BD-15 plain failure beside them').outcome).toBe(
      'failure'
    )
    // The suite counts its failed todo test in failures="1": no (suite) test.
    expect(named(todo, SUITE_TEST_NAME)).toEqual([])
  })

  it('a failed todo test: its reason first, then the failure it was allowed, both skips', () => {
    const failed = only(todo, 'BD-11 todo that fails')
    expect(failed.problems.map((p) => [p.kind, p.type, p.message])).toEqual([
      ['skipped', 'todo', 'rounding not done yet'],
      [
        'skipped',
        'testCodeFailure',
        expect.stringContaining('Expected values to be strictly equal')
      ]
    ])
    expect(failed.problems[1].details).toContain('0.30000000000000004')
  })
})

describe('node --test: node 22 and 24', () => {
  const FILES = [
    'node-test-junit.xml',
    'node-test-todo.xml',
    'node-test-quotes.xml',
    'node-test-nesting.xml'
  ]
  // What a result is made of; node 24 keeps a line break in a name (node
  // 20 and 22 drop it).
  const reading = (t: TestCase) => {
    const problem = t.problems.find(isFailureOrError)
    return [
      t.suites,
      t.name.replace('\n', ''),
      t.outcome,
      t.problems.map((p) => [p.kind, p.type]),
      problem && failureText(problem, t.name).headline
    ]
  }

  it.each(['node22', 'node24'].flatMap((v) => FILES.map((f) => [v, f])))(
    "%s/%s: read as node 20's report: suites, names, outcomes, failures, markers and statuses",
    (version, file) => {
      const node20 = parseFixture(`node-test/${file}`)
      const newer = parseFixture(`node-test/${version}/${file}`)
      // From node 22 on, assert's diff lists every line (no `... Lines skipped`).
      const same = (t: TestCase) =>
        t.name === '[BD-2] cart total is wrong'
          ? reading(t).slice(0, 4)
          : reading(t)
      expect(newer.map(same)).toEqual(node20.map(same))
      expect(statusByMarker(newer)).toEqual(statusByMarker(node20))
    }
  )

  it('node 24 writes each line break of a message, a classname of the describe blocks, and the file', () => {
    const shop = parseFixture('node-test/node24/node-test-junit.xml')
    expect(only(shop, 'BD-6 adds 3 + 3 = 7').problems[0].message).toBe(
      'Expected values to be strictly equal:\n\n6 !== 7'
    )
    expect(only(shop, 'applies coupon').classname).toBe('BD-5 checkout')
    expect(only(shop, 'BD-1 user can log in').classname).toBe('test')
    for (const t of shop)
      expect(t.file).toBe(
        '/work/main/__fixtures__/generators/node-test/test/shop.test.js'
      )
    const nesting = parseFixture('node-test/node24/node-test-nesting.xml')
    expect(only(nesting, 'deep one fails').classname).toBe(
      'BD-20 outer.BD-21 inner'
    )
    // Quotes are still escaped twice in node 22 and 24.
    const quotes = parseFixture('node-test/node24/node-test-quotes.xml')
    expect(quotes.map((t) => [t.classname, t.name])).toEqual([
      ['BD-16 "gift" cards', 'redeems a "free shipping" code'],
      ['BD-16 "gift" cards', 'keeps the "balance"'],
      ['test', 'BD-17 says "out of stock" & <b>why</b>']
    ])
  })

  it("takes a test's markers from its nearest marked describe block, not from node 24's classname of all of them", () => {
    for (const file of [
      'node-test/node-test-nesting.xml',
      'node-test/node22/node-test-nesting.xml',
      'node-test/node24/node-test-nesting.xml'
    ]) {
      const nesting = parseFixture(file)
      const bd = new MarkerFinder('BD')
      expect([file, bd.ofTestCase(only(nesting, 'deep one fails'))]).toEqual([
        file,
        [21]
      ])
      // BD-20's tests: one skipped, one passed (BD-21's failure is not BD-20's).
      expect([file, statusByMarker(nesting)['BD-20']]).toEqual([file, 'passed'])
    }
  })

  it("reads a quote node escaped twice in node 24's file attribute as a quote", () => {
    const [test] = parseReportText(
      '<testsuites>\n\t<testcase name="a" time="0.1" classname="test" file="/w/a&amp;quot;b&amp;c/x.test.js"/>\n</testsuites>'
    )
    expect(test.file).toBe('/w/a"b&c/x.test.js')
  })
})

describe('@reporters/junit (node --test, the nodejs/reporters reporter)', () => {
  const reports = fixtureReports('reporters-junit')
  const cases = (file: string) => parseFixture(file)
  const reason = (tc: TestCase) =>
    summaryLine(
      failureText(
        tc.problems.find((p) => p.kind === 'failure')!,
        tc.name
      ),
      200
    )

  it('node 20 and 24: 20 testcases, as node counts them (todo and skips skipped, cancelled failed)', () => {
    expect(reports).toEqual([
      'reporters-junit/node20/reporters-junit.xml',
      'reporters-junit/node24/reporters-junit.xml'
    ])
    for (const file of reports) {
      const rj = cases(file)
      // node: 21 tests (the subtests' parent too), 8 pass, 7 fail (the
      // parent among them), 2 cancelled, 2 skipped, 2 todo.
      expect([file, rj.length, outcomes(rj)]).toEqual([
        file,
        20,
        { passed: 8, failure: 8, error: 0, skipped: 4 }
      ])
      expect(only(rj, 'BD-984 loyalty points').problems[0]).toEqual(
        expect.objectContaining({
          kind: 'skipped',
          type: 'todo',
          message: 'points not designed yet'
        })
      )
      expect(only(rj, 'BD-983 gift wrapping').problems[0].message).toBe(
        'gift wrap not in this release'
      )
      expect(only(rj, 'keeps items after reload').problems[0]).toEqual(
        expect.objectContaining({ kind: 'failure', type: 'hookFailed' })
      )
      expect(reason(only(rj, 'keeps items after reload'))).toBe(
        'failed running beforeEach hook'
      )
      expect(reason(only(rj, 'BD-993 pays by invoice'))).toBe(
        'test did not finish before its parent and was cancelled'
      )
      expect(reason(only(rj, '[BD-981] cart total is wrong'))).toBe(
        'Expected values to be strictly equal: 7 !== 8'
      )
      // No output: the reporter writes no stdout or stderr.
      for (const tc of rj) expect(tc.output).toBe('')
    }
  })

  it('reads its quotes written `\\"` in attributes as quotes (names, messages)', () => {
    for (const file of reports) {
      const rj = cases(file)
      const receipt = only(rj, 'BD-995 order confirmation <b>&</b> "receipt"')
      expect(receipt.problems[0].message).toBe(
        'receipt <img src=x onerror=alert(1)> & "quoted" failed'
      )
      expect(reason(receipt)).toBe(
        'receipt <img src=x onerror=alert(1)> & "quoted" failed'
      )
      // The tests after it are read as written.
      expect(only(rj, 'BD-996 pay later').outcome).toBe('skipped')
    }
  })

  it('reads a quote and a backslash before a closing quote in any attribute', () => {
    const [a, b] = parseReportText(
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n' +
        '\t<testsuite name="BD-1 \\"a\\"" time="0.1" disabled="0" errors="0" tests="2" failures="1" skipped="0" hostname="h">\n' +
        '\t\t<testcase name="ends in \\" time="0.000100" classname="say \\"x=\\"y\\"" failure="m \\"q\\"">\n' +
        '\t\t\t<failure type="testCodeFailure" message="m \\"q\\"">\nbody "q"\n\t\t\t</failure>\n' +
        '\t\t</testcase>\n' +
        '\t\t<testcase name="\\"quoted\\"" time="0.000100" classname="test"/>\n' +
        '\t</testsuite>\n</testsuites>\n'
    )
    expect([a.suites, a.name, a.classname, a.problems[0].message]).toEqual([
      ['BD-1 "a"'],
      'ends in \\',
      'say "x="y"',
      'm "q"'
    ])
    expect(b.name).toBe('"quoted"')
  })

  it('a test takes the markers of its nearest marked describe block or parent test, or its own', () => {
    const bd = new MarkerFinder('BD')
    for (const file of reports) {
      const rj = cases(file)
      const markers = (name: string) => [
        file,
        name,
        bd.ofTestCase(only(rj, name))
      ]
      expect(markers('increments a quantity')).toEqual([
        file,
        'increments a quantity',
        [987]
      ])
      expect(markers('BD-988 rejects a negative quantity')).toEqual([
        file,
        'BD-988 rejects a negative quantity',
        [988]
      ])
      expect(markers('shows the subtotal')).toEqual([
        file,
        'shows the subtotal',
        [986]
      ])
      expect(markers('applies a valid coupon')).toEqual([
        file,
        'applies a valid coupon',
        [989]
      ])
      const status = statusByMarker(rj, 1000)
      // BD-987's failure is BD-988's; BD-986's own tests passed.
      expect([
        file,
        status['BD-986'],
        status['BD-987'],
        status['BD-988']
      ]).toEqual([file, 'passed', 'passed', 'failed'])
    }
  })
})

describe('node-tap (junit reporter)', () => {
  const tap = parseFixture('tap/tap-junit.xml')
  const subtest = (name: string) =>
    only(
      tap.filter((t) => t.classname === 'test/cart.test.mjs'),
      name
    )

  it('a skipped or todo test, marked only by a property, is skipped', () => {
    expect(subtest('skipped test').outcome).toBe('skipped')
    expect(subtest('todo test').outcome).toBe('skipped')
    expect(subtest('todo subtest that runs').outcome).toBe('skipped')
    const skippedAssertion = tap.find(
      (t) => t.classname === 'test/cart.test.mjs > with skipped assertion only'
    )
    expect(skippedAssertion?.outcome).toBe('skipped')
  })

  it('passes and failures as tap counts them', () => {
    expect(subtest('BD-12 adds an item').outcome).toBe('passed')
    expect(subtest('is even 2').outcome).toBe('passed')
    for (const name of [
      'total is wrong',
      'throws',
      'two failures',
      'is even 3'
    ])
      expect([name, subtest(name).outcome]).toEqual([name, 'failure'])
    expect(
      only(
        tap.filter((t) => t.classname === 'test/hooks.test.mjs'),
        'test after failing beforeEach'
      ).outcome
    ).toBe('failure')
  })
  it("nested subtests: a test (an assertion) takes its own or its nearest marked subtest's marker, not every enclosing subtest's in its classname", () => {
    const nesting = parseFixture('tap/tap-junit-nesting.xml')
    const bd = new MarkerFinder('BD')
    const read = (name: string) => {
      const testCase = only(nesting, name)
      return [testCase.outcome, bd.ofTestCase(testCase)]
    }
    expect(only(nesting, 'inner fails').classname).toBe(
      'test/nesting.test.mjs > BD-750 outer > BD-751 inner'
    )
    expect(read('outer passes')).toEqual(['passed', [750]])
    expect(read('inner fails')).toEqual(['failure', [751]])
    expect(read('inner failure')).toEqual(['failure', [751]])
    expect(read('deepest fails')).toEqual(['failure', [753]])
    expect(read('deepest failure')).toEqual(['failure', [753]])
    expect(read('own marker failure')).toEqual(['failure', [752]])
    expect(read('plain passes')).toEqual(['passed', [750]])
    expect(read('marked inner fails')).toEqual(['failure', [754]])
    expect(read('two markers failure')).toEqual(['failure', [755, 756]])
    // A subtest is a testcase of its parent too, failed when a child fails:
    // the plain middle subtest reports BD-752's failure to BD-750 (as go's).
    expect(read('plain middle')).toEqual(['failure', [750]])
  })

  it("reads a classname as its suites' names only where it is just them joined by ` > `, in node-tap's suites", () => {
    const bd = new MarkerFinder('BD')
    const report = (suiteAttributes: string, classname: string) =>
      parseReportText(
        `<testsuites name="TAP Tests"><testsuite name="t.mjs"${suiteAttributes}><testsuite name="BD-20 outer"${suiteAttributes}><testsuite name="BD-21 inner"${suiteAttributes}>` +
          `<testcase id="1" name="fails" classname="${classname}"><failure message="boom"/></testcase>` +
          '</testsuite></testsuite></testsuite></testsuites>'
      )[0]
    const tap = ' tests="1" failures="1" assertions="1" skipped="0" time="0.01"'
    const joined = 't.mjs &gt; BD-20 outer &gt; BD-21 inner'
    expect(bd.ofTestCase(report(tap, joined))).toEqual([21])
    // Not only its suites' names: the classname as written.
    expect(bd.ofTestCase(report(tap, `${joined} x`))).toEqual([20, 21])
    // Not node-tap's suites: the classname as written.
    expect(bd.ofTestCase(report(' tests="1" failures="1"', joined))).toEqual([
      20, 21
    ])
  })
})

describe('repeated testcases', () => {
  const failedThenPassed = (root: string): string =>
    `${root}<testsuite name="cart.test.js" tests="2" failures="1">
      <testcase classname="BD-7 adds VAT" name="BD-7 adds VAT" time="0.002"><failure message="expect(received).toBe(expected)">Expected: 121</failure></testcase>
      <testcase classname="BD-7 adds VAT" name="BD-7 adds VAT" time="0.001"/>
    </testsuite></testsuites>`

  it.each([
    '<testsuites name="jest tests">',
    '<testsuites name="vitest tests">',
    '<testsuites name="Mocha Tests">',
    // Playwright's --repeat-each: a repeat's name is the test's.
    '<testsuites id="" name="" tests="2" failures="1" skipped="0" errors="0" time="0.5">'
  ])(
    '%s: tools that write each test once: a failure then a pass under one title (it.each, a repeat) are two tests, the failure counts',
    (root) => {
      expect(
        junitCases(parseJUnit(failedThenPassed(root), 'r.xml')).map(
          (t) => t.outcome
        )
      ).toEqual(['failure', 'passed'])
    }
  )

  it.each([
    '<testsuites disabled="0" errors="0" failures="1" tests="2" time="0.1">',
    '<testsuites>',
    '<testsuites name="my tests">'
  ])(
    '%s: elsewhere a failure then a pass of one test in one suite is a retry: one flaky test',
    (root) => {
      const [flaky, ...rest] = junitCases(
        parseJUnit(failedThenPassed(root), 'r.xml')
      )
      expect(rest).toEqual([])
      expect(flaky.outcome).toBe('flaky')
      expect(flaky.problems.map((p) => [p.kind, p.message])).toEqual([
        ['flaky failure', 'expect(received).toBe(expected)']
      ])
    }
  )

  it("gotestsum's --rerun-fails attempts are merged: a flaky test, and one that never passed", () => {
    const reruns = parseFixture('go/gotestsum-reruns.xml')
    expect(
      reruns
        .filter((t) => /TestBd12FlakyCheckout|TestBd2Always/.test(t.name))
        .map((t) => [t.name, t.outcome])
    ).toEqual([
      ['TestBd12FlakyCheckout', 'flaky'],
      ['TestBd2AlwaysFailsEvenAfterRerun', 'failure'],
      ['TestBd2AlwaysFailsEvenAfterRerun', 'failure'],
      ['TestBd2AlwaysFailsEvenAfterRerun', 'failure']
    ])
  })
})

describe('TestNG: one class in two <test>s of a testng.xml, a browser parameter each', () => {
  const read = (file: string) =>
    parseFixture(`testng/${file}`).map((t) => [t.name, t.runsIn, t.outcome])

  it("JUnitXMLReporter's report per <test> names it: each test runs in it", () => {
    expect(read('testng-browsers-Chrome.xml')).toEqual([
      ['testBd1140OpensHomePage', 'Chrome', 'passed'],
      ['testBd1141ChecksOut', 'Chrome', 'passed'],
      ['testBd1142UploadsFile', 'Chrome', 'skipped']
    ])
    expect(read('testng-browsers-Firefox.xml')).toEqual([
      ['testBd1140OpensHomePage', 'Firefox', 'passed'],
      ['testBd1141ChecksOut', 'Firefox', 'failure'],
      ['testBd1142UploadsFile', 'Firefox', 'passed']
    ])
  })

  it('junitreports writes both <test>s in one suite of the class: not told apart', () => {
    const tests = parseFixture('testng/testng-browsers-junitreports.xml')
    expect(tests).toHaveLength(6)
    for (const test of tests) expect(test.runsIn).toBeUndefined()
    // The same statuses either way.
    const perTest = [
      ...parseFixture('testng/testng-browsers-Chrome.xml'),
      ...parseFixture('testng/testng-browsers-Firefox.xml')
    ]
    expect(statusByMarker(tests, 1200)).toEqual(statusByMarker(perTest, 1200))
    expect(statusByMarker(tests, 1200)).toMatchObject({
      'BD-1140': 'passed',
      'BD-1141': 'failed'
    })
  })
})

describe('TestNG (junitreports)', () => {
  const xml = fixtureText('testng/TEST-demo.CartTest.xml')

  it("a data provider's failed invocation, written before its passed one, is no retry: the failure counts", () => {
    // squares with two rows, {2,4} and {3,10}: TestNG writes the failed one first.
    const twoRows = xml.replace(
      '<testcase classname="demo.CartTest" name="squares" time="0.000"/>\n',
      ''
    )
    expect(twoRows).not.toBe(xml)
    const squares = junitCases(parseJUnit(twoRows, 'r.xml')).filter(
      (t) => t.name === 'squares'
    )
    expect(squares.map((t) => t.outcome)).toEqual(['failure', 'passed'])
  })
})

describe('minitest-reporters', () => {
  const minitest = parseFixture('minitest/minitest-reporters.xml')

  it('tests of different classes sharing a name are not merged as retries', () => {
    expect(outcomes(minitest)).toEqual({
      passed: 4,
      failure: 3,
      error: 3,
      skipped: 1
    })
    expect(
      minitest.filter((t) => t.name === 'test_one').map((t) => t.outcome)
    ).toEqual(['error', 'error', 'passed'])
  })

  it('make_my_diffs_pretty!: as minitest counts (11 tests, 7 failures, 2 errors, 1 skip)', () => {
    expect(
      outcomes(parseFixture('minitest/minitest-pretty-diffs.xml'))
    ).toEqual({ passed: 1, failure: 7, error: 2, skipped: 1 })
  })

  it("its classname is every test's: one failure then a pass is two tests, not a retry", () => {
    const xml =
      '<testsuite name="s">' +
      '<testcase name="test_one" classname="Minitest::Result"><error message="RuntimeError: setup failed"/></testcase>' +
      '<testcase name="test_one" classname="Minitest::Result"/></testsuite>'
    expect(junitCases(parseJUnit(xml, 'r.xml')).map((t) => t.outcome)).toEqual([
      'error',
      'passed'
    ])
  })
})

describe('TestCafe (xunit, testcafe-reporter-junit)', () => {
  const plain = ['testcafe/testcafe-xunit.xml', 'testcafe/testcafe-junit.xml']

  it('as TestCafe counts: 17/22 failed, 3 skipped (test.skip, fixture.skip); hooks fail their tests', () => {
    for (const file of [
      ...plain,
      'testcafe/testcafe-xunit-screenshots.xml',
      'testcafe/testcafe-xunit-concurrency.xml'
    ]) {
      const tests = parseFixture(file)
      expect([file, outcomes(tests)]).toEqual([
        file,
        { passed: 5, failure: 17, error: 0, skipped: 3 }
      ])
    }
    expect(statusByMarker(parseFixture(plain[0]), 150)).toEqual({
      'BD-101': 'passed',
      'BD-102': 'failed',
      'BD-103': 'failed',
      'BD-104': 'failed',
      'BD-105': 'failed',
      'BD-106': 'skipped',
      'BD-107': 'passed',
      'BD-108': 'failed',
      'BD-109': 'failed',
      'BD-110': 'failed',
      'BD-111': 'passed',
      'BD-112': 'passed',
      'BD-113': 'failed',
      // The fixture's marker: fixture.before failed both its tests.
      'BD-120': 'failed',
      'BD-121': 'failed',
      'BD-122': 'passed',
      'BD-123': 'failed',
      'BD-124': 'failed',
      'BD-125': 'failed',
      'BD-126': 'failed',
      'BD-130': 'skipped',
      'BD-140': 'failed',
      'BD-141': 'failed'
    })
  })

  it("--skip-js-errors: the page's error fails nothing (16/22 failed)", () => {
    const tests = parseFixture('testcafe/testcafe-xunit-skip-js-errors.xml')
    expect(outcomes(tests)).toEqual({
      passed: 6,
      failure: 16,
      error: 0,
      skipped: 3
    })
    expect(only(tests, 'BD-104 page throws on click').outcome).toBe('passed')
  })

  it('--quarantine-mode: a test TestCafe found unstable (failed, then passed) is flaky, named without ` (unstable)`', () => {
    for (const file of [
      'testcafe/testcafe-xunit-quarantine.xml',
      'testcafe/testcafe-junit-quarantine.xml'
    ]) {
      const tests = parseFixture(file)
      expect([file, outcomes(tests)]).toEqual([
        file,
        { passed: 5, failure: 16, error: 0, skipped: 3, flaky: 1 }
      ])
      const unstable = only(tests, 'BD-140 passes on a retry')
      expect(unstable.outcome).toBe('flaky')
      expect(only(tests, 'BD-141 always fails').outcome).toBe('failure')
      expect(statusByMarker(tests, 150)['BD-140']).toBe('passed')
    }
  })

  it("an error's message is its first error's, without its number; a hook's heading joined to it", () => {
    for (const file of plain) {
      const tests = parseFixture(file)
      const message = (name: string) => only(tests, name).problems[0].message
      expect(message('[BD-102] total is shown')).toBe(
        "AssertionError: total after two items: expected 'Total: €10' to deeply equal 'Total: €15'\n\n+ expected - actual\n\n-Total: €10\n+Total: €15"
      )
      expect(message('BD-105 thrown error')).toBe(
        'Error: Stock service refused: <sku> & "qty"\nsecond line of the message'
      )
      expect(message('first test of a fixture whose before failed')).toBe(
        'Error in fixture.before hook: Error: fixture.before: database seed failed'
      )
      // Two errors (the test.after hook's, then the test's): the first is
      // the message, the text holds both.
      const both = only(tests, 'BD-126 fails, then its test.after fails')
      expect(both.problems).toHaveLength(1)
      expect(both.problems[0].message).toBe(
        'Error in test.after hook: Error: test.after: logout failed'
      )
      expect(both.problems[0].details).toMatch(
        /\n\s*2\) AssertionError: expected 'Cart' to deeply equal 'Checkout'\n/
      )
      // testcafe-reporter-junit writes no file: its stack names it.
      expect(only(tests, 'BD-104 page throws on click').file).toMatch(
        /\/generators\/testcafe\/tests\/cart\.test\.js$/
      )
    }
  })

  it('--screenshots takeOnFails: the screenshots its errors name are attachments; the name is read without them', () => {
    const tests = parseFixture('testcafe/testcafe-xunit-screenshots.xml')
    const twoErrors = only(tests, 'BD-126 fails, then its test.after fails')
    expect(twoErrors.attachments).toEqual([
      expect.stringMatching(/\/errors\/2\.png$/),
      expect.stringMatching(/\/errors\/1\.png$/)
    ])
    expect(only(tests, 'BD-101 adds item').attachments).toEqual([])
    // fixture.before and fixture.after run outside the browser: no screenshot.
    expect(tests.filter((t) => t.attachments.length > 0)).toHaveLength(14)
  })

  it("a name ending in ` (unstable)` is another tool's name", () => {
    const [test] = parseSuite(
      '<testcase classname="c" name="BD-1 works (unstable)" time="1"/>'
    )
    expect(test).toEqual(
      expect.objectContaining({
        name: 'BD-1 works (unstable)',
        outcome: 'passed'
      })
    )
  })
})

describe('@web/test-runner (@web/test-runner-junit-reporter)', () => {
  const ONE_BROWSER = [
    'web-test-runner/wtr-junit.xml',
    'web-test-runner/wtr-junit-nologs.xml'
  ]
  const BROWSERS = 'web-test-runner/wtr-junit-browsers.xml'
  const STATUSES = {
    'BD-460': 'passed',
    'BD-461': 'failed',
    'BD-462': 'failed',
    'BD-463': 'failed',
    'BD-464': 'failed',
    'BD-465': 'skipped',
    'BD-466': 'passed',
    'BD-467': 'failed',
    'BD-468': 'failed',
    'BD-469': 'failed',
    'BD-470': 'skipped',
    // The describe block's marker: its tests without a marker of their own passed.
    'BD-471': 'passed',
    'BD-472': 'failed',
    'BD-473': 'skipped',
    // A failing beforeEach and a failing after(): written as passed.
    'BD-475': 'passed',
    'BD-476': 'passed',
    'BD-478': 'passed',
    'BD-479': 'passed',
    'BD-480': 'failed',
    'BD-481': 'failed',
    'BD-482': 'failed',
    'BD-486': 'failed',
    // Passed on its second try: the reporter writes the last attempt only.
    'BD-487': 'passed'
  }

  it('as the reporter writes them: 12 failed, 3 skipped of 25 (per browser); tests outside a describe and a file that failed to import are not written', () => {
    for (const file of ONE_BROWSER) {
      const tests = parseFixture(file)
      expect([file, outcomes(tests)]).toEqual([
        file,
        { passed: 10, failure: 12, error: 0, skipped: 3 }
      ])
      expect([file, statusByMarker(tests, 500)]).toEqual([file, STATUSES])
    }
    const both = parseFixture(BROWSERS)
    expect(outcomes(both)).toEqual({
      passed: 20,
      failure: 24,
      error: 0,
      skipped: 6
    })
    expect(statusByMarker(both, 500)).toEqual(STATUSES)
  })

  it("each test runs in its suite's browser (`browser.name`), told apart where there are two", () => {
    const both = parseFixture(BROWSERS)
    expect(
      named(both, 'BD-486 lists new arrivals').map((t) => [t.runsIn, t.outcome])
    ).toEqual([
      ['Chromium desktop', 'failure'],
      ['Chromium desktop', 'passed'],
      ['Chromium mobile', 'failure'],
      ['Chromium mobile', 'passed']
    ])
    expect(new Set(both.map((t) => t.runsIn))).toEqual(
      new Set(['Chromium desktop', 'Chromium mobile'])
    )
    for (const file of ONE_BROWSER)
      expect(new Set(parseFixture(file).map((t) => t.runsIn))).toEqual(
        new Set(['Chrome'])
      )
  })

  it('two tests of one title in a describe block are two tests, not a retry (the reporter writes a retried test once)', () => {
    for (const file of [...ONE_BROWSER, BROWSERS]) {
      const arrivals = named(parseFixture(file), 'BD-486 lists new arrivals')
      expect([file, arrivals.map((t) => t.outcome)]).toEqual([
        file,
        file === BROWSERS
          ? ['failure', 'passed', 'failure', 'passed']
          : ['failure', 'passed']
      ])
    }
  })

  it("its `line` is no test's line (the stack's first `N:N`, mocha's bundle's line 1): not kept", () => {
    for (const file of ONE_BROWSER) {
      const tests = parseFixture(file)
      expect(fixtureText(file)).toMatch(
        /name="BD-481 counts products in stock"[^>]* line="1"/
      )
      for (const test of tests)
        expect([test.name, test.line]).toEqual([test.name, undefined])
      // The failure's stack says where it failed.
      expect(
        failurePositions(
          only(tests, 'BD-461 cart total counts the quantity').problems[0]
        )[0]
      ).toEqual({ path: 'test/cart.test.js', line: 17 })
    }
  })

  it("reportLogs: the file's browser logs, written once per test of the file, are its failed tests' output once", () => {
    const logs =
      'cart total is\n18\ncart warning: stock is low\nabout to check the coupon\ncoupon service said <no> & "stop"'
    for (const file of [ONE_BROWSER[0], BROWSERS]) {
      const tests = parseFixture(file)
      // 11 tests in cart.test.js, 5 logged values each.
      expect(fixtureText(file).split('<system-out>').length - 1).toBe(
        file === BROWSERS ? 110 : 55
      )
      for (const test of tests.filter(
        (t) => t.classname === 'cart' && t.outcome === 'failure'
      )) {
        expect(test.output).toBe(logs)
        expect(test.outputOfSuite).toBe(true)
      }
      for (const test of named(tests, 'BD-480 sorts products by price'))
        expect(test.output).toBe('')
    }
    const nologs = parseFixture(ONE_BROWSER[1])
    expect(only(nologs, 'BD-461 cart total counts the quantity').output).toBe(
      ''
    )
  })

  it('a name with <, &, quotes and a failure message with them are read unescaped', () => {
    const test = only(
      parseFixture(ONE_BROWSER[0]),
      'BD-467 cart shows <b>bold</b> & "quoted" \'items\''
    )
    expect(test.problems[0].message).toBe(
      "expected '<b>pen</b> & \"book\"' to equal '<b>pen</b> & \\'book\\''"
    )
  })
})

describe('Cucumber-Ruby 2.4 (--format junit)', () => {
  const features = fixtureReports('cucumber-ruby').filter(
    (file) => !file.includes('/strict/')
  )
  const all = features.flatMap((file) => parseFixture(file))

  it('as cucumber counts: 23 scenarios (14 failed, 1 undefined, 1 pending, 7 passed)', () => {
    expect(features).toHaveLength(4)
    expect(outcomes(all)).toEqual({
      passed: 7,
      failure: 14,
      error: 0,
      skipped: 2
    })
    expect(statusByMarker(all, 200)).toEqual({
      'BD-151': 'passed',
      'BD-152': 'failed',
      // Pending and undefined steps: a bare <skipped/>, as cucumber passes them.
      'BD-153': 'skipped',
      'BD-154': 'skipped',
      'BD-155': 'failed',
      'BD-157': 'passed',
      'BD-158': 'failed',
      'BD-159': 'failed',
      // The feature's marker: the outline whose name has none, a row failed.
      'BD-160': 'failed',
      'BD-161': 'failed',
      // Markers in an outline's example rows, written in the name.
      'BD-162': 'passed',
      'BD-163': 'failed',
      // The feature's marker: its background failed both scenarios.
      'BD-170': 'failed',
      'BD-171': 'failed',
      'BD-172': 'failed',
      'BD-173': 'failed',
      'BD-174': 'failed'
    })
  })

  it('--strict: pending and undefined steps are failures', () => {
    const strict = parseFixture('cucumber-ruby/strict/TEST-features-cart.xml')
    expect(outcomes(strict)).toEqual({
      passed: 2,
      failure: 7,
      error: 0,
      skipped: 0
    })
  })
})

describe('RSpec (rspec_junit_formatter 0.4.1)', () => {
  it('as RSpec counts: 46 examples, 29 failures, 5 pending, in every order and with captured output', () => {
    for (const file of RSPEC) {
      const examples = parseFixture(file)
      expect([file, outcomes(examples)]).toEqual([
        file,
        { passed: 12, failure: 29, error: 0, skipped: 5 }
      ])
      expect(statusByMarker(examples, 140)).toEqual({
        'BD-101': 'passed',
        'BD-102': 'failed',
        'BD-103': 'failed',
        'BD-104': 'failed',
        'BD-105': 'failed',
        'BD-106': 'failed',
        'BD-107': 'failed',
        'BD-108': 'failed',
        'BD-109': 'passed',
        // Its context's marker: one example failed, one passed.
        'BD-110': 'failed',
        'BD-111': 'failed',
        'BD-112': 'passed',
        // aggregate_failures: the formatter writes no more than the exception's class.
        'BD-113': 'failed',
        'BD-114': 'failed',
        // A pending example that fails is pending; one that passes fails the run.
        'BD-115': 'skipped',
        'BD-116': 'failed',
        'BD-117': 'skipped',
        'BD-118': 'skipped',
        'BD-119': 'skipped',
        'BD-120': 'skipped',
        'BD-121': 'failed',
        'BD-122': 'failed',
        'BD-123': 'failed',
        'BD-124': 'failed',
        'BD-125': 'failed',
        'BD-126': 'failed',
        'BD-127': 'failed',
        'BD-128': 'failed',
        'BD-129': 'failed',
        // before(:all) failed: RSpec fails each example of the group.
        'BD-130': 'failed',
        // after(:all) failed: an error outside the examples, not in the report.
        'BD-131': 'passed',
        'BD-132': 'passed',
        'BD-133': 'failed',
        'BD-134': 'passed',
        'BD-135': 'failed',
        'BD-136': 'failed',
        'BD-137': 'passed',
        'BD-138': 'failed',
        'BD-140': 'failed'
      })
    }
  })

  it("captured output (the formatter's stdout and stderr metadata) is a failed example's output", () => {
    const printed = only(
      parseFixture('rspec/rspec-captured-output.xml'),
      'Cart BD-121 prints output and fails'
    )
    expect(printed.output).toBe('hello from stdout <&>\n\nhello from stderr\n')
    expect(
      only(
        parseFixture('rspec/rspec.xml'),
        'Cart BD-121 prints output and fails'
      ).output
    ).toBe('')
  })

  it('a report redirected from standard output, what the examples printed before it, is refused saying so', () => {
    expect(() =>
      parseJUnit(
        fixtureText('rspec/rspec-stdout-redirected.xml'),
        'rspec-stdout-redirected.xml'
      )
    ).toThrow(
      /^rspec-stdout-redirected\.xml:1: malformed XML: text before the root element and its XML declaration \(line 9\): console output written into the report/
    )
  })
})

describe('Perl TAP::Harness::JUnit 0.42', () => {
  /** prove's own counts, per marker, of the scripts in t/ (with --merge or not). */
  const PROVE = {
    'BD-150': 'passed',
    'BD-151': 'failed',
    'BD-152': 'failed',
    // skip() has no description: `Unnamed test case N`, BD-153 is only in
    // its reason. TODO tests (BD-154, BD-155) are not written at all.
    'BD-156': 'failed',
    'BD-157': 'passed',
    'BD-158': 'failed',
    'BD-159': 'failed',
    'BD-160': 'failed',
    'BD-161': 'passed',
    'BD-162': 'passed',
    // died.t died after it: its `Test died too soon` failure has no marker.
    'BD-163': 'passed',
    'BD-165': 'passed',
    'BD-166': 'passed',
    'BD-167': 'passed',
    // Beyond the plan: prove's "Failed test: 2".
    'BD-168': 'failed',
    'BD-170': 'passed',
    'BD-171': 'passed',
    'BD-172': 'failed',
    'BD-173': 'failed'
  }

  it('has a report per option', () => {
    expect(TAP_HARNESS).toEqual([
      'tap-harness-junit/tap-harness-junit-merge.xml',
      'tap-harness-junit/tap-harness-junit-namemangle-none.xml',
      'tap-harness-junit/tap-harness-junit-namemangle-perl.xml',
      'tap-harness-junit/tap-harness-junit-notimes.xml',
      'tap-harness-junit/tap-harness-junit-package.xml',
      'tap-harness-junit/tap-harness-junit.xml'
    ])
  })

  it("as prove counts: a test beyond the plan failed; the script's own failures (plan, exit code) are tests of their own", () => {
    for (const file of TAP_HARNESS) {
      const tests = parseFixture(file)
      expect([file, outcomes(tests)]).toEqual([
        file,
        { passed: 13, failure: 14, error: 0, skipped: 1 }
      ])
      // The script's name keeps its marker with namemangle perl or none.
      const keepsScriptName = /namemangle-(?:perl|none)/.test(file)
      expect([file, statusByMarker(tests, 180)]).toEqual([
        file,
        keepsScriptName ? { ...PROVE, 'BD-177': 'failed' } : PROVE
      ])
    }
    expect(
      only(
        parseFixture('tap-harness-junit/tap-harness-junit.xml'),
        'BD-168 not planned'
      ).problems
    ).toEqual([
      {
        kind: 'failure',
        message: 'Not in the plan: the script ran more tests than it planned.',
        type: 'UnplannedTest',
        details: 'ok 2 - BD-168 not planned'
      }
    ])
  })

  it('names without the ` (2)` it adds to every name once a name of the run repeats', () => {
    const names = parseFixture(
      'tap-harness-junit/tap-harness-junit-merge.xml'
    ).map((t) => t.name)
    expect(names).toContain('BD-163 first step passes')
    expect(names).toContain('Test died too soon, even before plan.')
    expect(names).toContain('Number of runned tests does not match plan.')
    expect(names.filter((name) => / \(\d+\)$/.test(name))).toEqual([])
    // Two tests of one script with one description stay two tests.
    const twice =
      "<?xml version='1.0' encoding='utf-8'?>\n<testsuites>\n" +
      '  <testsuite name="t_a_t" errors="0" failures="1" skipped="0" tests="2" time="0.1">\n' +
      '    <system-out>1..2\nnot ok 1 - BD-1 same\nok 2 - BD-1 same\n</system-out>\n' +
      '    <testcase name="BD-1 same" classname="t_a_t" time="0.1">\n' +
      '      <failure message="not ok 1 - BD-1 same" type="TAP::Parser::Result::Test"></failure>\n' +
      '    </testcase>\n' +
      '    <testcase name="BD-1 same (2)" classname="t_a_t" time="0.1" />\n' +
      '  </testsuite>\n</testsuites>'
    expect(
      junitCases(parseJUnit(twice, 'r.xml')).map((t) => [t.name, t.outcome])
    ).toEqual([
      ['BD-1 same', 'failure'],
      ['BD-1 same (2)', 'passed']
    ])
  })

  it("a failed test's text is its own `not ok` line and diagnostics from the suite's output, not the comments before its line (the previous test's)", () => {
    const merged = parseFixture('tap-harness-junit/tap-harness-junit-merge.xml')
    expect(
      only(merged, 'BD-152 deep structure differs').problems[0].details
    ).toBe(
      [
        'not ok 3 - BD-152 deep structure differs',
        '',
        "#   Failed test 'BD-152 deep structure differs'",
        '#   at t/cart.t line 11.',
        '#     Structures begin differing at:',
        "#          $got->[1]{qty} = '2'",
        "#     $expected->[1]{qty} = '3'"
      ].join('\n')
    )
    // A TODO test's diagnostics and notes after it are no test's.
    expect(only(merged, 'BD-156 greeting matches').problems[0].details).toBe(
      [
        'not ok 7 - BD-156 greeting matches',
        '',
        "#   Failed test 'BD-156 greeting matches'",
        '#   at t/cart.t line 30.',
        "#                   'hello'",
        "#     doesn't match '(?^:world)'"
      ].join('\n')
    )
    // Without --merge, the output holds no diagnostics: the line alone.
    expect(
      only(
        parseFixture('tap-harness-junit/tap-harness-junit.xml'),
        'BD-156 greeting matches'
      ).problems[0].details
    ).toBe('not ok 7 - BD-156 greeting matches')
  })
})

describe('testthat (JunitReporter)', () => {
  const progress = () => parseFixture('testthat/testthat-progress.xml')

  it.each([
    // [ FAIL 23 | WARN 2 | SKIP 9 | PASS 16 ]: a testcase per expectation,
    // a warning's a pass.
    [
      'testthat/testthat-dir.xml',
      { passed: 18, failure: 18, error: 5, skipped: 9 }
    ],
    [
      'testthat/testthat-progress.xml',
      { passed: 18, failure: 18, error: 5, skipped: 9 }
    ],
    // [ FAIL 11 | WARN 0 | SKIP 1 | PASS 10 ], Terminated early.
    [
      'testthat/testthat-terminated.xml',
      { passed: 10, failure: 9, error: 2, skipped: 1 }
    ],
    // [ FAIL 8 | WARN 0 | SKIP 0 | PASS 3 ]
    [
      'testthat/testthat-file.xml',
      { passed: 3, failure: 6, error: 2, skipped: 0 }
    ]
  ])('%s: as testthat counts its expectations', (file, expected) => {
    expect(outcomes(parseFixture(file))).toEqual(expected)
  })

  it('a failed expectation, then a passing one of the same test, is a failed test, not a flaky retry', () => {
    expect(
      named(progress(), 'BD_165_fails_first_then_passes').map((t) => t.outcome)
    ).toEqual(['failure', 'passed'])
    expect(statusByMarker(progress(), 400)).toMatchObject({
      'BD-108': 'failed',
      'BD-115': 'passed',
      'BD-116': 'failed',
      'BD-144': 'failed',
      'BD-165': 'failed',
      'BD-166': 'blocked'
    })
  })

  it('one result per test, from its expectations, with its marker written `BD_101`', () => {
    expect(statusByMarker(progress(), 400)).toEqual({
      'BD-101': 'passed',
      'BD-102': 'failed',
      'BD-103': 'failed',
      'BD-104': 'failed',
      'BD-105': 'failed',
      'BD-106': 'blocked',
      'BD-107': 'failed',
      'BD-108': 'failed',
      'BD-109': 'blocked',
      'BD-110': 'skipped',
      'BD-111': 'skipped',
      'BD-112': 'skipped',
      'BD-113': 'skipped',
      'BD-114': 'skipped',
      'BD-115': 'passed',
      'BD-116': 'failed',
      'BD-120': 'passed',
      'BD-121': 'passed',
      'BD-122': 'failed',
      'BD-123': 'failed',
      'BD-124': 'failed',
      'BD-125': 'failed',
      'BD-130': 'failed',
      'BD-131': 'failed',
      'BD-132': 'blocked',
      'BD-133': 'passed',
      'BD-134': 'failed',
      'BD-140': 'failed',
      'BD-141': 'passed',
      'BD-142': 'skipped',
      'BD-143': 'failed',
      'BD-144': 'failed',
      'BD-150': 'passed',
      'BD-165': 'failed',
      'BD-166': 'blocked'
    })
  })

  it("reads a skip's reason without testthat's `Reason: `, and a failure's message and text as written", () => {
    expect(only(progress(), 'BD_110_skipped_with_a_reason').problems).toEqual([
      {
        kind: 'skipped',
        message: "payment gateway is down ('test-skips.R:2')",
        type: '',
        details: ''
      }
    ])
    expect(
      only(progress(), 'BD_131_tags_quotes_apostrophes_').problems
    ).toEqual([
      {
        kind: 'failure',
        message:
          '"<b>&amp;</b>" not equal to "<b>&</b>". (\'test-unicode.R:6\')',
        type: 'failure',
        details:
          '"<b>&amp;</b>" not equal to "<b>&</b>".\n1/1 mismatches\nx[1]: "<b>&amp;</b>"\ny[1]: "<b>&</b>"'
      }
    ])
  })
})

describe('subunit2junitxml (stestr, python -m subunit.run)', () => {
  it.each([
    // stestr: Ran 22, Passed 4, Skipped 2, Expected Fail 1 (a pass in the
    // report), Unexpected Success 1 (fails the run), Failed 14.
    [
      'subunit/stestr-junit.xml',
      { passed: 5, failure: 15, error: 0, skipped: 2 }
    ],
    // Ran 23, FAILED (failures=15, skipped=2, expected failures=1,
    // unexpected successes=1).
    [
      'subunit/subunit-run-junit.xml',
      { passed: 5, failure: 16, error: 0, skipped: 2 }
    ]
  ])('%s: as the tool counts', (file, expected) => {
    expect(outcomes(parseFixture(file))).toEqual(expected)
  })

  it("drops testtools' `_StringException: ` before the traceback, and says what an unexpected success is", () => {
    const tests = parseFixture('subunit/subunit-run-junit.xml')
    const [failed] = only(tests, 'test_bd171_total_with_tax').problems
    expect(failed.type).toBe('testtools.testresult.real._StringException')
    expect(failed.details).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "\S+\/shop\/test_cart\.py", line 17, in test_bd171_total_with_tax\n[^]*\nAssertionError: 3 != 4$/
    )
    expect(only(tests, 'test_bd177_unexpected_success').problems).toEqual([
      {
        kind: 'failure',
        message:
          'Unexpected success: the test is marked as an expected failure, but it passed.',
        type: 'unittest.case._UnexpectedSuccess',
        details: ''
      }
    ])
  })

  it('refuses the XML that subunit2junitxml writes after the passed-through output, saying why', () => {
    expect(() =>
      decodeReport(fixtureBytes('subunit/subunit-run-passthrough.out'))
    ).toThrow(
      /^it starts with a subunit stream, not XML: subunit2junitxml passes the tests' output through before the XML unless given --no-passthrough/
    )
  })
})

describe('junitparser merge: each suite read by the rules of the tool that wrote it', () => {
  /** What the action makes of a test: outcome, markers, failures, the line shown, where it is annotated. */
  const reading = (t: TestCase) => {
    const failed = t.problems.find(isFailureOrError)
    return {
      name: t.name,
      classname: t.classname,
      outcome: t.outcome,
      markers: new MarkerFinder('BD').ofTestCase(t),
      problems: t.problems.map((p) => [p.kind, p.message, p.details]),
      line: failed ? failureText(failed, t.name).headline : ''
    }
  }
  const readings = (files: readonly string[]) =>
    files.flatMap((file) => parseFixture(file).map(reading))

  it('four tools in one report: as in their own reports', () => {
    expect(readings(['junitparser/merged.xml'])).toEqual(
      readings([
        'pytest/pytest-xunit2.xml',
        'jest/jest-junit.xml',
        'testthat/testthat-progress.xml',
        'subunit/stestr-junit.xml'
      ])
    )
  })

  it('reports told by their suites (options, defaults, node:test, testthat) after another tool: as in their own reports, but for what junitparser loses', () => {
    const separate = [
      'subunit/subunit-run-junit.xml',
      'jest/jest-junit-options.xml',
      'vitest/vitest-junit-options.xml',
      'mocha/mocha-junit-reporter-ant-mode.xml',
      'wdio/wdio-0-0-junit-reporter.log',
      'wdio/junit-desktop-0-0.xml',
      'node-test/node-test-quotes.xml',
      'testthat/testthat-terminated.xml'
    ]
      .flatMap((file) => parseFixture(file))
      // junitparser drops node:test's test outside a describe block…
      .filter((t) => !t.name.startsWith('BD-17 says'))
      // …and reads the line breaks in mocha's message attribute as spaces.
      .map((t) =>
        reading(
          t.name === 'BD-20 adds numbers'
            ? {
                ...t,
                problems: t.problems.map((p) => ({
                  ...p,
                  message: p.message.replace(/\n/g, ' ')
                }))
              }
            : t
        )
      )
    const merged = readings(['junitparser/merged-glob.xml'])
    expect(merged).toEqual(separate)
    // What the shapes of those suites tell: it.each's tests of one title are
    // two tests, jest-junit's test outside the first describe takes no
    // marker from it, WebdriverIO's `BD 202` is BD-202, node:test's quotes.
    expect(
      merged
        .filter((t) => t.name === 'BD-20 adds numbers')
        .map((t) => t.outcome)
    ).toEqual(['failure', 'passed', 'failure', 'passed', 'failure', 'passed'])
    expect(
      merged.find((t) => t.name === 'settings page saves the theme')?.markers
    ).toEqual([])
    expect(
      merged.find((t) => t.name === 'BD 202 shows the title')?.markers
    ).toEqual([202])
    expect(merged.map((t) => t.name)).toContain('keeps the "balance"')
  })

  it("Playwright's and TestNG's suites: a repeated name is another test, also under another tool's root", () => {
    const merged = (suite: string) =>
      parseReportText(
        '<testsuites tests="2" failures="1" errors="0" skipped="0" time="0.2">' +
          '<testsuite name="pytest" errors="0" failures="0" skipped="0" tests="1" time="0.1" timestamp="2026-11-22T17:29:24" hostname="vm"><testcase classname="t" name="test_a" time="0.1"/></testsuite>' +
          suite +
          '<testcase classname="demo.CartTest" name="BD-7 squares" time="0.1"><failure message="4 != 5"/></testcase>' +
          '<testcase classname="demo.CartTest" name="BD-7 squares" time="0.1"/></testsuite></testsuites>'
      ).map((t) => t.outcome)
    // Playwright's --repeat-each, TestNG's data provider.
    expect(
      merged(
        '<testsuite name="cart.spec.ts" timestamp="2026-11-22T17:30:57.918Z" hostname="chromium" tests="2" failures="1" skipped="0" time="0.2" errors="0">'
      )
    ).toEqual(['passed', 'failure', 'passed'])
    expect(
      merged(
        '<testsuite hostname="vm" failures="1" tests="2" name="demo.CartTest" time="0.2" errors="0" timestamp="23 Nov 2026 04:53:12 GMT">'
      )
    ).toEqual(['passed', 'failure', 'passed'])
    // Another tool's suite: a retry (gotestsum, Gradle's test-retry).
    expect(
      merged(
        '<testsuite name="demo.CartTest" tests="2" failures="1" errors="0" skipped="0" time="0.2">'
      )
    ).toEqual(['passed', 'flaky'])
  })
})

describe('JUnit 5 ConsoleLauncher', () => {
  const jupiter = parseFixture('junit5-console/junit-jupiter.xml')

  it('names a test by its display name, where @DisplayName puts the marker', () => {
    expect(outcomes(jupiter)).toEqual({
      passed: 4,
      failure: 4,
      error: 5,
      skipped: 3
    })
    expect(only(jupiter, 'BD-12 adds an item').outcome).toBe('passed')
    expect(only(jupiter, 'is even 3').outcome).toBe('failure')
    expect(only(jupiter, 'innerPasses()').classname).toBe('CartTest$Inner')
    // Its output holds only the ids: none is left.
    expect(only(jupiter, 'is even 3').output).toBe('')
  })

  /** A testcase as the ConsoleLauncher writes it: the display name in its output. */
  const consoleTestCase = (
    name: string,
    displayName: string,
    failure = ''
  ): string =>
    `<testcase name="${name}" classname="CartTest" time="0.01">${failure}` +
    `<system-out><![CDATA[\nunique-id: [engine:junit-jupiter]/[class:CartTest]/[method:${name}]\n` +
    `display-name: ${displayName}\n]]></system-out></testcase>`

  it('keeps tests of one display name apart: the default names of parametrized methods repeat', () => {
    const xml =
      '<testsuite name="JUnit Jupiter">' +
      consoleTestCase(
        'isEven(int)[1]',
        '[1] 3',
        '<failure message="expected: &lt;true&gt;">trace</failure>'
      ) +
      consoleTestCase('isPositive(int)[1]', '[1] 3') +
      '</testsuite>'
    const testCases = junitCases(parseJUnit(xml, 'TEST-junit-jupiter.xml'))
    expect(testCases.map((t) => [t.name, t.reportedName, t.outcome])).toEqual([
      ['[1] 3', 'isEven(int)[1]', 'failure'],
      ['[1] 3', 'isPositive(int)[1]', 'passed']
    ])
  })

  it('a failure then a pass of one method and display name are a retry (Gradle test-retry writes them so): flaky', () => {
    const failure = '<failure message="boom">trace</failure>'
    const xml =
      '<testsuite name="JUnit Jupiter">' +
      consoleTestCase('flaky()', 'checkout works', failure) +
      consoleTestCase('flaky()', 'checkout works') +
      '</testsuite>'
    const testCases = junitCases(parseJUnit(xml, 'TEST-junit-jupiter.xml'))
    expect(testCases.map((t) => [t.name, t.outcome])).toEqual([
      ['checkout works', 'flaky']
    ])
  })

  it("@Nested classes: a test takes its own or its nearest marked class's marker, not every enclosing class's in its classname", () => {
    const nesting = parseFixture('junit5-console/junit-jupiter-nesting.xml')
    const bd = new MarkerFinder('BD')
    const read = (name: string) => {
      const testCase = only(nesting, name)
      return [testCase.classname, testCase.outcome, bd.ofTestCase(testCase)]
    }
    expect(read('innerFails()')).toEqual([
      'NestingClassNameTest$TestBd747Outer$TestBd748Inner',
      'failure',
      [748]
    ])
    expect(read('deepestFails()')).toEqual([
      'NestingClassNameTest$TestBd747Outer$TestBd748Inner$TestBd749Deepest',
      'failure',
      [749]
    ])
    expect(read('outerPasses()')[2]).toEqual([747])
    expect(read('testBd742OwnMarker()')[2]).toEqual([742])
    expect(read('testBd745Bd746TwoMarkers()')[2]).toEqual([745, 746])
    expect(read('markedInnerFails()')[2]).toEqual([744])
    // A nested class's @DisplayName is not in the report: no marker.
    expect(read('inner fails')).toEqual([
      'NestingDisplayNameTest$Outer$Inner',
      'failure',
      []
    ])
    expect(read('BD-742 own marker')[2]).toEqual([742])
  })

  it("reads a classname's nested classes nearest first only in the ConsoleLauncher's, Surefire's and Ant <junitlauncher>'s suites", () => {
    const bd = new MarkerFinder('BD')
    const classname = 'CartTest$TestBd5Checkout$TestBd6Shipping'
    const launcher = (testcases: string) =>
      '<testsuite name="JUnit Jupiter" tests="2" skipped="0" failures="0" errors="0" time="0.1" hostname="vm" timestamp="2026-11-24T22:07:38">' +
      testcases +
      '</testsuite>'
    const withDisplayName = consoleTestCase(
      'freeOver100()',
      'freeOver100()'
    ).replace('classname="CartTest"', `classname="${classname}"`)
    // Also a testcase without the launcher's display-name line.
    const bare = `<testcase name="freeOver100()" classname="${classname}" time="0.01"/>`
    const launched = junitCases(
      parseJUnit(launcher(withDisplayName + bare), 'TEST-junit-jupiter.xml')
    )
    expect(launched.map((t) => [t.classname, bd.ofTestCase(t)])).toEqual([
      [classname, [6]],
      [classname, [6]]
    ])
    // A suite of another order (not the launcher's): as written.
    const [otherOrder] = junitCases(
      parseJUnit(
        `<testsuite name="JUnit Jupiter">${withDisplayName}</testsuite>`,
        'TEST-junit-jupiter.xml'
      )
    )
    expect(bd.ofTestCase(otherOrder)).toEqual([5, 6])
    // Surefire's and Failsafe's suites (their schema's location first),
    // Ant <junitlauncher>'s (its attributes' order): nearest first too.
    const testcase = (name: string) =>
      `<testcase name="freeOver100" classname="${name}" time="0.01"/>`
    const surefire = (xsd: string, name = classname) =>
      '<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      `xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/${xsd}" ` +
      `name="demo.CartTest" time="0" tests="1" errors="0" skipped="0" failures="0">${testcase(name)}</testsuite>`
    const ant =
      '<testsuite name="demo.CartTest" time="0.1" timestamp="2026-11-24T22:26:01" ' +
      `tests="1" failures="0" skipped="0" aborted="0">${testcase(classname)}</testsuite>`
    for (const xml of [
      surefire('maven-surefire-plugin/xsd/surefire-test-report.xsd'),
      surefire('maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd'),
      surefire('maven-failsafe-plugin/xsd/failsafe-test-report-3.0.xsd'),
      `<testsuites>${ant}</testsuites>`,
      ant
    ]) {
      const [nested] = junitCases(parseJUnit(xml, 'TEST-demo.CartTest.xml'))
      expect(bd.ofTestCase(nested)).toEqual([6])
    }
    // Not every `$` part a Java identifier (an anonymous class): as written.
    const [anonymous] = junitCases(
      parseJUnit(
        surefire(
          'maven-surefire-plugin/xsd/surefire-test-report.xsd',
          'demo.TestBd5Checkout$1'
        ),
        'TEST-demo.CartTest.xml'
      )
    )
    expect(bd.ofTestCase(anonymous)).toEqual([5])
    const [twoAnonymous] = junitCases(
      parseJUnit(
        surefire(
          'maven-surefire-plugin/xsd/surefire-test-report.xsd',
          'demo.TestBd5Checkout$TestBd6Shipping$1'
        ),
        'TEST-demo.CartTest.xml'
      )
    )
    expect(bd.ofTestCase(twoAnonymous)).toEqual([5, 6])
    // In a suite of no such tool (Gradle's, whose JUnit 5 reports through
    // the JUnitPlatform runner name each class alone): as written.
    const [other] = parseSuite(
      `<testcase name="freeOver100()" classname="${classname}" time="0.01"/>`
    )
    expect(bd.ofTestCase(other)).toEqual([5, 6])
  })

  it('keeps the name attribute only when the display name differs', () => {
    const xml =
      '<testsuite name="JUnit Jupiter">' +
      consoleTestCase('addsItem()', 'addsItem()') +
      '</testsuite>'
    const [testCase] = junitCases(parseJUnit(xml, 'TEST-junit-jupiter.xml'))
    expect([testCase.name, testCase.reportedName]).toEqual(['addsItem()', ''])
  })
})

describe("Gradle (JUnit 4, and JUnit 5 through JUnit 4's JUnitPlatform runner)", () => {
  const classFiles = GRADLE.filter((f) => !f.includes('/output-per-test-case/'))

  it('reads each class as its testsuite counts it, and all as Gradle does: 31 tests, 17 failed, 4 skipped', () => {
    const all: TestCase[] = []
    for (const file of classFiles) {
      const testCases = parseFixture(file)
      const [tests, skipped, failures, errors] =
        /<testsuite [^>]*\btests="(\d+)" skipped="(\d+)" failures="(\d+)" errors="(\d+)"/
          .exec(fixtureText(file))
          ?.slice(1)
          .map(Number) ?? []
      expect([file, outcomes(testCases)]).toEqual([
        file,
        {
          passed: tests - skipped - failures - errors,
          failure: failures,
          error: errors,
          skipped
        }
      ])
      all.push(...testCases)
    }
    expect(classFiles).toHaveLength(12)
    // Every failed test is a <failure>, exceptions too: none is an error.
    expect(outcomes(all)).toEqual({
      passed: 10,
      failure: 17,
      error: 0,
      skipped: 4
    })
  })

  it('posts one result per marker: a failing @BeforeClass or @AfterClass (classMethod) to the marker of its class', () => {
    const all = classFiles.flatMap((file) => parseFixture(file))
    expect(statusByMarker(all, 230)).toEqual({
      'BD-201': 'passed',
      'BD-202': 'failed',
      'BD-203': 'failed',
      'BD-204': 'skipped',
      'BD-205': 'skipped',
      'BD-206': 'failed',
      'BD-207': 'failed',
      'BD-209': 'failed',
      'BD-210': 'failed',
      'BD-211': 'failed',
      'BD-212': 'failed',
      'BD-213': 'failed',
      'BD-214': 'failed',
      'BD-215': 'failed',
      'BD-216': 'passed',
      'BD-217': 'failed',
      'BD-218': 'skipped',
      'BD-219': 'failed',
      'BD-220': 'failed',
      'BD-221': 'failed',
      'BD-222': 'failed',
      'BD-224': 'skipped',
      'BD-225': 'failed'
    })
    const [setUp] = parseFixture('gradle/TEST-demo.TestBd212Checkout.xml')
    expect([setUp.name, setUp.classname, setUp.outcome]).toEqual([
      'classMethod',
      'demo.TestBd212Checkout',
      'failure'
    ])
  })

  it("a failed test shows its class's output, said to be the class's; with outputPerTestCase, its own", () => {
    const cart = parseFixture('gradle/TEST-demo.CartTest.xml')
    const failed = only(cart, 'testTotalBd202')
    expect(failed.outputOfSuite).toBe(true)
    expect(failed.output).toContain('adding a book on stdout')
    expect(failed.output).toContain('checking out without a coupon')
    const own = only(
      parseFixture('gradle/output-per-test-case/TEST-demo.CartTest.xml'),
      'test_bd203_checkout'
    )
    expect(own.outputOfSuite).toBeUndefined()
    expect(own.output.trim()).toBe('checking out without a coupon')
  })

  it('keeps both failures of a failed test whose @After failed too', () => {
    const refunds = only(
      parseFixture('gradle/TEST-demo.ReturnsTest.xml'),
      'testBd222RefundsTwice'
    )
    expect(refunds.problems.map((p) => [p.kind, p.type])).toEqual([
      ['failure', 'java.lang.AssertionError'],
      ['failure', 'java.lang.IllegalStateException']
    ])
  })

  it('leaves no colour code in a comment where Gradle wrote ESC as `?`', () => {
    const balance = only(
      parseFixture('gradle/TEST-demo.GiftCardTest.xml'),
      'testBd225PrintsBalance'
    )
    expect(balance.output).toContain('?[31mred balance?[0m')
    const comment = buildComment('failure', 'Failed', [balance], {})
    expect(comment).toContain(
      'balance &lt;&amp;&gt; ]]&gt; end of CDATA\nred balance\n'
    )
  })
})

describe("@Nested classes in Surefire's, Ant <junitlauncher>'s and Gradle's reports", () => {
  const bd = new MarkerFinder('BD')
  const reader = (files: readonly string[]) => {
    const testCases = files.flatMap((file) => parseFixture(file))
    return (name: string, classname: string) => {
      const testCase = testCases.find(
        (tc) => tc.name === name && tc.classname === classname
      )
      if (!testCase) throw new Error(`no ${name} in ${classname}`)
      return [testCase.outcome, bd.ofTestCase(testCase)]
    }
  }

  it("Surefire 2.22.3: a test takes its own or its nearest marked class's marker, not every enclosing class's in its classname", () => {
    const read = reader(MAVEN_SUREFIRE_NESTING)
    const inner = 'demo.NestingClassNameTest$TestBd770Outer$TestBd771Inner'
    expect(read('innerFails', inner)).toEqual(['failure', [771]])
    expect(read('deepestFails', `${inner}$TestBd773Deepest`)).toEqual([
      'failure',
      [773]
    ])
    expect(read('testBd775Bd776TwoMarkers', inner)).toEqual([
      'failure',
      [775, 776]
    ])
    const outer = 'demo.NestingClassNameTest$TestBd770Outer'
    expect(read('outerPasses', outer)).toEqual(['passed', [770]])
    expect(read('plainPasses', `${outer}$Middle`)).toEqual(['passed', [770]])
    expect(read('testBd772OwnMarker', `${outer}$Middle`)).toEqual([
      'failure',
      [772]
    ])
    expect(
      read(
        'markedInnerFails',
        'demo.NestingClassNameTest$PlainOuter$TestBd774Inner'
      )
    ).toEqual(['failure', [774]])
    // Surefire 2.22.3 writes no display name, a test's or a class's: none
    // of NestingDisplayNameTest's markers is in its report.
    expect(
      read('twoMarkers', 'demo.NestingDisplayNameTest$Outer$Inner')
    ).toEqual(['failure', []])
  })

  it("Ant <junitlauncher>: the same, with the tests' display names (useLegacyReportingName=false) and not the classes'", () => {
    const read = reader(ANT_JUNITLAUNCHER_NESTING)
    const inner = 'demo.NestingClassNameTest$TestBd790Outer$TestBd791Inner'
    expect(read('innerFails()', inner)).toEqual(['failure', [791]])
    expect(read('deepestFails()', `${inner}$TestBd793Deepest`)).toEqual([
      'failure',
      [793]
    ])
    expect(read('testBd795Bd796TwoMarkers()', inner)).toEqual([
      'failure',
      [795, 796]
    ])
    expect(
      read('plainPasses()', 'demo.NestingClassNameTest$TestBd790Outer$Middle')
    ).toEqual(['passed', [790]])
    const display = 'demo.NestingDisplayNameTest$Outer$Inner'
    expect(read('inner fails', display)).toEqual(['failure', []])
    expect(read('BD-795 BD-796 two markers', display)).toEqual([
      'failure',
      [795, 796]
    ])
  })

  it("Gradle 4.4.1 (JUnitPlatform runner): each nested class a report of its own, named after the class's display name alone", () => {
    expect(GRADLE_NESTING).toHaveLength(11)
    const read = reader(GRADLE_NESTING)
    expect(read('innerFails()', 'TestBd781Inner')).toEqual(['failure', [781]])
    expect(read('deepestFails()', 'TestBd783Deepest')).toEqual([
      'failure',
      [783]
    ])
    expect(read('inner fails', 'BD-788 inner')).toEqual(['failure', [788]])
    expect(read('deepest fails', 'BD-789 deepest')).toEqual(['failure', [789]])
    // The enclosing classes are not in the report: an unmarked class's test
    // has no marker (BD-780's and BD-787's are not written with it).
    expect(read('plainPasses()', 'Middle')).toEqual(['passed', []])
    expect(read('plain passes', 'plain middle')).toEqual(['passed', []])
  })
})

describe('Maven Surefire 2.22.3 (JUnit 5, and JUnit 4 reruns)', () => {
  it('has the four class reports', () => {
    expect(MAVEN_SUREFIRE).toEqual([
      'maven-surefire/TEST-demo.CartTest.xml',
      'maven-surefire/TEST-demo.PriceTest.xml',
      'maven-surefire/TEST-demo.RerunTest.xml',
      'maven-surefire/TEST-demo.TestBd510Checkout.xml'
    ])
  })

  it("posts one result per marker, as Surefire's console counts: 18 tests, 5 failures, 3 errors, 2 skipped, 2 flakes", () => {
    const all = MAVEN_SUREFIRE.flatMap((file) => parseFixture(file))
    expect(all).toHaveLength(18)
    expect(outcomes(all)).toEqual({
      passed: 6,
      failure: 6,
      error: 2,
      skipped: 2,
      flaky: 2
    })
    // BD-506 is only in a @DisplayName, which Surefire 2.22.3 does not write.
    expect(statusByMarker(all, 520)).toEqual({
      'BD-501': 'passed',
      'BD-502': 'failed',
      'BD-503': 'blocked',
      'BD-504': 'skipped',
      'BD-505': 'skipped',
      'BD-507': 'failed',
      'BD-508': 'failed',
      'BD-509': 'failed',
      'BD-510': 'blocked',
      'BD-511': 'passed',
      'BD-512': 'passed',
      'BD-513': 'passed',
      'BD-514': 'failed',
      'BD-515': 'failed'
    })
  })

  it('skips with their reasons: @Disabled and a failed assumption', () => {
    const cart = parseFixture('maven-surefire/TEST-demo.CartTest.xml')
    const reasons = Object.fromEntries(
      cart
        .filter((tc) => tc.outcome === 'skipped')
        .map((tc) => [tc.name, tc.problems.map((p) => p.message)])
    )
    expect(reasons).toEqual({
      testBd504Coupons: ['coupons are not ready'],
      testBd505ShipsAbroad: [
        'Assumption failed: shipping abroad needs the EU region'
      ]
    })
  })

  it('merges reruns: flakyFailure and flakyError pass, rerunFailure and rerunError are a problem per run', () => {
    const rerun = parseFixture('maven-surefire/TEST-demo.RerunTest.xml')
    expect(
      Object.fromEntries(
        rerun.map((tc) => [
          tc.name,
          [tc.outcome, tc.problems.map((p) => p.kind).join(' ')]
        ])
      )
    ).toEqual({
      testBd511Passes: ['passed', ''],
      testBd512FlakyTotal: ['flaky', 'flaky failure'],
      testBd513FlakyGateway: ['flaky', 'flaky error'],
      testBd514AlwaysFails: ['failure', 'failure failure failure'],
      testBd515AlwaysErrors: ['failure', 'error error error']
    })
  })
})

describe('Maven Surefire 3.5.6 (JUnit 5 Jupiter 5.14.4)', () => {
  const reports = (dir: string) =>
    MAVEN_SUREFIRE3.filter((file) => file.startsWith(`maven-surefire3/${dir}/`))
  const read = (dir: string) =>
    reports(dir).flatMap((file) => parseFixture(file))

  it('has five class reports with the default names and five with the phrased ones', () => {
    const classes = [
      'TEST-shop.CartTest.xml',
      'TEST-shop.FlakyTest.xml',
      'TEST-shop.NestingTest.xml',
      'TEST-shop.PriceTest.xml',
      'TEST-shop.TestBd860Checkout.xml'
    ]
    expect(MAVEN_SUREFIRE3).toEqual([
      ...classes.map((file) => `maven-surefire3/default/${file}`),
      ...classes.map((file) => `maven-surefire3/phrased/${file}`)
    ])
  })

  // The console: `Tests run: 21, Failures: 9, Errors: 1, Skipped: 2`, then
  // `Tests run: 6, Failures: 1, Errors: 1, Skipped: 0, Flakes: 3`; it counts
  // the two `innerFails` of two @Nested classes as one test run twice.
  it.each(['default', 'phrased'])(
    '%s/: every testcase, as Surefire writes them (28: 10 passed, 3 flaky, 12 failed, 1 error, 2 skipped)',
    (dir) => {
      const all = read(dir)
      expect(all).toHaveLength(28)
      expect(outcomes(all)).toEqual({
        passed: 10,
        failure: 12,
        error: 1,
        skipped: 2,
        flaky: 3
      })
    }
  )

  it('posts one result per marker: display names only with the phrased names', () => {
    const common = {
      'BD-850': 'passed',
      'BD-851': 'failed',
      'BD-852': 'blocked',
      'BD-853': 'skipped',
      'BD-854': 'skipped',
      'BD-856': 'failed',
      'BD-857': 'failed',
      'BD-858': 'failed',
      'BD-860': 'passed',
      'BD-861': 'failed',
      'BD-862': 'passed',
      'BD-863': 'failed',
      'BD-864': 'failed',
      'BD-866': 'passed',
      'BD-867': 'failed',
      'BD-870': 'passed',
      'BD-871': 'passed',
      'BD-872': 'passed',
      'BD-873': 'failed',
      'BD-874': 'failed'
    }
    expect(statusByMarker(read('default'), 900)).toEqual(common)
    expect(statusByMarker(read('phrased'), 900)).toEqual({
      ...common,
      'BD-855': 'passed',
      'BD-859': 'passed',
      'BD-868': 'failed',
      'BD-875': 'passed'
    })
  })

  it('skips with their reasons: @Disabled, and a failed assumption written without a message', () => {
    const cart = parseFixture('maven-surefire3/default/TEST-shop.CartTest.xml')
    const comments = cart
      .filter((tc) => tc.outcome === 'skipped')
      .map((tc) => buildComment('skipped', 'Skipped', [tc], {}))
    expect(comments).toEqual([
      expect.stringContaining(
        '<p>Reason: Assumption failed: shipping abroad needs the EU region</p>'
      ),
      expect.stringContaining('<p>Reason: coupons are not ready</p>')
    ])
    expect(only(cart, 'testBd854ShipsAbroad').problems[0]).toMatchObject({
      kind: 'skipped',
      message: ''
    })
  })

  it("fails with the exception's message, its output kept, the failure's HTML escaped", () => {
    const cart = parseFixture('maven-surefire3/default/TEST-shop.CartTest.xml')
    const reason = (name: string) => {
      const tc = only(cart, name)
      return summaryLine(failureText(tc.problems[0], tc.name), 200)
    }
    expect(reason('testTotalBd851')).toBe(
      'cart total ==> expected: <3> but was: <2>'
    )
    expect(reason('test_bd852_checkout')).toBe('no coupon <&> given')
    expect(only(cart, 'testTotalBd851').output).toBe(
      'total so far: 0\n\npen costs 2\n'
    )
    expect(
      buildComment('error', 'Blocked', [only(cart, 'test_bd852_checkout')], {})
    ).toContain('no coupon &lt;&amp;&gt; given')
    // Surefire 3 writes a passing test's output too: not kept.
    expect(only(cart, 'testBd850AddsItem').output).toBe('')
    expect(
      failurePositions(only(cart, 'testTotalBd851').problems[0])
    ).toContainEqual(
      expect.objectContaining({ path: 'CartTest.java', line: 29 })
    )
  })

  it('merges JUnit 5 reruns: flakyFailure and flakyError pass, rerunFailure and rerunError are a problem per run', () => {
    const flaky = parseFixture(
      'maven-surefire3/default/TEST-shop.FlakyTest.xml'
    )
    expect(
      Object.fromEntries(
        flaky.map((tc) => [
          tc.name,
          [tc.outcome, tc.problems.map((p) => p.kind).join(' ')]
        ])
      )
    ).toEqual({
      testBd870Passes: ['passed', ''],
      testBd871FlakyTotal: ['flaky', 'flaky failure'],
      testBd872FlakyGateway: ['flaky', 'flaky error'],
      testBd873AlwaysFails: ['failure', 'failure failure failure'],
      testBd874AlwaysErrors: ['failure', 'error error error'],
      flakyDisplayName: ['flaky', 'flaky failure']
    })
  })
})

describe('more tools, as their own summaries count', () => {
  it.each([
    // pytest-xdist: 4 failed (two of them crashed their workers), 2 passed,
    // 1 error.
    [
      'pytest/pytest-xdist.xml',
      { passed: 2, failure: 4, error: 1, skipped: 0 }
    ],
    // pytest: 9 failed (4 of them subtests, of 3 tests that pytest counts
    // passed), 11 passed, 1 skipped (a subtest: its test is skipped).
    [
      'pytest/pytest-plugins.xml',
      { passed: 7, failure: 8, error: 0, skipped: 1 }
    ],
    // pytest: 7 failed, 2 passed (one of them errored in teardown), 2
    // skipped, 2 xfailed (skipped), 1 xpassed (passed), 4 errors (one a
    // teardown's after a failure, one a module's collection).
    [
      'pytest/pytest-outcomes.xml',
      { passed: 2, failure: 7, error: 4, skipped: 4 }
    ],
    // googletest: 4 passed, 6 failed, 3 skipped and 1 disabled.
    [
      'googletest/googletest.xml',
      { passed: 4, failure: 6, error: 0, skipped: 4 }
    ],
    // googletest: 3 passed, 4 failed, 1 skipped (in SetUp).
    [
      'googletest/googletest-shapes.xml',
      { passed: 3, failure: 4, error: 0, skipped: 1 }
    ],
    // unittest: failures=3, errors=5 (+1 unexpected success, an <error>),
    // skipped=3 (+1 expected failure, a <skipped>), 3 passed.
    [
      'python-xmlrunner/xmlrunner.xml',
      { passed: 3, failure: 3, error: 6, skipped: 4 }
    ],
    // behave: 2 passed, 4 failed (an undefined step is an <error>), 1 skipped.
    [
      'behave/behave-junit.xml',
      { passed: 2, failure: 3, error: 1, skipped: 1 }
    ],
    // Boost.Test: 4 passed and 1 with warnings, 7 failed, 2 skipped; one of
    // its passes is an expected failure, which it writes as a plain <failure>.
    [
      'boost-test/boost-test.xml',
      { passed: 4, failure: 6, error: 2, skipped: 2 }
    ],
    // Ant <junitlauncher>: 11 run, 4 failures, 1 aborted (a failed
    // assumption: skipped), and 1 skipped.
    [
      'ant-junitlauncher/TEST-demo.CartTest.xml',
      { passed: 6, failure: 4, error: 0, skipped: 2 }
    ],
    // TestNG's junitreports: its skips are <error>s (a SkipException, a
    // failed dependency); a retried test's attempts are testcases, never
    // merged (a data provider's look the same).
    [
      'testng/TEST-demo.CartTest.xml',
      { passed: 4, failure: 6, error: 2, skipped: 2 }
    ],
    // Gradle's CartTest: 9 tests, 5 failures (2 of them exceptions: Gradle
    // writes no <error>), 2 skipped (@Ignore, a failed assumption).
    [
      'gradle/TEST-demo.CartTest.xml',
      { passed: 2, failure: 5, error: 0, skipped: 2 }
    ],
    [
      'gradle/output-per-test-case/TEST-demo.CartTest.xml',
      { passed: 2, failure: 5, error: 0, skipped: 2 }
    ],
    // Maven Surefire 2.22.3 (JUnit 5): `Tests run: 9, Failures: 3, Errors: 1,
    // Skipped: 2` (@Disabled, a failed assumption), the @Nested class's tests
    // among them.
    [
      'maven-surefire/TEST-demo.CartTest.xml',
      { passed: 3, failure: 3, error: 1, skipped: 2 }
    ],
    // `Tests run: 3, Failures: 1`: a parameterized test's invocations.
    [
      'maven-surefire/TEST-demo.PriceTest.xml',
      { passed: 2, failure: 1, error: 0, skipped: 0 }
    ],
    // `Tests run: 1, Errors: 1`: a failing @BeforeAll, the class as a test.
    [
      'maven-surefire/TEST-demo.TestBd510Checkout.xml',
      { passed: 0, failure: 0, error: 1, skipped: 0 }
    ],
    // JUnit 4 with rerunFailingTestsCount=2: `Tests run: 5, Failures: 1,
    // Errors: 1, Skipped: 0, Flakes: 2` (the testsuite counts every run:
    // tests="11"); a rerun that never passed is a failure, even of errors.
    [
      'maven-surefire/TEST-demo.RerunTest.xml',
      { passed: 1, failure: 2, error: 0, skipped: 0, flaky: 2 }
    ],
    // nose2: failures=4 and an unexpected success (written as a skip; it
    // fails the run), errors=4, skipped=1 and an expected failure.
    ['nose2/nose2-junit.xml', { passed: 4, failure: 5, error: 4, skipped: 2 }],
    // Ant <junit>: 4 failures, 8 errors (one on a test that had failed
    // already), 2 skipped; a class-level failure is a testcase of its own.
    [
      'ant/TESTS-TestSuites.xml',
      { passed: 6, failure: 4, error: 7, skipped: 2 }
    ],
    // cucumber: 3 passed, 8 failed (failed, ambiguous, undefined, pending), 1 skipped.
    [
      'cucumber/cucumber-junit.xml',
      { passed: 3, failure: 8, error: 0, skipped: 1 }
    ],
    // @cucumber/cucumber 13: the same run, the same counts.
    [
      'cucumber13/cucumber-junit.xml',
      { passed: 3, failure: 8, error: 0, skipped: 1 }
    ],
    // bats: 13 tests, 6 failures, 2 skipped (a missing command is a failure).
    ['bats/bats-junit.xml', { passed: 5, failure: 6, error: 0, skipped: 2 }],
    // bats: `not ok 1 setup_file failed`, ok 2, not ok 3.
    [
      'bats/bats-setup-file.xml',
      { passed: 1, failure: 2, error: 0, skipped: 0 }
    ],
    // busted: 6 successes / 4 failures / 3 errors (one a before_each, the
    // suite's own <error>) / 2 pending.
    [
      'busted/busted-junit.xml',
      { passed: 6, failure: 4, error: 3, skipped: 2 }
    ],
    // cmocka: 6 passed, 1 skipped, 5 failed (one of them a failed test
    // setup, which cmocka calls an error but writes as a <failure>).
    ['cmocka/cmocka-cart.xml', { passed: 6, failure: 5, error: 0, skipped: 1 }],
    [
      'cmocka/cmocka-checkout.xml',
      { passed: 1, failure: 1, error: 0, skipped: 0 }
    ],
    // doctest: 18 test cases, 10 passed, 8 failed, 1 skipped. The skipped one
    // is not in the report; subcases and template types are testcases of
    // their own; should_fail/may_fail/expected_failures (3, passed for
    // doctest) are plain <failure>s; a timed-out test has no failure.
    [
      'doctest/doctest-junit.xml',
      { passed: 9, failure: 9, error: 1, skipped: 0 }
    ],
    // doctest: 6 test cases, 2 passed (those that only warn), 4 failed. A
    // FAIL_CHECK and a should_fail test that passed are failed tests
    // without a failure in the report; a subcase is a testcase of its own.
    [
      'doctest/doctest-warn.xml',
      { passed: 5, failure: 1, error: 1, skipped: 0 }
    ],
    // Catch2: 15 test cases, 7 passed, 6 failed, 2 failed as expected (a
    // <failure> and a <skipped>: skipped, as unittest's expected failures).
    // Sections and template types are testcases of their own.
    [
      'catch2/catch2-junit.xml',
      { passed: 9, failure: 5, error: 1, skipped: 2 }
    ],
    // jasmine: 24 specs, 13 failures (11 specs and 2 suite errors, which
    // jasmine-reporters leaves out), 3 pending.
    [
      'jasmine/jasmine-junit.xml',
      { passed: 10, failure: 11, error: 0, skipped: 3 }
    ],
    // karma (mocha): TOTAL: 9 FAILED (one an "after all" hook), 11 SUCCESS,
    // skipped 2.
    [
      'karma/karma-mocha-junit.xml',
      { passed: 11, failure: 9, error: 0, skipped: 2 }
    ],
    // karma (jasmine): Executed 2 of 5 ERROR (an afterAll threw and the run
    // stopped). The report counts errors="1" on a suite that holds the two
    // passed specs: read as one more failed test, (suite).
    [
      'karma/karma-jasmine-junit.xml',
      { passed: 2, failure: 0, error: 1, skipped: 0 }
    ],
    // newman, two iterations merged per test name: assertions 38 executed, 18
    // failed; test-scripts 16 executed, 2 failed. pm.test.skip is written as
    // a pass; the script errors are only the suite's errors="2": read as a
    // failed (suite) of that request.
    [
      'newman/newman-junit.xml',
      { passed: 10, failure: 9, error: 1, skipped: 0 }
    ],
    // AVA: tests 19, pass 9, skip 1, fail 10 (one an after.always hook); the
    // todo is a <failure> (tap-junit ignores `# TODO`).
    ['ava/ava-tap-junit.xml', { passed: 9, failure: 11, error: 0, skipped: 1 }],
    // deno: 5 passed (3 steps), 8 failed (3 steps), 1 ignored (1 step). One of
    // the 8 is a module that failed to load, which is not in the report.
    ['deno/deno-junit.xml', { passed: 8, failure: 10, error: 0, skipped: 2 }],
    // bun test: 12 pass, 2 skip, 2 todo, 8 fail (todos are <skipped message="TODO"/>).
    ['bun/bun-junit.xml', { passed: 12, failure: 8, error: 0, skipped: 4 }],
    // libtest's suite counts: lib 8 passed, 7 failed, 2 ignored (ignored tests are not in
    // the report); integration 1 passed, 1 failed; doctests 1 passed, 1 failed.
    [
      'rust-libtest/libtest-lib.xml',
      { passed: 8, failure: 7, error: 0, skipped: 0 }
    ],
    [
      'rust-libtest/libtest-integration.xml',
      { passed: 1, failure: 1, error: 0, skipped: 0 }
    ],
    [
      'rust-libtest/libtest-doc.xml',
      { passed: 1, failure: 1, error: 0, skipped: 0 }
    ],
    // ct_run: 7 ok, 9 failed, 2 skipped of 18 test cases; cth_surefire adds
    // 14 passed init_per_*/end_per_* testcases.
    [
      'common-test/cth-surefire.xml',
      { passed: 21, failure: 9, error: 0, skipped: 2 }
    ],
    // prove: shop.t 4/11 failed (1 skip, 1 todo), crash.t died after 1 of 3,
    // bd10_skip_all.t skipped; --timer adds 6 (init)/(teardown) testcases,
    // and each Dubious script is a suite-level <error>.
    [
      'tap-formatter-junit/tap-formatter-junit.xml',
      { passed: 14, failure: 4, error: 2, skipped: 0 }
    ],
    // EUnit: Failed: 8. Skipped: 0. Passed: 8. (7 + BD-19), and "One or more
    // tests were cancelled": the setup of BD-12 (one <error> testcase) and
    // the timeout of BD-15. Of its 8 failures, 4 are failed assertions
    // (written as <error>) and 4 crashes.
    [
      'eunit/TEST-bd_shop_tests.xml',
      { passed: 7, failure: 4, error: 5, skipped: 0 }
    ],
    [
      'eunit/TEST-bd_slow_tests.xml',
      { passed: 1, failure: 1, error: 0, skipped: 0 }
    ],
    // meson: Ok 4, Expected Fail 1, Fail 8 (2 of them ERROR), Unexpected
    // Pass 1, Skipped 1, Timeout 1, a TAP test once; its subtests: checkout
    // 1 ok, 1 fail, 1 skip; cart 3 ok (one TODO), 3 fail, 1 skip; the
    // crashed TAP program (ERROR) is a (suite) error beside its one subtest.
    // meson writes the timeout and the unexpected pass as passed testcases.
    [
      'meson/testlog.junit.xml',
      { passed: 12, failure: 8, error: 2, skipped: 3 }
    ],
    // WebdriverIO, shop.e2e.js: 5 passing (one flaky, passed on mocha's
    // third try), 8 failing (two of them hooks), 2 skipped, and BD-213 not
    // run for its failed beforeEach (`?`); its two failed attempts and
    // BD-218's are skipped testcases. The same with every shape option.
    [
      'wdio/wdio-0-0-junit-reporter.log',
      { passed: 4, failure: 8, error: 0, skipped: 3, flaky: 1 }
    ],
    [
      'wdio/junit-desktop-0-0.xml',
      { passed: 4, failure: 8, error: 0, skipped: 3, flaky: 1 }
    ],
    // login.e2e.js: 1 passing, 1 failing, then rerun (specFileRetries): 2
    // passing. The default file name is the same for both runs: the rerun's
    // report is all there is.
    [
      'wdio/wdio-0-1-junit-reporter.log',
      { passed: 2, failure: 0, error: 0, skipped: 0 }
    ],
    [
      'wdio/junit-desktop-0-1.xml',
      { passed: 1, failure: 1, error: 0, skipped: 0 }
    ],
    [
      'wdio/junit-desktop-0-1-retry.xml',
      { passed: 2, failure: 0, error: 0, skipped: 0 }
    ],
    // Nightwatch, one report per spec file. shop.js: 2 passed, 1 failed,
    // then the rest skipped (skip_testcases_on_fail). errors.js: 1 passed,
    // 3 failed (a TypeError as a <failure>, a missing element and a thrown
    // Error as <error>). cart.spec.js: 2 passed, 4 failed; its it.skip and
    // xit are not in the report. hooks.spec.js: the failed beforeEach is
    // the first test's error, the second test skipped. admin.spec.js: the
    // failed before is the suite's <error>, its test skipped. '@disabled':
    // its test skipped; describe.skip: a report with no testcase.
    [
      'nightwatch/CHROME_156.0.8078.79__shop.xml',
      { passed: 2, failure: 1, error: 0, skipped: 1 }
    ],
    [
      'nightwatch/CHROME_156.0.8078.79__errors.xml',
      { passed: 1, failure: 1, error: 2, skipped: 0 }
    ],
    [
      'nightwatch/CHROME_156.0.8078.79__cart.spec.xml',
      { passed: 2, failure: 4, error: 0, skipped: 0 }
    ],
    [
      'nightwatch/CHROME_156.0.8078.79__hooks.spec.xml',
      { passed: 0, failure: 0, error: 1, skipped: 1 }
    ],
    [
      'nightwatch/CHROME_156.0.8078.79__admin.spec.xml',
      { passed: 0, failure: 0, error: 1, skipped: 1 }
    ],
    [
      'nightwatch/disabled.xml',
      { passed: 0, failure: 0, error: 0, skipped: 1 }
    ],
    [
      'nightwatch/skipped.spec.xml',
      { passed: 0, failure: 0, error: 0, skipped: 0 }
    ]
  ])('%s', (file, expected) => {
    expect(outcomes(parseFixture(file))).toEqual(expected)
  })
})

describe('bats, doctest, cmocka, busted and Catch2', () => {
  it('bats: no message, the trace and the output are the text', () => {
    const bats = parseFixture('bats/bats-junit.xml')
    const hostile = only(
      bats,
      'BD-9 renders <script>alert(1)</script> & "quotes"'
    )
    expect(hostile.classname).toBe('cart.bats')
    expect(hostile.problems).toEqual([
      {
        kind: 'failure',
        message: '',
        type: 'failure',
        details: expect.stringContaining(
          '`false\' failed\nmessage: <img src=x onerror=alert(1)> & "quotes" ]]> end'
        )
      }
    ])
    expect(only(bats, 'BD-4 skipped feature').problems[0].details).toBe(
      'not ready yet'
    )
    expect(only(bats, 'computes shipping').classname).toBe(
      'checkout/BD-5_checkout.bats'
    )
  })

  it('bats: a failing setup_file is a failed testcase without a name', () => {
    const [setup, ...rest] = parseFixture('bats/bats-setup-file.xml')
    expect(setup).toEqual(
      expect.objectContaining({
        name: '',
        classname: 'broken-setup.bats',
        outcome: 'failure'
      })
    )
    expect(setup.problems[0].details).toContain('database is down')
    // bats 1.8.2 loses count after it: `begin N ` before every later name.
    expect(rest.map((tc) => [tc.name, tc.outcome])).toEqual([
      ['begin 2 applies coupon', 'passed'],
      ['begin 3 computes shipping', 'failure']
    ])
  })

  it('doctest: a WARN check that did not hold is a warning, not a failure (doctest counts the test passed)', () => {
    const warn = parseFixture('doctest/doctest-warn.xml')
    expect(only(warn, 'BD-21 only warns')).toEqual(
      expect.objectContaining({
        outcome: 'passed',
        problems: [expect.objectContaining({ kind: 'warning', type: 'WARN' })]
      })
    )
    expect(only(warn, 'BD-22 warns and passes').outcome).toBe('passed')
    const fails = only(warn, 'BD-23 warns and fails')
    expect(fails.outcome).toBe('failure')
    expect(fails.problems.map((p) => [p.kind, p.type])).toEqual([
      ['warning', 'WARN_FALSE'],
      ['failure', 'CHECK']
    ])
  })

  it("doctest: an exception thrown in a subcase is its error, without doctest's note that it will be translated", () => {
    const warn = parseFixture('doctest/doctest-warn.xml')
    expect(only(warn, 'BD-24 cart with subcases/throws').problems).toEqual([
      {
        kind: 'error',
        message: 'exception',
        type: '',
        details: 'cart is locked'
      }
    ])
  })

  it('doctest: one <failure> per failed check, an exception an <error>', () => {
    const doctest = parseFixture('doctest/doctest-junit.xml')
    expect(only(doctest, 'BD-10 two failed checks').problems).toEqual([
      expect.objectContaining({ message: '2 == 3', type: 'CHECK' }),
      expect.objectContaining({ message: '4 == 5', type: 'CHECK' })
    ])
    expect(only(doctest, 'BD-3: crashes with an error').problems).toEqual([
      {
        kind: 'error',
        message: 'exception',
        type: '',
        details: 'boom from level3'
      }
    ])
    expect(
      only(doctest, 'BD-9 renders <script>alert(1)</script> & "quotes"')
        .problems[0].details
    ).toContain(
      'logged: message: <img src=x onerror=alert(1)> & "quotes" ]]> end'
    )
    expect(
      doctest.filter((tc) => tc.name.startsWith('BD-6 adds numbers<'))
    ).toHaveLength(3)
  })

  it('cmocka: no classname, the group is the suite', () => {
    const cart = parseFixture('cmocka/cmocka-cart.xml')
    for (const tc of cart) {
      expect(tc.classname).toBe('')
      expect(tc.suites).toEqual(['cart'])
    }
    expect(only(cart, '[BD-2] cart total is wrong').problems[0].details).toBe(
      '0x4 != 0x5\ncart_test.c:21: error: Failure!'
    )
    expect(only(cart, 'BD-11 setup fails').problems[0].details).toBe(
      'Test setup failed'
    )
  })

  it('cmocka: a failing group setup, an empty suite that counts an error, is a failed (suite)', () => {
    const [suite, ...rest] = parseFixture('cmocka/cmocka-group-setup.xml')
    expect(rest).toEqual([])
    expect([suite.name, suite.classname, suite.outcome]).toEqual([
      SUITE_TEST_NAME,
      'broken group',
      'error'
    ])
    expect(suite.problems[0].message).toBe(
      'The suite counts 1 error but holds no test: its set-up failed before any test ran.'
    )
  })

  it('a suite whose tests fail or skip keeps its counts to itself (doctest and Catch2 count assertions there, TestNG its skips)', () => {
    const report = parseJUnit(
      '<testsuites><testsuite name="s" errors="3" failures="2"><testcase name="a"><failure/></testcase></testsuite>' +
        '<testsuite name="empty" errors="0" failures="0"/>' +
        // Counts of the suites inside, not of a set-up of its own.
        '<testsuite name="outer" failures="1"><testsuite name="inner"/></testsuite></testsuites>',
      'r.xml'
    )
    expect(junitCases(report).map((t) => [t.name, t.outcome])).toEqual([
      ['a', 'failure']
    ])
  })

  it('a suite counting a single failure none of its tests shows is a failed (suite); a test failed by its status attribute keeps the counts to the suite', () => {
    const report = parseJUnit(
      '<testsuites><testsuite name="s" failures="1"><testcase name="a"/></testsuite>' +
        '<testsuite name="t" failures="1"><testcase name="b" status="failed"/></testsuite></testsuites>',
      'r.xml'
    )
    const cases = junitCases(report)
    expect(cases.map((t) => [t.name, t.classname, t.outcome])).toEqual([
      ['a', '', 'passed'],
      [SUITE_TEST_NAME, 's', 'error'],
      ['b', '', 'failure']
    ])
    expect(cases[1].problems[0].message).toBe(
      'The suite counts 1 failure that none of its tests shows: a set-up or tear-down (beforeAll, afterAll) or code outside the tests failed.'
    )
  })

  // cmocka 1.1.5 does not escape names: `name="BD-9 renders <script>...
  // & "quotes""` is not well-formed (expat: line 4, column 33). Refusing the
  // file would lose every result in it: its values are read as far as their
  // quotes go, so the name is cut at the inner quote.
  it('cmocka: an unescaped name is read as far as its quotes go', () => {
    const [hostile] = parseFixture('cmocka/cmocka-hostile.xml').filter((t) =>
      t.name.startsWith('BD-9')
    )
    expect(hostile.name).toBe('BD-9 renders <script>alert(1)</script> &')
    expect(hostile.outcome).toBe('failure')
  })

  it('busted: classname is file:line, names join the describes', () => {
    const busted = parseFixture('busted/busted-junit.xml')
    expect(
      only(busted, 'BD-5 checkout shipping computes shipping').classname
    ).toBe('spec/cart_spec.lua:52')
    const rows = busted.filter((tc) => tc.name.startsWith('BD-6 adds'))
    expect(rows.map((tc) => [tc.classname, tc.outcome])).toEqual([
      ['spec/cart_spec.lua:41', 'passed'],
      ['spec/cart_spec.lua:41', 'passed'],
      ['spec/cart_spec.lua:41', 'failure']
    ])
    const suite = only(busted, SUITE_TEST_NAME)
    expect(suite.outcome).toBe('error')
    expect(suite.classname).toBe('Run 1 of 1')
    expect(suite.problems[0].details).toContain('database is down')
  })

  it('Catch2: sections joined by /, a failed-as-expected test is skipped', () => {
    const catch2 = parseFixture('catch2/catch2-junit.xml')
    expect(
      catch2
        .filter((tc) => tc.name.startsWith('BD-5 checkout/'))
        .map((tc) => tc.name)
    ).toEqual([
      'BD-5 checkout/applies coupon',
      'BD-5 checkout/shipping/computes shipping',
      'BD-5 checkout/shipping/BD-15 free over 100'
    ])
    const mayFail = only(catch2, 'BD-13 may fail')
    // Its reason, then the failure it was allowed, kept to be shown.
    expect(mayFail.problems.map((p) => [p.kind, p.message])).toEqual([
      ['skipped', 'TEST_CASE tagged with !mayfail'],
      ['skipped', 'false']
    ])
    expect(mayFail.outcome).toBe('skipped')
    expect(only(catch2, 'BD-12 expected to fail').outcome).toBe('skipped')
    expect(only(catch2, 'BD-3: crashes with an error').problems).toEqual([
      expect.objectContaining({ kind: 'error', message: '', type: 'TEST_CASE' })
    ])
  })
})

describe('WebdriverIO (@wdio/junit-reporter)', () => {
  const defaults = () => parseFixture('wdio/wdio-0-0-junit-reporter.log')
  const options = () => parseFixture('wdio/junit-desktop-0-0.xml')

  it("a test runs in its suite's capabilities (the `capabilities` property)", () => {
    for (const tests of [defaults(), options()])
      expect(new Set(tests.map((t) => t.runsIn))).toEqual(
        new Set(['chrome.156_0_8078_79.linux'])
      )
  })

  it("reads a failure's stack from the test's <system-err>, which is no output then", () => {
    const failed = only(defaults(), 'BD 203 cart total is wrong')
    expect(failed.problems).toEqual([
      {
        kind: 'failure',
        message:
          'Expect $(`#total`) to have text\n\nExpected: "$40.00"\nReceived: "$42.00"',
        type: '',
        details: expect.stringMatching(
          /^Error: Expect \$\(`#total`\) to have text\n[^]*\n {4}at Context\.<anonymous> \(file:\/\/\/\S+\/test\/specs\/shop\.e2e\.js:19:31\)$/
        )
      }
    ])
    expect(failed.output).toMatch(/^\nCOMMAND: POST \/session\/\w+\/url/)
    expect(failed.output).not.toContain('at Context')
    const hook = only(defaults(), 'before each hook for BD 212 checkout')
    expect(hook.problems[0].details).toContain('shop.e2e.js:56:11')
  })

  it('errorOptions: the stack is the <failure> text; an <error> repeating its message goes', () => {
    const failed = only(options(), 'BD-204 crashes with an error')
    expect(failed.outcome).toBe('failure')
    expect(failed.problems).toEqual([
      {
        kind: 'failure',
        message: "Cannot read properties of null (reading 'items')",
        type: '',
        details: expect.stringMatching(
          /^TypeError: Cannot read properties of null \(reading 'items'\)\n {4}at Context\.<anonymous> \(\S+shop\.e2e\.js:24:10\)$/
        )
      }
    ])
    expect(failed.output).not.toContain('at Context')
  })

  it.each([
    [
      'defaults',
      'BD 217 flaky passes on the third try',
      'BD 218 always fails retried twice'
    ],
    [
      'options',
      'BD-217 flaky passes on the third try',
      'BD-218 always fails retried twice'
    ]
  ])(
    "%s: mocha's retries, failed attempts written skipped with their stack, are one test",
    (shape, flakyName, failingName) => {
      const testCases = shape === 'defaults' ? defaults() : options()
      const file =
        shape === 'defaults'
          ? 'wdio/wdio-0-0-junit-reporter.log'
          : 'wdio/junit-desktop-0-0.xml'
      const times = rawNameTimes(fixtureText(file))
      const sum = (name: string) =>
        times
          .filter((pair) => pair.slice(0, pair.lastIndexOf(' ')) === name)
          .reduce((total, pair) => total + Number(pair.slice(name.length)), 0)
      const flaky = only(testCases, flakyName)
      expect(flaky.outcome).toBe('flaky')
      expect(flaky.problems).toEqual([
        expect.objectContaining({
          kind: 'flaky failure',
          message:
            'Expect $(`#total`) to have text\n\nExpected: "$0.00"\nReceived: "$42.00"',
          details: expect.stringContaining('shop.e2e.js:86:31')
        }),
        expect.objectContaining({ kind: 'flaky failure' })
      ])
      expect(flaky.seconds).toBeCloseTo(sum(flakyName), 6)
      const failing = only(testCases, failingName)
      expect(failing.outcome).toBe('failure')
      expect(failing.problems.map((p) => [p.kind, p.message])).toEqual(
        Array(3).fill([
          'failure',
          'Expect $(`#heading`) to have text\n\nExpected: "Checkout"\nReceived: "Shop"'
        ])
      )
      expect(failing.seconds).toBeCloseTo(sum(failingName), 6)
    }
  )

  it('a failed hook is a test of its own; skipped tests have no reason (their output is the command log)', () => {
    const testCases = defaults()
    expect(
      testCases
        .filter((tc) => /BD-21[2-6]/.test(tc.classname))
        .map((tc) => [tc.name, tc.outcome])
    ).toEqual([
      ['BD 213 pays by card', 'skipped'],
      ['before each hook for BD 212 checkout', 'failure'],
      ['before all hook for BD 215 admin area', 'failure']
    ])
    for (const name of ['BD 213 pays by card', 'BD 207 skipped feature'])
      expect(only(testCases, name).problems).toEqual([
        { kind: 'skipped', message: '', type: '', details: '' }
      ])
  })

  it('names made by the default suiteNameFormat read `BD 12` as a marker, others do not', () => {
    expect(defaults().every((tc) => tc.spacedMarkers === true)).toBe(true)
    expect(options().some((tc) => tc.spacedMarkers)).toBe(false)
  })

  // Not written so by wdio: an attempt with no later one, and a repeated
  // name without the skip that marks a retry.
  it('a failed attempt alone is a failure; a repeated name is another test', () => {
    const suite = (body: string) =>
      parseReportText(
        '<testsuites><testsuite name="cart"><properties><property name="specId" value="0"/>' +
          `<property name="suiteName" value="cart"/></properties>${body}</testsuite></testsuites>`
      ).map((tc) => [tc.name, tc.outcome, tc.problems.map((p) => p.kind)])
    expect(
      suite(
        '<testcase classname="c" name="adds"><skipped/><system-err>Error: no\n    at x (a.js:1:1)</system-err></testcase>' +
          '<testcase classname="c" name="removes"/>'
      )
    ).toEqual([
      ['adds', 'failure', ['failure']],
      ['removes', 'passed', []]
    ])
    expect(
      suite(
        '<testcase classname="c" name="adds"><failure message="no"/></testcase>' +
          '<testcase classname="c" name="adds"/>'
      )
    ).toEqual([
      ['adds', 'failure', ['failure']],
      ['adds', 'passed', []]
    ])
  })
  it("nested describe blocks: a test takes its own or its nearest marked block's marker, not every block's in its classname", () => {
    const nesting = parseFixture('wdio/wdio-nesting-junit-reporter.log')
    const bd = new MarkerFinder('BD')
    const read = (name: string) => {
      const testCase = only(nesting, name)
      return [testCase.outcome, bd.ofTestCase(testCase)]
    }
    expect(only(nesting, 'inner fails').classname).toMatch(
      /^chrome\.[\w.]+\.linux\.BD-760_outer\.BD-761_inner$/
    )
    expect(read('outer passes')).toEqual(['passed', [760]])
    expect(read('inner fails')).toEqual(['failure', [761]])
    expect(read('deepest fails')).toEqual(['failure', [763]])
    expect(read('BD 762 own marker')).toEqual(['failure', [762]])
    expect(read('plain passes')).toEqual(['passed', [760]])
    expect(read('marked inner fails')).toEqual(['failure', [764]])
    expect(read('BD 765 BD 766 two markers')).toEqual(['failure', [765, 766]])
    // BD-761's failure is not BD-760's.
    expect(statusByMarker(nesting, 800)['BD-760']).toBe('passed')
  })

  it("reads the classname's blocks nearest first only where it ends with its suite's title", () => {
    const bd = new MarkerFinder('BD')
    const suite = (title: string, classname: string) =>
      parseReportText(
        `<testsuites><testsuite name="${title}" tests="1"><properties><property name="specId" value="0"/><property name="suiteName" value="${title}"/></properties>` +
          `<testcase classname="${classname}" name="fails"><failure message="boom"/></testcase></testsuite></testsuites>`
      )[0]
    expect(
      bd.ofTestCase(
        suite('BD-21 inner', 'chrome.linux.BD-20_outer.BD-21_inner')
      )
    ).toEqual([21])
    // A plain block: the next part with a marker.
    expect(
      bd.ofTestCase(
        suite('plain', 'chrome.linux.BD-20_outer.BD-21_inner.plain')
      )
    ).toEqual([21])
    // Not ending with its suite's title (a classNameFormat of one's own): as written.
    expect(
      bd.ofTestCase(suite('BD-21 inner', 'e2e.BD-20 outer BD-21 inner x'))
    ).toEqual([20, 21])
  })

  it("a suite's tests share one list of their classname's blocks", () => {
    const [first, second] = parseReportText(
      `<testsuites><testsuite name="BD 21 inner" tests="2"><properties><property name="specId" value="0"/><property name="suiteName" value="BD-21 inner"/></properties>` +
        '<testcase classname="chrome.linux.BD-20_outer.BD-21_inner" name="passes"/>' +
        '<testcase classname="chrome.linux.BD-20_outer.BD-21_inner" name="also passes"/></testsuite></testsuites>'
    )
    expect(first.blocks).toEqual([
      'BD-21 inner',
      'BD-20_outer',
      'linux',
      'chrome'
    ])
    expect(second.blocks).toBe(first.blocks)
  })
})

describe("Nightwatch's junit reporter", () => {
  const nightwatch = (spec: string) =>
    parseFixture(
      NIGHTWATCH.find((file) => file.endsWith(`${spec}.xml`)) ?? spec
    )

  it("a failed assertion: its message in the attribute, only the test's frame as text", () => {
    expect(
      only(nightwatch('shop'), '[BD-405] cart total is wrong').problems
    ).toEqual([
      {
        kind: 'failure',
        message: expect.stringMatching(
          /^Testing if element's <#total> inner text equals '\$40\.00' in 1000ms - expected "equals '\$40\.00'" but got: "\$42\.00" \(\d+ms\)$/
        ),
        type: '',
        details: expect.stringMatching(
          /^at \[BD-405\] cart total is wrong \(\/work\/main\/\S+\/test\/shop\.js:23:20\)$/
        )
      }
    ])
  })

  it("a failed before hook is its suite's error; the suite's <system-err> is the whole run's errors", () => {
    const admin = nightwatch('admin.spec')
    expect(admin.map((t) => [t.name, t.classname, t.outcome])).toEqual([
      ['BD-423 lists users', 'BD-422 admin area', 'skipped'],
      [SUITE_TEST_NAME, 'BD-422 admin area', 'error']
    ])
    const suite = only(admin, SUITE_TEST_NAME)
    expect(suite.problems[0].details).toContain('admin.spec.js:10:19')
    // Every report's <system-err> holds every spec file's errors.
    expect(suite.output).toContain('hooks.spec.js:10')
    const failed = only(nightwatch('shop'), '[BD-405] cart total is wrong')
    expect(failed.outputOfSuite).toBe(true)
    expect(failed.output).toContain('admin.spec.js:10')
  })

  it('an element never present: the failed expect.element and the driver error it caused', () => {
    const missing = only(
      nightwatch('cart.spec'),
      'BD-414 element never appears'
    )
    expect(missing.outcome).toBe('failure')
    expect(missing.problems.map((p) => [p.kind, p.type])).toEqual([
      ['failure', ''],
      ['error', 'error']
    ])
  })

  it('tests skipped by it.skip, xit and describe.skip are not in the report', () => {
    const names = NIGHTWATCH.flatMap((file) => parseFixture(file)).map(
      (t) => t.name
    )
    expect(names.filter((name) => /BD-41[56]|BD-42[45]/.test(name))).toEqual([])
    expect(nightwatch('skipped.spec')).toEqual([])
  })
})

describe('jasmine, karma, newman, AVA and deno', () => {
  const hostileName = 'BD-9 renders <script>alert(1)</script> & "quotes"'

  it('jasmine: one <failure> per failed expectation, the suite a dotted path', () => {
    const jasmine = parseFixture('jasmine/jasmine-junit.xml')
    expect(
      only(jasmine, 'BD-12 two failed expectations').problems.map((p) => [
        p.kind,
        p.type,
        p.message
      ])
    ).toEqual([
      ['failure', 'toBe', 'Expected 2 to be 3.'],
      ['failure', 'toEqual', "Expected 'a' to equal 'b'."]
    ])
    expect(
      only(jasmine, 'BD-13 fails through fail()').problems[0].message
    ).toBe('Failed: gave up: <b>bold</b> & "quotes"')
    expect(only(jasmine, 'BD-16 free over 100').classname).toBe(
      'BD-5 checkout.shipping'
    )
    expect(only(jasmine, 'BD-11 pending with a reason').problems).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        message: 'waiting for the payment API'
      })
    ])
    // The afterAll error of BD-18 teardown is not in the report.
    expect(
      jasmine
        .filter((tc) => tc.classname === 'BD-18 teardown')
        .map((tc) => tc.outcome)
    ).toEqual(['passed', 'passed'])
  })

  it("jasmine: a spec takes its nearest marked describe block's marker, not every block's of its dotted suite name (`BD-650 outer.BD-651 inner`)", () => {
    const nesting = parseFixture('jasmine/jasmine-junit-nesting.xml')
    const bd = new MarkerFinder('BD')
    expect(
      nesting.map((t) => [t.classname, t.name, t.outcome, bd.ofTestCase(t)])
    ).toEqual([
      ['BD-650 outer', 'outer passes', 'passed', [650]],
      ['BD-650 outer.BD-651 inner', 'inner fails', 'failure', [651]],
      [
        'BD-650 outer.BD-651 inner.BD-653 deepest',
        'deepest fails',
        'failure',
        [653]
      ],
      [
        'BD-650 outer.plain middle',
        'BD-652 own marker fails',
        'failure',
        [652]
      ],
      ['BD-650 outer.plain middle', 'plain test', 'passed', [650]],
      [
        'plain outer.BD-654 marked inner',
        'marked inner passes',
        'passed',
        [654]
      ],
      [
        'BD-655 hooks outer.BD-656 beforeEach inner',
        'after a failing beforeEach',
        'failure',
        [656]
      ],
      [
        'BD-655 hooks outer.BD-657 beforeAll inner',
        'after a failing beforeAll',
        'failure',
        [657]
      ],
      [
        'v1.2 dotted.BD-658 after a dotted title',
        'dotted passes',
        'passed',
        [658]
      ],
      ['focused specs', 'BD-658 BD-659 two markers flow', 'passed', [658, 659]]
    ])
    // The inner blocks' failures are not their outer blocks'.
    expect(statusByMarker(nesting, 700)).toEqual({
      'BD-650': 'passed',
      'BD-651': 'failed',
      'BD-652': 'failed',
      'BD-653': 'failed',
      'BD-654': 'passed',
      'BD-656': 'failed',
      'BD-657': 'failed',
      'BD-658': 'passed',
      'BD-659': 'passed'
    })
  })

  it("jasmine: with useDotNotation: false the suites' names join the titles by spaces (`BD-650 outer BD-651 inner`), read apart by the other suites' names as the dotted ones", () => {
    const spaces = parseFixture('jasmine/jasmine-junit-nesting-spaces.xml')
    const bd = new MarkerFinder('BD')
    expect(spaces.find((t) => t.name === 'deepest fails')?.blocks).toEqual([
      'BD-653 deepest',
      'BD-651 inner',
      'BD-650 outer'
    ])
    expect(spaces.map((t) => [t.classname, t.name, bd.ofTestCase(t)])).toEqual([
      ['BD-650 outer', 'outer passes', [650]],
      ['BD-650 outer BD-651 inner', 'inner fails', [651]],
      ['BD-650 outer BD-651 inner BD-653 deepest', 'deepest fails', [653]],
      ['BD-650 outer plain middle', 'BD-652 own marker fails', [652]],
      ['BD-650 outer plain middle', 'plain test', [650]],
      ['plain outer BD-654 marked inner', 'marked inner passes', [654]],
      [
        'BD-655 hooks outer BD-656 beforeEach inner',
        'after a failing beforeEach',
        [656]
      ],
      [
        'BD-655 hooks outer BD-657 beforeAll inner',
        'after a failing beforeAll',
        [657]
      ],
      ['v1.2 dotted BD-658 after a dotted title', 'dotted passes', [658]],
      ['focused specs', 'BD-658 BD-659 two markers flow', [658, 659]]
    ])
    // consolidateAll: false writes a file per top-level suite, its nested
    // blocks' suites with it: read apart as in one report.
    const separate = parseFixture(
      'jasmine/jasmine-junit-nesting-separate-BD650outer.xml'
    )
    expect(separate.map((t) => [t.name, bd.ofTestCase(t)])).toEqual([
      ['outer passes', [650]],
      ['inner fails', [651]],
      ['deepest fails', [653]],
      ['BD-652 own marker fails', [652]],
      ['plain test', [650]]
    ])
  })

  it('jasmine: titles are split at spaces only where no suite name of the report is another one and a dot', () => {
    const bd = new MarkerFinder('BD')
    const suite = (name: string) =>
      ` <testsuite name="${name}" timestamp="2026-01-01T00:00:00" hostname="localhost" time="0" errors="0" tests="1" skipped="0" disabled="0" failures="0">
  <testcase classname="${name}" name="x" time="0" />
 </testsuite>`
    const report = (...names: string[]) =>
      `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites disabled="0" errors="0" failures="0" tests="${names.length}" time="0">
${names.map(suite).join('\n')}
</testsuites>`
    const markers = (xml: string) =>
      parseReportText(xml).map((t) => bd.ofTestCase(t))
    expect(markers(report('BD-1 a', 'BD-1 a BD-2 b'))).toEqual([[1], [2]])
    // Dotted names in the report: a space is part of a title.
    expect(
      markers(report('BD-1 a', 'BD-1 a BD-2 b', 'BD-3 c', 'BD-3 c.BD-4 d'))
    ).toEqual([[1], [1, 2], [3], [4]])
  })

  it("jasmine: a suite name is split into titles only at another jasmine-reporters suite's name", () => {
    const bd = new MarkerFinder('BD')
    const jasmineSuite = (name: string, tests: number) =>
      `<testsuite name="${name}" timestamp="2026-01-01T00:00:00" hostname="localhost" time="0" errors="0" tests="${tests}" skipped="0" disabled="0" failures="0">${tests ? `<testcase classname="${name}" name="x" time="0" />` : ''}</testsuite>`
    const markersOf = (...suites: string[]) =>
      bd.ofTestCase(
        parseReportText(
          `<testsuites disabled="0" errors="0" failures="0" tests="1" time="0">${suites.join('')}</testsuites>`
        )[0]
      )
    expect(
      markersOf(
        jasmineSuite('BD-650 outer', 0),
        jasmineSuite('BD-650 outer.BD-651 inner', 1)
      )
    ).toEqual([651])
    // No suite of the outer block's name (a report of one suite, or
    // consolidateAll: false): the name is one title, as written.
    expect(markersOf(jasmineSuite('BD-650 outer.BD-651 inner', 1))).toEqual([
      650, 651
    ])
    // Another tool's suites (no `disabled`): as written.
    const other = [
      jasmineSuite('BD-650 outer', 0),
      jasmineSuite('BD-650 outer.BD-651 inner', 1)
    ].map((suite) => suite.replace(' disabled="0"', ''))
    expect(markersOf(...other)).toEqual([650, 651])
  })

  it('jasmine: suite names of many dots are split in linear time', () => {
    const bd = new MarkerFinder('BD')
    // 400 titles `a` in each name: comparing every dot's start with every
    // suite's name took about 5 s on 20,000 suites.
    const dotted = Array.from({ length: 400 }, () => 'a').join('.')
    const suites: string[] = []
    for (let i = 0; i < 20_000; i++)
      suites.push(
        `<testsuite name="${dotted}${i}" timestamp="2026-01-01T00:00:00" hostname="localhost" time="0" errors="0" tests="1" skipped="0" disabled="0" failures="0"><testcase classname="${dotted}${i}" name="x" time="0" /></testsuite>`
      )
    const blocks = (xml: string) =>
      parseReportText(
        `<testsuites disabled="0" errors="0" failures="0" tests="1" time="0">${xml}</testsuites>`
      ).map((testCase) => [testCase.blocks, bd.ofTestCase(testCase)])
    const started = performance.now()
    const read = blocks(suites.join(''))
    expect(performance.now() - started).toBeLessThan(3000)
    expect(read).toHaveLength(20_000)
    expect(read[0]).toEqual([undefined, []])
    // An enclosing block's suite comes before its blocks' (depth first).
    expect(
      blocks(
        ['BD-1 a', 'BD-1 a.BD-2 b', 'BD-1 a.BD-2 b.c', 'BD-1 a.d', 'e']
          .map(
            (name) =>
              `<testsuite name="${name}" timestamp="2026-01-01T00:00:00" hostname="localhost" time="0" errors="0" tests="1" skipped="0" disabled="0" failures="0"><testcase classname="${name}" name="x" time="0" /></testsuite>`
          )
          .join('')
      )
    ).toEqual([
      [undefined, [1]],
      [['BD-2 b', 'BD-1 a'], [2]],
      [['c', 'BD-2 b', 'BD-1 a'], [2]],
      [['d', 'BD-1 a'], [1]],
      [undefined, []]
    ])
  })

  it("karma: a test's own title counts first also where the classname starts with the browser's name (useBrowserName) and the `suite` option's `.`", () => {
    const bd = new MarkerFinder('BD')
    const markers = (packageName: string, classnames: string[]) =>
      parseReportText(
        `<testsuite name="WebKit 537.36 (linux 0.0.0)" package="${packageName}" timestamp="2026-11-24T21:32:31" id="0" hostname="vm" tests="2" errors="0" failures="0" time="0">` +
          `<testcase name="BD-5 checkout shipping BD-15 free over 100" time="0" classname="${classnames[0]}"/>` +
          `<testcase name="BD-5 checkout shipping plain" time="0" classname="${classnames[1]}"/>` +
          '</testsuite>'
      ).map((testCase) => bd.ofTestCase(testCase))
    for (const [packageName, prefix] of [
      ['', ''],
      ['', 'WebKit_537_36_(linux_0_0_0).'],
      ['shop', 'WebKit_537_36_(linux_0_0_0)..'],
      ['shop', '.']
    ])
      expect(
        markers(packageName, [
          `${prefix}BD-5 checkout shipping`,
          `${prefix}BD-5 checkout shipping`
        ])
      ).toEqual([[15], [5]])
  })

  it("karma: a test runs in its suite's browser; with two browsers, one report per browser (the reporter's defaults)", () => {
    const read = (browser: string) =>
      parseFixture(`karma/karma-mocha-junit-browsers-${browser}.xml`).map(
        (t) => [t.name, t.runsIn, t.outcome]
      )
    expect(read('chromium')).toContainEqual([
      'BD-1121 fails only in Firefox',
      'Chrome Headless 156.0.0.0 (Linux 0.0.0)',
      'passed'
    ])
    expect(read('firefox')).toContainEqual([
      'BD-1121 fails only in Firefox',
      'Firefox 153.0 (Linux 0.0.0)',
      'failure'
    ])
    expect(
      new Set(parseFixture('karma/karma-mocha-junit.xml').map((t) => t.runsIn))
    ).toEqual(new Set(['WebKit 537.36 (linux 0.0.0)']))
  })

  it('karma: a root test has an empty classname, the hook a test of its own', () => {
    const karma = parseFixture('karma/karma-mocha-junit.xml')
    const login = only(karma, 'BD-1 user can log in')
    expect(login.classname).toBe('')
    expect(login.suites).toEqual(['WebKit 537.36 (linux 0.0.0)'])
    const hook = only(
      karma,
      'BD-16 teardown "after all" hook for "second passes"'
    )
    expect(hook.outcome).toBe('failure')
    expect(hook.problems[0].details).toContain(
      'afterAll cleanup failed: database is locked'
    )
    expect(only(karma, 'BD-11 flaky, passes on the third try').outcome).toBe(
      'passed'
    )
  })

  // karma-jasmine: an afterAll that throws is a browser error; karma stops
  // the run and karma-junit-reporter writes errors="1" on the one suite, the
  // error in its <system-out>, next to the two specs that passed. A suite
  // counting failures none of its tests shows is one more failed test.
  it('karma: an afterAll error counted on the suite is a failed (suite)', () => {
    const karma = parseFixture('karma/karma-jasmine-junit.xml')
    const suite = only(karma, SUITE_TEST_NAME)
    expect(suite.outcome).toBe('error')
    expect(suite.problems[0].message).toBe(
      'The suite counts 1 error that none of its tests shows: a set-up or tear-down (beforeAll, afterAll) or code outside the tests failed.'
    )
    expect(suite.output).toContain(
      'afterAll cleanup failed: database is locked'
    )
  })

  it('newman: a suite per request, iterations merged, CDATA pieces joined', () => {
    const newman = parseFixture('newman/newman-junit.xml')
    const free = only(newman, 'BD-15 free over 100')
    expect(free.classname).toBe('Bd5CheckoutShippingComputesShipping')
    expect(free.suites[0]).toBe('BD-5 checkout / shipping / computes shipping')
    const hostile = only(newman, hostileName)
    expect(hostile.problems[0].message).toBe(
      `XSS: output is not escaped: <p><img src=x onerror=alert(1)></p> & "quotes" 'single' ]]> end`
    )
    expect(hostile.problems[0].details).toContain(
      `Error message: XSS: output is not escaped: <p><img src=x onerror=alert(1)></p> & "quotes" 'single' ]]> end.`
    )
    expect(
      only(newman, 'BD-12 fails on the second iteration only').problems[0]
        .details
    ).toMatch(/^Failed 1 times\./)
    // newman writes pm.test.skip as a pass, and a later iteration's pass
    // over an earlier failure.
    expect(only(newman, 'BD-4 skipped feature').outcome).toBe('passed')
    expect(
      only(newman, 'BD-11 flaky, fails on the first iteration only').outcome
    ).toBe('passed')
  })

  // newman: a test script that throws outside pm.test counts errors="2" on
  // its request's suite (the text in <system-err>) next to a passed testcase.
  it("newman: a script error counted on the suite fails the request's marker", () => {
    const newman = parseFixture('newman/newman-junit.xml')
    const suite = only(newman, SUITE_TEST_NAME)
    expect([suite.classname, suite.outcome]).toEqual([
      'BD-13 broken test script',
      'error'
    ])
    expect(suite.output).toContain(
      'testScriptError: undefinedHelper is not defined'
    )
    expect(new MarkerFinder('BD').ofTestCase(suite)).toEqual([13])
  })

  it('AVA through tap-junit: titles joined by ›, the todo a failure', () => {
    const ava = parseFixture('ava/ava-tap-junit.xml')
    for (const tc of ava) {
      expect(tc.classname).toBe('')
      expect(tc.seconds).toBeUndefined()
    }
    expect(only(ava, 'shop › BD-14 write this test').problems).toEqual([
      { kind: 'failure', message: '', type: 'fail', details: '' }
    ])
    expect(
      only(ava, 'shop › [BD-2] cart total is wrong').problems[0].message
    ).toContain('assertion: t.deepEqual()')
    expect(
      only(ava, 'checkout › BD-5_checkout › BD-17 cleanup hook').outcome
    ).toBe('failure')
  })

  it('deno: steps are testcases joined by >, with their own outcomes', () => {
    const deno = parseFixture('deno/deno-junit.xml')
    expect(
      deno
        .filter((tc) => tc.name.startsWith('BD-11 flaky'))
        .map((tc) => [tc.name, tc.outcome])
    ).toEqual([
      ['BD-11 flaky, retried by hand in steps', 'failure'],
      ['BD-11 flaky, retried by hand in steps > attempt 1', 'failure'],
      ['BD-11 flaky, retried by hand in steps > attempt 2', 'passed']
    ])
    expect(only(deno, 'BD-3: crashes with an error').problems).toEqual([
      expect.objectContaining({
        kind: 'failure',
        message: 'Uncaught TypeError: boom'
      })
    ])
    expect(only(deno, 'BD-5 checkout > shipping').problems[0].message).toBe(
      '1 test step failed'
    )
    // The module that failed to load is nowhere.
    expect(deno.every((tc) => tc.classname === './tests/shop_test.ts')).toBe(
      true
    )
  })
})

/** The status each marker's one result gets by default, as the action plans it. */
function statusesByMarker(files: readonly string[]): Record<string, string> {
  const finder = new MarkerFinder('BD')
  const byMarker = new Map<number, TestCase[]>()
  for (const file of files) {
    for (const tc of parseFixture(file)) {
      for (const seq of finder.ofTestCase(tc)) {
        byMarker.set(seq, [...(byMarker.get(seq) ?? []), tc])
      }
    }
  }
  return Object.fromEntries(
    [...byMarker]
      .sort(([a], [b]) => a - b)
      .map(([seq, tcs]) => [`BD-${seq}`, DEFAULT_STATUS_MAP[worstOutcome(tcs)]])
  )
}

describe('bun, Rust libtest, common_test and TAP::Formatter::JUnit', () => {
  it('bun: statuses per marker', () => {
    expect(statusesByMarker(['bun/bun-junit.xml'])).toEqual({
      'BD-1': 'passed',
      'BD-2': 'failed',
      'BD-3': 'failed',
      'BD-4': 'skipped',
      // describe('BD-5 checkout'): its tests without a marker of their own
      // (BD-16's failure is BD-16's only: a test's own markers come first).
      'BD-5': 'passed',
      'BD-6': 'failed',
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'failed',
      'BD-10': 'failed',
      // { retry: 3 }, passed on attempt 3: the report has the pass only.
      'BD-11': 'passed',
      'BD-12': 'skipped', // test.todo
      'BD-13': 'skipped', // test.todo with a body
      'BD-14': 'passed', // test.failing that fails
      'BD-15': 'failed', // timed out
      'BD-16': 'failed',
      'BD-17': 'failed', // { retry: 2 }, never passed
      'BD-18': 'skipped',
      'BD-19': 'passed' // describe.each: two testcases, one result
    })
  })

  it('bun: nested describes are nested testsuites, classname innermost first', () => {
    const bun = parseFixture('bun/bun-junit.xml')
    expect(only(bun, 'BD-16 free over 100')).toEqual(
      expect.objectContaining({
        classname: 'shipping > BD-5 checkout',
        suites: [
          'shipping',
          'BD-5 checkout',
          'tests/checkout/checkout.test.ts'
        ],
        file: 'tests/checkout/checkout.test.ts',
        outcome: 'failure'
      })
    )
    expect(
      only(
        bun,
        'BD-9 renders <script>alert(1)</script> & "quotes" &amp; ünïcödé ✓'
      ).problems[0].message
    ).toBe(
      'expected <img src=x onerror=alert(1)> & "quotes" &amp; ]]> ünïcödé 🚀\nline two <tag>'
    )
    expect(only(bun, 'BD-12 todo: export to CSV').problems).toEqual([
      expect.objectContaining({ kind: 'skipped', message: 'TODO' })
    ])
    expect(only(bun, 'BD-15 times out').problems).toEqual([
      expect.objectContaining({ kind: 'failure', message: 'test timed out' })
    ])
  })

  it("bun: a test takes its nearest marked describe block's marker, not every block's of its classname (`BD-601 inner > BD-600 outer`)", () => {
    const nesting = parseFixture('bun/bun-nesting.xml')
    const bd = new MarkerFinder('BD')
    expect(only(nesting, 'inner fails').classname).toBe(
      'BD-601 inner > BD-600 outer'
    )
    expect(nesting.map((t) => [t.name, t.outcome, bd.ofTestCase(t)])).toEqual([
      ['outer passes', 'passed', [600]],
      ['inner fails', 'failure', [601]],
      ['innermost passes', 'passed', [601]],
      ['BD-602 own marker fails', 'failure', [602]],
      ['middle passes', 'passed', [600]]
    ])
    // BD-601's failure is not BD-600's.
    expect(statusByMarker(nesting, 700)).toEqual({
      'BD-600': 'passed',
      'BD-601': 'failed',
      'BD-602': 'failed'
    })
  })

  it("bun: a classname that is not its describe blocks' names joined, or a suite not of bun's shape, is read as written", () => {
    const bunSuite = (classname: string) =>
      `<testsuites name="bun test" tests="1" assertions="1" failures="0" skipped="0" time="0.1">
  <testsuite name="a.test.ts" file="a.test.ts" tests="1" assertions="1" failures="0" skipped="0" time="0.1" hostname="vm">
    <testsuite name="BD-600 outer" file="a.test.ts" line="1" tests="1" assertions="1" failures="0" skipped="0" time="0" hostname="vm">
      <testsuite name="BD-601 inner" file="a.test.ts" line="2" tests="1" assertions="1" failures="0" skipped="0" time="0" hostname="vm">
        <testcase name="t" classname="${classname}" time="0.1" file="a.test.ts" line="3" assertions="1" />
      </testsuite>
    </testsuite>
  </testsuite>
</testsuites>`
    const bd = new MarkerFinder('BD')
    const markersOf = (xml: string) => bd.ofTestCase(parseReportText(xml)[0])
    expect(markersOf(bunSuite('BD-601 inner &gt; BD-600 outer'))).toEqual([601])
    // Joined outermost first, or a class of its own: the classname's markers.
    expect(markersOf(bunSuite('BD-600 outer &gt; BD-601 inner'))).toEqual([
      600, 601
    ])
    expect(markersOf(bunSuite('BD-603 BD-604 elsewhere'))).toEqual([603, 604])
    // Another tool's suites (no `assertions`, no `hostname`): as written.
    const other = bunSuite('BD-601 inner &gt; BD-600 outer')
      .replaceAll(' assertions="1"', '')
      .replaceAll(' hostname="vm"', '')
    expect(markersOf(other)).toEqual([601, 600])
  })

  it("karma-junit-reporter: a test's own title, after its classname in its name, counts before its describe blocks' titles", () => {
    const karmaSuite = (name: string, classname: string) =>
      `<?xml version="1.0"?>
<testsuite name="WebKit 537.36 (linux 0.0.0)" package="" timestamp="2026-11-24T21:32:31" id="0" hostname="vm" tests="1" errors="0" failures="0" time="0">
  <properties><property name="browser.fullName" value="jsdom"/></properties>
  <testcase name="${name}" time="0" classname="${classname}"/>
</testsuite>`
    const bd = new MarkerFinder('BD')
    const markersOf = (xml: string) => bd.ofTestCase(parseReportText(xml)[0])
    expect(
      markersOf(
        karmaSuite('BD-660 outer middle BD-662 own', 'BD-660 outer middle')
      )
    ).toEqual([662])
    // No marker in its own title: the classname's, every block's.
    expect(
      markersOf(
        karmaSuite(
          'BD-660 outer BD-661 inner fails',
          'BD-660 outer BD-661 inner'
        )
      )
    ).toEqual([660, 661])
    // A name that does not start with its classname, or a suite of another
    // shape (no `package`, `id`): the whole name.
    expect(
      markersOf(karmaSuite('BD-660 x BD-662 own', 'BD-660 outer'))
    ).toEqual([660, 662])
    const other = karmaSuite('BD-660 outer BD-662 own', 'BD-660 outer')
      .replace(' package=""', '')
      .replace(' id="0"', '')
    expect(markersOf(other)).toEqual([660, 662])
    expect(
      markersOf(karmaSuite('BD-660 outer BD-662 own', 'BD-660 outer'))
    ).toEqual([662])
  })

  it('Rust libtest: statuses per marker (one file per test binary)', () => {
    expect(
      statusesByMarker([
        'rust-libtest/libtest-lib.xml',
        'rust-libtest/libtest-integration.xml',
        'rust-libtest/libtest-doc.xml'
      ])
    ).toEqual({
      // bd_1_user_can_log_in: not an identifier form (no test prefix): no marker.
      'BD-2': 'failed',
      'BD-3': 'failed', // index out of bounds
      // #[ignore] tests (BD-4, BD-12) are not in libtest's report at all.
      'BD-5': 'passed', // tests::checkout and tests::checkout::shipping
      'BD-6': 'failed', // macro-generated cases
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'failed',
      'BD-10': 'failed', // returned Err
      'BD-11': 'passed', // the integration test binary
      'BD-13': 'passed', // #[should_panic] that panics
      'BD-14': 'failed', // #[should_panic] that does not
      'BD-15': 'failed',
      'BD-16': 'failed'
    })
  })

  it('Rust libtest: the file `cargo test -- --format junit > junit.xml` writes, one document per test binary, is read whole', () => {
    const split = [
      'rust-libtest/libtest-lib.xml',
      'rust-libtest/libtest-integration.xml',
      'rust-libtest/libtest-doc.xml'
    ]
    const all = parseFixture('rust-libtest/libtest-all.xml')
    expect(all).toHaveLength(19)
    expect(statusesByMarker(['rust-libtest/libtest-all.xml'])).toEqual(
      statusesByMarker(split)
    )
    // libtest runs a binary's tests in parallel: each run lists them in another order.
    expect(all.map((t) => t.name).sort()).toEqual(
      split
        .flatMap((file) => parseFixture(file))
        .map((t) => t.name)
        .sort()
    )
  })

  it('documents one after another: each is read; an error in a later one names its line in the file', () => {
    const doc = (cases: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><testsuites><testsuite name="test">${cases}</testsuite></testsuites>`
    const two = `${doc('<testcase name="BD-1 a"/>')}\n${doc('<testcase name="BD-2 b"><failure/></testcase>')}\n`
    expect(
      junitCases(parseJUnit(two, 'r.xml')).map((t) => [t.name, t.outcome])
    ).toEqual([
      ['BD-1 a', 'passed'],
      ['BD-2 b', 'failure']
    ])
    const broken = `${doc('<testcase name="BD-1 a"/>')}\n\n${doc('<testcase name="BD-2 b"></testsuite>')}`
    expect(() => parseJUnit(broken, 'r.xml')).toThrow(
      'r.xml:3: malformed XML: </testsuite> where </testcase> was expected'
    )
    const many = `${doc('')}\n`.repeat(MAX_DOCUMENTS + 1)
    expect(() => parseJUnit(many, 'r.xml')).toThrow(
      `r.xml: it holds more than ${grouped(MAX_DOCUMENTS)} XML documents one after another (memory); split the report`
    )
    expect(parseJUnit(`${doc('')}\n`.repeat(MAX_DOCUMENTS), 'r.xml')).toEqual(
      expect.objectContaining({ testCases: [] })
    )
    // Only JUnit documents: anything else after the root is still refused.
    expect(() => parseJUnit(`${doc('')}<html/>`, 'r.xml')).toThrow(
      'r.xml:1: malformed XML: a second root element'
    )
  })

  it("Rust libtest: a bare <failure> gets the panic libtest wrote in the test's output; the output keeps what the test printed before", () => {
    const lib = parseFixture('rust-libtest/libtest-lib.xml')
    const cart = only(lib, 'test_bd2_cart_total_is_wrong')
    expect(cart.problems).toEqual([
      {
        kind: 'failure',
        message: 'assertion `left == right` failed: cart total',
        type: 'assert',
        details:
          "thread 'tests::test_bd2_cart_total_is_wrong' (3655) panicked at src/lib.rs:32:9:\nassertion `left == right` failed: cart total\nsecond line of the message\n  left: 41\n right: 42"
      }
    ])
    expect(cart.output).toBe('cart has 3 items\nwarning: price list is stale')
    const hostile = only(lib, 'test_bd9_hostile_text')
    expect(hostile.problems[0].details).toContain(
      'expected <img src=x onerror=alert(1)> & "quotes" &amp; ]]> ünïcödé 🚀\nline two <script>alert(1)</script>'
    )
    // A test that returned an Err: libtest prints it as `Error: …`.
    const returned = only(lib, 'test_bd10_returns_err')
    expect(returned.problems[0]).toEqual(
      expect.objectContaining({ message: 'Error: "too deep"', details: '' })
    )
    expect(returned.output).toBe('')
    expect(
      only(lib, 'test_bd14_should_panic_but_does_not').problems[0].message
    ).toBe('test did not panic as expected at src/lib.rs:59:8')
  })

  it("common_test: a marker on a group (cth_surefire's group attribute) applies to the tests in it", () => {
    const ct = parseFixture('common-test/cth-surefire.xml')
    const bd = new MarkerFinder('BD')
    expect(bd.ofTestCase(only(ct, 'applies coupon'))).toEqual([5])
    expect(bd.ofTestCase(only(ct, 'computes shipping'))).toEqual([5])
    expect(bd.ofTestCase(only(ct, 'adds 3 + 3'))).toEqual([6])
    expect(only(ct, 'computes shipping').suites).toEqual([
      'BD-5 checkout.shipping',
      'bd_shop_SUITE'
    ])
  })

  it('common_test: statuses per marker', () => {
    expect(statusesByMarker(['common-test/cth-surefire.xml'])).toEqual({
      'BD-1': 'passed',
      'BD-2': 'failed',
      'BD-3': 'failed',
      'BD-4': 'skipped', // {skip, Reason}
      // Groups 'BD-5 checkout' and 'BD-6 adds' (their init_per_group and
      // end_per_group too); 'adds 3 + 3' failed.
      'BD-5': 'passed',
      'BD-6': 'failed',
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'failed',
      'BD-10': 'failed',
      // {repeat_until_all_ok, 3}: failed twice, then passed; ct counts 2 failures.
      'BD-11': 'failed',
      'BD-12': 'skipped', // init_per_testcase crashed: ct auto-skips
      'BD-13': 'failed', // timetrap_timeout
      'BD-15': 'failed'
    })
  })

  it('common_test: an unescaped name (cth_surefire writes < & " raw) is read up to the quote', () => {
    const ct = parseFixture('common-test/cth-surefire.xml')
    expect(only(ct, 'BD-9 renders <b onmouseover=alert(1)> &').outcome).toBe(
      'failure'
    )
  })

  it('TAP::Formatter::JUnit: statuses per marker', () => {
    expect(
      statusesByMarker(['tap-formatter-junit/tap-formatter-junit.xml'])
    ).toEqual({
      'BD-1': 'passed',
      'BD-2': 'failed',
      // crash.t died after its first test: the Dubious exit is the suite's
      // <error>, a (suite) test without a marker, so BD-3 is passed.
      'BD-3': 'passed',
      // skip() is written as a testcase named "3": BD-4 is nowhere; subtests
      // are not testcases (BD-15); skip_all (BD-10) is an empty suite.
      'BD-5': 'failed',
      'BD-6': 'failed',
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'failed',
      'BD-12': 'passed' // a TODO test that fails is "ok" in TAP
    })
  })

  it('TAP::Formatter::JUnit: a TODO test that passed passed, an unplanned test failed, as prove counts them', () => {
    const more = parseFixture(
      'tap-formatter-junit/tap-formatter-junit-more.xml'
    )
    expect(
      statusesByMarker(['tap-formatter-junit/tap-formatter-junit-more.xml'])
    ).toEqual({
      'BD-20': 'passed',
      // <error type="TodoTestSucceeded">: prove says "TODO passed", and the
      // script passes; shown as a warning.
      'BD-21': 'passed',
      'BD-22': 'passed', // a TODO test that fails
      'BD-23': 'passed',
      'BD-24': 'passed',
      // <error type="UnplannedTest">: prove's "Failed test: 3".
      'BD-25': 'failed',
      // plan_less.t's Bad plan is its suite's error, a (suite) test.
      'BD-26': 'passed',
      'BD-27': 'passed',
      // The skip_all subtest is a testcase named "1": BD-32 is nowhere.
      'BD-33': 'passed',
      'BD-34': 'failed',
      'BD-36': 'passed',
      // BAIL_OUT: zzz_after_bail.t (BD-40) never ran.
      'BD-37': 'passed'
    })
    expect(only(more, '2 - BD-21 todo that passes').problems).toEqual([
      {
        kind: 'warning',
        message: 'BD-21 not implemented yet',
        type: 'TodoTestSucceeded',
        details:
          'ok 2 - BD-21 todo that passes # TODO BD-21 not implemented yet'
      }
    ])
    expect(
      only(more, '3 - BD-25 three (not planned)').problems[0].message
    ).toBe('Not in the plan: the script ran more tests than it planned.')
  })
})

describe('EUnit (eunit_surefire) and meson test', () => {
  const EUNIT = ['eunit/TEST-bd_shop_tests.xml', 'eunit/TEST-bd_slow_tests.xml']
  const MESON = 'meson/testlog.junit.xml'

  it('EUnit: statuses per marker', () => {
    expect(statusesByMarker(EUNIT)).toEqual({
      'BD-1': 'passed',
      'BD-2': 'failed', // ?assertEqual
      'BD-3': 'blocked', // erlang:error: an <error>, EUnit counts it failed
      'BD-4': 'blocked', // throw
      // The group title 'BD-5 checkout' is not written (BD-5 is nowhere);
      // BD-6 is in the generator's name, inside its funs' names.
      'BD-6': 'failed',
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'blocked',
      'BD-10': 'passed',
      'BD-11': 'failed', // ?_assertMatch
      'BD-12': 'blocked', // its setup crashed ("fixture setup [1,15]")
      // BD-13 and BD-14, cancelled with their setup, are not written;
      // BD-16, cancelled by the timeout before it, neither.
      'BD-15': 'failed', // timed out
      'BD-17': 'passed',
      'BD-18': 'blocked',
      'BD-19': 'passed'
    })
  })

  it('EUnit: a failed assertion is a failure, though written as <error type="error">', () => {
    const shop = parseFixture('eunit/TEST-bd_shop_tests.xml')
    const cart = only(shop, 'bd_shop_tests:0 [BD-2] cart total is wrong_test')
    expect(cart.outcome).toBe('failure')
    expect(cart.problems).toEqual([
      expect.objectContaining({ kind: 'failure', type: 'assertEqual' })
    ])
    expect(cart.problems[0].details).toContain('{expected,42}')
    expect(cart.output).toContain('cart has 3 items')
    const comment = buildComment('failure', 'Failed', [cart], {})
    expect(comment).toContain('failure assertEqual')
    expect(comment).toContain('{value,41}')
    // A crash stays an error.
    const crash = only(shop, 'bd_shop_tests:0 BD-3: crashes with an error_test')
    expect(crash.problems).toEqual([
      expect.objectContaining({ kind: 'error', type: 'error' })
    ])
    expect(crash.problems[0].details).toContain('**error:badarith_boom')
  })

  it('EUnit: a timeout (<skipped type="timeout">) is a failure', () => {
    const slow = parseFixture('eunit/TEST-bd_slow_tests.xml')
    const timedOut = only(
      slow,
      'bd_slow_tests:0 -slow_test_/0-fun-0- (BD-15 times out)'
    )
    expect(timedOut.outcome).toBe('failure')
    expect(timedOut.problems).toEqual([
      expect.objectContaining({
        kind: 'failure',
        type: 'timeout',
        message: 'timed out'
      })
    ])
    expect(timedOut.problems[0].details).toContain('in function timer:sleep/1')
    // Without a stack trace, eunit_surefire writes it self-closed.
    const [bare] = parseSuite(
      '<testcase name="m:0 slow_test"><skipped type="timeout"/></testcase>'
    )
    expect(bare.outcome).toBe('failure')
    expect(bare.problems[0].message).toBe('timed out')
  })

  it('EUnit: only its assertions are read so, not any <error type="error">', () => {
    const [other, crash] = parseSuite(
      '<testcase name="a"><error type="error">**error:{assertEqual,[{module,m}]}</error></testcase>' +
        '<testcase name="b"><error type="error">::in function m:b/0 (m.erl, line 3)\n**error:{badmatch,2}</error></testcase>'
    )
    expect(other.outcome).toBe('error')
    expect(crash.outcome).toBe('error')
  })

  it('EUnit: titles, hostile names and the failed setup', () => {
    const shop = parseFixture('eunit/TEST-bd_shop_tests.xml')
    const hostile = only(
      shop,
      'bd_shop_tests:0 -titled_test_/0-fun-0- (BD-9 renders <b onmouseover=alert(1)> & "quotes" &amp; ünïcödé 🚀)'
    )
    expect(hostile.outcome).toBe('error')
    expect(hostile.problems[0].details).toContain(
      '**error:{expected,"<img src=x onerror=alert(1)> & ]]>"}'
    )
    // eunit_surefire drops control characters: the ANSI colour's ESC.
    expect(hostile.output).toContain('<b>output</b> & &amp; ]]> [31mred[0m')
    expect(
      only(shop, 'bd_shop_tests:0 BD-17 renders <b>&"q" ünïcödé_test').outcome
    ).toBe('passed')
    const setup = only(shop, 'fixture setup [1,15] (BD-12 database)')
    expect(setup.problems[0].details).toContain(
      '**error:{database_down,"connection refused"}'
    )
    expect(setup.suites).toEqual(["module 'bd_shop_tests'"])
    expect(setup.classname).toBe('')
  })

  it('meson: statuses per marker', () => {
    expect(statusesByMarker([MESON])).toEqual({
      'BD-1': 'passed',
      'BD-2': 'failed',
      'BD-3': 'failed', // SIGSEGV
      'BD-4': 'skipped', // exit 77
      'BD-5': 'failed', // suite: 'BD-5 checkout' is in the name
      'BD-7': 'passed',
      'BD-8': 'passed',
      'BD-9': 'failed',
      'BD-10': 'blocked', // exit 99: ERROR
      'BD-12': 'passed', // should_fail that fails: EXPECTEDFAIL
      // meson writes no element for a TIMEOUT or an UNEXPECTEDPASS of an
      // exit-code test: both read as passed (README.md).
      'BD-13': 'passed',
      'BD-14': 'passed',
      'BD-15': 'passed',
      'BD-16': 'failed',
      'BD-17': 'skipped', // # SKIP
      'BD-18': 'passed', // not ok # TODO
      'BD-19': 'failed', // ok # TODO: "Test unexpected passed."
      'BD-20': 'failed', // the TAP test: its suite, its subtests' classname
      'BD-21': 'failed',
      'BD-22': 'passed',
      'BD-23': 'blocked', // the TAP program crashed after 1 of 3 subtests
      'BD-24': 'passed'
    })
  })

  it('meson: names, output beside bare failures, raw ESC read', () => {
    const meson = parseFixture(MESON)
    const cart = only(meson, 'bd-shop / [BD-2] cart total is wrong')
    expect(cart).toEqual(
      expect.objectContaining({
        classname: 'bd-shop',
        suites: ['bd-shop'],
        outcome: 'failure',
        problems: [{ kind: 'failure', message: '', type: '', details: '' }],
        output:
          'cart has 3 items\ncart total is wrong\nexpected 42, got 41\nsecond line of the message'
      })
    )
    // meson writes the ESC of ANSI colours raw (not XML 1.0): read all the same.
    const hostile = only(
      meson,
      'bd-shop / BD-9 renders <b onmouseover=alert(1)> & "quotes" &amp; ünïcödé 🚀'
    )
    expect(hostile.output).toContain('<b>output</b> & &amp; ]]> \u001b[31mred')
    expect(hostile.output).toContain(
      'expected <img src=x onerror=alert(1)> & "quotes" &amp; ]]> ünïcödé 🚀\nline two <tag>'
    )
    expect(
      only(meson, 'bd-shop:BD-5 checkout / computes shipping').outcome
    ).toBe('failure')
    // A TAP subtest's failure is bare: its suite's output is the TAP stream.
    const shipping = only(meson, '2 - computes shipping')
    expect(shipping.classname).toBe('bd-shop.bd-shop / BD-20 tap checkout')
    expect(shipping.outputOfSuite).toBe(true)
    expect(shipping.output).toContain('message: expected 5, got 0')
    expect(
      only(meson, '5 - BD-19 tap todo that passes').problems[0].details
    ).toBe('Test unexpected passed.')
  })

  it('meson: the reason of a skip, written only as the output, is kept', () => {
    const meson = parseFixture(MESON)
    const reasonOf = (name: string): string =>
      buildComment('skipped', 'Skipped', [only(meson, name)], {})
    expect(reasonOf('bd-shop / BD-4 skipped feature')).toContain(
      'Reason: feature not ready: &lt;b&gt;later&lt;/b&gt; &amp; soon'
    )
    expect(reasonOf('3 - gift wraps')).toContain(
      'Reason: wrapping paper out of stock'
    )
    expect(reasonOf('3 - BD-17 tap skipped')).toContain(
      'Reason: feature not ready'
    )
  })

  it("a bare <skipped/> does not take a behave or cucumber scenario's step log for its reason", () => {
    const reasonOf = (file: string, name: string): string => {
      const html = buildComment(
        'skipped',
        'Skipped',
        [only(parseFixture(file), name)],
        {}
      )
      return /<p>Reason: (.*?)<\/p>/.exec(html)?.[1] ?? ''
    }
    // Their output is the scenario's steps, each with its status: no reason.
    expect(reasonOf('behave/behave-junit.xml', 'skipped by tag')).toBe('')
    expect(reasonOf('cucumber/cucumber-junit.xml', 'skipped step')).toBe('')
    expect(reasonOf('cucumber13/cucumber-junit.xml', 'skipped step')).toBe('')
    // What says why is still taken (Boost.Test, dart's tojunit, meson).
    expect(reasonOf('boost-test/boost-test.xml', 'skipped_test')).toMatch(
      /^Test case disabled because of the following chain of decision/
    )
    expect(
      reasonOf(
        'third-party/dart/dart-tojunit-example.xml',
        'skipped top level test'
      )
    ).toBe('Skip: reason for skipping')
    expect(reasonOf(MESON, '3 - gift wraps')).toBe(
      'wrapping paper out of stock'
    )
  })

  it('meson: a TAP program that dies after its subtests is an error of its test', () => {
    const meson = parseFixture(MESON)
    const crashed = meson.filter(
      (tc) => tc.classname === 'bd-shop.bd-shop / BD-23 tap dies midway'
    )
    expect(crashed.map((tc) => [tc.name, tc.outcome])).toEqual([
      ['1 - BD-24 first step', 'passed'],
      [SUITE_TEST_NAME, 'error']
    ])
    expect(crashed[1].problems).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: 'test program exited with status code -11'
      })
    ])
    expect(crashed[1].output).toContain('ok 1 - BD-24 first step')
  })
})

describe('Qt Test (junitxml), Qt 5 and Qt 6', () => {
  const QT5 = fixtureReports('qtest').filter((f) => f.startsWith('qtest/qt5/'))
  const QT6 = fixtureReports('qtest').filter((f) => f.startsWith('qtest/qt6/'))

  it('the cart, as Qt counts it (Totals: 13 passed, 11 failed, 3 skipped): Qt 6, and Qt 5 with -v2', () => {
    for (const file of [
      'qtest/qt6/cart.xml',
      'qtest/qt6/cart-v2.xml',
      'qtest/qt5/cart-v2.xml'
    ])
      expect([file, outcomes(parseFixture(file))]).toEqual([
        file,
        { passed: 13, failure: 11, error: 0, skipped: 3 }
      ])
    // Qt 5 does not write the data rows that passed without a message
    // (three of testDiscount, one of test_bd126_…, one of testBd128Rows).
    expect(outcomes(parseFixture('qtest/qt5/cart.xml'))).toEqual({
      passed: 9,
      failure: 11,
      error: 0,
      skipped: 3
    })
  })

  it('the classes of lifecycle_test, as Qt counts each', () => {
    const counts = (file: string) => outcomes(parseFixture(file))
    for (const qt of ['qt5', 'qt6']) {
      // Totals: 2 passed, 3 failed (init, cleanup, cleanupTestCase)
      expect(counts(`qtest/${qt}/TestBd144Hooks.xml`)).toEqual({
        passed: 2,
        failure: 3,
        error: 0,
        skipped: 0
      })
      // Totals: 3 passed: no error, though Qt 5 counts its messages as errors
      expect(counts(`qtest/${qt}/TestBd148Logs.xml`)).toEqual({
        passed: 3,
        failure: 0,
        error: 0,
        skipped: 0
      })
      // Totals: 1 passed (cleanupTestCase), 1 failed (initTestCase)
      expect(counts(`qtest/${qt}/TestBd140SetupFails.xml`)).toEqual({
        passed: 1,
        failure: 1,
        error: 0,
        skipped: 0
      })
    }
    // QSKIP in initTestCase. Qt 5: 1 passed (cleanupTestCase), 1 skipped;
    // Qt 6: 0 passed, 1 skipped, though it writes cleanupTestCase too.
    expect(counts('qtest/qt5/TestBd142SkipsAll.xml')).toEqual({
      passed: 1,
      failure: 0,
      error: 0,
      skipped: 1
    })
    expect(
      parseFixture('qtest/qt6/TestBd142SkipsAll.xml').map((t) => [
        t.name,
        t.outcome
      ])
    ).toEqual([['initTestCase', 'skipped']])
  })

  it('statuses per marker: Qt 5 (-v2) reads as Qt 6', () => {
    const expected = {
      'BD-101': 'passed',
      'BD-102': 'failed', // QCOMPARE
      'BD-103': 'failed', // QVERIFY
      'BD-104': 'failed', // QVERIFY2
      'BD-105': 'failed', // QFAIL
      'BD-106': 'skipped', // QSKIP
      'BD-107': 'passed', // XFAIL
      'BD-108': 'failed', // XPASS
      'BD-109': 'failed',
      'BD-110': 'passed',
      'BD-111': 'failed', // QTest::ignoreMessage unmet
      'BD-112': 'passed', // QBENCHMARK
      'BD-113': 'failed', // QTRY_COMPARE timed out
      'BD-115': 'failed',
      'BD-116': 'failed',
      // Data rows, by their tags
      'BD-121': 'passed',
      'BD-122': 'passed',
      'BD-123': 'failed',
      'BD-124': 'skipped',
      'BD-125': 'passed',
      'BD-126': 'passed',
      'BD-128': 'passed', // a row passed, a row skipped
      'BD-140': 'failed', // initTestCase failed
      'BD-144': 'failed', // cleanupTestCase failed
      'BD-145': 'failed', // init() failed
      'BD-146': 'failed', // cleanup() failed
      'BD-147': 'passed',
      'BD-148': 'passed',
      'BD-149': 'passed',
      'BD-150': 'passed',
      'BD-151': 'failed' // an exception Qt caught
    }
    const qt6 = QT6.filter((f) => !f.endsWith('/cart.xml'))
    const qt5 = QT5.filter(
      (f) => !f.endsWith('/cart.xml') && !f.endsWith('/crash-segfault.xml')
    )
    expect(statusesByMarker(qt6)).toEqual({ ...expected, 'BD-142': 'skipped' })
    // Qt 5 counts the cleanupTestCase after the skipped initTestCase as passed.
    expect(statusesByMarker(qt5)).toEqual({ ...expected, 'BD-142': 'passed' })
  })

  it('Qt 5: a QSKIP, written only as a comment, is a skip with its reason', () => {
    const cart = parseFixture('qtest/qt5/cart.xml')
    const skipped = only(cart, 'testBd106SkippedWithReason')
    expect(skipped.outcome).toBe('skipped')
    expect(skipped.problems).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        message: 'not on this platform <linux> & "ci"'
      })
    ])
    expect(
      only(parseFixture('qtest/qt5/TestBd142SkipsAll.xml'), 'initTestCase')
        .outcome
    ).toBe('skipped')
  })

  it("Qt 5: messages counted as the suite's errors are no failure of the suite", () => {
    const logs = parseFixture('qtest/qt5/TestBd148Logs.xml')
    expect(logs.map((t) => t.name)).not.toContain(SUITE_TEST_NAME)
  })

  it("Qt 5: a data row's failure or skip is a test of its own, named as Qt 6 names it", () => {
    const cart = parseFixture('qtest/qt5/cart.xml')
    expect(
      cart
        .filter((t) => /^test(?:Discount|Bd128Rows)/.test(t.name))
        .map((t) => [t.name, t.outcome])
    ).toEqual([
      ['testDiscount(BD-123 bulk <10> & "more")', 'failure'],
      ['testDiscount(BD-124 skipped row)', 'skipped'],
      // result="pass": a row passed, which Qt 5 does not name.
      ['testBd128Rows', 'passed'],
      ['testBd128Rows(slow)', 'skipped']
    ])
    const rowNames = (file: string) =>
      parseFixture(file)
        .filter((t) => t.name.startsWith('testDiscount'))
        .map((t) => t.name)
    expect(rowNames('qtest/qt5/cart-v2.xml')).toEqual(
      rowNames('qtest/qt6/cart.xml')
    )
  })

  it("Qt 5: a test's messages are its output, not its suite's", () => {
    const cart = parseFixture('qtest/qt5/cart.xml')
    const messages = only(cart, 'testBd109Messages')
    expect(messages.output).toBe(
      'debug line\ninfo line\nwarning <tag> & "quoted"\ncritical line'
    )
    expect(messages.outputOfSuite).toBeUndefined()
    expect(only(cart, 'testBd113TryCompareTimesOut').output).toBe('')
    const crashed = only(
      parseFixture('qtest/qt5/crash-segfault.xml'),
      'testBd151Crashes'
    )
    expect(crashed.problems[0].message).toBe('Received a fatal error.')
    expect(crashed.output).toContain('Received signal 11')
  })

  it("Qt 6: a failure's description is one message again, as Qt 5 writes it", () => {
    for (const qt of ['qt5', 'qt6']) {
      const cart = parseFixture(`qtest/${qt}/cart.xml`)
      expect([qt, only(cart, 'test_bd102_total_is_wrong').problems]).toEqual([
        qt,
        [
          expect.objectContaining({
            kind: 'failure',
            message:
              'Compared values are not the same\n   Actual   (total): 4\n   Expected (5)    : 5',
            details: ''
          })
        ]
      ])
      expect(only(cart, 'testBd104VerifyWithMessage').problems[0].message).toBe(
        "'false' returned FALSE. (stock of <apple> & \"pear\" is 'low'\nsecond line of the message)"
      )
    }
  })

  it("Qt 6: a test's output is its messages, without the report's indentation", () => {
    const cart = parseFixture('qtest/qt6/cart.xml')
    expect(only(cart, 'testBd109Messages').output).toBe(
      'debug line\ninfo line\nwarning <tag> & "quoted"\ncritical line'
    )
  })

  it('Qt 5 is read the same in pieces', () => {
    for (const file of ['qtest/qt5/cart.xml', 'qtest/qt5/cart-v2.xml']) {
      const whole = parseFixture(file)
      const inPieces = junitCases(parseJUnit(fixtureText(file), file, 200))
      expect(inPieces).toEqual(whole)
    }
  })

  it('only Qt 5 reports are read with their comments', () => {
    // A Qt 5 report: a comment of type skip is a skip.
    const qt5 = (property: string) =>
      parseReportText(
        '<testsuite errors="1" failures="0" tests="1" name="T">' +
          `<properties>${property}</properties>` +
          '<testcase name="testA"><!-- message="later" type="skip" --></testcase>' +
          '</testsuite>'
      )[0].outcome
    expect(qt5('<property value="5.15.8" name="QTestVersion"/>')).toBe(
      'skipped'
    )
    expect(qt5('<property name="QTestVersion" value="6.4.2"/>')).toBe('passed')
    expect(qt5('<property value="5.15.8" name="Version"/>')).toBe('passed')
  })
})

describe('Ginkgo v1 (reporters.NewJUnitReporter)', () => {
  const junit = parseFixture('ginkgo/junit.xml')

  it('as Ginkgo counts (6 passed, 12 failed, 3 pending, 1 skipped): pending specs are skipped', () => {
    expect(outcomes(junit)).toEqual({
      passed: 6,
      failure: 12,
      error: 0,
      skipped: 4
    })
    expect(outcomes(parseFixture('ginkgo/junit-report-passed.xml'))).toEqual(
      outcomes(junit)
    )
    // -nodes=2: each node's specs in its own file.
    expect(
      outcomes([
        ...parseFixture('ginkgo/junit-parallel_1.xml'),
        ...parseFixture('ginkgo/junit-parallel_2.xml')
      ])
    ).toEqual(outcomes(junit))
  })

  it('-flakeAttempts=2: each attempt is a testcase; 7 passed (1 flaked), 11 failed', () => {
    const flaky = parseFixture('ginkgo/junit-flake-attempts.xml')
    const distinct = new Map(flaky.map((t) => [t.name, t.outcome]))
    const counts: Record<string, number> = {}
    for (const outcome of distinct.values())
      counts[outcome] = (counts[outcome] ?? 0) + 1
    expect(counts).toEqual({ passed: 6, flaky: 1, failure: 11, skipped: 4 })
    expect(statusesByMarker(['ginkgo/junit-flake-attempts.xml'])).toMatchObject(
      { 'BD-179': 'passed', 'BD-180': 'failed' }
    )
  })

  it('a failed BeforeSuite (and AfterSuite) is a failure of the suite, its marker in the classname', () => {
    const suite = parseFixture('ginkgo/junit-before-suite.xml')
    expect(suite.map((t) => [t.name, t.outcome])).toEqual([
      ['BeforeSuite', 'failure'],
      ['AfterSuite', 'failure']
    ])
    expect(statusesByMarker(['ginkgo/junit-before-suite.xml'])).toEqual({
      'BD-190': 'failed'
    })
  })

  it("a failure's message is Ginkgo's, its details start there, and the spec's location is where the test is", () => {
    const total = only(junit, 'Cart [BD-162] computes the total')
    expect(total.problems).toEqual([
      expect.objectContaining({
        kind: 'failure',
        type: 'Failure',
        message: 'Expected\n    <int>: 4\nto equal\n    <int>: 5'
      })
    ])
    expect(total.problems[0].details).toMatch(
      /^Expected\n[\s\S]*\nto equal\n {4}<int>: 5\n\/\S+\/cart\/cart_test\.go:30$/
    )
    expect(total.file).toMatch(/\/cart\/cart_test\.go$/)
    expect(total.line).toBe(27)
    expect(total.output).toBe('STEP: adding two items\ncart holds 2 items\n')
    // A panic: its value, the spec's location (its runtime file is no test's).
    const panic = only(junit, 'Cart BD-165 panics')
    expect(panic.problems[0].message).toBe(
      'Test Panicked: assignment to entry in nil map'
    )
    expect(panic.problems[0].details).toContain('Full stack:')
    expect(panic.line).toBe(41)
    // A passed test has no file.
    expect(only(junit, 'Cart BD-161 adds an item').file).toBe('')
  })

  it("Skip()'s reason is its message alone; a pending spec has none", () => {
    expect(only(junit, 'Cart BD-169 skips itself').problems).toEqual([
      {
        kind: 'skipped',
        message: 'not on this platform <linux> & "ci"',
        type: '',
        details: ''
      }
    ])
    expect(only(junit, 'Cart BD-167 pending with PIt').problems).toEqual([
      { kind: 'skipped', message: '', type: '', details: '' }
    ])
  })

  it("only Ginkgo v1's reports are read so", () => {
    const failure =
      '<testcase name="t" classname="s" time="0"><failure type="Failure">/w/a_test.go:3&#xA;boom&#xA;/w/a_test.go:4</failure></testcase>'
    const [ginkgo] = parseReportText(
      `<testsuite name="s" tests="1" failures="1" errors="0" time="0.1">${failure}</testsuite>`
    )
    expect(ginkgo.problems[0].message).toBe('boom')
    const [other] = parseReportText(
      `<testsuite name="s" tests="1" failures="1" time="0.1">${failure}</testsuite>`
    )
    expect(other.problems[0].message).toBe('')
    expect(other.problems[0].details).toBe(
      '/w/a_test.go:3\nboom\n/w/a_test.go:4'
    )
  })
})

describe('Criterion 2.4.1 (--xml)', () => {
  const criterion = parseFixture('criterion/criterion.xml')
  /** Every report of the whole run: the options change no outcome. */
  const WHOLE_RUN = fixtureReports('criterion').filter(
    (file) => !file.endsWith('fail-fast.xml')
  )

  it.each(WHOLE_RUN)(
    '%s: as Criterion counts (Tested: 32 | Passing: 11 | Failing: 21 | Crashing: 4), its 2 disabled and skipped tests skipped',
    (file) => {
      // Failing: 16 FAILED and 5 ERRORED (4 crashes and a timeout).
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 11,
        failure: 16,
        error: 5,
        skipped: 2
      })
    }
  )

  it('--fail-fast: as Criterion counts (Tested: 3 | Passing: 2 | Failing: 1)', () => {
    expect(outcomes(parseFixture('criterion/criterion-fail-fast.xml'))).toEqual(
      { passed: 2, failure: 1, error: 0, skipped: 0 }
    )
  })

  it('a parameterized test is one testcase per parameter, all of one name: 2 failed and 2 passed, not retries', () => {
    expect(
      named(criterion, 'test_bd227_quantities').map((t) => t.outcome)
    ).toEqual(['failure', 'passed', 'failure', 'passed'])
    expect(statusesByMarker(['criterion/criterion.xml'])).toMatchObject({
      'BD-227': 'failed',
      'BD-228': 'passed',
      'BD-229': 'failed'
    })
  })

  it('its failed assertions, which it writes last first, are read first failed first', () => {
    const details = (name: string) => only(criterion, name).problems[0].details
    expect(details('test_bd203_several_expects')).toBe(
      'tests/cart.c:21: first expect fails\ntests/cart.c:22: second expect fails'
    )
    expect(details('test_bd213_expect_then_assert')).toBe(
      'tests/cart.c:68: an expect fails first\ntests/cart.c:69: then the assert stops it'
    )
    // A message over several lines stays whole.
    expect(details('test_bd202_total_is_wrong')).toBe(
      `tests/cart.c:17: the total is wrong: <b> & "quoted" 'x'\n        second line of the message`
    )
    expect(only(criterion, 'test_bd229_divides').problems[0].details).toMatch(
      /^tests\/fixtures\.c:56: 7 is not divisible by 2\n/
    )
  })

  it('crashes and timeouts are errors; a wrong exit code or a missing signal a failure', () => {
    const problem = (name: string) => {
      const [first] = only(criterion, name).problems
      return [first.kind, first.type, first.message]
    }
    expect(problem('test_bd215_segfaults')).toEqual([
      'error',
      'crash',
      'The test crashed.'
    ])
    expect(problem('test_bd221_times_out')).toEqual([
      'error',
      'timeout',
      'The test timed out.'
    ])
    expect(problem('test_bd219_exit_code_wrong')).toEqual([
      'failure',
      'assert',
      '0 assertion(s) failed.'
    ])
    // A failed .fini is written as passed, as Criterion counts it.
    expect(only(criterion, 'test_bd224_fini_fails').outcome).toBe('passed')
  })
})

describe('LuaUnit 3.4 (--output junit --name FILE)', () => {
  const luaunit = parseFixture('luaunit/luaunit-junit.xml')
  /** Every report of the whole run: Lua 5.1, the environment, --repeat, --shuffle. */
  const WHOLE_RUN = fixtureReports('luaunit').filter(
    (file) => !/-(?:names|stop|pattern)-junit\.xml$/.test(file)
  )
  const problem = (testCases: readonly TestCase[], name: string) =>
    only(testCases, name).problems[0]

  it.each(WHOLE_RUN)(
    '%s: as LuaUnit counts (Ran 22 tests, 5 successes, 13 failures, 4 errors, 2 skipped)',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 5,
        failure: 13,
        error: 4,
        skipped: 2
      })
    }
  )

  it('--pattern bd43 --exclude bd435, and --failure: only the tests run', () => {
    expect(outcomes(parseFixture('luaunit/luaunit-pattern-junit.xml'))).toEqual(
      { passed: 2, failure: 4, error: 1, skipped: 2 }
    )
    expect(
      parseFixture('luaunit/luaunit-stop-junit.xml').map((t) => [
        t.name,
        t.outcome
      ])
    ).toEqual([['TestBd451Shipping.test_costs_5_below', 'failure']])
  })

  it('reads the message it writes as the type, not its stack traceback, as the message', () => {
    expect(problem(luaunit, 'TestCart.test_bd431_total_is_wrong')).toEqual({
      kind: 'failure',
      message: 'test_cart.lua:22: expected: 5, actual: 4',
      type: '',
      details:
        "stack traceback:\n\ttest_cart.lua:22: in upvalue 'TestCart.test_bd431_total_is_wrong'"
    })
    // Over several lines (tables, strings), with `< & " '` unescaped.
    expect(
      problem(luaunit, 'TestCart.test_bd433_multiline_receipt').message
    ).toBe(
      'test_cart.lua:30: expected: \n"apple 2\npear 3\ntotal 6"\nactual: \n"apple 2\npear 3\ntotal 5"'
    )
    expect(problem(luaunit, 'TestCart.test_bd441_escaped_values').message).toBe(
      `test_cart.lua:66: expected: "<i> & 'single'"\nactual: '<b> & "quoted"'`
    )
    // error() with a table: no place, no frame.
    expect(problem(luaunit, 'TestCart.test_bd445_error_table')).toMatchObject({
      kind: 'error',
      message: '{code=42}',
      details: 'stack traceback:'
    })
    // A failed setUp is its test's error.
    expect(problem(luaunit, 'TestCheckoutSetup.test_bd449_pays')).toMatchObject(
      { kind: 'error', message: 'test_cart.lua:102: database not reachable' }
    )
    const said = failureText(
      problem(luaunit, 'TestCart.test_bd432_tables_differ'),
      'TestCart.test_bd432_tables_differ'
    )
    expect(said.headline).toBe('test_cart.lua:26: expected: {"apple", "plum"}')
  })

  it("skips with lu.skip's reason; --repeat says in which iteration", () => {
    expect(problem(luaunit, 'TestCart.test_bd437_skipped')).toMatchObject({
      kind: 'skipped',
      message: '',
      details: 'coupons are off on Fridays'
    })
    const repeat = parseFixture('luaunit/luaunit-repeat-junit.xml')
    expect(problem(repeat, 'TestCart.test_bd431_total_is_wrong').message).toBe(
      'test_cart.lua:22: iteration 1, expected: 5, actual: 4'
    )
  })

  it('statuses per marker: class and function names, `test BD-448 …` keys', () => {
    expect(statusesByMarker(['luaunit/luaunit-junit.xml'])).toEqual({
      'BD-430': 'passed',
      'BD-431': 'failed',
      'BD-432': 'failed',
      'BD-433': 'failed',
      'BD-434': 'failed',
      'BD-435': 'blocked',
      'BD-436': 'blocked',
      'BD-437': 'skipped',
      'BD-438': 'skipped',
      'BD-439': 'passed',
      'BD-440': 'failed',
      'BD-441': 'failed',
      'BD-442': 'failed',
      'BD-443': 'failed',
      'BD-444': 'failed',
      'BD-445': 'blocked',
      'BD-446': 'passed',
      'BD-447': 'failed',
      'BD-448': 'passed',
      'BD-449': 'blocked',
      'BD-450': 'failed',
      'BD-451': 'failed',
      'BD-452': 'failed'
    })
  })

  it('a name it writes unescaped (`<`, `&`, `"`) is read leniently, up to its `"`', () => {
    const testCases = parseFixture('luaunit/luaunit-names-junit.xml')
    expect(testCases.map((t) => [t.name, t.outcome])).toEqual([
      ['TestNames.test BD-453 coupon <10> &', 'failure'],
      ['TestNames.test BD-454 plain name', 'passed']
    ])
  })
})

describe("Nim 1.6's unittest (newJUnitOutputFormatter)", () => {
  const nim = parseFixture('nim-unittest/nim-unittest-junit.xml')

  it.each([
    'nim-unittest/nim-unittest-junit.xml',
    'nim-unittest/nim-unittest-release-junit.xml'
  ])(
    '%s: as its console says (12 [FAILED], 3 [OK], 1 [SKIPPED]), its exceptions errors',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 3,
        failure: 9,
        error: 3,
        skipped: 1
      })
    }
  )

  it('its first failed check is the message, later ones its text; an exception an error', () => {
    expect(only(nim, 'BD-432 two checks fail').problems[0]).toMatchObject({
      kind: 'failure',
      message:
        '/work/main/__fixtures__/generators/nim-unittest/tests/test_cart.nim(31, 12): Check failed: t == 4'
    })
    expect(only(nim, 'BD-435 raises an exception').problems[0]).toMatchObject({
      kind: 'error',
      message: 'Unhandled exception: no plums left [OutOfStock]'
    })
    // A name with `< & " '`, escaped; a test outside any suite.
    expect(only(nim, `BD-440 coupon <10> & "quoted" 'name'`).outcome).toBe(
      'failure'
    )
    expect(only(nim, 'BD-445 outside a suite').suites).toEqual([])
  })

  it('a filter on the command line writes the tests run; NIMTEST_ABORT_ON_ERROR leaves the report unclosed', () => {
    expect(
      parseFixture('nim-unittest/nim-unittest-filter-junit.xml').map((t) =>
        t.name.slice(0, 6)
      )
    ).toEqual([
      'BD-430',
      'BD-431',
      'BD-432',
      'BD-433',
      'BD-434',
      'BD-435',
      'BD-436',
      'BD-437',
      'BD-438',
      'BD-439'
    ])
    expect(() =>
      parseJUnit(
        fixtureText('nim-unittest/nim-unittest-abort-junit.xml'),
        'nim-unittest-abort-junit.xml'
      )
    ).toThrow(/looks truncated/)
  })
})

describe("Crystal 1.6's spec runner (crystal spec --junit_output)", () => {
  const crystal = parseFixture('crystal-spec/crystal-spec-junit.xml')
  const names = (file: string) => parseFixture(file).map((t) => t.name)

  it('as its console counts (26 examples, 14 failures, 4 errors, 2 pending), each test named by its full description', () => {
    expect(outcomes(crystal)).toEqual({
      passed: 6,
      failure: 14,
      error: 4,
      skipped: 2
    })
    // Its describe blocks' descriptions and its own, joined by spaces; no
    // suite but the report's one, the spec file as the classname.
    const nested = only(
      crystal,
      'Cart BD-920 checkout BD-921 with a coupon BD-922 has its own marker'
    )
    expect(nested).toMatchObject({
      classname: 'spec.cart_spec',
      suites: [],
      file: '/work/main/__fixtures__/generators/crystal-spec/spec/cart_spec.cr'
    })
    expect(only(crystal, 'BD-924 outside a describe').outcome).toBe('passed')
    // Crystal writes small times with an exponent (`1.486e-6`).
    expect(only(crystal, 'Cart BD-900 adds an item').seconds).toBeGreaterThan(0)
  })

  it('writes a failed expectation as a failure, its values the message, the backtrace the text; an exception as an error of its class', () => {
    expect(
      only(crystal, 'Cart BD-901 total is wrong').problems[0]
    ).toMatchObject({
      kind: 'failure',
      message: 'Expected: 5\n     got: 4',
      type: ''
    })
    expect(
      only(crystal, 'Cart BD-901 total is wrong').problems[0].details
    ).toContain("spec/cart_spec.cr:15:5 in '->'")
    expect(
      only(crystal, 'Cart BD-902 raises an exception').problems[0]
    ).toMatchObject({
      kind: 'error',
      message: 'no plums left',
      type: 'OutOfStock'
    })
    // Raised without a message: no message at all.
    expect(
      only(crystal, 'Cart BD-914 raises an exception without a message')
        .problems[0]
    ).toMatchObject({ kind: 'error', message: '', type: 'OutOfStock' })
  })

  it('writes a pending test (and pending!) as a bare <skipped/>, and no output', () => {
    for (const name of [
      'Cart BD-905 pending without a block',
      'Cart BD-906 pending with a reason'
    ]) {
      expect(only(crystal, name)).toMatchObject({
        outcome: 'skipped',
        problems: [{ kind: 'skipped', message: '', details: '' }]
      })
    }
    expect(only(crystal, 'Cart BD-908 output then fail').output).toBe('')
  })

  it('--tag, focus: true and --fail-fast write only the tests run; a failing before_each makes its tests errors', () => {
    expect(names('crystal-spec/crystal-spec-tag-junit.xml')).toEqual([
      'Cart shipping BD-923 is free above 50'
    ])
    expect(names('crystal-spec/crystal-spec-focus-junit.xml')).toEqual([
      'BD-930 helpers BD-931 rounds a price'
    ])
    expect(
      outcomes(parseFixture('crystal-spec/crystal-spec-fail-fast-junit.xml'))
    ).toEqual({ passed: 1, failure: 1, error: 0, skipped: 0 })
    expect(
      parseFixture('crystal-spec/crystal-spec-hook-junit.xml').map((t) => [
        t.outcome,
        t.problems[0]?.message
      ])
    ).toEqual([
      ['error', 'before_each failed'],
      ['error', 'before_each failed']
    ])
  })

  it('statuses per marker: every marker of a full description counts (nothing tells its blocks apart)', () => {
    expect(
      statusesByMarker(['crystal-spec/crystal-spec-junit.xml'])
    ).toMatchObject({
      'BD-900': 'passed',
      'BD-901': 'failed',
      'BD-902': 'blocked',
      'BD-905': 'skipped',
      'BD-906': 'skipped',
      'BD-920': 'failed',
      'BD-921': 'failed',
      'BD-922': 'failed',
      'BD-930': 'failed',
      'BD-931': 'failed'
    })
  })
})

describe('CUnit 2.1-3 (Automated interface, CU_automated_enable_junit_xml)', () => {
  /** Its JUnit reports of the tests that pass (it aborts writing a failure). */
  const JUNIT = [
    'cunit/cunit-Results.xml',
    'cunit/cunit-package-Results.xml',
    'cunit/cunit-init-fails-Results.xml',
    'cunit/cunit-inactive-Results.xml'
  ]
  const parseError = (file: string, text = fixtureText(file)) => {
    try {
      parseJUnit(text, file)
    } catch (caught) {
      if (caught instanceof ReportParseError) return caught
      throw caught
    }
    throw new Error(`${file} was read`)
  }

  it.each(JUNIT)(
    '%s: its footer (</CUNIT_TEST_RUN_REPORT>, no </testsuites>) read as the end; as CUnit counts (tests Ran 8, Passed 8), its failed suite cleanup an error',
    (file) => {
      expect(fixtureText(file)).toMatch(
        /<\/CUNIT_FOOTER> \n<\/CUNIT_TEST_RUN_REPORT>$/
      )
      const testCases = parseFixture(file)
      expect(outcomes(testCases)).toEqual({
        passed: 8,
        failure: 0,
        error: 1,
        skipped: 0
      })
      // The suite whose init failed, and the inactive test and suite, are not
      // written; the failed cleanup is a testcase named after its suite.
      const cleanup = only(testCases, 'cleanup_fails')
      expect(cleanup.problems.map((p) => [p.kind, p.details])).toEqual([
        ['error', '"Cleanup of suite failed."']
      ])
      expect(statusesByMarker([file])).toEqual({
        'BD-357': 'passed',
        'BD-361': 'passed',
        'BD-362': 'passed',
        'BD-365': 'passed',
        'BD-368': 'passed',
        'BD-369': 'passed',
        'BD-370': 'passed'
      })
    }
  )

  it('names the class `<package>.<suite>` (`.<suite>` without a package name)', () => {
    expect(
      parseFixture('cunit/cunit-package-Results.xml').map((t) => t.classname)
    ).toContain('shop.cart.test_bd362_checkout')
    expect(
      only(parseFixture('cunit/cunit-Results.xml'), 'applies_to_all').classname
    ).toBe('.test_bd362_checkout')
  })

  it('a test name it writes unescaped (`<`, `&`, `"`) is read leniently, up to its `"`', () => {
    const testCases = parseFixture('cunit/cunit-hostile-name-Results.xml')
    expect(testCases).toHaveLength(10)
    expect(only(testCases, 'BD-371 total < 10 &').outcome).toBe('passed')
  })

  it('a report it stopped writing at the first failed test (it aborts) is refused, saying why', () => {
    const error = parseError('cunit/cunit-abort-Results.xml')
    expect(error.line).toBe(5)
    expect(error.message).toContain('(it looks truncated)')
    expect(error.message).toContain(
      'CUnit 2.1-3 writes its JUnit XML only up to the first failed test, then aborts'
    )
  })

  it('its own formats (JUnit XML not enabled, the test listing) are no JUnit', () => {
    for (const [file, root] of [
      ['cunit/cunit-automated-Results.xml', 'CUNIT_TEST_RUN_REPORT'],
      ['cunit/cunit-automated-Listing.xml', 'CUNIT_TEST_LIST_REPORT']
    ]) {
      expect(parseJUnit(fixtureText(file), file)).toEqual({
        kind: 'not-junit',
        root
      })
    }
  })

  it('its footer is read as the end only at the end of the file', () => {
    const text = fixtureText('cunit/cunit-Results.xml')
    const footerEnd = text.split('\n').length
    const error = parseError('cunit/cunit-Results.xml', `${text}\n<other/>`)
    expect(error.line).toBe(footerEnd)
    expect(error.message).toContain(
      '</CUNIT_TEST_RUN_REPORT> where </testsuites> was expected'
    )
  })
})

describe("mocha 11.8's built-in xunit reporter", () => {
  const xunit = parseFixture('mocha-xunit/mocha-xunit.xml')

  it.each(MOCHA_XUNIT)(
    '%s: as mocha counts (6 passing, 4 pending, 13 failing), not as its suite says (skipped="2")',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 6,
        failure: 13,
        error: 0,
        skipped: 4
      })
    }
  )

  it("a bare <failure>'s text is its message, then the diff and the stack; a failed hook is a testcase in its block", () => {
    const [failure] = only(xunit, '[BD-261] cart total is wrong').problems
    expect([failure.kind, failure.message, failure.type]).toEqual([
      'failure',
      '',
      ''
    ])
    expect(failure.details).toMatch(
      /^Expected values to be strictly equal:\n\n7 !== 8\n/
    )
    expect(
      only(xunit, 'BD-267 price <b> & "quotes" \'single\' compare').problems[0]
        .details
    ).toMatch(/^markup <b> & "q" differs\n/)
    const hook = only(
      xunit,
      '"before each" hook for "first test behind the hook"'
    )
    expect([hook.classname, hook.outcome]).toEqual([
      'BD-277 a failing beforeEach hook',
      'failure'
    ])
    expect(statusesByMarker(['mocha-xunit/mocha-xunit.xml'])).toMatchObject({
      'BD-264': 'skipped',
      'BD-266': 'skipped',
      'BD-273': 'passed',
      'BD-276': 'passed',
      'BD-277': 'failed',
      'BD-278': 'failed',
      'BD-279': 'skipped'
    })
  })

  it('the report on standard output, after what the tests printed, is refused saying so; alone, it is read', () => {
    expect(() =>
      parseJUnit(
        fixtureText('mocha-xunit/mocha-xunit-stdout.xml'),
        'mocha-xunit-stdout.xml'
      )
    ).toThrow(
      /^mocha-xunit-stdout\.xml:1: malformed XML: text before the root element <testsuite> \(line 3\): console output written into the report/
    )
    expect(
      outcomes(parseFixture('mocha-xunit/mocha-xunit-stdout-quiet.xml'))
    ).toEqual({ passed: 1, failure: 2, error: 0, skipped: 1 })
  })
})

describe('Clojure 1.11 clojure.test.junit (with-junit-output)', () => {
  const clojure = parseFixture('clojure-test/clojure-test.xml')

  it.each(CLOJURE_TEST)(
    "%s: its 17 tests as clojure.test counts them, and the :once fixture failure as its suite's",
    (file) => {
      const testCases = parseFixture(file)
      expect(outcomes(testCases)).toEqual({
        passed: 5,
        failure: 11,
        error: 2,
        skipped: 0
      })
      const suite = testCases.filter((t) => t.name === SUITE_TEST_NAME)
      expect(suite.map((t) => [t.suites[0], t.outcome])).toEqual([
        ['checkout-test', 'failure']
      ])
    }
  )

  it('each failed `is` is a failure of its own; an exception outside `is` an error', () => {
    expect(
      only(clojure, 'BD-273-predicate-fails').problems.map((p) => p.message)
    ).toEqual(['', 'quantity must be positive'])
    const [error] = only(clojure, 'BD-265-throws-an-exception').problems
    expect([error.kind, error.message]).toEqual([
      'error',
      'Uncaught exception, not in assertion.'
    ])
    expect(only(clojure, 'cart-discounts').problems[0].message).toBe(
      'markup <b> & "q" differs'
    )
  })

  it('a deftest name holds a marker with hyphens (bd-260-…, BD-261-…); test-bd262-… and `testing` strings none', () => {
    const finder = new MarkerFinder('BD')
    const markers = (name: string) => finder.ofTestCase(only(clojure, name))
    expect(markers('bd-260-adds-item')).toEqual([260])
    expect(markers('BD-261-total-is-wrong')).toEqual([261])
    expect(markers('test-bd262-several-assertions')).toEqual([])
    expect(markers('cart-discounts')).toEqual([])
  })

  it('an :each fixture that throws stops the run: the report is cut off, refused saying so', () => {
    expect(() =>
      parseJUnit(
        fixtureText('clojure-test/clojure-test-fixture-throws.xml'),
        'clojure-test-fixture-throws.xml'
      )
    ).toThrow(/it looks truncated/)
  })
})

describe('Kotlin 1.3 on JUnit 5.9 (ConsoleLauncher, Ant junitlauncher) and JUnit 4 (Ant junit)', () => {
  const console = parseFixture('kotlin/console/TEST-junit-jupiter.xml')
  const launcher = parseFixture(
    'kotlin/junitlauncher/TEST-com.example.shop.CartTest.xml'
  )

  it.each([
    'kotlin/console/TEST-junit-jupiter.xml',
    'kotlin/console-capture/TEST-junit-jupiter.xml'
  ])(
    '%s: as the ConsoleLauncher counts (15 found, 4 successful, 9 failed, 1 aborted, 1 skipped)',
    (file) => {
      // Its 9 failed: 6 assertion failures and 3 exceptions.
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 4,
        failure: 6,
        error: 3,
        skipped: 2
      })
    }
  )

  it.each([
    'kotlin/junitlauncher/TEST-com.example.shop.CartTest.xml',
    'kotlin/junitlauncher-legacy-names/TEST-com.example.shop.CartTest.xml'
  ])(
    '%s: as Ant counts (Tests run: 14, Failures: 9, Aborted: 1, Skipped: 1)',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 4,
        failure: 9,
        error: 0,
        skipped: 2
      })
    }
  )

  it('JUnit 4 under Ant <junit>: as Ant counts (Tests run: 5, Failures: 2, Errors: 1, Skipped: 1)', () => {
    expect(
      outcomes(
        parseFixture('kotlin/junit4/TEST-com.example.shop.CartJUnit4Test.xml')
      )
    ).toEqual({ passed: 1, failure: 2, error: 1, skipped: 1 })
  })

  it('backtick names keep their spaces and markers; dynamic and parameterized tests go by their display names', () => {
    expect(only(console, 'BD-171 total is wrong()').outcome).toBe('failure')
    expect(only(console, 'BD-177 dynamic fails').reportedName).toBe(
      'BD-175 dynamic()[2]'
    )
    expect(named(console, 'BD-178 quantity -1')[0].outcome).toBe('error')
    expect(named(launcher, 'BD-178 quantity -1')[0].outcome).toBe('failure')
    expect(
      statusesByMarker(['kotlin/console/TEST-junit-jupiter.xml'])
    ).toMatchObject({
      'BD-170': 'passed',
      'BD-173': 'blocked',
      'BD-174': 'skipped',
      'BD-175': 'failed',
      'BD-176': 'passed',
      'BD-177': 'failed',
      'BD-178': 'blocked',
      'BD-179': 'skipped'
    })
  })

  it("the skip reasons of @Disabled and a failed assumption; output only with the ConsoleLauncher's capture options, or the class's under Ant", () => {
    expect(
      only(console, 'BD-174 applies a coupon()').problems[0].details.trim()
    ).toBe('coupons are not ready')
    expect(
      only(launcher, 'BD-179 needs the stock service()').problems[0].message
    ).toBe('Assumption failed: stock service is down')
    expect(only(console, 'BD-180 output then fail()').output).toBe('')
    const captured = parseFixture(
      'kotlin/console-capture/TEST-junit-jupiter.xml'
    )
    expect(only(captured, 'BD-180 output then fail()').output).toMatch(
      /to stdout before failing\n[^]*to stderr before failing/
    )
  })
})

describe('Groovy 2.4 on JUnit 4 (Ant junit, the ConsoleLauncher vintage engine) and Spock 0.7', () => {
  const junit4 = parseFixture(
    'groovy/junit4/TEST-com.example.shop.CartTest.xml'
  )
  const spock = parseFixture('groovy/spock/TEST-com.example.shop.CartSpec.xml')
  const vintage = parseFixture('groovy/console/TEST-junit-vintage.xml')

  it('as Ant counts (CartTest: Tests run: 11, Failures: 6, Errors: 2, Skipped: 2; CartSetupTest: 1 error; CartSpec: Tests run: 10, Failures: 5, Errors: 2, Skipped: 1)', () => {
    expect(outcomes(junit4)).toEqual({
      passed: 1,
      failure: 6,
      error: 2,
      skipped: 2
    })
    expect(
      outcomes(
        parseFixture('groovy/junit4/TEST-com.example.shop.CartSetupTest.xml')
      )
    ).toEqual({ passed: 0, failure: 0, error: 1, skipped: 0 })
    expect(outcomes(spock)).toEqual({
      passed: 2,
      failure: 5,
      error: 2,
      skipped: 1
    })
  })

  it('as the ConsoleLauncher counts (22 found, 3 successful, 16 failed, 1 aborted, 2 skipped)', () => {
    expect(outcomes(vintage)).toEqual({
      passed: 3,
      failure: 11,
      error: 5,
      skipped: 3
    })
  })

  it("Groovy string method names and Spock's feature names keep their spaces and markers; @Unroll's rows are tests", () => {
    for (const testCases of [junit4, vintage]) {
      expect(only(testCases, 'BD-552 total is wrong').outcome).toBe('failure')
      expect(only(testCases, 'BD-558 apples & "pears" cost 10').outcome).toBe(
        'failure'
      )
      expect(only(testCases, 'testBD559CamelCase').outcome).toBe('failure')
    }
    expect(only(spock, 'BD-576 output then fail & <escape>').outcome).toBe(
      'failure'
    )
    expect(only(spock, 'BD-572 total of milk at -1 is 0').outcome).toBe('error')
    expect(
      statusesByMarker(['groovy/spock/TEST-com.example.shop.CartSpec.xml'])
    ).toMatchObject({
      'BD-570': 'passed',
      'BD-571': 'failed',
      'BD-572': 'failed',
      'BD-573': 'failed',
      'BD-574': 'skipped',
      'BD-577': 'blocked'
    })
  })

  it("the skip reasons of @Ignore and a failed assumption; the class's output under Ant", () => {
    expect(only(junit4, 'BD-555 applies a coupon').problems[0].message).toBe(
      'coupons are not ready'
    )
    expect(
      only(junit4, 'BD-556 needs the stock service').problems[0].message
    ).toBe('stock service is down')
    const failed = only(junit4, 'BD-557 output then fail')
    expect(failed.outputOfSuite).toBe(true)
    expect(failed.output).toMatch(
      /to stdout before failing\n[^]*to stderr before failing/
    )
    expect(only(vintage, 'BD-557 output then fail').output).toBe('')
  })
})

describe('@hapi/lab 26 (-r junit)', () => {
  const lab = parseFixture('lab/lab-junit.xml')

  it('as lab counts (7 of 10 tests failed, 2 skipped), --bail (1 of 2 failed, 10 skipped) and --dry (12 skipped)', () => {
    expect(outcomes(lab)).toEqual({
      passed: 3,
      failure: 7,
      error: 0,
      skipped: 2
    })
    expect(outcomes(parseFixture('lab/lab-bail.xml'))).toEqual({
      passed: 1,
      failure: 1,
      error: 0,
      skipped: 10
    })
    expect(outcomes(parseFixture('lab/lab-dry.xml'))).toEqual({
      passed: 0,
      failure: 0,
      error: 0,
      skipped: 12
    })
  })

  it('two tests of one title in a describe block are two tests, not a retry: the failed one counts', () => {
    expect(named(lab, 'BD-197 pays').map((t) => t.outcome)).toEqual([
      'failure',
      'passed'
    ])
    expect(statusesByMarker(['lab/lab-junit.xml'])['BD-197']).toBe('failed')
  })

  it('decodes a name and message Handlebars escaped in attributes', () => {
    const test = only(lab, `BD-192 message with <&> "quotes" and 'apostrophes'`)
    expect(test.problems[0].message).toBe(
      `label with 'x' = 1: Expected 'a = <b> & "c"' to equal specified value: "it's = <d>"`
    )
  })

  it('refuses a report written to standard output after what the tests printed, saying so', () => {
    expect(() =>
      parseJUnit(
        fixtureText('lab/lab-junit-stdout.xml'),
        'lab-junit-stdout.xml'
      )
    ).toThrow(
      /^lab-junit-stdout\.xml:1: malformed XML: text before the root element <testsuites> \(line 2\): console output written into the report/
    )
  })
})

describe('tasty-ant-xml 1.1.8 (tasty --xml)', () => {
  it.each([
    ['tasty/tasty-ant-xml.xml', 10, 16],
    ['tasty/tasty-hide-successes.xml', 10, 16],
    ['tasty/tasty-pattern.xml', 3, 9]
  ])(
    '%s: as tasty counts (%i passed, %i failed; an exception, a timeout and a skip after a failed dependency are FAIL too)',
    (file, passed, failed) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed,
        failure: failed,
        error: 0,
        skipped: 0
      })
    }
  )

  it('groups are nested suites and the classname: a marker on a group reaches its tests, at any depth', () => {
    expect(statusesByMarker(['tasty/tasty-ant-xml.xml'])).toMatchObject({
      'BD-237': 'failed',
      'BD-243': 'passed',
      'BD-244': 'failed',
      'BD-246': 'passed',
      'BD-253': 'failed'
    })
    expect(
      only(parseFixture('tasty/tasty-ant-xml.xml'), 'deep fail').classname
    ).toBe('cart.BD-253 outer.middle.inner')
  })
})

describe('CppUTest 4.0 (-ojunit)', () => {
  /** One run's reports (a cpputest_<group>.xml per group), but the empty one a filtered run writes. */
  const run = (name: string) =>
    fixtureReports(`cpputest/${name}`).filter(
      (file) => !/\/cpputest_(?:shop\.cart_)?\.xml$/.test(file)
    )
  const cart = parseFixture('cpputest/ojunit/cpputest_cart.xml')

  it.each(['ojunit', 'package', 'repeat'])(
    '%s: as CppUTest counts (15 failures, 19 ran, 1 ignored)',
    (name) => {
      expect(outcomes(run(name).flatMap(parseFixture))).toEqual({
        passed: 4,
        failure: 15,
        error: 0,
        skipped: 1
      })
    }
  )

  it('-p: as CppUTest counts (18 failures, 23 ran, 1 ignored), each failure only `Failed in separate process`', () => {
    const tests = run('separate-process').flatMap(parseFixture)
    expect(outcomes(tests)).toEqual({
      passed: 5,
      failure: 18,
      error: 0,
      skipped: 1
    })
    expect(
      only(tests, 'test_bd131_check_equal_fails').problems[0].message
    ).toBe('tests/CartTest.cpp:19: Failed in separate process')
    expect(only(tests, 'test_bd160_segfaults').problems[0].message).toBe(
      'tests/CrashTest.cpp:12: Failed in separate process - killed by signal 11'
    )
  })

  it('writes line breaks as `{newline}`: read as line breaks, in failures and in the output', () => {
    expect(only(cart, 'test_bd131_check_equal_fails').problems).toEqual([
      {
        kind: 'failure',
        type: 'AssertionFailedError',
        message:
          'tests/CartTest.cpp:21: expected <4>\n\tbut was  <3>\n\tdifference starts at position 0 at: <          3         >\n\t                                               ^',
        details: ''
      }
    ])
    // Its suite's output, UT_PRINT's lines (printf is not written).
    const printed = only(cart, 'test_bd140_output_then_fail')
    expect(printed.output).toBe(
      '\ntests/CartTest.cpp:69 before the failure\ntests/CartTest.cpp:61 BD-139 printed with UT_PRINT'
    )
    expect(printed.outputOfSuite).toBe(true)
    for (const file of fixtureReports('cpputest'))
      for (const test of parseFixture(file)) {
        expect(test.output).not.toContain('{newline}')
        for (const problem of test.problems)
          expect(problem.message).not.toContain('{newline}')
      }
  })

  it('a failed setup or teardown, a memory leak and a mock failure are failures of the test', () => {
    const tests = run('ojunit').flatMap(parseFixture)
    const message = (name: string) => only(tests, name).problems[0].message
    expect(message('test_bd150_pays')).toBe(
      'tests/CheckoutTest.cpp:8: setup: the payment gateway did not start'
    )
    expect(message('test_bd151_empties_cart')).toMatch(
      /^tests\/CheckoutTest\.cpp:21: Message: teardown: the cart was not emptied\n\texpected <0>\n/
    )
    expect(message('test_bd141_memory_leak')).toMatch(
      /^tests\/CartTest\.cpp:73: Memory leak\(s\) found\.\nAlloc num \(\d+\) Leak size: 16 Allocated at: tests\/CartTest\.cpp and line: 75\./
    )
    expect(message('test_bd147_never_charged')).toMatch(
      /^tests\/PaymentTest\.cpp:32: Mock Failure: Expected call WAS NOT fulfilled\.\n\tEXPECTED calls/
    )
    expect(only(tests, 'test_bd138_ignored').problems).toEqual([
      { kind: 'skipped', type: '', message: '', details: '' }
    ])
  })

  it('-k: the package before the group in the classname; a marker on the group reaches its tests', () => {
    const tests = run('package').flatMap(parseFixture)
    expect(only(tests, 'test_bd130_adds_item').classname).toBe('shop.cart.cart')
    for (const name of ['ojunit', 'package'])
      expect(statusesByMarker(run(name))).toMatchObject({
        'BD-138': 'skipped',
        'BD-139': 'passed',
        'BD-150': 'failed',
        'BD-152': 'failed'
      })
  })
})

describe('CxxTest 4.4 (cxxtestgen --xunit-printer)', () => {
  const WRITTEN = fixtureReports('cxxtest').filter(
    (file) => !file.endsWith('-xmlprinter-stdout.xml')
  )
  const report = parseFixture('cxxtest/cxxtest.xml')

  it.each(WRITTEN)(
    '%s: as CxxTest counts (Failed 15 and Skipped 1 of 21 tests)',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 5,
        failure: 15,
        error: 0,
        skipped: 1
      })
    }
  )

  it("reads each kind of failure's text, the skip's reason, TS_WARN as a warning of a passed test", () => {
    const message = (name: string) => only(report, name).problems[0].details
    expect(message('testBd511TotalIsWrong')).toBe(
      'Error: Expected (total(2, 2) == 5), found (4 != 5)'
    )
    expect(message('testBd514FailsWithMessage')).toBe(
      `Test failed: price <5> & "quoted" 'too'`
    )
    // An uncaught exception is a failure, its type not written.
    expect(message('testBd520UncaughtException')).toBe(
      'Test failed: cart is <empty> & closed'
    )
    expect(message('testBd532Refunds')).toMatch(
      /^Test failed: Exception thrown from setUp\(\)\nError: Expected \(suite\(\)->setUp\(\); ok = true\) not to throw/
    )
    expect(only(report, 'testBd518Skipped').problems).toEqual([
      {
        kind: 'skipped',
        type: 'skipped',
        message: '',
        details: 'Test skipped: payment gateway <offline> & down'
      }
    ])
    expect(only(report, 'testBd516Warns')).toMatchObject({
      outcome: 'passed',
      problems: [{ kind: 'warning', details: 'stock is low' }]
    })
  })

  it("takes where a test failed from its <failure>'s file and line (the assertion's, or setUp's), not the testcase's line", () => {
    const at = (name: string) => {
      const { file, line } = only(report, name)
      return `${file}:${line}`
    }
    const dir = '/work/main/__fixtures__/generators/cxxtest/tests'
    // Its first failed assertion (line 23), not the test (22).
    expect(at('testBd515TwoFailures')).toBe(`${dir}/CartTest.h:23`)
    // In setUp (line 6), not the test (8).
    expect(at('testBd530PaysByCard')).toBe(`${dir}/CheckoutTest.h:6`)
    // An exception's place is the path as given to cxxtestgen.
    expect(at('testBd520UncaughtException')).toBe('tests/CartTest.h:37')
    expect(only(report, 'testBd510AddsItem').file).toBe('')
  })

  it('--abort-on-fail: a test stops at its first failed assertion', () => {
    expect(
      only(
        parseFixture('cxxtest/cxxtest-abort-on-fail.xml'),
        'testBd515TwoFailures'
      ).problems[0].details
    ).toBe('Error: Expected (total(1, 2) == 3), found (2 != 3)')
  })

  it('--runner=XmlPrinter on standard output: the output printed before the report is refused', () => {
    expect(() =>
      parseJUnit(
        fixtureText('cxxtest/cxxtest-xmlprinter-stdout.xml'),
        'cxxtest-xmlprinter-stdout.xml'
      )
    ).toThrow(
      /^cxxtest-xmlprinter-stdout\.xml:1: malformed XML: text before the root element and its XML declaration \(line 3\): console output written into the report/
    )
  })
})

describe("Python's junit_xml 1.9 (to_xml_report_file)", () => {
  const FILES = fixtureReports('junit-xml')
  const report = parseFixture('junit-xml/junit-xml.xml')

  it.each(FILES)(
    '%s: as the script counts, a failure and an error on one test read as failed',
    (file) => {
      expect(outcomes(parseFixture(file))).toEqual({
        passed: 6,
        failure: 9,
        error: 1,
        skipped: 2
      })
    }
  )

  it('the same tests whatever prettyprint and encoding (latin-1 declared over UTF-8 bytes, or latin-1 bytes)', () => {
    const named = (file: string) =>
      parseFixture(file).map((t) => `${t.outcome} ${t.name}`)
    for (const file of FILES)
      expect(named(file)).toEqual(named('junit-xml/junit-xml.xml'))
    for (const file of FILES)
      expect(
        only(parseFixture(file), 'test_bd525_unicode_é€✓').problems[0].message
      ).toBe('price in €: é ✓')
  })

  it("reads a test's line as written (from 1) in a suite with a hostname, unlike pytest's", () => {
    // line="87": the line of the TestCase(…) call that gave it.
    expect(only(report, 'BD-517 output then fails')).toMatchObject({
      file: 'tests/shop_checks.py',
      line: 87
    })
    expect(only(report, 'BD-511 total is wrong').line).toBe(48)
  })

  it('control characters are removed by the library (ANSI escapes lose their ESC), skips keep their message', () => {
    const failed = only(report, 'BD-517 output then fails')
    expect(failed.problems[0].message).toBe('total [31m4[0m != 5')
    expect(failed.problems[0].details).toBe('expected 5 got 4')
    expect(only(report, 'BD-514 payment gateway is offline').problems).toEqual([
      {
        kind: 'skipped',
        type: 'skipped',
        message: 'gateway <offline> & down',
        details: 'retry tomorrow'
      }
    ])
  })
})

describe('playwright', () => {
  const playwright = parseFixture('playwright/playwright-junit.xml')

  it("three projects: each test once per project, in its project (the suite's `hostname`); the markers' statuses as Playwright's summary counts them", () => {
    const projects = parseFixture('playwright/playwright-junit-projects.xml')
    expect(projects).toHaveLength(18)
    expect(
      named(projects, 'BD-1101 fails only in firefox').map((t) => [
        t.runsIn,
        t.outcome
      ])
    ).toEqual([
      ['chromium', 'passed'],
      ['firefox', 'failure'],
      ['webkit', 'passed']
    ])
    expect(
      named(projects, 'BD-1102 skipped only in webkit').map((t) => [
        t.runsIn,
        t.outcome
      ])
    ).toEqual([
      ['chromium', 'passed'],
      ['firefox', 'passed'],
      ['webkit', 'skipped']
    ])
    expect(statusByMarker(projects, 1200)).toEqual({
      'BD-1100': 'passed',
      'BD-1101': 'failed',
      'BD-1102': 'passed',
      'BD-1103': 'failed',
      'BD-1104': 'passed',
      'BD-1105': 'passed'
    })
    // One project: its name, as in every Playwright report.
    expect(new Set(playwright.map((t) => t.runsIn))).toEqual(new Set(['api']))
  })

  it('runs in no project in reports of other tools, whose suites also have a hostname', () => {
    for (const file of [
      'jest/jest-junit.xml',
      'maven-surefire/TEST-demo.CartTest.xml',
      'pytest/pytest-xunit2.xml',
      'vitest/vitest-junit.xml'
    ])
      for (const testCase of parseFixture(file))
        expect([file, testCase.runsIn]).toEqual([file, undefined])
  })

  it('a test that ran and passed with a todo or skip annotation is passed (Playwright and vitest write annotations as properties)', () => {
    // Playwright 1.65: test('BD-102 annotated todo', { annotation: { type:
    // 'todo', description: 'later' } }, …) and testInfo.annotations.push({
    // type: 'skip', … }) in a test that goes on; "2 passed".
    const annotated = junitCases(
      parseJUnit(
        '<testsuites><testsuite name="cond.spec.js" tests="2" failures="0" skipped="0" time="0.01" errors="0">' +
          '<testcase name="BD-102 annotated todo" classname="cond.spec.js" time="0.005">\n<properties>\n<property name="todo" value="later">\n</property>\n</properties>\n</testcase>\n' +
          '<testcase name="BD-104 skip annotation pushed at runtime, test passes" classname="cond.spec.js" time="0.001">\n<properties>\n<property name="skip" value="documented reason">\n</property>\n</properties>\n</testcase>' +
          '</testsuite></testsuites>',
        'junit.xml'
      )
    )
    expect(annotated.map((t) => t.outcome)).toEqual(['passed', 'passed'])
  })
  const retries = parseFixture(
    'playwright/playwright-junit-include-retries.xml'
  )

  it('17 testcases, 3 failures, 3 errors, 1 skipped', () => {
    expect(outcomes(playwright)).toEqual({
      passed: 10,
      failure: 3,
      error: 3,
      skipped: 1
    })
    // With includeRetries, the first attempt of BD-12 is a flakyFailure.
    expect(outcomes(retries)).toEqual({
      passed: 9,
      failure: 3,
      error: 3,
      skipped: 1,
      flaky: 1
    })
    for (const report of [playwright, retries]) expect(report).toHaveLength(17)
    expect(retries.map((tc) => tc.name)).toEqual(
      playwright.map((tc) => tc.name)
    )
  })

  it("reads the files a test names with [[ATTACHMENT|path]], also in a flaky test's failed attempts", () => {
    expect(only(playwright, 'BD-14 fails on every try').attachments).toEqual([
      'test-results/flaky-BD-14-fails-on-every-try-api/error-context.md',
      'test-results/flaky-BD-14-fails-on-every-try-api-retry1/error-context.md'
    ])
    expect(only(playwright, 'BD-1 user can log in').attachments).toEqual([])
    // includeRetries: the failed attempt's file is inside <flakyFailure>.
    expect(only(retries, 'BD-12 flaky on first try').attachments).toEqual([
      'test-results/flaky-BD-12-flaky-on-first-try-api/error-context.md'
    ])
  })

  it('thrown errors are <error>, expect() failures are <failure>', () => {
    expect(only(playwright, 'BD-3: crashes with an error').problems).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: 'boom',
        type: 'TypeError'
      })
    ])
    expect(only(playwright, 'BD-6 adds 3 + 3 = 7').problems).toEqual([
      expect.objectContaining({ kind: 'failure', type: 'expect.toBe' })
    ])
  })

  it('CDATA taken literally: ]]&gt; stays as written', () => {
    const xss = only(
      playwright,
      'BD-9 renders <script>alert(1)</script> & "quotes"'
    )
    expect(xss.outcome).toBe('error')
    expect(xss.problems[0].details).toContain(`'single' ]]&gt; end`)
  })

  it('names, suites, skipped without time, annotation properties', () => {
    const coupon = only(playwright, 'BD-5 checkout \u203a applies coupon')
    expect(coupon.classname).toBe('shop.spec.js')
    expect(coupon.suites).toEqual(['shop.spec.js'])
    expect(only(playwright, 'BD-12 flaky on first try').suites).toEqual([
      'flaky.spec.js'
    ])
    const skipped = only(playwright, 'BD-4 skipped feature')
    expect(skipped.outcome).toBe('skipped')
    expect(skipped.seconds).toBeUndefined()
    expect(skipped.markerProperties).toEqual([])
    expect(only(playwright, 'annotated via option').markerProperties).toEqual([
      'BD-11'
    ])
    expect(only(playwright, 'annotated at runtime').markerProperties).toEqual([
      'BD-15'
    ])
    const bd2 = only(playwright, '[BD-2] cart total is wrong')
    expect(bd2.output).toContain('cart debug: items=3 total=42')
    expect(bd2.output).toContain('[[ATTACHMENT|')
  })

  it('retries, default file: only the final outcome', () => {
    const flaky = only(playwright, 'BD-12 flaky on first try')
    expect(flaky.outcome).toBe('passed')
    expect(flaky.problems).toEqual([])
    const failing = only(playwright, 'BD-14 fails on every try')
    expect(failing.problems).toHaveLength(1)
    expect(failing.problems[0].details).toContain('Retry #1')
  })

  it('retries, includeRetries file: flakyFailure and rerunFailure', () => {
    const flaky = only(retries, 'BD-12 flaky on first try')
    expect(flaky.outcome).toBe('flaky')
    expect(flaky.problems).toEqual([
      expect.objectContaining({
        kind: 'flaky failure',
        message: 'fails on the first attempt only',
        type: 'expect.toBeGreaterThan'
      })
    ])
    // A flaky test keeps its output, like a failed one.
    expect(flaky.output).toContain('attempt')
    const failing = only(retries, 'BD-14 fails on every try')
    expect(failing.outcome).toBe('failure')
    expect(failing.problems.map((p) => [p.kind, p.message])).toEqual([
      ['failure', 'fails on every attempt'],
      ['failure', 'fails on every attempt']
    ])
  })

  it("nested describe blocks: a test takes its own title's marker, else its nearest marked block's, not every title's of its name (`BD-640 outer › BD-641 inner › inner fails`)", () => {
    const nesting = parseFixture('playwright/playwright-junit-nesting.xml')
    const bd = new MarkerFinder('BD')
    expect(nesting.map((t) => [t.name, t.outcome, bd.ofTestCase(t)])).toEqual([
      ['BD-640 outer › outer passes', 'passed', [640]],
      ['BD-640 outer › BD-641 inner › inner fails', 'failure', [641]],
      [
        'BD-640 outer › BD-641 inner › BD-643 deepest › deepest fails',
        'failure',
        [643]
      ],
      [
        'BD-640 outer › plain middle › BD-642 own marker fails',
        'failure',
        [642]
      ],
      ['BD-640 outer › plain middle › plain test', 'passed', [640]],
      [
        'plain outer › BD-644 marked inner › marked inner passes',
        'passed',
        [644]
      ],
      [
        'BD-645 hooks outer › BD-646 beforeEach inner › after a failing beforeEach',
        'error',
        [646]
      ],
      [
        'BD-645 hooks outer › BD-647 beforeAll inner › after a failing beforeAll',
        'error',
        [647]
      ],
      [
        'BD-645 hooks outer › BD-647 beforeAll inner › second after a failing beforeAll',
        'skipped',
        [647]
      ],
      ['BD-648 BD-649 two markers flow', 'passed', [648, 649]]
    ])
    // The inner blocks' failures and hook errors (blocked) are not their
    // outer blocks' (BD-645 has no test of its own).
    expect(statusByMarker(nesting, 700)).toEqual({
      'BD-640': 'passed',
      'BD-641': 'failed',
      'BD-642': 'failed',
      'BD-643': 'failed',
      'BD-644': 'passed',
      'BD-646': 'blocked',
      'BD-647': 'blocked',
      'BD-648': 'passed',
      'BD-649': 'passed'
    })
  })

  it("reads a name's titles joined by ` › ` as its describe blocks' only in Playwright's suites", () => {
    const bd = new MarkerFinder('BD')
    const suite = (attributes: string, name: string) =>
      parseReportText(
        `<testsuites id="" name="" tests="1" failures="0" skipped="0" errors="0" time="0.1"><testsuite name="a.spec.js" ${attributes}><testcase name="${name}" classname="a.spec.js" time="0.001"/></testsuite></testsuites>`
      )[0]
    const playwright =
      'timestamp="2026-01-01T00:00:00.000Z" hostname="api" tests="1" failures="0" skipped="0" time="0.1" errors="0"'
    expect(
      bd.ofTestCase(suite(playwright, 'BD-640 outer › BD-641 inner › x'))
    ).toEqual([641])
    expect(
      bd.ofTestCase(suite(playwright, 'BD-640 outer › plain › x'))
    ).toEqual([640])
    // A suite of another shape (vitest's: errors before skipped): as written.
    const vitest =
      'timestamp="2026-01-01T00:00:00.000Z" hostname="api" tests="1" failures="0" errors="0" skipped="0" time="0.1"'
    expect(
      bd.ofTestCase(suite(vitest, 'BD-640 outer › BD-641 inner › x'))
    ).toEqual([640, 641])
  })
})

describe('third-party reports', () => {
  it('a repeated testcase that passed before it failed is no retry: the failure counts', () => {
    // mikepenz's flaky_success_first.xml: pass, failure, error (also a
    // parametrized test with one title, as TestNG data providers write).
    const attempts = parseFixture(
      'third-party/edge-cases/retries-as-duplicate-testcases.xml'
    )
    expect(attempts.map((tc) => [tc.name, tc.outcome])).toEqual([
      ['test_success_first', 'passed'],
      ['test_success_first', 'failure'],
      ['test_success_first', 'error']
    ])
  })

  it('repeated testcases: only failures followed by a pass make a flaky test', () => {
    const suite = (...outcomes: string[]): string =>
      `<testsuite name="s">${GO_VERSION}${outcomes
        .map(
          (o) =>
            `<testcase classname="c" name="t BD-1" time="1">${
              o === 'F'
                ? '<failure message="m"/>'
                : o === 'E'
                  ? '<error message="m"/>'
                  : o === 'S'
                    ? '<skipped/>'
                    : ''
            }</testcase>`
        )
        .join('')}</testsuite>`
    const read = (...outcomes: string[]): string[] =>
      junitCases(parseJUnit(suite(...outcomes), 'r.xml')).map(
        (tc) => tc.outcome
      )
    expect(read('F', 'P')).toEqual(['flaky'])
    expect(read('F', 'E', 'P')).toEqual(['flaky'])
    expect(read('F', 'S', 'P')).toEqual(['flaky'])
    // Retry tools stop at the first pass: fail, pass, pass is three tests.
    expect(read('F', 'P', 'P')).toEqual(['failure', 'passed', 'passed'])
    expect(read('P', 'F')).toEqual(['passed', 'failure'])
    expect(read('F', 'P', 'F')).toEqual(['failure', 'passed', 'failure'])
    expect(read('P', 'P')).toEqual(['passed', 'passed'])
    expect(read('F', 'F')).toEqual(['failure', 'failure'])
    // Attempts of one test fail the same way: failures that differ are tests
    // that share a name.
    const differing =
      '<testsuite name="s">' +
      '<testcase classname="c" name="t BD-1"><error message="setup failed"/></testcase>' +
      '<testcase classname="c" name="t BD-1"><error message="teardown failed"/></testcase>' +
      '<testcase classname="c" name="t BD-1"/></testsuite>'
    expect(
      junitCases(parseJUnit(differing, 'r.xml')).map((tc) => tc.outcome)
    ).toEqual(['error', 'error', 'passed'])
  })

  it("a merged retry's time is its attempts' summed, and its problems are the failed attempts' alone", () => {
    const [flaky, ...rest] = junitCases(
      parseJUnit(
        `<testsuite name="s">${GO_VERSION}` +
          '<testcase classname="c" name="t BD-1" time="1.5"><failure message="m"/></testcase>' +
          '<testcase classname="c" name="t BD-1" time="2"><skipped message="later"/></testcase>' +
          '<testcase classname="c" name="t BD-1" time="0.25"/></testsuite>',
        'r.xml'
      )
    )
    expect(rest).toEqual([])
    expect(flaky.outcome).toBe('flaky')
    expect(flaky.seconds).toBe(3.75)
    expect(flaky.problems.map((p) => [p.kind, p.message])).toEqual([
      ['flaky failure', 'm']
    ])
  })

  it('repeated testcases that are no retry: a skip then a pass, or failures whose first lines differ after a leading line break', () => {
    const read = (xml: string): Outcome[] =>
      junitCases(
        parseJUnit(`<testsuite name="s">${xml}</testsuite>`, 'r.xml')
      ).map((tc) => tc.outcome)
    expect(
      read(
        '<testcase classname="c" name="t"><skipped/></testcase><testcase classname="c" name="t"/>'
      )
    ).toEqual(['skipped', 'passed'])
    expect(
      read(
        '<testcase classname="c" name="t"><failure message="&#10;expected 1"/></testcase>' +
          '<testcase classname="c" name="t"><failure message="&#10;expected 2"/></testcase>' +
          '<testcase classname="c" name="t"/>'
      )
    ).toEqual(['failure', 'failure', 'passed'])
  })

  describe('surefire', () => {
    it('flakyFailure x2 on a passed test', () => {
      const [tc, ...rest] = parseFixture(
        'third-party/surefire/surefire-flaky-jenkins.xml'
      )
      expect(rest).toEqual([])
      expect(tc).toEqual(
        expect.objectContaining({
          name: 'testApp',
          classname: 'io.olamy.FlakyTest',
          suites: ['io.olamy.FlakyTest'],
          outcome: 'flaky',
          seconds: 0.001
        })
      )
      expect(tc.problems.map((p) => [p.kind, p.message, p.type])).toEqual([
        [
          'flaky failure',
          'obvious fail',
          'junit.framework.AssertionFailedError'
        ],
        [
          'flaky failure',
          'try one more time maybe',
          'junit.framework.AssertionFailedError'
        ]
      ])
      expect(tc.problems[0].details).toContain(
        'junit.framework.AssertionFailedError: obvious fail\n\tat junit.framework.Assert.fail(Assert.java:57)'
      )
    })

    it('flakyFailure (surefire 3.x) keeps the pass', () => {
      const [tc] = parseFixture(
        'third-party/surefire/surefire-flakyFailure-passed.xml'
      )
      expect(tc.name).toBe('createWebhook')
      expect(tc.outcome).toBe('flaky')
      expect(tc.seconds).toBe(0.683)
      expect(tc.problems.map((p) => [p.kind, p.type])).toEqual([
        ['flaky failure', 'java.lang.AssertionError']
      ])
    })

    it('failure + 3 rerunFailure: four failure problems', () => {
      const testCases = parseFixture(
        'third-party/surefire/surefire-rerunFailure-always-fail.xml'
      )
      expect(testCases).toHaveLength(1)
      expect(testCases[0].outcome).toBe('failure')
      expect(testCases[0].problems).toHaveLength(4)
      for (const problem of testCases[0].problems) {
        expect(problem.kind).toBe('failure')
        expect(problem.message).toBe('built to fail')
      }
      expect(testCases[0].problems[0].details).toMatch(
        /^junit\.framework\.AssertionFailedError: built to fail\n\tat /
      )
    })

    it.each([
      [
        '<error message="boom" type="java.lang.IllegalStateException"/><rerunFailure message="again" type="java.lang.AssertionError"/>',
        ['error', 'failure']
      ],
      [
        '<failure message="boom" type="java.lang.AssertionError"/><rerunError message="again" type="java.lang.IllegalStateException"/>',
        ['failure', 'error']
      ],
      [
        '<error message="boom" type="java.lang.IllegalStateException"/><rerunError message="again" type="java.lang.IllegalStateException"/>',
        ['error', 'error']
      ]
    ])(
      'a rerun that never passed is a failure, whatever its runs threw (issue 8), its first run first: %s',
      (elements, kinds) => {
        const [testCase] = parseSuite(
          `<testcase name="a" classname="C">${elements}</testcase>`
        )
        expect(testCase.outcome).toBe('failure')
        expect(testCase.problems.map((p) => p.kind)).toEqual(kinds)
        expect(testCase.problems[0].message).toBe('boom')
      }
    )

    it('empty testcase name (class-level failure)', () => {
      const [tc] = parseFixture(
        'third-party/surefire/surefire-empty-testcase-name.xml'
      )
      expect(tc.name).toBe('')
      expect(tc.classname).toBe('test.TestJUnit5FailingInBeforeAll')
      expect(tc.outcome).toBe('failure')
      expect(tc.seconds).toBe(0.016)
      expect(tc.problems[0].type).toBe('org.opentest4j.AssertionFailedError')
      expect(tc.output).toContain('In setup...')
    })

    it('suite setup error with empty name and no classname', () => {
      const testCases = parseFixture(
        'third-party/surefire/suite-setup-error-empty-name.xml'
      )
      expect(
        testCases.map((tc) => [tc.name, tc.classname, tc.outcome, tc.seconds])
      ).toEqual([
        ['', '', 'error', 0],
        [
          'TEST-001: Normal passing test',
          'com.example.SetupFailureTest',
          'passed',
          1.5
        ],
        ['TEST-002: Another test', 'com.example.SetupFailureTest', 'failure', 2]
      ])
      expect(testCases[0].suites).toEqual(['com.example.SetupFailureTest'])
      expect(testCases[0].problems).toEqual([
        {
          kind: 'error',
          message: 'Setup failed',
          type: 'java.lang.RuntimeException',
          details:
            'java.lang.RuntimeException: BeforeAll setup failed\n\tat com.example.SetupFailureTest.setup(SetupFailureTest.java:15)'
        }
      ])
      expect(testCases[2].problems[0].details).toBe(
        'Expected true but got false'
      )
    })
  })

  describe('C and C++', () => {
    it('catch2: status="run" plus <failure> is a failure', () => {
      const [tc, ...rest] = parseFixture('third-party/c-cpp/catch2-report.xml')
      expect(rest).toEqual([])
      expect(tc.name).toBe('is constant evaluated')
      expect(tc.classname).toBe('ut_detail_utility_is_constant_evaluated')
      expect(tc.suites).toEqual(['ut_detail_utility_is_constant_evaluated'])
      expect(tc.outcome).toBe('failure')
      expect(tc.seconds).toBe(0)
      expect(tc.problems[0]).toEqual(
        expect.objectContaining({
          kind: 'failure',
          message: 'REQUIRE(v == 1) expands to 0 == 10',
          type: 'REQUIRE'
        })
      )
      expect(tc.problems[0].details).toContain(
        'FAILED:\n  REQUIRE( v == 1 )\nwith expansion:\n  0 == 1'
      )
    })

    it('cunit: no classname, times in e-notation', () => {
      const testCases = parseFixture('third-party/c-cpp/cunit-failure.xml')
      expect(testCases.map((tc) => [tc.name, tc.outcome, tc.seconds])).toEqual([
        ['DefaultCtor_When_ShouldTest', 'passed', 0.000017],
        ['loadFromXMLString_When_Should1Test', 'passed', 0.000174],
        ['loadFromXMLString_When_Should2Test', 'failure', 0.000087],
        ['loadFromXMLString_When_ShouldTest', 'passed', 0.000036]
      ])
      for (const tc of testCases) {
        expect(tc.classname).toBe('')
        expect(tc.suites).toEqual(['DummyClass'])
      }
      expect(testCases[2].problems[0]).toEqual(
        expect.objectContaining({
          message: 'false == something.loadXml(xml_string)',
          type: 'ERROR'
        })
      )
      expect(testCases[2].problems[0].details).toContain('Line: 77')
    })

    it('tst: status passed/failed/errored/disabled', () => {
      const testCases = parseFixture(
        'third-party/c-cpp/tst-status-disabled.xml'
      )
      expect(testCases).toHaveLength(31)
      expect(outcomes(testCases)).toEqual({
        passed: 6,
        failure: 19,
        error: 1,
        skipped: 5
      })
      const disabled = testCases.filter((tc) => tc.outcome === 'skipped')
      expect(disabled.map((tc) => tc.name)).toContain('disabled_test')
      for (const tc of disabled) expect(tc.problems).toEqual([])
      expect(only(testCases, 'test_which_throws_unknown_exception')).toEqual(
        expect.objectContaining({
          outcome: 'error',
          problems: [
            {
              kind: 'error',
              message: 'uncaught (anonymous namespace)::some_unknown_exception',
              type: '',
              details: ''
            }
          ]
        })
      )
      expect(
        only(testCases, 'positive_arguments_must_produce_expected_result[2]')
          .seconds
      ).toBe(0.001)
    })
  })

  it('dotnet: UTF-8 BOM stripped, 52 testcases', () => {
    const bytes = fixtureBytes(
      'third-party/dotnet/junit-testlogger-utf8-bom.xml'
    )
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = decodeReport(bytes)
    expect(text.startsWith('<testsuites>')).toBe(true)
    const testCases = junitCases(parseJUnit(text, 'TestResults.xml'))
    expect(testCases).toHaveLength(52)
    expect(outcomes(testCases)).toEqual({
      passed: 32,
      failure: 14,
      error: 0,
      skipped: 6
    })
    const first = testCases[0]
    expect(first.name).toBe('TestA')
    expect(first.classname).toBe(
      'JUnit.Xml.TestLogger.NetFull.Tests.FailingOneTimeSetUp'
    )
    expect(first.suites).toEqual(['JUnit.Xml.TestLogger.NetCore.Tests.dll'])
    expect(first.seconds).toBe(1e-7)
    expect(first.problems[0].type).toBe('failure')
    expect(
      testCases.find((tc) => tc.name === 'TestData(2,"A")')?.problems[0].message
    ).toBe(
      '  failing for second case\r\n  Expected: not equal to 2\r\n  But was:  2\r\n'
    )
  })

  it('dart (tojunit): failure beats error, control character accepted', () => {
    const testCases = parseFixture('third-party/dart/dart-tojunit-example.xml')
    expect(testCases).toHaveLength(9)
    expect(outcomes(testCases)).toEqual({
      passed: 4,
      failure: 3,
      error: 1,
      skipped: 1
    })
    expect(only(testCases, 'error test and failure').outcome).toBe('failure')
    expect(only(testCases, 'error in test').problems[0]).toEqual(
      expect.objectContaining({
        kind: 'error',
        message: 'Bad state: oops, it failed'
      })
    )
    expect(only(testCases, 'output with control character').seconds).toBe(0.001)
    expect(decodeRawContent('bell not &#8;!')).toBe('bell not \b!')
  })

  it('xcode 16 / swift testing: retries as repeated testcases, deep suites', () => {
    const testCases = parseFixture(
      'third-party/swift/xcode16-swifttesting-retries.xml'
    )
    expect(testCases).toHaveLength(368)
    expect(outcomes(testCases)).toEqual({
      passed: 315,
      failure: 40,
      error: 0,
      skipped: 13
    })
    const post = named(testCases, 'Post length validation')
    expect(post.map((tc) => [tc.outcome, tc.seconds])).toEqual([
      ['failure', 0.0037],
      ['failure', 0.57]
    ])
    expect(post[0].suites).toEqual([
      'Creation',
      'Posts',
      'Content Management',
      'FastlaneTrainer Tests',
      'FastlaneTrainerExampleTests'
    ])
    expect(post[0].problems[0].message).toBe(
      'FastlaneTrainerExampleTests.swift:232: Expectation failed: (longPost.count \u2192 1000) <= 500'
    )
    expect(
      named(
        testCases,
        'testName\u{1F3F7}\uFE0FAnd\u{1F4CB}ParamsUsingSome\u{1F631}Unusual\u{1F92A}Characters()'
      ).map((tc) => tc.outcome)
    ).toEqual(['failure', 'failure'])
    // "repetition" properties are not markers
    for (const tc of testCases) expect(tc.markerProperties).toEqual([])
  })

  it('android FTL: empty suite name gives no suite', () => {
    const testCases = parseFixture('third-party/android/ftl-android-fail.xml')
    expect(
      testCases.map((tc) => [tc.name, tc.outcome, tc.seconds, tc.suites])
    ).toEqual([
      ['testFails', 'failure', 0.857, []],
      ['testPasses', 'passed', 0.276, []]
    ])
    expect(testCases[0].problems[0].message).toBe('')
    expect(testCases[0].problems[0].details).toMatch(
      /^junit\.framework\.AssertionFailedError: expected:<true> but was:<false>\n/
    )
  })

  it('android marathon: flakyFailure without message', () => {
    const [tc] = parseFixture('third-party/android/marathon-flakyFailure.xml')
    expect(tc.name).toBe('testFlakyFailure')
    expect(tc.classname).toBe('com.mikepenz.Class')
    expect(tc.suites).toEqual(['omni'])
    expect(tc.outcome).toBe('flaky')
    expect(tc.seconds).toBe(1.86)
    expect(tc.problems.map((p) => [p.kind, p.message, p.type])).toEqual([
      ['flaky failure', '', 'rerun exception']
    ])
  })

  it('rspec: 25 examples, 4 failures', () => {
    const testCases = parseFixture(
      'third-party/rspec/rspec-junit-formatter.xml'
    )
    expect(testCases).toHaveLength(25)
    expect(outcomes(testCases)).toEqual({
      passed: 21,
      failure: 4,
      error: 0,
      skipped: 0
    })
    const failure = testCases.find((tc) => tc.outcome === 'failure')
    expect(failure?.name).toBe(
      'UrlWhitelist with domain wildcard should be allowed url'
    )
    expect(failure?.classname).toBe('spec.lib.url_whitelist_spec')
    expect(failure?.suites).toEqual(['rspec'])
    expect(failure?.problems[0].type).toBe(
      'RSpec::Expectations::ExpectationNotMetError'
    )
    expect(failure?.seconds).toBe(0.008094)
  })

  it('minitest: 33 passed, long float times', () => {
    const testCases = parseFixture('third-party/minitest/minitest-junit.xml')
    expect(testCases).toHaveLength(33)
    expect(outcomes(testCases).passed).toBe(33)
    expect(testCases[0]).toEqual(
      expect.objectContaining({
        name: 'test_should_1',
        classname: 'MinitestExample::ExampleOne',
        suites: ['MinitestExample::ExampleOne'],
        seconds: 18.851395190999995
      })
    )
  })

  it("bazel: its exit-code error is the testcase's failure (Bazel says FAILED); the suite-level log is its output", () => {
    const testCases = parseFixture('third-party/bazel/bazel-suite-logs.xml')
    expect(testCases).toHaveLength(1)
    expect(testCases[0]).toEqual(
      expect.objectContaining({
        name: 'bazel/failing_absl_test',
        suites: ['bazel/failing_absl_test'],
        outcome: 'failure',
        seconds: 0,
        // Bazel writes the test's log at suite level only.
        output: expect.stringContaining('Generated test.log')
      })
    )
    expect(testCases[0].problems).toEqual([
      {
        kind: 'failure',
        message: 'exited with error code 1',
        type: '',
        details: ''
      }
    ])
  })

  it('container-structure-test: nanosecond times are impossible as seconds, so the file has none; unnamed suite', () => {
    const relative = 'third-party/container-structure-test/nanosecond-times.xml'
    const report = parseJUnit(fixtureText(relative), relative)
    expect(report.kind === 'junit' && report.impossibleSeconds).toBe(999638317)
    expect(
      junitCases(report).map((tc) => [tc.name, tc.seconds, tc.suites])
    ).toEqual([
      ['Command Test: apt-get upgrade', undefined, []],
      ['File Existence Test: /home/app/app', undefined, []],
      ['Metadata Test', undefined, []]
    ])
  })

  it('times up to a week are kept; one time over a week drops every time of the file', () => {
    const report = (times: string[]): ParsedReport =>
      parseJUnit(
        `<testsuite name="s">${times
          .map((t, i) => `<testcase name="t${i}" time="${t}"/>`)
          .join('')}</testsuite>`,
        'times.xml'
      )
    const week = String(MAX_TEST_SECONDS)
    const kept = report(['0.5', week])
    expect(kept.kind === 'junit' && kept.impossibleSeconds).toBeUndefined()
    expect(junitCases(kept).map((tc) => tc.seconds)).toEqual([0.5, 604800])
    // 250000 ns would otherwise read as almost three days
    const dropped = report(['250000', String(MAX_TEST_SECONDS + 1), ''])
    expect(dropped.kind === 'junit' && dropped.impossibleSeconds).toBe(604801)
    expect(junitCases(dropped).map((tc) => tc.seconds)).toEqual([
      undefined,
      undefined,
      undefined
    ])
  })

  it('perl TAP::Harness: time in scientific notation', () => {
    const [tc] = parseFixture('third-party/perl/tap-harness-junit-sci-time.xml')
    expect(tc.name).toBe('L123: ...')
    expect(tc.classname).toBe('t.Foo.Bar.Blah.Blah.Blah.FileName_t')
    expect(tc.suites).toEqual(['common'])
    expect(tc.seconds).toBe(4.50611114501953e-5)
    expect(tc.outcome).toBe('passed')
  })

  it('huge (1.3 MB, 7,580 testcases) parses', () => {
    const testCases = parseFixture('third-party/edge-cases/huge-1mb.xml')
    expect(testCases).toHaveLength(7580)
    expect(outcomes(testCases)).toEqual({
      passed: 5130,
      failure: 19,
      error: 0,
      skipped: 2430,
      flaky: 1 // a Surefire flakyFailure
    })
  })

  it('pytest-corrupt (truncated): error names the file and its last line', () => {
    const file = 'third-party/pytest/pytest-corrupt.xml'
    let error: unknown
    try {
      parseJUnit(fixtureText(file), 'pytest-corrupt.xml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReportParseError)
    const parseError = error as ReportParseError
    expect(parseError.file).toBe('pytest-corrupt.xml')
    expect(parseError.line).toBe(11)
    expect(parseError.message).toMatch(/^pytest-corrupt\.xml:11: /)
    expect(parseError.message).toContain('truncated')
    expect(parseError.message).toContain('testcase > skipped')
  })
})

describe('edge cases', () => {
  const edge = (name: string): TestCase[] =>
    parseFixture(`third-party/edge-cases/${name}`)

  it('nested testsuites: suites nearest first; the error of a suite without testcases is a test', () => {
    const testCases = edge('nested-testsuites.xml')
    expect(testCases.map((tc) => [tc.name, tc.suites])).toEqual([
      ['testPrefix', ['test.fs.FileSystemTest', 'test.AutomatedTests']],
      ['testTable', ['test.db.DatabaseTest', 'test.AutomatedTests']],
      [
        SUITE_TEST_NAME,
        ['test.3rdlevel', 'test.db.DatabaseTest', 'test.AutomatedTests']
      ]
    ])
    expect(testCases.map((tc) => tc.seconds)).toEqual([0.003, 0.003, undefined])
    const suiteError = testCases[2]
    expect(suiteError.classname).toBe('test.3rdlevel')
    expect(suiteError.outcome).toBe('error')
    expect(suiteError.problems).toEqual([
      {
        kind: 'error',
        message: 'bla bla',
        type: 'java.lang.IllegalStateException',
        details:
          'java.lang.IllegalStateException: bla bla\n            at test.Test(Test:35)'
      }
    ])
  })

  it('a suite that fails itself: one more failed test, beside its testcases, carrying the suite marker', () => {
    const testCases = junitCases(
      parseJUnit(
        `<testsuite name="BD-5 checkout" tests="2">
          <testcase name="pays" classname="Checkout" time="0.5"/>
          <failure message="afterAll hook failed" type="HookError">teardown &lt;db&gt;</failure>
          <error message="second problem"/>
          <system-out>suite log</system-out>
        </testsuite>`,
        'suite.xml'
      )
    )
    expect(testCases.map((tc) => [tc.name, tc.outcome])).toEqual([
      ['pays', 'passed'],
      [SUITE_TEST_NAME, 'failure']
    ])
    const suiteFailure = testCases[1]
    expect(suiteFailure.classname).toBe('BD-5 checkout')
    expect(
      suiteFailure.problems.map((p) => [p.kind, p.message, p.details])
    ).toEqual([
      ['failure', 'afterAll hook failed', 'teardown <db>'],
      ['error', 'second problem', '']
    ])
    expect(suiteFailure.output).toBe('suite log')
    expect(new MarkerFinder('BD').ofTestCase(suiteFailure)).toEqual([5])
  })

  it('multi-level: the <testsuites> name is not a suite', () => {
    const testCases = edge('multi-level-suite-names-look-like-markers.xml')
    expect(testCases.map((tc) => [tc.suites, tc.seconds])).toEqual([
      [['ABC-0199: XMPP Ping'], 0.054],
      [['ABC-0199: XMPP Ping'], 0],
      [['ABC-0045: Multi-User Chat'], 0.046]
    ])
    expect(testCases[2].classname).toBe(
      'corp.proj2.MultiUserChatRolesAffiliationsPrivilegesIntegrationTest'
    )
  })

  it('multiple <failure> children: each one kept, in order', () => {
    const tc = only(
      edge('multiple-failures-one-testcase.xml'),
      'testWithMultipleFailures'
    )
    expect(tc.outcome).toBe('failure')
    expect(tc.problems.map((p) => [p.message, p.type])).toEqual([
      ['First assertion failed', 'AssertionError'],
      ['Second assertion failed', 'AssertionError'],
      ['Third assertion failed', 'IllegalStateException']
    ])
  })

  it('multiresult: failure outranks error outranks skipped', () => {
    const testCases = edge('multiresult-testcase.xml')
    expect(
      testCases.map((tc) => [
        tc.name,
        tc.outcome,
        tc.seconds,
        tc.problems.map((p) => p.kind)
      ])
    ).toEqual([
      ['test that errors', 'failure', 0.123, ['failure', 'error', 'skipped']],
      ['test that fails', 'failure', 0.234, ['failure', 'skipped']],
      ['test that is skipped', 'skipped', 0.345, ['skipped']],
      ['test that succeeds', 'passed', 0.456, []]
    ])
  })

  it('xml entities decoded in names, messages and text', () => {
    const testCases = edge('xml-entities.xml')
    expect(
      testCases.map((tc) => [
        tc.name,
        tc.outcome,
        tc.problems[0].message,
        tc.problems[0].details
      ])
    ).toEqual([
      [
        'Test with "quotes" in the test name',
        'skipped',
        'A message with "quotes"',
        'Content with "quotes"'
      ],
      [
        "Test with 'apostrophe' in the test name",
        'failure',
        "A message with 'apostrophes'",
        "Content with 'apostrophes'"
      ],
      [
        'Test with & in the test name',
        'error',
        'A message with &',
        'Content with &'
      ],
      [
        'Test with < and > in the test name',
        'skipped',
        'A message with < and >',
        'Content with < and >'
      ]
    ])
    for (const tc of testCases) expect(tc.suites).toEqual([])
  })

  it('unsupported unicode: astral characters survive', () => {
    const testCases = edge('unsupported-unicode.xml')
    const chars =
      '\uD5F4\u471D\uD5F1\uD650\u38C7\u3FF7\u452D\u{1237A}\u{214FF}\u{20109}\u3993'
    expect(testCases).toHaveLength(7)
    expect(outcomes(testCases)).toEqual({
      passed: 1,
      failure: 2,
      error: 2,
      skipped: 2
    })
    expect(testCases[0].name).toBe(`test 1 ${chars}`)
    expect(only(testCases, 'test 2').problems[0].message).toBe(
      `Some unsupported unicode characters: ${chars}`
    )
    expect(only(testCases, 'test 5').problems[0].details).toContain(
      `Some unsupported unicode characters: ${chars}`
    )
  })

  it('cucumber: skip reason only as CDATA text', () => {
    const [tc] = edge('skipped-text-no-message-cucumber.xml')
    expect(tc.outcome).toBe('skipped')
    expect(tc.seconds).toBe(0.172697)
    expect(tc.suites).toEqual(['cucumber.runtime.formatter.JUnitFormatter'])
    expect(tc.problems).toEqual([
      {
        kind: 'skipped',
        message: '',
        type: '',
        details:
          'Given skip This Test........................................................pending'
      }
    ])
  })

  it('time with a thousands separator; testcase times', () => {
    const testCases = edge('time-thousands-separator.xml')
    expect(testCases).toHaveLength(8)
    expect(
      testCases.map((tc) => `${tc.classname} ${tc.seconds}`).sort()
    ).toEqual(
      [
        'test.fs.FileSystemTest1 10',
        'test.fs.FileSystemTest2 11',
        'test.db.DatabaseTest1 10',
        'test.db.DatabaseTest2 12',
        'test.Rest.post 12',
        'test.Rest.get 13',
        'test.Rest.delete 13',
        'test.Rest.cleanup 20'
      ].sort()
    )
    expect(only(testCases, 'testFinish').suites).toEqual(['test.lib.Rest'])
    expect(named(testCases, 'testInterface')[0].suites).toEqual([
      'test.RestMethods',
      'test.lib.Rest'
    ])
    // the suite time attribute of that file
    expect(parseSeconds('2,503.1')).toBe(2503.1)
  })

  it('bad duration: negative time is undefined', () => {
    const testCases = edge('bad-duration.xml')
    expect(testCases.map((tc) => [tc.name, tc.seconds])).toEqual([
      ['testDummyMethod', undefined],
      ['testDummyMethod', 100]
    ])
  })

  it('times with units (kotest 5.0, Kotlin durations) are read as such', () => {
    const xml =
      '<testsuite name="BD-1 checkout" tests="3" time="1m 2.5s">' +
      '<testcase name="adds" classname="Checkout" time="80.803us"/>' +
      '<testcase name="pays" classname="Checkout" time="12ms"/>' +
      '<testcase name="ships" classname="Checkout" time="1m 2.5s"/>' +
      '</testsuite>'
    const testCases = junitCases(parseJUnit(xml, 'TEST-Checkout.xml'))
    expect(testCases.map((t) => t.seconds)).toEqual([80.803e-6, 0.012, 62.5])
  })

  it('empty <testsuites/>: JUnit with no test cases', () => {
    expect(
      parseJUnit(
        fixtureText('third-party/edge-cases/empty-testsuites.xml'),
        'empty.xml'
      )
    ).toEqual({
      kind: 'junit',
      testCases: [],
      doctypeIgnored: false,
      textLength: 14
    })
  })

  it('another root element: not-junit with its name', () => {
    expect(
      parseJUnit(
        fixtureText('third-party/edge-cases/non-junit-root.xml'),
        'non-junit.xml'
      )
    ).toEqual({ kind: 'not-junit', root: 'suites' })
  })

  it('XXE fixture: DOCTYPE dropped, nothing expanded; its root <r> is not JUnit, and as <testsuite> its second root is refused with file and line', () => {
    const text = fixtureText('third-party/edge-cases/xxe-external-entity.xml')
    expect(stripDoctype(text).hadDoctype).toBe(true)
    expect(parseJUnit(text, 'xxe-external-entity.xml')).toEqual({
      kind: 'not-junit',
      root: 'r'
    })
    const asJUnit = text.replace('<r>&oob;</r>', '<testsuite>&oob;</testsuite>')
    expect(() => parseJUnit(asJUnit, 'xxe-external-entity.xml')).toThrow(
      ReportParseError
    )
    try {
      parseJUnit(asJUnit, 'xxe-external-entity.xml')
    } catch (error) {
      const parseError = error as ReportParseError
      expect(parseError.file).toBe('xxe-external-entity.xml')
      expect(parseError.line).toBe(9)
      expect(parseError.message).toMatch(/^xxe-external-entity\.xml:9: /)
    }
  })
})

describe('attachments', () => {
  it('are read from output and failures, entities decoded, each once, in order', () => {
    const [testCase] = parseSuite(
      '<testcase name="a"><failure message="m">at x\n[[ATTACHMENT|shots/a&amp;b.png]]</failure>' +
        '<system-out><![CDATA[log\n[[ATTACHMENT| trace.zip ]]\n[[ATTACHMENT|shots/a&b.png]]]]></system-out>' +
        '<system-err>[[ATTACHMENT|]] [[ATTACHMENT|x\ny]] [[ATTACHMENT|err.log]]</system-err></testcase>'
    )
    expect(testCase.attachments).toEqual([
      'shots/a&b.png',
      'trace.zip',
      'err.log'
    ])
  })

  it('an unclosed line ends no path, and a later closed one still counts', () => {
    const [testCase] = parseSuite(
      '<testcase name="a"><failure message="m">' +
        '[[ATTACHMENT|a [[ATTACHMENT|b]x [[ATTACHMENT|c]]\n' +
        '[[ATTACHMENT|d\n[[ATTACHMENT|e]]</failure></testcase>'
    )
    // A path runs to its `]]`, the line's end or the next `[[ATTACHMENT|`.
    expect(testCase.attachments).toEqual(['c', 'e'])
  })

  it("keep a path holding `]` (pytest ids, data sets), as QA Sphere's CLI reads them", () => {
    const [testCase] = parseSuite(
      '<testcase name="a"><system-out>[[ATTACHMENT|shots/test_login[chromium].png]]\n' +
        '[[ATTACHMENT|shots/case[1]]]\n[[ATTACHMENT|x]] then [[ATTACHMENT|y]]</system-out></testcase>'
    )
    expect(testCase.attachments).toEqual([
      'shots/test_login[chromium].png',
      'shots/case[1]',
      'x',
      'y'
    ])
  })

  it("are read from a failure's message attribute too, as QA Sphere's CLI reads them", () => {
    const [failed, skipped] = parseSuite(
      '<testcase name="a"><failure message="boom [[ATTACHMENT|shots/a&amp;b.png]]"/></testcase>' +
        '<testcase name="b"><skipped message="[[ATTACHMENT|why.txt]]"/></testcase>'
    )
    expect(failed.attachments).toEqual(['shots/a&b.png'])
    expect(skipped.attachments).toEqual(['why.txt'])
  })

  it('are looked for in linear time, also when input attachments is off', () => {
    const hostile = '[[ATTACHMENT|'.repeat(60_000)
    const started = performance.now()
    const [testCase] = parseSuite(
      `<testcase name="a"><failure message="m">${hostile}</failure><system-out>${hostile}]]</system-out></testcase>`
    )
    // Quadratic matching took about a minute.
    expect(performance.now() - started).toBeLessThan(3000)
    // Each `[[ATTACHMENT|` ends the path before it: only the last is closed, and empty.
    expect(testCase.attachments).toEqual([])
  })

  it('a path of millions of characters is read, not a stack overflow', () => {
    const [unclosed, closed] = parseSuite(
      `<testcase name="a"><failure message="m">[[ATTACHMENT|${'a'.repeat(20_000_000)}</failure></testcase>` +
        `<testcase name="b"><failure message="m">[[ATTACHMENT|${'b]'.repeat(2_000_000)}]</failure></testcase>`
    )
    expect(unclosed.attachments).toEqual([])
    expect(closed.attachments).toEqual(['b]'.repeat(2_000_000).slice(0, -1)])
  })

  it('merge across the attempts of a retried test', () => {
    const [testCase] = junitCases(
      parseJUnit(
        `<testsuite name="s">${GO_VERSION}` +
          '<testcase name="a"><failure message="m"/><system-out>[[ATTACHMENT|1.png]]</system-out></testcase>' +
          '<testcase name="a"><system-out>[[ATTACHMENT|2.png]]</system-out></testcase></testsuite>',
        'r.xml'
      )
    )
    expect(testCase.outcome).toBe('flaky')
    expect(testCase.attachments).toEqual(['1.png', '2.png'])
  })
})

describe('failedOrErrored and isFailureOrError', () => {
  it('count failed and errored tests, not flaky, skipped or passed ones', () => {
    const outcomes: Outcome[] = [
      'passed',
      'failure',
      'error',
      'skipped',
      'flaky'
    ]
    expect(outcomes.filter(failedOrErrored)).toEqual(['failure', 'error'])
  })

  it('take failures and errors, not skips or the failed attempts of a flaky test', () => {
    const kinds = [
      'failure',
      'error',
      'skipped',
      'flaky failure',
      'flaky error'
    ] as const
    const problems = kinds.map((kind) => ({
      kind,
      message: '',
      type: '',
      details: ''
    }))
    expect(problems.filter(isFailureOrError).map((p) => p.kind)).toEqual([
      'failure',
      'error'
    ])
  })
})

describe('parseSeconds', () => {
  it.each([
    ['1.5', 1.5],
    ['0.000', 0],
    ['2,503.1', 2503.1],
    ['1,234,567', 1234567],
    ['1.2E-4', 0.00012],
    ['4.50611114501953e-05', 4.50611114501953e-5],
    [' 3 ', 3],
    ['12.', 12],
    ['.5', 0.5],
    ['10,000.5', 10000.5],
    ['1,000,000', 1000000]
  ])('%j → %j', (text, seconds) => {
    expect(parseSeconds(text)).toBe(seconds)
  })

  // Kotlin's Duration.toString(), which kotest 5.0's JUnit XML wrote.
  it.each([
    ['80.803us', 80.803e-6],
    ['80.803µs', 80.803e-6],
    ['80.803μs', 80.803e-6],
    ['12ms', 0.012],
    ['250ns', 250e-9],
    ['1.5s', 1.5],
    ['0s', 0],
    [' 7ms ', 0.007],
    ['1m 30.340s', 90.34],
    ['1h 0m 5s', 3605],
    ['2d 3h', 183_600]
  ])('%j with units → %j s', (text, seconds) => {
    expect(parseSeconds(text)).toBeCloseTo(seconds, 12)
  })

  it.each([
    '',
    '  ',
    '-345345',
    '-0.5',
    'abc',
    '1,2',
    '0,5',
    '0,123',
    '1,234',
    '10,000',
    '00,500',
    '0x10',
    '0b11',
    '0o7',
    '+1',
    '1e999',
    'NaN',
    'Infinity',
    'ms',
    '-5ms',
    '.5s',
    '5 s',
    '5sec',
    '5S',
    '1,250ms',
    '1e3ms',
    '5ms5',
    '5msms',
    '30s 1m',
    '1m 1m',
    '1m  5s'
  ])('%j → undefined', (text) => {
    expect(parseSeconds(text)).toBeUndefined()
  })

  it('reads hostile times in linear time', () => {
    const started = performance.now()
    for (const junk of ['x', '.x', 'e', '1e', ',']) {
      expect(parseSeconds('1'.repeat(20_000) + junk)).toBeUndefined()
      expect(parseSeconds('1'.repeat(63) + junk)).toBeUndefined()
    }
    // Quadratic matching took over 3 s for these.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('reads a long but real time', () => {
    expect(parseSeconds('0.000123456789012345678901234567890')).toBeCloseTo(
      0.000123456789,
      12
    )
  })
})

describe('inline XML', () => {
  const parse = (xml: string, file = 'inline.xml'): TestCase[] =>
    junitCases(parseJUnit(xml, file))

  it('repeated names are retries only with the same classname too', () => {
    const cases = parse(
      `<testsuite name="s">${GO_VERSION}` +
        '<testcase name="BD-1 t" classname="a"><failure message="x"/></testcase>' +
        '<testcase name="BD-1 t" classname="b"/>' +
        '<testcase name="BD-2 t" classname="a"><failure message="y"/></testcase>' +
        '<testcase name="BD-2 t" classname="a"/>' +
        '</testsuite>'
    )
    expect(cases.map((t) => [t.name, t.classname, t.outcome])).toEqual([
      ['BD-1 t', 'a', 'failure'],
      ['BD-1 t', 'b', 'passed'],
      ['BD-2 t', 'a', 'flaky']
    ])
  })

  it('googletest: result="skipped" is skipped, also without a <skipped> element (before 1.11)', () => {
    // As googletest 1.10's XmlUnitTestResultPrinter writes them.
    const cases = parse(
      '<testsuites tests="4" name="AllTests">' +
        '<testsuite name="Calc" tests="4">' +
        '<testcase name="BD1Adds" status="run" result="completed" time="0" classname="Calc" />' +
        '<testcase name="BD2Skips" status="run" result="skipped" time="0" classname="Calc" />' +
        '<testcase name="DISABLED_BD3" status="notrun" result="suppressed" time="0" classname="Calc" />' +
        '<testcase name="BD4Fails" status="run" result="completed" time="0" classname="Calc">' +
        '<failure message="calc.cc:9&#x0A;Expected equality" type=""><![CDATA[calc.cc:9\nExpected equality]]></failure>' +
        '</testcase></testsuite></testsuites>'
    )
    expect(cases.map((t) => [t.name, t.outcome])).toEqual([
      ['BD1Adds', 'passed'],
      ['BD2Skips', 'skipped'],
      ['DISABLED_BD3', 'skipped'],
      ['BD4Fails', 'failure']
    ])
  })

  it('bare <testsuite> root', () => {
    expect(
      parse(
        '<testsuite name="solo"><testcase name="only" classname="k" time="0.5"/></testsuite>'
      )
    ).toEqual([
      {
        name: 'only',
        reportedName: '',
        classname: 'k',
        file: '',
        suites: ['solo'],
        outcome: 'passed',
        seconds: 0.5,
        problems: [],
        markerProperties: [],
        output: '',
        attachments: [],
        reportFile: 'inline.xml'
      }
    ])
  })

  it('CDATA is literal, entities outside it are decoded', () => {
    const [tc] = parse(
      '<testsuite><testcase name="a"><failure message="m">x &lt; 1 <![CDATA[<b>&amp;</b> ]]]]><![CDATA[> done]]></failure>' +
        '<system-out><![CDATA[<i>&lt;</i>]]> &amp; more</system-out></testcase></testsuite>'
    )
    expect(tc.problems[0].details).toBe('x < 1 <b>&amp;</b> ]]> done')
    expect(tc.output).toBe('<i>&lt;</i> & more')
  })

  it('comments and processing instructions in a body are left out, as an XML parser reads it; inside CDATA they are text', () => {
    const [tc] = parse(
      '<testsuite><testcase name="a"><failure message="m">at x<!-- <b>note</b> -->\nat y<?pi z?><![CDATA[<!--kept-->]]></failure>' +
        '<system-out>out<!-- c --> &amp; more</system-out></testcase></testsuite>'
    )
    expect(tc.problems[0].details).toBe('at x\nat y<!--kept-->')
    expect(tc.output).toBe('out & more')
    // A nested element stays as written (Surefire's rerun bodies are handled apart).
    expect(decodeRawContent('a <b>x</b> &lt;')).toBe('a <b>x</b> <')
  })

  it('numeric references decoded; unknown entities stay literal', () => {
    const [a, b] = parse(
      '<testsuite><testcase name="&#66;&#x44;-&#49;2 &#x1F600;"/><testcase name="a &nbsp; &copy; b"/></testsuite>'
    )
    expect(a.name).toBe('BD-12 \u{1F600}')
    expect(b.name).toBe('a &nbsp; &copy; b')
    expect(decodeEntities('&#1114112;')).toBe('&#1114112;')
  })

  it('named entities decode left to right, each once, as one pass over the text would', () => {
    const tokens = [
      'a',
      '&',
      ';',
      'amp;',
      'lt;',
      '&lt;',
      '&gt;',
      '&amp;',
      '&quot;',
      '&apos;',
      '&LT;'
    ]
    const once = (text: string): string =>
      text.replace(
        /&(lt|gt|amp|quot|apos);/g,
        (_, name: string) =>
          ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? ''
      )
    let seed = 11
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 30 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return tokens[seed % tokens.length]
      }).join('')
      expect(decodeEntities(text)).toBe(once(text))
    }
    expect(decodeEntities('&amp;lt; &amp;amp; &lt;&amp;gt;')).toBe(
      '&lt; &amp; <&gt;'
    )
  })

  it('a reference to half a surrogate pair becomes U+FFFD, never a lone surrogate; both halves make their character', () => {
    expect(decodeEntities('a&#xD800;b&#56319;c&#xDC00;', 100)).toBe(
      'a\ufffdb\ufffdc\ufffd'
    )
    expect(decodeEntities('&#xDE00;&#xD83D;', 100)).toBe('\ufffd\ufffd')
    // Also when the pair falls on a cut between pieces.
    const pair = `${'x'.repeat(20)}&#xD83D;&#xDE00;`
    for (let pieceChars = 11; pieceChars <= 40; pieceChars++)
      expect(decodeEntities(pair, pieceChars)).toBe(`${'x'.repeat(20)}😀`)
    expect(decodeEntities('&#xD7FF;&#xE000;', 100)).toBe('\ud7ff\ue000')
    const [testCase] = junitCases(
      parseJUnit(
        '<testsuite name="s"><testcase name="BD-1 &#xD83D;"><failure message="&#xDE00;">&#xD83D;&#xDE00;</failure></testcase></testsuite>',
        'surrogates.xml'
      )
    )
    expect(testCase.name).toBe('BD-1 \ufffd')
    expect(testCase.problems[0].message).toBe('\ufffd')
    expect(testCase.problems[0].details).toBe('😀')
  })

  it('big text decoded in pieces reads as decoded whole, whatever falls on a cut', () => {
    const tokens = [
      'a',
      '&',
      ';',
      '&lt;',
      '&amp;',
      '&#x10FFFF;',
      '&#0000065;',
      '&#x1F600;',
      '&#66;',
      '&bogus;',
      '&#x110000;'
    ]
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const text = Array.from(
      { length: 400 },
      () => tokens[random(tokens.length)]
    ).join('')
    const whole = decodeEntities(text, text.length)
    expect(whole).not.toBe(text)
    for (let pieceChars = 11; pieceChars <= 40; pieceChars++)
      expect(decodeEntities(text, pieceChars)).toBe(whole)
  })

  it('qasphere properties: name case-insensitive, value or text', () => {
    const [tc] = parse(
      '<testsuite><testcase name="a"><properties>' +
        '<property name="QASphere" value="BD-3"/><property name="qasphere">BD-4</property>' +
        '<property name="other" value="BD-5"/></properties></testcase></testsuite>'
    )
    expect(tc.markerProperties).toEqual(['BD-3', 'BD-4'])
  })

  it('status attribute without child elements', () => {
    const testCases = parse(
      '<testsuite>' +
        ['Skipped', 'notrun', 'disabled', 'FAILED', 'errored', 'run', 'passed']
          .map((status) => `<testcase name="${status}" status="${status}"/>`)
          .join('') +
        '<testcase name="child wins" status="failed"><skipped/></testcase></testsuite>'
    )
    expect(testCases.map((tc) => tc.outcome)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'failure',
      'error',
      'passed',
      'passed',
      'skipped'
    ])
  })

  it('testcases directly under <testsuites>, and nested <testsuites>', () => {
    const testCases = parse(
      '<testsuites><testcase name="top"/><testsuites><testsuite name="inner"><testcase name="deep"/></testsuite></testsuites></testsuites>'
    )
    expect(testCases.map((tc) => [tc.name, tc.suites])).toEqual(
      expect.arrayContaining([
        ['top', []],
        ['deep', ['inner']]
      ])
    )
    expect(testCases).toHaveLength(2)
  })

  it('billion laughs: internal entities are never expanded', () => {
    const entities = [
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `<!ENTITY lol${i + 2} "${`&lol${i === 0 ? '' : i + 1};`.repeat(10)}">`
      )
    ]
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' +
      entities.join('\n') +
      '\n]>\n<testsuite name="s"><testcase name="&lol9;"><failure message="&lol9;">&lol9;</failure>' +
      '<system-out>&lol9;</system-out></testcase></testsuite>'
    const started = Date.now()
    const report = parseJUnit(xml, 'lol.xml')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(report.kind === 'junit' && report.doctypeIgnored).toBe(true)
    const [tc] = junitCases(report)
    expect(tc.name).toBe('&lol9;')
    expect(tc.problems[0].message).toBe('&lol9;')
    expect(tc.problems[0].details).toBe('&lol9;')
    expect(tc.output).toBe('&lol9;')
  })

  it('external SYSTEM entity is never read', () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' +
      '<testsuites><testsuite name="s"><testcase name="t &xxe;"><failure message="&xxe;">&xxe;</failure>' +
      '<system-out>&xxe;</system-out></testcase></testsuite></testsuites>'
    const report = parseJUnit(xml, 'xxe.xml')
    expect(report.kind === 'junit' && report.doctypeIgnored).toBe(true)
    const [tc] = junitCases(report)
    expect(tc.name).toBe('t &xxe;')
    expect(tc.problems[0]).toEqual({
      kind: 'failure',
      message: '&xxe;',
      type: '',
      details: '&xxe;'
    })
    expect(tc.output).toBe('&xxe;')
    expect(JSON.stringify(tc)).not.toContain('root:')
  })

  it('doctypeIgnored is false without a DOCTYPE', () => {
    expect(parseJUnit('<testsuites/>', 'x.xml')).toEqual({
      kind: 'junit',
      testCases: [],
      doctypeIgnored: false,
      textLength: '<testsuites/>'.length
    })
  })

  it('a DOCTYPE whose subset comments or instructions hold quotes or brackets is removed whole', () => {
    for (const subset of [
      "<!-- don't -->",
      '<!-- ] > -->',
      "<?pi it's ] > ?>",
      '<!ENTITY a "it\'s"> <!-- " -->'
    ]) {
      const report = parseJUnit(
        `<!DOCTYPE x [${subset}]>\n<testsuite><testcase name="BD-1 a"/></testsuite>`,
        'x.xml'
      )
      expect(report).toMatchObject({ kind: 'junit', doctypeIgnored: true })
      expect(junitCases(report).map((t) => t.name)).toEqual(['BD-1 a'])
    }
  })

  it("the prolog's comments and instructions are text: `<!DOCTYPE` or `<a` in them is no DOCTYPE or root", () => {
    const root = '<testsuite><testcase name="BD-1 a &e; b"/></testsuite>'
    const subset = '<!DOCTYPE x [<!ENTITY e "EXPANDED">]>'
    for (const [prolog, doctypeIgnored] of [
      ['<!-- no <!DOCTYPE here -->', false],
      ['<?note <!DOCTYPE y> ?>', false],
      [`<!-- see <a href="x"> -->${subset}`, true],
      [`<?xml version="1.0"?><!-- <!DOCTYPE --><?pi <b ?>${subset}`, true]
    ] as const) {
      const report = parseJUnit(`${prolog}\n${root}`, 'x.xml')
      expect([prolog, report]).toMatchObject([prolog, { doctypeIgnored }])
      // Not expanded either way.
      expect(junitCases(report).map((t) => t.name)).toEqual(['BD-1 a &e; b'])
    }
  })

  it('a DOCTYPE after a comment never closed is still removed', () => {
    const xml = `<!-- open\n<!DOCTYPE x [<!ENTITY e "EXPANDED">]>\n<testsuite><testcase name="&e;"/></testsuite>`
    expect(stripDoctype(xml)).toEqual({
      xml: '<!-- open\n\n<testsuite><testcase name="&e;"/></testsuite>',
      hadDoctype: true
    })
  })

  it('a removed DOCTYPE keeps later line numbers right', () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY a "b">\n]>\n<testsuite>\n<testcase name="a"></testsuite>'
    expect(() => parseJUnit(xml, 'lines.xml')).toThrow(/^lines\.xml:6: /)
  })

  it('truncated file: error names the file and the last line', () => {
    const xml =
      '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="s">\n    <testcase name="a">\n      <failure message="x">boom'
    let error: unknown
    try {
      parseJUnit(xml, 'reports/cut.xml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReportParseError)
    expect((error as ReportParseError).file).toBe('reports/cut.xml')
    expect((error as ReportParseError).line).toBe(5)
    expect((error as ReportParseError).message).toBe(
      'reports/cut.xml:5: malformed XML: the file ends inside <testsuites > testsuite > testcase > failure> (it looks truncated)'
    )
  })

  it('mismatched tags: error at the offending line', () => {
    expect(() =>
      parseJUnit(
        '<testsuites>\n<testsuite name="s">\n<testcase name="a"></testsuite>\n</testsuites>',
        'bad.xml'
      )
    ).toThrow(/^bad\.xml:3: malformed XML: /)
  })

  it.each(['', '   \n\t'])('empty file %j: error without a line', (text) => {
    let error: unknown
    try {
      parseJUnit(text, 'empty.xml')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReportParseError)
    expect((error as ReportParseError).line).toBeUndefined()
    expect((error as ReportParseError).message).toBe(
      'empty.xml: the file is empty'
    )
  })
})

describe('decodeReport', () => {
  const text = fixtureText('pytest/pytest-xunit1.xml')
  const expected = parseJUnit(text, 'r.xml')
  const utf16le = Buffer.from(text, 'utf16le')
  const utf16be = Buffer.from(utf16le).swap16()

  it('the UTF-8 original starts with its XML declaration', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
  })

  it('UTF-8 with BOM', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text, 'utf8')
    ])
    expect(decodeReport(bytes)).toBe(text)
  })

  it.each(['windows-1252', 'cp1252', 'ISO-8859-1'])(
    'a report declared %s: Latin-1 letters, and 0x80-0x9F as windows-1252 (euro, curly quotes, dashes)',
    (encoding) => {
      const bytes = Buffer.concat([
        Buffer.from(
          `<?xml version="1.0" encoding="${encoding}"?><testsuite><testcase name="BD-1 costs 5`,
          'latin1'
        ),
        Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0xe9]),
        Buffer.from('"/></testsuite>', 'latin1')
      ])
      expect(decodeReport(bytes)).toContain(
        'name="BD-1 costs 5\u20ac \u201cq\u201d \u2013 \u00e9"'
      )
    }
  )

  it.each([
    // Central European: č, ř, ž, and š at 0x9A (windows-1250) or 0xB9 (ISO-8859-2).
    ['windows-1250', [0xe8, 0xf8, 0x9e, 0x9a], 'čřžš'],
    ['ISO-8859-2', [0xe8, 0xf8, 0xbe, 0xb9], 'čřžš'],
    // ISO-8859-15 has the euro sign at 0xA4.
    ['ISO-8859-15', [0xa4, 0xe9], '€é'],
    ['windows-1251', [0xcf, 0xf0, 0xe8], 'При'],
    ['Shift_JIS', [0x83, 0x65, 0x83, 0x58, 0x83, 0x67], 'テスト']
  ])(
    'a report declared %s is read in that encoding',
    (encoding, bytes, letters) => {
      const report = Buffer.concat([
        Buffer.from(
          `<?xml version='1.0' encoding='${encoding}'?>\n<testsuite><testcase name="BD-1 `,
          'latin1'
        ),
        Buffer.from(bytes),
        Buffer.from('"/></testsuite>', 'latin1')
      ])
      expect(decodeReport(report)).toContain(`name="BD-1 ${letters}"`)
    }
  )

  it.each(['latin-1', 'latin_1', 'LATIN-1', 'iso8859_1'])(
    "a report declared %s (Python's spelling, as junit_xml writes it) is read as Latin-1, or as UTF-8 when its bytes are",
    (encoding) => {
      const head = `<?xml version='1.0' encoding='${encoding}'?>\n<testsuite><testcase name="BD-1 `
      const tail = '"/></testsuite>'
      const latin1 = Buffer.concat([
        Buffer.from(head, 'latin1'),
        Buffer.from([0xe9, 0x80]),
        Buffer.from(tail, 'latin1')
      ])
      expect(decodeReport(latin1)).toContain('name="BD-1 é€"')
      // junit_xml's documented use: the text into a file opened as UTF-8.
      const utf8 = Buffer.from(`${head}é€${tail}`, 'utf8')
      expect(decodeReport(utf8)).toContain('name="BD-1 é€"')
    }
  )

  it.each(['UTF-16', 'no-such-encoding', 'x-user-defined'])(
    'a report declared %s in ASCII-compatible bytes is read as UTF-8',
    (encoding) => {
      const report = Buffer.from(
        `<?xml version="1.0" encoding="${encoding}"?><testsuite><testcase name="BD-1 č"/></testsuite>`,
        'utf8'
      )
      expect(decodeReport(report)).toContain('name="BD-1 č"')
    }
  )

  it('UTF-16LE with BOM parses like the UTF-8 original', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])
    const decoded = decodeReport(bytes)
    expect(decoded).toBe(text)
    expect(parseJUnit(decoded, 'r.xml')).toEqual(expected)
  })

  it('UTF-16BE with BOM parses like the UTF-8 original', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])
    const decoded = decodeReport(bytes)
    expect(decoded).toBe(text)
    expect(parseJUnit(decoded, 'r.xml')).toEqual(expected)
  })

  it('UTF-16 without BOM, starting with "<"', () => {
    expect(decodeReport(utf16le)).toBe(text)
    expect(decodeReport(utf16be)).toBe(text)
  })

  it('UTF-16 without BOM, starting with whitespace before "<"', () => {
    const spaced = `\r\n \t\n${text}`
    const le = Buffer.from(spaced, 'utf16le')
    expect(decodeReport(le)).toBe(spaced)
    expect(decodeReport(Buffer.from(le).swap16())).toBe(spaced)
  })

  it('UTF-16 without BOM that starts with text other than whitespace is not guessed', () => {
    expect(() => decodeReport(Buffer.from(`x${text}`, 'utf16le'))).toThrow(
      ReportDecodeError
    )
  })

  it('non-ASCII text survives UTF-16 both ways', () => {
    const sample = '<testsuite name="caf\u00e9 \u{1F600}"/>'
    const le = Buffer.from(sample, 'utf16le')
    expect(decodeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(
      sample
    )
    const be = Buffer.from(le).swap16()
    expect(decodeReport(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(
      sample
    )
  })

  it('a NUL byte in an XML report (captured output) is replaced, not the file refused', () => {
    const bytes = Buffer.concat([
      Buffer.from('<testsuite><testcase name="BD-1 a"><system-out>x'),
      Buffer.from([0x00]),
      Buffer.from(
        'y</system-out></testcase><testcase name="BD-2 b"/></testsuite>'
      )
    ])
    const cases = junitCases(parseJUnit(decodeReport(bytes), 'r.xml'))
    expect(cases.map((t) => t.name)).toEqual(['BD-1 a', 'BD-2 b'])
  })

  it('a NUL byte is replaced behind a BOM too', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<testsuite><testcase name="BD-1 a'),
      Buffer.from([0x00]),
      Buffer.from('"/></testsuite>')
    ])
    expect(decodeReport(bytes)).toBe(
      '<testsuite><testcase name="BD-1 a\ufffd"/></testsuite>'
    )
  })

  it('binary (NUL bytes) is refused', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d
    ])
    expect(() => decodeReport(png)).toThrow(ReportDecodeError)
    expect(() => decodeReport(png)).toThrow(/binary file/)
  })
})

describe('loadReport', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'junit-load-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('replaces the secret wherever the report holds it, but not a placeholder too short to be a key', () => {
    const file = join(dir, 'secret.xml')
    writeFileSync(
      file,
      '<testsuite name="s"><testcase name="BD-1 key=t1.abc.secret"><system-out>t1.abc.secret</system-out><failure message="x"/></testcase></testsuite>'
    )
    const report = loadReport(file, 'secret.xml', undefined, {
      'api-key': 't1.abc.secret'
    })
    expect(report.removedSecrets).toEqual(['api-key'])
    const [testCase] = junitCases(report)
    expect(testCase.name).toBe('BD-1 key=***')
    expect(testCase.output).toBe('***')
    // One secret inside another: the longer goes whole.
    const both = loadReport(file, 'secret.xml', undefined, {
      'api-key': 't1.abc.secret'.slice(0, 10),
      'github-token': 't1.abc.secret'
    })
    expect(junitCases(both)[0].output).toBe('***')
    const placeholder = loadReport(file, 'secret.xml', undefined, {
      'api-key': 'x'
    })
    expect(placeholder.removedSecrets).toBeUndefined()
    expect(junitCases(placeholder)[0].problems[0].message).toBe('x')
  })

  it('reads and parses a real report', () => {
    const file = fileURLToPath(new URL('ctest/ctest.xml', REPORTS))
    const report = loadReport(file, 'ctest.xml')
    expect(junitCases(report)).toHaveLength(16)
    expect(junitCases(report)[0].reportFile).toBe('ctest.xml')
  })

  it('reads a UTF-16LE file with BOM', () => {
    const file = join(dir, 'utf16.xml')
    const text = fixtureText('go/gotestsum-reruns.xml')
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    )
    expect(junitCases(loadReport(file, 'utf16.xml'))).toHaveLength(5)
  })

  it('binary file: parse error with the display name', () => {
    const file = join(dir, 'binary.xml')
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))
    expect(() => loadReport(file, 'out/binary.xml')).toThrow(ReportParseError)
    expect(() => loadReport(file, 'out/binary.xml')).toThrow(
      /^out\/binary\.xml: it is a binary file/
    )
  })

  it('over the size limit: refused without reading', () => {
    const file = join(dir, 'huge.xml')
    writeFileSync(file, '')
    truncateSync(file, MAX_REPORT_BYTES + 1) // sparse: nothing is written
    expect(() => loadReport(file, 'huge.xml')).toThrow(
      /^huge\.xml: the file is 268,435,457 bytes, over the 256 MiB limit/
    )
  })

  it('a file that cannot be read is an error of that report only', () => {
    // Removed after it was found; a directory where a file was. (Without
    // read permission is EACCES, the same path; tests run as root here.)
    expect(() => loadReport(join(dir, 'gone.xml'), 'out/gone.xml')).toThrow(
      new ReportParseError(
        'out/gone.xml',
        undefined,
        'the file cannot be read: the file is gone (removed after it was found)'
      )
    )
    expect(() => loadReport(dir, 'out/dir.xml')).toThrow(
      /^out\/dir\.xml: the file cannot be read: it is a directory$/
    )
  })

  it('never follows a link or waits on a FIFO put where a report was found', () => {
    const outside = mkdtempSync(join(tmpdir(), 'junit-outside-'))
    try {
      writeFileSync(
        join(outside, 'secret.xml'),
        '<testsuite><testcase name="BD-1 OUTSIDE"/></testsuite>'
      )
      const workspace = join(dir, 'ws')
      mkdirSync(workspace, { recursive: true })
      // loadReport takes the workspace's real path, as findReports gives it.
      const root = realpathSync(workspace)
      symlinkSync(join(outside, 'secret.xml'), join(workspace, 'link.xml'))
      expect(() =>
        loadReport(join(workspace, 'link.xml'), 'link.xml', root)
      ).toThrow(
        /^link\.xml: the file cannot be read: it became a symbolic link after it was found/
      )
      // A folder on the way swapped for a link out of the workspace.
      symlinkSync(outside, join(workspace, 'sub'))
      expect(() =>
        loadReport(join(workspace, 'sub', 'secret.xml'), 'sub/secret.xml', root)
      ).toThrow(
        /^sub\/secret\.xml: the file cannot be read: it was moved or replaced/
      )
      execFileSync('mkfifo', [join(workspace, 'fifo.xml')])
      expect(() =>
        loadReport(join(workspace, 'fifo.xml'), 'fifo.xml', root)
      ).toThrow(
        /^fifo\.xml: the file cannot be read: it is not a regular file$/
      )
      // The real thing is read.
      writeFileSync(
        join(workspace, 'ok.xml'),
        '<testsuite><testcase name="BD-2 inside"/></testsuite>'
      )
      const report = loadReport(join(workspace, 'ok.xml'), 'ok.xml', root)
      expect(junitCases(report).map((t) => t.name)).toEqual(['BD-2 inside'])
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('truncated file on disk: error with the display name and line', () => {
    const file = join(dir, 'cut.xml')
    writeFileSync(file, fixtureBytes('third-party/pytest/pytest-corrupt.xml'))
    expect(() => loadReport(file, 'cut.xml')).toThrow(/^cut\.xml:11: /)
  })
})

describe('big reports are parsed suite by suite', () => {
  it('gives the same test cases as one parse, suites and direct testcases alike', () => {
    const suites = Array.from(
      { length: 3 },
      (_, i) =>
        `<testsuite name="s${i}"><testcase name="BD-${i} t" classname="c" time="1"/></testsuite>`
    ).join('\n')
    const report = parseJUnit(
      `<testsuites>\n${suites}\n<testcase name="top"/>\n</testsuites>`,
      'r.xml'
    )
    const cases = junitCases(report)
    expect(cases.map((t) => [t.name, t.suites])).toEqual([
      ['BD-0 t', ['s0']],
      ['BD-1 t', ['s1']],
      ['BD-2 t', ['s2']],
      ['top', []]
    ])
  })
})

describe('suite-level output', () => {
  it('jest-junit: a failed test shows its suite console output; a passed one none', () => {
    const jest = parseFixture('jest/jest-junit.xml')
    const failed = only(jest, '[BD-2] cart total is wrong')
    expect(failed.outcome).toBe('failure')
    expect(failed.output).toContain('cart debug')
    expect(only(jest, 'BD-1 user can log in').output).toBe('')
  })
})

describe('big reports are parsed in pieces', () => {
  const fixtures = readdirSync(fileURLToPath(REPORTS), {
    recursive: true,
    encoding: 'utf8'
  })
    .filter(isReportFile)
    .sort()

  /** The report, or the error it gives. */
  const outcome = (text: string, file: string, pieceChars: number): unknown => {
    try {
      return parseJUnit(text, file, pieceChars)
    } catch (error) {
      return error
    }
  }

  it.each(fixtures)(
    '%s: the same test cases, or the same error and line, with pieces of one element or a few',
    (file) => {
      let text: string
      try {
        text = fixtureText(file)
      } catch {
        return // not text at all: nothing to parse
      }
      const whole = outcome(text, file, Infinity)
      expect(outcome(text, file, 0)).toEqual(whole)
      expect(outcome(text, file, 200)).toEqual(whole)
    }
  )

  it('a big report: one <testsuite> in <testsuites>, the suite output and a (go) retry across pieces', () => {
    const cases = Array.from(
      { length: 3000 },
      (_, i) =>
        `<testcase classname="tests.test_shop" name="test_bd${i + 1}_item" time="0.01"${
          i % 100 === 7
            ? '><failure message="boom">trace &lt;1&gt;</failure></testcase>'
            : '/>'
        }`
    )
    // A first, failed attempt of test_bd1_item, far from its passing retry,
    // in the same suite: merged into one flaky test.
    cases.unshift(
      '<testcase classname="tests.test_shop" name="test_bd1_item" time="0.02"><failure message="first try">x</failure></testcase>'
    )
    const text = `<?xml version="1.0"?>\n<testsuites><testsuite name="pytest" tests="3001">${GO_VERSION}\n${cases.join('\n')}\n<system-out>suite log</system-out></testsuite></testsuites>`
    const whole = junitCases(parseJUnit(text, 'big.xml', Infinity))
    const pieces = junitCases(parseJUnit(text, 'big.xml', 4096))
    expect(pieces).toEqual(whole)
    expect(pieces).toHaveLength(3000)
    expect(pieces[0].outcome).toBe('flaky')
    expect(pieces[7].problems[0].details).toBe('trace <1>')
    expect(pieces[7].output).toBe('suite log')
    expect(pieces[7].suites).toEqual(['pytest'])
  })

  it('testcases directly in <testsuites> (node:test writes top-level tests so), among suites: suites first, the same name twice kept as two tests', () => {
    const top = Array.from(
      { length: 3000 },
      (_, i) =>
        `<testcase name="BD-${i + 1} top" classname="test" time="0.001"/>`
    )
    top.push(
      '<testcase name="BD-1 top" classname="test" time="0.002"><failure message="first try"/></testcase>'
    )
    const text = `<testsuites>${top.slice(0, 1500).join('\n')}<testsuite name="checkout"><testcase name="BD-9000 pays" classname="test"/></testsuite>${top.slice(1500).join('\n')}</testsuites>`
    const pieces = junitCases(parseJUnit(text, 'node.xml', 4096))
    expect(pieces).toEqual(junitCases(parseJUnit(text, 'node.xml', Infinity)))
    expect(pieces).toHaveLength(3002)
    expect(pieces[0].name).toBe('BD-9000 pays')
    // From two test files, most likely: a failure must not turn into a flaky pass.
    expect([pieces[1].name, pieces[1].outcome]).toEqual(['BD-1 top', 'passed'])
    expect([pieces[3001].name, pieces[3001].outcome]).toEqual([
      'BD-1 top',
      'failure'
    ])
  })

  it('PHPUnit nesting: a big suite inside the lone suite is read a piece at a time too', () => {
    const classSuite = (c: number): string =>
      `<testsuite name="Tests\\Unit\\C${c}Test" file="tests/Unit/C${c}Test.php">${Array.from(
        { length: 20 },
        (_, i) =>
          `<testcase name="testBd${c * 20 + i + 1}Works" class="Tests\\Unit\\C${c}Test" classname="Tests.Unit.C${c}Test" time="0.001"${
            i === 3 ? '><failure type="X">boom</failure></testcase>' : '/>'
          }`
      ).join('\n')}</testsuite>`
    const unit = `<testsuite name="Unit">${Array.from({ length: 100 }, (_, c) => classSuite(c)).join('\n')}</testsuite>`
    const text = `<?xml version="1.0"?>\n<testsuites><testsuite name="">\n${unit}\n<testsuite name="Feature">${classSuite(100)}</testsuite></testsuite></testsuites>`
    const whole = junitCases(parseJUnit(text, 'php.xml', Infinity))
    for (const pieceChars of [0, 1000, 8192]) {
      expect(junitCases(parseJUnit(text, 'php.xml', pieceChars))).toEqual(whole)
    }
    expect(whole).toHaveLength(2020)
    expect(whole[0].suites).toEqual(['Tests\\Unit\\C0Test', 'Unit'])
    expect(whole[2019].suites).toEqual(['Tests\\Unit\\C100Test', 'Feature'])
  })

  it('big suites nested 40 deep (deeper ones are parsed whole, not in pieces) give the same test cases', () => {
    // Each level read in pieces scans its suite again; deep levels are parsed whole.
    const depth = 40
    let inner =
      '<testcase classname="c" name="BD-1 deepest"><failure message="m"/></testcase>'
    for (let level = depth; level > 0; level--) {
      inner = `<testsuite name="L${level}"><testcase classname="c" name="BD-${level + 1} at ${level}"/>${inner}</testsuite>`
    }
    const text = `<testsuites>${inner}<testsuite name="other"><testcase name="x"/></testsuite></testsuites>`
    const whole = junitCases(parseJUnit(text, 'deep.xml', Infinity))
    expect(whole).toHaveLength(depth + 2)
    for (const pieceChars of [0, 64, 1000]) {
      expect(junitCases(parseJUnit(text, 'deep.xml', pieceChars))).toEqual(
        whole
      )
    }
    const deepest = whole.find((t) => t.name === 'BD-1 deepest')
    expect(deepest?.suites).toHaveLength(depth)
    expect(deepest?.outcome).toBe('failure')
  })

  it('suites nested thousands deep are refused with the line, not a crash', () => {
    const text =
      '<testsuites>\n' +
      '<testsuite name="s">\n'.repeat(6000) +
      '<testcase name="BD-1"/>' +
      '</testsuite>'.repeat(6000) +
      '</testsuites>'
    for (const pieceChars of [Infinity, 0]) {
      expect(() => parseJUnit(text, 'deep.xml', pieceChars)).toThrow(
        /^deep\.xml:101: elements nested more than 100 deep, more than any test tool writes; the action reads no deeper$/
      )
    }
  })

  it(`a report of more than ${MAX_TEST_CASES.toLocaleString('en-US')} testcases is refused before parsing, with a clear message`, () => {
    // The shortest testcase there is: the count must not be skipped.
    const tag = '<testcase/>'
    const over = `<testsuite name="s">${tag.repeat(MAX_TEST_CASES + 1)}</testsuite>`
    expect(() => parseJUnit(over, 'huge.xml')).toThrow(
      `huge.xml: it holds ${grouped(MAX_TEST_CASES + 1)} testcases, over the limit of ${grouped(MAX_TEST_CASES)} for one report (memory); split the report`
    )
    // As big, but few testcases: read as usual.
    const output = 'x'.repeat(over.length)
    const few = `<testsuite name="s">${tag}<testcase name="BD-2"><system-out>${output}</system-out></testcase></testsuite>`
    expect(junitCases(parseJUnit(few, 'big.xml'))).toHaveLength(2)
  })

  it(`more than ${MAX_NODES_AT_ONCE.toLocaleString('en-US')} elements and attributes that would be parsed at once are refused, with the line of the element holding them`, () => {
    // With <testcase>, its name and <properties>: one over.
    const many = '<property/>'.repeat(MAX_NODES_AT_ONCE - 2)
    const testCase = `<testcase name="BD-1 big">\n<properties>${many}</properties></testcase>`
    const message = `this <testcase> holds more than ${grouped(MAX_NODES_AT_ONCE)} elements and attributes, over the limit the action reads at once (memory); no test tool writes as many into one element`
    // One testcase cannot be cut into pieces: in a big suite, among many
    // suites.
    const inSuite = `<testsuite name="s">\n<testcase name="a"/>\n${testCase}</testsuite>`
    const amongSuites = `<testsuites>\n${'<testsuite name="s"><testcase name="a"/></testsuite>\n'.repeat(3)}<testsuite name="t">\n${testCase}</testsuite></testsuites>`
    expect(() => parseJUnit(inSuite, 'many.xml')).toThrow(
      `many.xml:3: ${message}`
    )
    expect(() => parseJUnit(amongSuites, 'many.xml')).toThrow(
      `many.xml:6: ${message}`
    )
    // A report read whole (as a small one is) names its root.
    expect(() => parseJUnit(inSuite, 'many.xml', Infinity)).toThrow(
      `many.xml:1: ${message.replace('<testcase>', '<testsuite>')}`
    )
    // Nor a big suite nested deeper than the pieces go.
    const deep =
      '<testsuites>' +
      '<testsuite name="level">\n'.repeat(12) +
      '<testcase name="a"/>'.repeat(MAX_NODES_AT_ONCE / 2) +
      '</testsuite>'.repeat(12) +
      '</testsuites>'
    expect(() => parseJUnit(deep, 'deep.xml')).toThrow(
      /^deep\.xml:\d+: this <testsuite> holds more than 500,000 elements and attributes/
    )
    // One fewer property: at the limit, read.
    const atLimit = testCase.replace('<property/>', '')
    expect(
      junitCases(
        parseJUnit(`<testsuite name="s">${atLimit}</testsuite>`, 'limit.xml')
      ).map((t) => t.name)
    ).toEqual(['BD-1 big'])
    // Tags in CDATA and comments are text, not elements.
    const inText = `<testsuite name="s"><testcase name="BD-2"><system-out><![CDATA[${many}]]></system-out><!-- ${many} --></testcase></testsuite>`
    expect(junitCases(parseJUnit(inText, 'text.xml'))).toHaveLength(1)
  })

  it("a Qt 5 report's comments, which it reads as messages and data rows, count as elements and testcases", () => {
    const qt5 = (body: string) =>
      '<testsuite errors="0" failures="0" tests="1" name="T"><properties>' +
      '<property value="5.15.8" name="QTestVersion"/></properties>' +
      `<testcase result="pass" name="testA">\n${body}</testcase></testsuite>`
    const comments = '<!-- message="m" type="qdebug" -->'.repeat(
      MAX_NODES_AT_ONCE
    )
    expect(() => parseJUnit(qt5(comments), 'qt5.xml')).toThrow(
      /^qt5\.xml:1: this <testcase> holds more than 500,000 elements and attributes/
    )
    // Elsewhere a comment is no node.
    expect(
      junitCases(
        parseJUnit(qt5(comments).replace('5.15.8', '6.4.2'), 'qt6.xml')
      )
    ).toHaveLength(1)
    // Each tag a row: counted as testcases before parsing.
    const rows = '<!--tag="r"type="skip"-->'.repeat(MAX_TEST_CASES)
    expect(() => parseJUnit(qt5(rows), 'rows.xml')).toThrow(
      `rows.xml: it holds ${grouped(MAX_TEST_CASES + 1)} testcases, over the limit of ${grouped(MAX_TEST_CASES)} for one report (memory); split the report`
    )
  })

  it('attributes count as the parser finds them: words split by any white space, a quoted value only after =', () => {
    const words = (separator: string) =>
      `${separator}a`.repeat(MAX_NODES_AT_ONCE)
    const suite = (testCase: string) =>
      `<testsuite name="s"><testcase name="BD-1 x"/>\n${testCase}</testsuite>`
    for (const tag of [
      `<testcase name="BD-2"${words(' ')}/>`,
      `<testcase name="BD-2"${words('\u00a0')}/>`,
      `<testcase name="BD-2"${words('\u3000')}/>`,
      `<testcase name="BD-2" "${words(' ')}"/>`,
      `<testcase name="BD-2"${words(' x=')}/>`
    ]) {
      expect(() => parseJUnit(suite(tag), 'attributes.xml')).toThrow(
        /^attributes\.xml:2: this <testcase> holds more than 500,000 elements and attributes/
      )
    }
    // A long value is one attribute.
    const longName = `<testcase name="BD-3${words(' ')}" classname='${words(' ')}'/>`
    expect(
      junitCases(parseJUnit(suite(longName), 'long.xml'))[1].name
    ).toHaveLength(4 + 2 * MAX_NODES_AT_ONCE)
  })

  it(`more than ${MAX_SIDE_BY_SIDE.toLocaleString('en-US')} elements side by side are refused also deep inside (each big suite's bounds are kept), at the file's line of the first one over`, () => {
    const deep = (count: number) =>
      '<testsuites>\n<testsuite name="a">\n<testsuite name="b">\n<testsuite name="c">\n' +
      '<properties/>'.repeat(count) +
      '\n<testcase name="BD-1 last"/></testsuite></testsuite></testsuite></testsuites>'
    expect(() => parseJUnit(deep(MAX_SIDE_BY_SIDE), 'deep.xml')).toThrow(
      `deep.xml:6: more than ${grouped(MAX_SIDE_BY_SIDE)} elements side by side, more than any test tool writes; the action reads no more (memory)`
    )
    expect(junitCases(parseJUnit(deep(10), 'deep.xml'))).toHaveLength(1)
  })

  it('other XML is skipped unread: however big, even malformed', () => {
    expect(parseJUnit('<data>\n<a></b></data>', 'other.xml')).toEqual({
      kind: 'not-junit',
      root: 'data'
    })
    const big = `<?xml version="1.0"?><svg>${'<path d="M0 0"/>'.repeat(4_000_000)}</svg>`
    expect(parseJUnit(big, 'drawing.xml')).toEqual({
      kind: 'not-junit',
      root: 'svg'
    })
  })

  it(`a report of more than ${MAX_PROBLEMS.toLocaleString('en-US')} failures, errors and skips is refused before parsing, with a clear message`, () => {
    // The shortest there is, in one test: the count must not be skipped.
    const over = `<testsuite name="s"><testcase name="BD-1">${'<error/>'.repeat(MAX_PROBLEMS + 1)}</testcase></testsuite>`
    expect(() => parseJUnit(over, 'hostile.xml')).toThrow(
      `hostile.xml: it holds ${grouped(MAX_PROBLEMS + 1)} failures, errors and skips, over the limit of ${grouped(MAX_PROBLEMS)} for one report (memory); split the report`
    )
    const kinds = `<failure/><skipped/><flakyFailure/><rerunError/>`
    const mixed = `<testsuite name="s"><testcase name="BD-1">${kinds.repeat(MAX_PROBLEMS / 4)}<error/></testcase></testsuite>`
    expect(() => parseJUnit(mixed, 'mixed.xml')).toThrow(
      `it holds ${grouped(MAX_PROBLEMS + 1)} failures`
    )
  })

  it('200,000 repeats of one test in a suite are read (no spread of a huge list)', () => {
    const text = `<testsuite name="s">${'<testcase classname="c" name="t"/>'.repeat(200_000)}</testsuite>`
    const cases = junitCases(parseJUnit(text, 'same.xml'))
    expect(cases).toHaveLength(200_000)
  })

  it('a lone suite whose name holds ">" (legal in an attribute), as a bare root and inside <testsuites>', () => {
    const cases = '<testcase name="BD-1 a"/><testcase name="BD-2 b"/>'
    for (const text of [
      `<testsuite name="x > y">${cases}</testsuite>`,
      `<testsuites name="all"><testsuite name="x > y">${cases}</testsuite></testsuites>`
    ]) {
      const pieces = junitCases(parseJUnit(text, 'gt.xml', 0))
      expect(pieces).toEqual(junitCases(parseJUnit(text, 'gt.xml', Infinity)))
      expect(pieces.map((t) => [t.name, t.suites])).toEqual([
        ['BD-1 a', ['x > y']],
        ['BD-2 b', ['x > y']]
      ])
    }
  })

  it('an element the parser refuses, deep in a big suite: the same error as parsed whole', () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `<testcase name="t${i}">${i === 1500 ? '<constructor/>' : ''}</testcase>`
    )
    const text = `<testsuite name="s">\n${lines.join('\n')}\n</testsuite>`
    const error = outcome(text, 'bad.xml', 1024)
    expect(error).toBeInstanceOf(ReportParseError)
    expect((error as ReportParseError).message).toContain('constructor')
    expect(error).toEqual(outcome(text, 'bad.xml', Infinity))
  })

  it('random reports (nested suites, testcases at any level, comments, CDATA, entities, damage): the same outcome whole and in pieces of every size', () => {
    const random = seeded(20261122)
    const pick = pickWith(random)
    const space = (): string => pick(['', ' ', '\n', '\n  ', '\t'])
    const value = (): string =>
      pick([
        'BD-1 a',
        'BD-2 > b',
        'x &amp; y',
        'c/d',
        "it's",
        '&quot;q&quot;',
        '',
        'BD-3',
        'a&lt;b'
      ])
    const body = (): string =>
      pick([
        '',
        'line 1\n  at x',
        '<![CDATA[ <b>raw</b> ]]>',
        'a &lt; b',
        ' ',
        'x<!-- c -->y',
        '&#65;&#x42;'
      ])
    const between = (): string =>
      pick([
        '',
        '',
        '',
        '<!-- <testcase name="BD-9"/> -->',
        '<?pi data?>',
        '\n'
      ])
    const child = (): string => {
      const kind = pick([
        'failure',
        'error',
        'skipped',
        'system-out',
        'system-err',
        'flakyFailure',
        'rerunFailure',
        'properties'
      ])
      if (kind === 'properties')
        return `<properties><property name="p" value="${value()}"/></properties>`
      if (random() < 0.3) return `<${kind} message="${value()}"${space()}/>`
      return `<${kind}${random() < 0.5 ? ` message="${value()}" type="T"` : ''}>${body()}</${kind}${space()}>`
    }
    const testcase = (): string => {
      const attributes = `name="${value()}"${random() < 0.7 ? `${pick([' ', '\n    '])}classname="${value()}"` : ''}${random() < 0.7 ? ` time="${pick(['0.1', '1', '', 'x', '12'])}"` : ''}`
      if (random() < 0.4) return `<testcase ${attributes}${space()}/>`
      let children = ''
      for (let n = Math.floor(random() * 3); n > 0; n--)
        children += space() + child() + between()
      return `<testcase ${attributes}>${children}</testcase>`
    }
    const suite = (depth: number): string => {
      const name = random() < 0.8 ? ` name="${value()}"` : ''
      if (random() < 0.1) return `<testsuite${name}${space()}/>`
      let children = ''
      for (let n = Math.floor(random() * (depth > 2 ? 6 : 12)); n > 0; n--) {
        const r = random()
        if (r < 0.65) children += space() + testcase()
        else if (r < 0.8 && depth < 4) children += space() + suite(depth + 1)
        else if (r < 0.85 && depth < 3) children += space() + suites(depth + 1)
        else if (r < 0.92) children += space() + child()
        else children += between()
      }
      return `<testsuite${name} tests="3">${children}</testsuite${space()}>`
    }
    const suites = (depth: number): string => {
      let children = ''
      for (let n = Math.floor(random() * (depth > 1 ? 4 : 10)); n > 0; n--) {
        const r = random()
        if (r < 0.6) children += space() + suite(depth + 1)
        else if (r < 0.75) children += space() + testcase()
        else if (r < 0.82 && depth < 3) children += space() + suites(depth + 1)
        else children += between()
      }
      return `<testsuites name="all">${children}</testsuites>`
    }
    let parsed = 0
    for (let i = 0; i < 400; i++) {
      let text = `${pick(['', '<?xml version="1.0"?>\n'])}${random() < 0.5 ? suites(0) : suite(0)}${space()}`
      if (random() < 0.2) {
        // Damage: a few characters gone anywhere.
        const at = Math.floor(random() * text.length)
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 5))
      }
      const whole = outcome(text, 'random.xml', Infinity)
      if (!(whole instanceof Error)) parsed++
      for (const pieceChars of [0, 1, 40, 300]) {
        expect([
          text,
          pieceChars,
          outcome(text, 'random.xml', pieceChars)
        ]).toEqual([text, pieceChars, whole])
      }
    }
    // Mostly reports, not errors: the pieces are really compared.
    expect(parsed).toBeGreaterThan(300)
  })
})

describe('bazel (4.2.3): test.xml per target, runs, shards, attempts', () => {
  const BAZEL = fixtureReports('bazel')
  const read = (target: string) => parseFixture(`bazel/cart/${target}`)

  it('one testcase per test.xml, named <package>/<target> as its suite, no classname; a shard adds _shard_N/M', () => {
    const names = BAZEL.flatMap((file) =>
      parseFixture(file).map((tc) => [tc.name, tc.classname, tc.suites])
    )
    expect(names).toHaveLength(15)
    for (const [name, classname, suites] of names) {
      expect(classname).toBe('')
      expect(suites).toEqual([name])
    }
    expect(
      read('BD-1005_sharded_test/shard_2_of_3/test.xml').map((tc) => tc.name)
    ).toEqual(['cart/BD-1005_sharded_test_shard_2/3'])
  })

  it('a failed test is an <error> with its exit code, read as a failure (Bazel says FAILED); its log is the suite-level output', () => {
    const [tc] = read('BD-1001_checkout_fails_test/test.xml')
    expect(tc.outcome).toBe('failure')
    expect(tc.problems).toEqual([
      {
        kind: 'failure',
        message: 'exited with error code 1',
        type: '',
        details: ''
      }
    ])
    expect(tc.outputOfSuite).toBe(true)
    expect(tc.output).toContain(
      'checking out cart 7\ncart/checkout_fails.sh:4: expected status 200, got 500'
    )
    // A timeout is exit code 142, the log's last line says so.
    const [slow] = read('BD-1003_slow_export_test/test.xml')
    expect(slow.problems[0].message).toBe(
      'timed out (exited with error code 142)'
    )
    expect(slow.output).toMatch(/\n-- Test timed out at [^\n]* --\s*$/)
    // Bazel splits a ]]> of the log across two CDATA sections.
    expect(read('BD-1009_hostile_output_test/test.xml')[0].output).toContain(
      '<script>alert(1)</script> & "quotes" ]]> end'
    )
  })

  it("an earlier attempt's test_attempts/attempt_N.xml is a flaky failure: flaky when test.xml passed", () => {
    const [attempt] = read(
      'BD-1002_flaky_payment_test/test_attempts/attempt_1.xml'
    )
    expect(attempt.outcome).toBe('flaky')
    expect(attempt.problems).toEqual([
      expect.objectContaining({
        kind: 'flaky failure',
        message: 'exited with error code 1'
      })
    ])
    expect(attempt.output).toContain('payment gateway timed out (attempt 1)')
    expect(read('BD-1002_flaky_payment_test/test.xml')[0].outcome).toBe(
      'passed'
    )
    // The same report under another name is no earlier attempt.
    expect(
      parseJUnit(
        fixtureText(
          'bazel/cart/BD-1002_flaky_payment_test/test_attempts/attempt_1.xml'
        ),
        'attempt_1.xml'
      )
    ).toMatchObject({ testCases: [{ outcome: 'failure' }] })
  })

  it("reads only Bazel's own exit-code error as a failure: not one with a classname, a type, details, or a name other than its suite's", () => {
    const report = (testcase: string) =>
      parseJUnit(
        `<testsuites><testsuite name="cart/x_test" tests="1" errors="1">${testcase}</testsuite></testsuites>`,
        'test.xml'
      )
    expect(
      report(
        '<testcase name="cart/x_test" status="run"><error message="exited with error code 1"></error></testcase>'
      )
    ).toMatchObject({
      testCases: [
        {
          outcome: 'failure',
          problems: [{ message: 'exited with error code 1' }]
        }
      ]
    })
    // Code 142 is a timeout only where the log's last line says so.
    expect(
      report(
        '<testcase name="cart/x_test"><error message="exited with error code 142"></error></testcase>'
      )
    ).toMatchObject({
      testCases: [{ problems: [{ message: 'exited with error code 142' }] }]
    })
    for (const other of [
      '<testcase name="cart/x_test" classname="cart"><error message="exited with error code 1"/></testcase>',
      '<testcase name="cart/x_test"><error message="exited with error code 1" type="RuntimeError"/></testcase>',
      '<testcase name="cart/x_test"><error message="exited with error code 1">trace</error></testcase>',
      '<testcase name="other"><error message="exited with error code 1"/></testcase>',
      '<testcase name="cart/x_test"><error message="exited with error code one"/></testcase>'
    ])
      expect(report(other)).toMatchObject({
        testCases: [{ outcome: 'error' }]
      })
  })

  it("statuses per marker are Bazel's summary's (a failed run or shard fails the target; the snake-case name has no marker)", () => {
    expect(statusesByMarker(BAZEL)).toEqual({
      'BD-1000': 'passed',
      'BD-1001': 'failed',
      'BD-1002': 'passed',
      'BD-1003': 'failed',
      'BD-1004': 'failed',
      'BD-1005': 'failed',
      'BD-1006': 'failed',
      'BD-1007': 'failed',
      'BD-1008': 'failed',
      'BD-1009': 'failed'
    })
  })
})
