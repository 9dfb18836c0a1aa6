/**
 * A <testcase> element → TestCase: the generic reading (children.ts) with
 * every tool's exceptions applied where the report's source calls for them
 * (failures.ts).
 */
import { failedOrErrored, type Problem, type TestCase } from '../test-case.js'
import {
  attachmentsOf,
  collectProblems,
  consoleLauncherName,
  lineNumber,
  markerProperties,
  outcomeOf,
  OUTPUT_TAGS,
  outputOf,
  parseSeconds,
  skipProperty
} from './children.js'
import {
  CRITERION_ASSERTIONS,
  CRITERION_TYPE,
  criterionFirstFailedFirst,
  GINKGO_LOCATION,
  isBareAssert,
  isBareCtestFailure,
  isTestNgSkip,
  MISSING_DEPENDENCY,
  PHPUNIT_RISKY,
  qt6Descriptions,
  qt6Output,
  readEunitAssertion,
  readGinkgoV1,
  readLuaUnitType,
  readSubunitFailure,
  readTapJunitError,
  readTestCafeFailure,
  readXdistCrash,
  takeGoogletestFailures,
  takeLibtestFailure,
  testCafeNotes,
  wdioStack,
  withTestCafeScreenshots
} from './failures.js'
import type { ReportSource } from './tools.js'
import {
  attribute,
  childrenOf,
  elements,
  NONE,
  rawAttribute,
  type XmlNode
} from './xml-nodes.js'

/** Characters of a skipped test's output kept as the reason of a bare <skipped/>. */
const SKIP_OUTPUT_CHARS = 10_000

/**
 * Output that is a scenario's log of its steps, not why it was skipped:
 * behave's `@scenario.begin` … `Given a cart ... skipped in 0.000s`,
 * cucumber's `When a step.....skipped`.
 */
const STEP_LOG =
  /^@scenario\.begin$|(?:\.\.\.|\s\.\.\.\s)(?:passed|failed|skipped|undefined|pending|ambiguous|untested)(?:$| in \d)/m

const CATCH2_FAILED_AS_EXPECTED =
  /^TEST_CASE tagged with !(?:mayfail|shouldfail)$/

/** doctest's check macros that only warn: `WARN`, `WARN_EQ`, `WARN_THROWS_AS`… */
const DOCTEST_WARN = /^WARN(?:_[A-Z]+)*$/

const DOCTEST_SUBCASE_NOTE =
  'exception thrown in subcase - will translate later when the whole test case has been exited (cannot translate while there is an active exception)'

/**
 * Why CTest did not start a test (cmCTestRunTest's CompletionStatus), which
 * it counts as failed; its skips are `SKIP_RETURN_CODE=77` and
 * `SKIP_REGULAR_EXPRESSION_MATCHED`.
 */
const CTEST_NOT_STARTED =
  /^(?:Unable to find executable|Required Files Missing|Fixture dependency failed|Missing Configuration|Insufficient resources|Failed to change working directory)$/

export function toTestCase(
  node: XmlNode,
  suites: readonly string[],
  source: ReportSource,
  linesFromZero = false
): TestCase {
  const { file: reportFile, wdio } = source
  const children = childrenOf(node, 'testcase')
  const problems: Problem[] = []
  /** Where the test is, as Ginkgo v1 writes it in its failure (see readGinkgoV1). */
  let ginkgoSpec: string | undefined
  /** The test's file, as TestCafe's stack names it (see readTestCafeFailure). */
  let testCafeFile: string | undefined
  let rerun = false
  // Where the test's output is: WebdriverIO's stacks are read as failures.
  let outputTags = OUTPUT_TAGS
  // Most testcases have no children at all: nothing to look for.
  if (children.length > 0) {
    collectProblems(children, 'failure', 'failure', problems)
    collectProblems(children, 'error', 'error', problems)
    const firstRuns = problems.length
    collectProblems(children, 'rerunFailure', 'failure', problems, true)
    collectProblems(children, 'rerunError', 'error', problems, true)
    rerun = problems.length > firstRuns
    collectProblems(children, 'flakyFailure', 'flaky failure', problems, true)
    collectProblems(children, 'flakyError', 'flaky error', problems, true)
    collectProblems(children, 'skipped', 'skipped', problems)
    // Ant's <junitlauncher>: a failed assumption, which JUnit 5 counts as skipped.
    collectProblems(children, 'aborted', 'skipped', problems)
    collectProblems(children, 'warning', 'warning', problems)
    if (source.qtest === 6) qt6Descriptions(children, problems)
    if (source.testcafe)
      for (const problem of problems) {
        const file = readTestCafeFailure(problem)
        testCafeFile ??= file
      }
    if (source.ginkgoV1)
      for (const problem of problems) {
        const spec = readGinkgoV1(problem)
        ginkgoSpec ??= spec
      }
    // doctest writes an exception thrown in a subcase twice: first a note
    // that it will be translated later, then the exception itself.
    const note = problems.findIndex(
      (p) => p.kind === 'error' && p.details === DOCTEST_SUBCASE_NOTE
    )
    if (note >= 0 && problems.some((p, i) => i > note && p.kind === 'error'))
      problems.splice(note, 1)
    // A test allowed to fail that failed: Catch2's `[!mayfail]`/`[!shouldfail]`
    // ("failed as expected", like unittest's expected failure) and node's
    // `todo` test (node counts it todo, not failed, and the run passes).
    const expected = problems.findIndex(
      (p) =>
        p.kind === 'skipped' &&
        (p.type === 'todo' || CATCH2_FAILED_AS_EXPECTED.test(p.message))
    )
    const expectedFailure = expected >= 0
    // Its reason first, then the failure it was allowed.
    if (expected > 0) problems.unshift(...problems.splice(expected, 1))
    if (source.luaunit) for (const problem of problems) readLuaUnitType(problem)
    for (const problem of problems) {
      readSubunitFailure(problem)
      if (expectedFailure) problem.kind = 'skipped'
      else if (problem.kind === 'error' && isTestNgSkip(problem))
        problem.kind = 'skipped'
      // nose2 writes an unexpected success (a test expected to fail that
      // passed), which fails the run, as a skip.
      else if (
        problem.kind === 'skipped' &&
        problem.message === 'test passes unexpectedly'
      )
        problem.kind = 'failure'
      else if (problem.kind === 'warning') {
        // PHPUnit 9 does not run a test whose @depends target does not
        // exist (one that did not pass is skipped): it warns instead.
        const missing = MISSING_DEPENDENCY.exec(problem.details)
        if (missing) {
          problem.kind = 'skipped'
          problem.message = missing[0]
        }
      } else if (problem.kind === 'error') {
        if (PHPUNIT_RISKY.test(problem.type)) problem.kind = 'warning'
        else if (!readTapJunitError(problem)) {
          readEunitAssertion(problem)
          readXdistCrash(problem)
        }
      }
      // doctest writes a WARN check that did not hold as a <failure> of
      // its type; doctest counts the test as passed.
      else if (problem.kind === 'failure' && DOCTEST_WARN.test(problem.type))
        problem.kind = 'warning'
      else if (
        problem.kind === 'failure' &&
        problem.type === CRITERION_TYPE &&
        CRITERION_ASSERTIONS.test(problem.message)
      )
        problem.details = criterionFirstFailedFirst(problem.details)
      // EUnit's surefire reporter writes a test that timed out (EUnit
      // cancels it, and the run fails) as <skipped type="timeout">.
      else if (problem.kind === 'skipped' && problem.type === 'timeout') {
        problem.kind = 'failure'
        if (problem.message.trim() === '') problem.message = 'timed out'
      }
      // CTest writes a test it could not start (its executable or a
      // required file missing, a fixture's setup test failed), which it
      // counts as failed, as skipped: status="notrun", its reason the message.
      else if (
        problem.kind === 'skipped' &&
        CTEST_NOT_STARTED.test(problem.message) &&
        attribute(node, 'status') === 'notrun'
      )
        problem.kind = 'error'
    }
    if (wdio && wdioStack(children, problems)) outputTags = ['system-out']
  }

  let outcome = outcomeOf(
    problems,
    attribute(node, 'status'),
    attribute(node, 'result')
  )
  // A test rerun that never passed failed, whatever its runs threw (Surefire
  // would count an error where one run errored).
  if (rerun && outcome === 'error') outcome = 'failure'
  const testCafe = source.testcafe
    ? testCafeNotes(attribute(node, 'name').trim(), children)
    : undefined
  // TestCafe's quarantine mode: failed, then passed on a rerun.
  if (outcome === 'passed' && testCafe?.unstable) outcome = 'flaky'
  // node-tap's junit reporter: a skipped or todo test is only a property,
  // and has no time. Playwright and vitest write every annotation of a test
  // that ran (`{ type: 'todo' }`) as a property too, with its time.
  if (
    outcome === 'passed' &&
    children.length > 0 &&
    rawAttribute(node, 'time') === '' &&
    skipProperty(children)
  )
    outcome = 'skipped'
  // meson writes the reason of a skip (a TAP `# SKIP`, what a test that
  // exited 77 printed) only as the test's output, beside a bare <skipped/>.
  // Its start is kept: the output of a skipped test is not.
  // WebdriverIO's output is its log of WebDriver commands, never a reason.
  if (outcome === 'skipped' && children.length > 0 && !wdio) {
    const skip = problems.find((p) => p.kind === 'skipped')
    if (skip && skip.message.trim() === '' && skip.details === '') {
      const told = outputOf(children).trim().slice(0, SKIP_OUTPUT_CHARS)
      if (!STEP_LOG.test(told)) skip.details = told
    }
  }
  const properties = children.length > 0 ? markerProperties(children) : NONE
  const name = testCafe?.name ?? attribute(node, 'name').trim()
  const displayName = children.length > 0 ? consoleLauncherName(children) : ''
  // cth_surefire writes a test's group (`checkout.shipping`) only here.
  const group = attribute(node, 'group').trim()
  let output =
    outcome === 'passed' || outcome === 'skipped' || children.length === 0
      ? ''
      : source.qtest === 6
        ? qt6Output(children)
        : outputOf(children, outputTags)
  if (output && problems.length === 1 && isBareAssert(problems[0]))
    output = takeLibtestFailure(problems[0], output)
  else if (
    output &&
    problems.length === 1 &&
    isBareCtestFailure(problems[0]) &&
    attribute(node, 'status') === 'fail'
  )
    takeGoogletestFailures(problems, output)
  const testCase: TestCase = {
    name: displayName || name,
    reportedName: displayName && displayName !== name ? name : '',
    classname: attribute(node, 'classname').trim(),
    file: attribute(node, 'file') || (testCafeFile ?? ''),
    suites: group ? [group, ...suites] : suites,
    outcome,
    seconds: parseSeconds(attribute(node, 'time')),
    // Most tests have neither: share one empty array rather than 200,000.
    problems: problems.length > 0 ? problems : NONE,
    markerProperties: properties.length > 0 ? properties : NONE,
    output,
    attachments:
      children.length === 0
        ? NONE
        : testCafe
          ? withTestCafeScreenshots(attachmentsOf(children), problems)
          : attachmentsOf(children),
    reportFile
  }
  if (wdio?.spacedNames) testCase.spacedMarkers = true
  if (failedOrErrored(outcome)) {
    const fromZero = linesFromZero && testCase.file.endsWith('.py')
    const line = lineNumber(attribute(node, 'line'), fromZero)
    // @web/test-runner's `line` is not where the test is: the first
    // `N:N` of the failure's stack, often a line of mocha's bundle
    // (`autorun.js:1:204848`) or of another module the test called.
    if (line !== undefined && !source.webTestRunner) testCase.line = line
    const spec = ginkgoSpec && GINKGO_LOCATION.exec(ginkgoSpec)
    if (spec && testCase.file === '') {
      testCase.file = spec[1]
      const specLine = lineNumber(spec[2], false)
      if (specLine !== undefined) testCase.line = specLine
    }
    if (source.cxxtest && testCase.file === '')
      cxxtestFailurePlace(children, testCase)
  }
  return testCase
}

/**
 * CxxTest writes where a test failed only as its first <failure>'s `file`
 * and `line` (the assertion's, or setUp's), its text `Error: Expected …`
 * naming no place; the testcase's `line` is where the test is.
 */
function cxxtestFailurePlace(
  children: readonly XmlNode[],
  testCase: TestCase
): void {
  const [failure] = elements(children, 'failure')
  const file = failure && attribute(failure, 'file')
  if (!file) return
  testCase.file = file
  const line = lineNumber(attribute(failure, 'line'), false)
  if (line !== undefined) testCase.line = line
}
