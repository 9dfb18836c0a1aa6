/**
 * Per-tool readers of failures, errors and skips: what a tool writes in a
 * <failure>'s message, type or text, or in a test's or suite's output, that
 * the generic testcase reader cannot know (TAP, EUnit, LuaUnit, Criterion,
 * subunit, pytest-xdist, TestCafe, Ginkgo, Qt 5 and 6, WebdriverIO, jest,
 * googletest, Rust's libtest).
 */
import {
  failedOrErrored,
  isFailureOrError,
  type Problem,
  type TestCase
} from '../test-case.js'
import { decodeEntities, decodeRawContent } from '../xml-text.js'
import { outcomeOf, OUTPUT_TAGS, outputOf } from './children.js'
import {
  attribute,
  childrenOf,
  COMMENT,
  elements,
  NONE,
  rawContent,
  type XmlNode
} from './xml-nodes.js'

/**
 * TestNG's junitreports (6.x) write a skipped test as an `<error>`: a
 * SkipException the test threw, or a test not run because a method it depends
 * on failed.
 */
export function isTestNgSkip(problem: Problem): boolean {
  return (
    /(?:^|\.)\w*SkipException$/.test(problem.type) ||
    (problem.type === 'java.lang.Throwable' &&
      problem.message.endsWith('depends on not successfully finished methods'))
  )
}

export const MISSING_DEPENDENCY =
  /^This test depends on ".*" which does not exist\.$/m

/** The types of PHPUnit 9's risky tests. */
export const PHPUNIT_RISKY =
  /^PHPUnit\\Framework\\(?:RiskyTestError|OutputError)$/

/**
 * EUnit's reason line for a failed `?assertEqual` and the like of
 * Erlang/OTP's assert.hrl: `**error:{assertEqual,[{module,m},…`.
 */
const EUNIT_ASSERTION =
  /^\*\*error:\{(assert(?:Equal|NotEqual|Match|NotMatch|Exception|NotException)?),\[/m

/**
 * EUnit's surefire reporter means to write a failed assertion as a
 * <failure>, but looks for the exceptions of older EUnit
 * (`assertEqual_failed`): OTP's assertions are written as
 * `<error type="error">`, the reason after `::` and the stack. They are
 * failures, typed by their assertion.
 */
export function readEunitAssertion(problem: Problem): void {
  if (problem.type !== 'error' || !problem.details.startsWith('::')) return
  const match = EUNIT_ASSERTION.exec(problem.details)
  if (!match) return
  problem.kind = 'failure'
  problem.type = match[1]
}

/**
 * LuaUnit writes a failure's or error's message (`test_cart.lua:22:
 * expected: 5, actual: 4`, over several lines for tables and strings) as its
 * `type`, and its stack trace as the text: the message is read as the
 * message, as its console prints it.
 */
export function readLuaUnitType(problem: Problem): void {
  if (
    (problem.kind === 'failure' || problem.kind === 'error') &&
    problem.message === '' &&
    problem.type !== ''
  ) {
    problem.message = problem.type
    problem.type = ''
  }
}

/** Criterion's message of a failed test, its failed assertions in the details: `2 assertion(s) failed.` */
export const CRITERION_ASSERTIONS = /^\d+ assertion\(s\) failed\.$/

/** Criterion's type of a failed test (its assertions': another tool's text is no list of them). */
export const CRITERION_TYPE = 'assert'

/** The start of an assertion in Criterion's details, `tests/cart.c:21: message`; its further lines are indented. */
const CRITERION_ASSERTION_START = /^(?=\S)/m

/**
 * Criterion writes a test's failed assertions last first (each
 * `file:line: message`): the first that failed, as its console shows them,
 * is put first, so that it is the failure shown and annotated.
 */
export function criterionFirstFailedFirst(details: string): string {
  const assertions = details
    .split(CRITERION_ASSERTION_START)
    .map((assertion) => assertion.trimEnd())
  return assertions.length < 2 ? details : assertions.reverse().join('\n')
}

/** What prove says of a test beyond the plan: it counts the test as failed. */
const NOT_IN_THE_PLAN =
  'Not in the plan: the script ran more tests than it planned.'

/** TAP::Harness::JUnit's type of a failed test (the class of the TAP result it read). */
const TAP_HARNESS_FAILURE = 'TAP::Parser::Result::Test'

/** Its types of the failed tests it adds for a script (no plan, a bad plan, a non-zero exit). */
const TAP_HARNESS_SCRIPT_FAILURE = /^(?:Plan|Died)$/

/** Its message of the test it adds for a script that ran more tests than it planned. */
const TAP_HARNESS_EXTRA_TESTS = 'Extra tests tun.'

/** TAP's plan: `1..16`. */
const TAP_PLAN = /^1\.\.\d+\s*$/

/** A test's line of TAP, its number after `ok`: `not ok 3 - name`. */
const TAP_TEST_LINE = /^(?:not )?ok\b\s*(\d*)/

/**
 * A line of TAP::Harness::JUnit's <system-out> that ends a test's
 * diagnostics: Test::More's header of a TODO test's failure, a subtest's
 * start, its words on the whole script at the end (`Looks like you failed 2
 * tests of 3.`).
 */
const TAP_NEXT_DIAGNOSTIC =
  /^#\s*(?:Failed \(TODO\) test\b|Subtest:|Looks like (?:you|your test)\b)/

const TAP_FAILED_TEST = /^#\s*Failed test\b/

/**
 * TAP::Harness::JUnit gives a failed test the TAP comments written before
 * its `not ok` line, which with Test::More (its diagnostics follow the line)
 * are the previous test's: `Failed test 'other' at t/x.t line 10.` would be
 * this test's reason and line. Its suite's <system-out> holds the script's
 * TAP in order, each test's line once (less TODO tests, which it writes
 * nowhere): a failed test's diagnostics are the comments after its line
 * there, as TAP::Formatter::JUnit writes them. A test beyond the plan, which
 * prove counts as failed, it writes as passed beside its `Extra tests tun.`
 * failure: failed, as TAP::Formatter::JUnit's UnplannedTest. Its names get
 * ` (2)` once any name of the run repeats, and from then on every name of
 * every script (it counts repeats across scripts): a test takes back the
 * description of its line when no other test of the script has it. Where
 * the output does not hold a test's line where it should, the rest is left
 * as written.
 */
export function readTapHarnessSuite(
  testCases: readonly TestCase[],
  output: string
): void {
  const lines = output.split('\n')
  const extraTests = testCases.some((t) =>
    t.problems.some(
      (p) => p.type === 'Plan' && p.message === TAP_HARNESS_EXTRA_TESTS
    )
  )
  const planned = Number(
    lines.find((line) => TAP_PLAN.test(line))?.slice(3) ?? Infinity
  )
  const names = new Set(testCases.map((t) => t.name))
  /** The name without the harness's ` (N)`, when no other test has it. */
  const takeBack = (testCase: TestCase, name: string): void => {
    if (
      name !== '' &&
      testCase.name.startsWith(name) &&
      NUMBERED_AGAIN.test(testCase.name.slice(name.length)) &&
      !names.has(name)
    ) {
      names.add(name)
      testCase.name = name
    }
  }
  let at = 0
  for (const testCase of testCases) {
    // The harness's own tests of the script have no line of TAP.
    if (
      testCase.problems.some((p) => TAP_HARNESS_SCRIPT_FAILURE.test(p.type))
    ) {
      takeBack(testCase, testCase.name.replace(NUMBERED_AGAIN, ''))
      continue
    }
    while (at < lines.length && !TAP_TEST_LINE.test(lines[at])) at++
    if (at === lines.length) return
    const line = lines[at++].trimEnd()
    const failure = testCase.problems.find(
      (p) => p.type === TAP_HARNESS_FAILURE
    )
    if (failure) {
      if (failure.message.trim() !== line) return
      failure.details = [line, ...tapDiagnostics(lines, at)].join('\n').trim()
    }
    takeBack(testCase, tapDescription(line))
    const number = Number(TAP_TEST_LINE.exec(line)?.[1])
    if (extraTests && number > planned && !failedOrErrored(testCase.outcome)) {
      testCase.problems = [
        ...testCase.problems,
        {
          kind: 'failure',
          message: NOT_IN_THE_PLAN,
          type: 'UnplannedTest',
          details: line
        }
      ]
      testCase.outcome = 'failure'
    }
  }
}

/** What TAP::Harness::JUnit adds to a name it has seen: ` (2)`. */
const NUMBERED_AGAIN = / \(\d+\)$/

/** A test line's description as the harness names the test: no number, leading `- ` or directive. */
function tapDescription(line: string): string {
  return line
    .replace(TAP_TEST_LINE, '')
    .replace(TAP_DIRECTIVE, '')
    .replace(/^[\s-]*/, '')
    .trim()
}

/** A TAP line's `# SKIP reason` or `# TODO reason`. */
const TAP_DIRECTIVE = /\s*(?<!\\)#\s*(?:skip|todo)\b.*$/i

/** The comments after a test's line (lines[from] on): its diagnostics, up to another failure's. */
function tapDiagnostics(lines: readonly string[], from: number): string[] {
  let end = from
  let failedTests = 0
  for (; end < lines.length; end++) {
    const line = lines[end]
    if (line.trim() === '') continue
    if (!line.startsWith('#') || TAP_NEXT_DIAGNOSTIC.test(line)) break
    if (TAP_FAILED_TEST.test(line) && ++failedTests > 1) break
  }
  return lines.slice(from, end)
}

/**
 * TAP::Formatter::JUnit's errors of tests that prove does not count as
 * errors: a TODO test that passed (prove's "TODO passed"; the script
 * passes), shown as a warning, and a test beyond the plan, which prove
 * counts as failed. False for any other error.
 */
export function readTapJunitError(problem: Problem): boolean {
  if (problem.type === 'TodoTestSucceeded') problem.kind = 'warning'
  else if (problem.type === 'UnplannedTest') {
    problem.kind = 'failure'
    problem.message = NOT_IN_THE_PLAN
  } else return false
  return true
}

/**
 * pytest-xdist's report of a test whose worker process died (`os._exit`, a
 * segfault, pytest-timeout's thread method): pytest counts the test failed,
 * but its junitxml writes `<error message="failed on setup with &quot;worker
 * 'gw1' crashed while running 'tests/test_x.py::test_y'&quot;">`, whatever
 * the test was doing.
 */
const XDIST_CRASH =
  /^failed on setup with "(worker '[^'\n]*' crashed while running '[^\n]*')"$/

/** A test that crashed its xdist worker failed, with xdist's own words. */
export function readXdistCrash(problem: Problem): void {
  const crash = XDIST_CRASH.exec(problem.message)
  if (!crash || problem.details.trim() !== crash[1]) return
  problem.kind = 'failure'
  problem.message = crash[1]
}

/** The exception subunit's Python side (testtools) wraps a failure's text in. */
const TESTTOOLS_DETAILS = 'testtools.testresult.real._StringException'

/** The type subunit2junitxml (python-junitxml) gives an unexpected success. */
const UNEXPECTED_SUCCESS = 'unittest.case._UnexpectedSuccess'

/**
 * subunit2junitxml writes a failure's text as testtools wraps it: the
 * traceback after `testtools.testresult.real._StringException: `, which
 * says nothing; that prefix goes. Its unexpected success (a test marked
 * @expectedFailure that passed, which fails the run) has a type only: it
 * gets a message saying so.
 */
export function readSubunitFailure(problem: Problem): void {
  if (problem.kind !== 'failure' && problem.kind !== 'error') return
  if (
    problem.type === TESTTOOLS_DETAILS &&
    problem.details.startsWith(`${TESTTOOLS_DETAILS}: `)
  )
    problem.details = problem.details
      .slice(TESTTOOLS_DETAILS.length + 2)
      .trimStart()
  else if (
    problem.type === UNEXPECTED_SUCCESS &&
    problem.message === '' &&
    problem.details === ''
  )
    problem.message =
      'Unexpected success: the test is marked as an expected failure, but it passed.'
}

/** TestCafe's first error, numbered `1) `, and its lines indented under it. */
const TESTCAFE_FIRST_ERROR = /^\s*1\) /

/** Where TestCafe's error message ends: the browser it failed in. */
const TESTCAFE_BROWSER = /^[ \t]*Browser: /m

/** A hook's error, headed `- Error in fixture.before hook -` (or `Role initializer`). */
const TESTCAFE_HOOK = /^- (Error in .+) -$/

/** A frame of the stack TestCafe writes last, in the test's file: `at <anonymous> (/w/tests/cart.test.js:15:35)`. */
const TESTCAFE_FRAME = /^[ \t]+at [^\n(]*\(([^\n()]+):\d+:\d+\)$/m

/**
 * TestCafe writes a test's errors as one text without a message: each
 * numbered (`1) AssertionError: …`), its message, the browser, the code
 * around the failing line and the stack, which is the test file's. The
 * first error's message becomes the message, without its number and with a
 * hook's heading joined to it (`Error in fixture.before hook: Error: seed
 * failed`); the text is kept. Returns the test's file, from that stack:
 * testcafe-reporter-junit writes none, and a JavaScript error's message
 * holds the page's stack, which is no test source.
 */
export function readTestCafeFailure(problem: Problem): string | undefined {
  if (problem.message !== '' || problem.kind !== 'failure') return undefined
  const text = problem.details
  const start = TESTCAFE_FIRST_ERROR.exec(text)
  if (!start) return undefined
  const rest = text.slice(start[0].length)
  // Always written: without it, this is no TestCafe error.
  const browser = TESTCAFE_BROWSER.exec(rest)
  if (!browser) return undefined
  const lines = rest.slice(0, browser.index).trimEnd().split('\n')
  // Its later lines are indented under its first letter.
  let indent = Infinity
  for (let i = 1; i < lines.length; i++) {
    const at = lines[i].search(/\S/)
    if (at >= 0 && at < indent) indent = at
  }
  for (let i = 1; i < lines.length; i++)
    lines[i] = lines[i].slice(Math.min(indent, lines[i].length))
  const hook = TESTCAFE_HOOK.exec(lines[0])
  if (hook && lines.length > 1) lines.splice(0, 2, `${hook[1]}: ${lines[1]}`)
  problem.message = lines.join('\n')
  return TESTCAFE_FRAME.exec(rest.slice(browser.index))?.[1]
}

/** What TestCafe's reporters add to a test's name (xunit) or write as its output (testcafe-reporter-junit). */
const TESTCAFE_UNSTABLE = ' (unstable)'

const TESTCAFE_SCREENSHOTS = ' (screenshots: '

const TESTCAFE_UNSTABLE_OUTPUT = /^[ \t]*\(unstable\)[ \t]*$/m

/** The screenshot TestCafe took when an error happened (`--screenshots takeOnFails=true`), under the error's message. */
const TESTCAFE_SCREENSHOT = /^[ \t]*Screenshot: ([^\n]*\S)/gm

interface TestCafeNotes {
  /** The test's name without what the reporter added. */
  name: string
  /** Quarantine mode found it unstable: it failed, then passed on a rerun (the failed attempts are not written). */
  unstable: boolean
}

/**
 * What TestCafe's reporters say of a test besides its outcome: its xunit
 * reporter adds ` (unstable)` and ` (screenshots: FOLDER)` to the name,
 * testcafe-reporter-junit writes them as the test's output. The screenshots
 * themselves are named in the errors (see testCafeScreenshots).
 */
export function testCafeNotes(
  written: string,
  children: readonly XmlNode[]
): TestCafeNotes {
  let name = written
  const shots = name.lastIndexOf(TESTCAFE_SCREENSHOTS)
  if (shots >= 0 && name.endsWith(')')) name = name.slice(0, shots)
  let unstable = name.endsWith(TESTCAFE_UNSTABLE)
  if (unstable) name = name.slice(0, -TESTCAFE_UNSTABLE.length)
  else if (children.length > 0)
    unstable = TESTCAFE_UNSTABLE_OUTPUT.test(outputOf(children))
  return { name, unstable }
}

/** The screenshots TestCafe's errors name, as `[[ATTACHMENT|path]]` lines would. */
export function withTestCafeScreenshots(
  paths: readonly string[],
  problems: readonly Problem[]
): readonly string[] {
  const found = new Set(paths)
  for (const problem of problems)
    for (const [, path] of problem.details.matchAll(TESTCAFE_SCREENSHOT))
      found.add(path)
  return found.size > paths.length ? [...found] : paths
}

/**
 * A location as Ginkgo v1 writes it, on a line of its own: `/w/cart/cart_test.go:27`,
 * a Go file (its root's attributes are other tools' too: Surefire's).
 */
export const GINKGO_LOCATION = /^(\S(?:.*\S)?\.go):(\d{1,9})$/

/** What Ginkgo v1 adds to a panic's failure after where it happened. */
const GINKGO_PANIC = '\n\nPanic: '

const GINKGO_STACK = '\n\nFull stack:\n'

/**
 * Ginkgo v1's JUnit reporter writes a failure (and a Skip()'s reason) as
 * one text with no message: the spec's location, Ginkgo's message, and
 * where it failed, each on lines of their own; a panic adds `Panic: value`
 * and a stack (`/w/cart_test.go:27`, `Expected`, `    <int>: 4`, `to
 * equal`, `    <int>: 5`, `/w/cart_test.go:30`). Ginkgo's message becomes
 * the message (with a panic's value: `Test Panicked: assignment to entry in
 * nil map`), the details lose the spec's location, which is returned: where
 * the test is (the annotation's place when where it failed is no file of
 * the workspace, as a panic's runtime file). A skip's reason is the message
 * alone.
 */
export function readGinkgoV1(problem: Problem): string | undefined {
  if (problem.message !== '') return undefined
  const text = problem.details
  const firstBreak = text.indexOf('\n')
  if (firstBreak < 0) return undefined
  const spec = text.slice(0, firstBreak)
  if (!GINKGO_LOCATION.test(spec)) return undefined
  const panicAt = problem.type === 'Panic' ? text.indexOf(GINKGO_PANIC) : -1
  const end = panicAt < 0 ? text.length : panicAt
  const lastBreak = text.lastIndexOf('\n', end - 1)
  if (!GINKGO_LOCATION.test(text.slice(lastBreak + 1, end))) return undefined
  const message = text.slice(firstBreak + 1, Math.max(lastBreak, firstBreak))
  let panic = ''
  if (panicAt >= 0) {
    const stackAt = text.indexOf(GINKGO_STACK, panicAt)
    panic = text
      .slice(panicAt + GINKGO_PANIC.length, stackAt < 0 ? undefined : stackAt)
      .trim()
  }
  problem.message = panic ? `${message.trim()}: ${panic}` : message
  problem.details = problem.kind === 'skipped' ? '' : text.slice(firstBreak + 1)
  return spec
}

/** What Qt 5 writes in a message's comment: `tag="…" message="…" type="qdebug"`. */
const QT5_MESSAGE_FIELD = /\b(tag|message|type)="([^"]*)"/g

/** Qt 5's `result` of a test function of which a row passed (XFAIL passes). */
const QT5_PASSED = /^(?:pass|xfail)$/

/** A Qt 5 test function's row (or the function itself): its failures, skip and messages. */
interface Qt5Row {
  problems: Problem[]
  messages: string[]
}

/**
 * Qt 5's junitxml (QTestLib 5.x) writes a test function's messages (qDebug,
 * qWarning, QSKIP's reason…) only as XML comments in its testcase, `<!--
 * message="…" type="skip" -->`: so is a skip, which nothing else tells. A
 * data row's failure or message carries the row's `tag`, and the rows that
 * passed without a message are not written (Qt counts each row). So a
 * `skip` is a skip, the other messages the test's output, and each row a
 * tag names is a test of its own, `function(tag)`, as Qt 6 and Qt's console
 * name it (a marker in the tag counts); the function itself stays a test
 * when something untagged failed or was skipped, or, as a passed one, when
 * Qt says a row passed (`result="pass"`) and no row named did.
 */
export function qt5TestCases(node: XmlNode, testCase: TestCase): TestCase[] {
  const children = childrenOf(node, 'testcase')
  // Qt 5 writes only failures and comments in a testcase: one holding more
  // is another tool's (a merged report's suite after Qt's), left as written.
  if (
    children.length === 0 ||
    testCase.output !== '' ||
    testCase.problems.some((p) => p.kind !== 'failure')
  )
    return [testCase]
  const own: Qt5Row = { problems: [], messages: [] }
  const rows = new Map<string, Qt5Row>()
  const rowOf = (tag: string): Qt5Row => {
    if (tag === '') return own
    let row = rows.get(tag)
    if (!row) rows.set(tag, (row = { problems: [], messages: [] }))
    return row
  }
  // Qt 5 writes no other element in a testcase: its problems are these.
  const failures = testCase.problems.filter((p) => p.kind === 'failure')
  let nextFailure = 0
  for (const child of children) {
    if ('failure' in child) {
      const failure = failures[nextFailure++]
      if (failure) rowOf(attribute(child, 'tag')).problems.push(failure)
    } else if (COMMENT in child) {
      const { tag, message, type } = qt5Message(rawContent(child, COMMENT))
      const row = rowOf(tag)
      if (type === 'skip')
        row.problems.push({ kind: 'skipped', message, type: '', details: '' })
      else if (message.trim() !== '') row.messages.push(message)
    }
  }
  const asTest = (name: string, row: Qt5Row): TestCase => {
    const outcome = outcomeOf(row.problems, '')
    return {
      ...testCase,
      name,
      outcome,
      problems: row.problems.length > 0 ? row.problems : NONE,
      output: failedOrErrored(outcome) ? row.messages.join('\n') : ''
    }
  }
  if (rows.size === 0) return [asTest(testCase.name, own)]
  const rowTests = [...rows].map(([tag, row]) =>
    asTest(`${testCase.name}(${tag})`, row)
  )
  const functionPassed =
    QT5_PASSED.test(attribute(node, 'result')) &&
    !rowTests.some((t) => t.outcome === 'passed')
  return own.problems.length > 0 || functionPassed
    ? [asTest(testCase.name, own), ...rowTests]
    : rowTests
}

/** The fields of a Qt 5 message's comment, decoded ('' when absent). */
function qt5Message(comment: string): {
  tag: string
  message: string
  type: string
} {
  const fields = { tag: '', message: '', type: '' }
  for (const [, name, value] of comment.matchAll(QT5_MESSAGE_FIELD))
    fields[name as keyof typeof fields] = decodeEntities(value)
  return fields
}

/**
 * Qt 6's junitxml writes the first line of a failure's (or skip's)
 * description as its `message` and the rest (QCOMPARE's `Actual` and
 * `Expected` values) as its text: the description is one message again, as
 * Qt's console prints it and Qt 5 wrote it.
 */
export function qt6Descriptions(
  children: readonly XmlNode[],
  problems: readonly Problem[]
): void {
  for (const kind of ['failure', 'skipped'] as const) {
    const written = problems.filter((p) => p.kind === kind)
    elements(children, kind).forEach((element, i) => {
      const problem = written[i]
      if (!problem || problem.details === '') return
      const raw = rawContent(element, kind)
      const text = cdataContents(raw) ?? decodeRawContent(raw).trim()
      problem.message = `${problem.message}\n${text}`
      problem.details = ''
    })
  }
}

/**
 * A Qt 6 test's output: each message is a CDATA section of its own, indented
 * in its <system-out> or <system-err>; the messages, one a line.
 */
export function qt6Output(children: readonly XmlNode[]): string {
  const parts: string[] = []
  for (const tag of OUTPUT_TAGS) {
    for (const element of elements(children, tag)) {
      const raw = rawContent(element, tag)
      const text = cdataContents(raw) ?? decodeRawContent(raw)
      if (text.trim()) parts.push(text)
    }
  }
  return parts.join('\n')
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g

/** The contents of raw text's CDATA sections, one a line, when there is nothing but whitespace around them. */
function cdataContents(raw: string): string | undefined {
  const sections: string[] = []
  let end = 0
  for (const match of raw.matchAll(CDATA_SECTION)) {
    if (raw.slice(end, match.index).trim() !== '') return undefined
    sections.push(match[1])
    end = match.index + match[0].length
  }
  if (sections.length === 0 || raw.slice(end).trim() !== '') return undefined
  return sections.join('\n')
}

/**
 * @wdio/junit-reporter writes a failure's message only (or, with
 * `errorOptions`, what it names, often the message as a <failure> and an
 * <error> both), and the error's stack as the test's <system-err>; a failed
 * attempt that mocha then retried is a <skipped/> with its stack there. The
 * stack becomes the failure's text (unless `errorOptions` gave it one), an
 * <error> repeating a <failure>'s message goes, and a skip with a stack is a
 * failed attempt (a flaky failure until mergeWdioRetries sees the attempt
 * after it). Whether the stack is the failure's: the output then is the
 * <system-out> alone.
 */
export function wdioStack(
  children: readonly XmlNode[],
  problems: Problem[]
): boolean {
  const stack = outputOf(children, ['system-err']).trim()
  if (!stack) return false
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i]
    if (
      p.kind === 'error' &&
      problems.some((f) => f.kind === 'failure' && f.message === p.message)
    )
      problems.splice(i, 1)
  }
  const failed = problems.filter(isFailureOrError)
  if (failed.length === 0) {
    const skip = problems.findIndex((p) => p.kind === 'skipped')
    if (skip < 0) return false
    problems[skip] = {
      kind: 'flaky failure',
      message: stackMessage(stack),
      type: '',
      details: stack
    }
  } else if (failed.every((p) => p.details === '')) failed[0].details = stack
  return true
}

/** The message of a JavaScript error's stack, as @wdio/junit-reporter writes it in a failure's `message`. */
function stackMessage(stack: string): string {
  const frame = stack.search(/\n\s+at /)
  return (frame < 0 ? stack : stack.slice(0, frame)).replace(/^\w*Error: /, '')
}

/** A jest-junit execution error's JSON is read up to this long (an error's stack is short). */
const JEST_ERROR_JSON_CHARS = 1_000_000

/**
 * jest-junit writes an afterAll's (or a file's) failure as the error's JSON,
 * `{"message":"","stack":"Error: could not close db\n    at …"}`: its stack,
 * or its message, is the failure's text.
 */
export function readJestExecutionError(problem: Problem): void {
  const json = problem.details.trim()
  if (!json.startsWith('{') || json.length > JEST_ERROR_JSON_CHARS) return
  let error: unknown
  try {
    error = JSON.parse(json)
  } catch {
    return
  }
  if (typeof error !== 'object' || error === null) return
  const { message, stack } = error as Record<string, unknown>
  const text =
    typeof stack === 'string' && stack.trim()
      ? stack
      : typeof message === 'string'
        ? message
        : ''
  if (!text.trim()) return
  problem.details = text
}

/** Rust's libtest writes every failure so: `<failure type="assert"/>`, the panic in the output. */
export function isBareAssert(problem: Problem): boolean {
  return (
    problem.kind === 'failure' &&
    problem.type === 'assert' &&
    problem.message === '' &&
    problem.details === ''
  )
}

/** CTest's failure: `<failure message=""/>` (the test program's exit status is all it knows). */
export function isBareCtestFailure(problem: Problem): boolean {
  return (
    problem.kind === 'failure' &&
    problem.type === '' &&
    problem.message === '' &&
    problem.details === ''
  )
}

/** googletest's console line before a failure: `/src/cart_test.cpp:6: Failure`, `unknown file: Failure`. */
const GTEST_FAILURE = /^(unknown file|\S.*?:\d+): Failure$/

/** googletest's console line after a test's failures: `[  FAILED  ] Cart.total (0 ms)`. */
const GTEST_STATUS = /^\[ {0,2}(?:FAILED|OK|RUN|SKIPPED) {0,6}\] /

/** Failures of one test read from its output, at most (googletest's failures in a loop). */
const MAX_OUTPUT_FAILURES = 100

/**
 * Gives CTest's bare failure of a googletest program (gtest_discover_tests)
 * the failures googletest printed, as googletest's own XML writes them
 * (`cart_test.cpp:6` and the message), one failure each; the output is left
 * as it is.
 */
export function takeGoogletestFailures(
  problems: Problem[],
  output: string
): void {
  if (!output.includes(': Failure')) return
  const lines = output.split('\n')
  let block: string[] | undefined
  const blocks: string[] = []
  const close = (): void => {
    if (block) blocks.push(block.join('\n').trim())
    block = undefined
  }
  for (const line of lines) {
    if (blocks.length === MAX_OUTPUT_FAILURES) break
    const header = GTEST_FAILURE.exec(line.trimEnd())
    if (header) {
      close()
      block = [header[1]]
    } else if (GTEST_STATUS.test(line)) close()
    else block?.push(line)
  }
  close()
  if (blocks.length === 0) return
  const [first] = problems
  first.details = blocks[0]
  for (const details of blocks.slice(1))
    problems.push({ kind: 'failure', message: '', type: '', details })
}

/** `thread 'tests::t' (3655) panicked at src/lib.rs:32:9:`, the message on the next lines (before Rust 1.73: `panicked at 'message', src/lib.rs:32:9`). */
const RUST_PANIC =
  /^thread '[^'\n]*'(?: \(\d+\))? panicked at (?:'(.*)', \S+|\S+:)$/m

/** What libtest prints of an Err a test returned. */
const RUST_RETURNED_ERROR = /(?:^|\n)(Error: [^\n]*)\s*$/

/**
 * Gives a bare libtest failure the panic (or returned Err) libtest wrote at
 * the end of the test's output; returns the output before it.
 */
export function takeLibtestFailure(problem: Problem, output: string): string {
  const panic = RUST_PANIC.exec(output)
  if (panic) {
    const details = output.slice(panic.index).trim()
    problem.details = details
    problem.message =
      panic[1] ??
      details
        .split('\n')
        .slice(1)
        .find((line) => line.trim() !== '') ??
      ''
    return output.slice(0, panic.index).trimEnd()
  }
  const returned = RUST_RETURNED_ERROR.exec(output)
  if (!returned) return output
  problem.message = returned[1]
  return output.slice(0, returned.index).trimEnd()
}

/** All Bazel knows of a failed test whose binary writes no report of its own. */
const BAZEL_EXIT_CODE = /^exited with error code \d+$/
/** Bazel's last line of the log of a test it stopped (exit code 142, SIGALRM). */
const BAZEL_TIMED_OUT = /\n-- Test timed out at [^\n]* --\s*$/

/**
 * Bazel writes the test.xml of a test whose binary writes no report itself
 * as one testcase named as its suite (`cart/checkout_test`), without a
 * classname, and a failed run as an empty `<error message="exited with
 * error code N">`. Bazel's summary says FAILED (TIMEOUT for code 142), as
 * the test's own tool would: a failure, not an error (blocked). A timeout
 * says so, as the log's last line does.
 */
export function readBazelExitCodes(testCases: readonly TestCase[]): void {
  for (const testCase of testCases) {
    const { problems } = testCase
    if (problems.length !== 1) continue
    const [problem] = problems
    if (
      problem.kind === 'error' &&
      problem.type === '' &&
      problem.details === '' &&
      BAZEL_EXIT_CODE.test(problem.message) &&
      testCase.classname === '' &&
      testCase.suites.length === 1 &&
      testCase.suites[0] === testCase.name
    ) {
      problem.kind = 'failure'
      testCase.outcome = 'failure'
      if (
        problem.message.endsWith(' 142') &&
        BAZEL_TIMED_OUT.test(testCase.output)
      )
        problem.message = `timed out (${problem.message})`
    }
  }
}
