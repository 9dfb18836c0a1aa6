/**
 * What a failure says, for the job summary and the error annotations: its
 * message, or, when the message says nothing of its own (go's `Failed`,
 * Dart's `1 failure, see stacktrace for details`, the failure's type, the
 * test's own name as PHPUnit and Codeception write it), its details from
 * their first telling line. Pure.
 */
import type { Problem } from '../reports/test-case.js'
import { plainText } from '../util/text.js'

/** Details read when looking for a telling line: a failure's output can be megabytes. */
const DETAILS_READ_CHARS = 10_000
/** Lines of details looked at, at most: go's details hold the test's whole log. */
const DETAILS_READ_LINES = 100
/** A line longer than this says something, whatever it repeats. */
const MAX_EMPTY_LINE_CHARS = 500

/** Messages that say only that something failed (behave writes Python's `None`, deno `1 test step failed`, pytest `collection failure`, Criterion `2 assertion(s) failed.`). */
const GENERIC =
  /^(?:none|null|undefined|fail(?:ed|ure)?|errors?|exception|collection failure|assertion ?error|assertion fail(?:ed|ure)|(?:uncaught|unexpected) exception|unknown file|test fail(?:ed|ure)|\d+ test steps? failed|(?:● )?test suite failed to run|\d+ assertion\(s\) failed|\d+ (?:failure|error)s?(?:, see stack ?trace for details)?)$/i
/** A line that ends with a quote: it quotes what it names. */
const QUOTE_AT_END = /['"`]\s*$/
/** A source location: `auth_test.go:26`, `tests/ui.spec.ts:32:1`. */
const LOCATION = /(?:^|\s)[\w./\\@-]+\.\w+:\d+(?::\d+)?(?=\s|$|:)/g
/**
 * Lines of details that are framing, not the failure: go's test log markers,
 * stack frames (Ruby's `./spec/cart_spec.rb:9:in 'block …'`, RSpec's with a
 * `# ` before it, Crystal's `spec/cart_spec.cr:24:7 in '->'`, with a `# `
 * in the message of its expect_raises, Haskell's `CallStack (from
 * HasCallStack):`), rules.
 */
const FRAMING =
  /^(?:(?:# )?\S+:\d+:\d+ in '|\(?(?:in test file|from function) .*, line \d+[,)]$|(?:::)?in (?:function|call from) [^\n]*?\([^()]*, line \d+\)$|\S+:\d+: in \S+$|(?:# )?\S+:\d+:in [`']|=== (?:RUN|PAUSE|CONT|NAME)\b|--- (?:FAIL|PASS|SKIP):|Traceback \(most recent call last\):|at\s|File ".*", line \d+|❯\s|[─_=\- ]+$|- (?:file|line)\s*:|EXCEPTION STACK TRACE:|Google Test trace:$|CallStack \(from HasCallStack\):$)/
/** A Python traceback's first line. */
const PYTHON_TRACEBACK = 'Traceback (most recent call last):'
/** A frame of a Python traceback: `File "tests/test_x.py", line 18, in test_x`. */
const PYTHON_FRAME = /^File ".*", line \d+/
/** `file.go:26: text`: where go's testing and many C tools say what failed. */
const LOCATED = /^[\w./\\@-]+\.\w+:\d+: \S/
/** Where googletest lists a failure's SCOPED_TRACE messages, after it. */
const GTEST_TRACE = 'Google Test trace:'
/** pytest's `E   assert 1 == 2`. */
const PYTEST_ERROR = /^E\s+(?=\S)/
/**
 * node-tap's YAML diagnostic (`at:`, `stack: |`, `compare: ===`): its lines
 * are locations and source, none says what failed (the assertion's own
 * testcase is named after its message).
 */
const TAP_DIAGNOSTIC =
  /^(?:at|stack|compare|tapCaught|source|diff|name):(?:\s|$)/
/** bats' `(in test file test/cart.bats, line 15)`, `(from function `f' in file …`. */
const BATS_LOCATION = /^\((?:in test file|from function) /
/**
 * EUnit (eunit_surefire) starts with the stack, `::in function m:f/0 (m.erl,
 * line 12)` (a BIF's frame has no location; a frame with its arguments is
 * followed by `  called as f(Args)`), and ends with the reason,
 * `**error:{assertEqual,[…` (an Erlang term over several indented lines).
 */
const EUNIT_STACK =
  /^(?:::)?in (?:function|call from) \S[^\n]*?\/\d+(?: \([^()]*, line \d+\))?$/
const EUNIT_REASON = /^\*\*(?=(?:error|exit|throw):)/
/** Lines of an Erlang term joined into one headline, at most. */
const EUNIT_TERM_LINES = 20
/** A field of a YAML diagnostic: `message: text`. */
const DIAGNOSTIC_FIELD = /^(message|assertion|name):[ \t]*(\S.*)$/gm

/**
 * What a YAML diagnostic says failed: its `message`, else its assertion
 * (AVA: `AssertionError: t.deepEqual()`); node-tap's locations and source
 * say nothing (its testcase is named after the assertion's message).
 */
function diagnosticHeadline(text: string): string {
  const fields = new Map<string, string>()
  for (const [, key, value] of text
    .slice(0, DETAILS_READ_CHARS)
    .matchAll(DIAGNOSTIC_FIELD)) {
    if (!fields.has(key)) fields.set(key, plainText(value).trim())
  }
  const message = fields.get('message')
  if (message) return message
  const assertion = fields.get('assertion')
  if (!assertion) return ''
  const headline = `${fields.get('name') || 'AssertionError'}: ${assertion}`
  // AVA's diff, on one line as tap-junit writes it: `- 6 + 7`.
  const difference = AVA_DIFFERENCE.exec(text.slice(0, DETAILS_READ_CHARS))
  const diff = difference && plainText(difference[1]).replace(/\s+/g, ' ')
  return diff
    ? `${headline}; Difference (- actual, + expected): ${diff}`
    : headline
}

/** AVA's `Difference (- actual, + expected):` line of a YAML diagnostic's details. */
const AVA_DIFFERENCE =
  /^[ \t]*Difference \(- actual, \+ expected\):+[ \t]*(\S.*)$/m

/** Boost.Test's `- message: check 1 == 2 has failed`. */
const BOOST_MESSAGE = /^- message\s*:\s*/
/** `Vendor\\Package\\ClassTest::testMethod`, as PHPUnit starts a failure's details. */
const CLASS_METHOD = /^[\w\\.]+::\w/
/** `ImportError: …`, `java.lang.IllegalStateException: …`: says what went wrong. */
const EXCEPTION_LINE = /^[\w.$]*(?:Error|Exception):/
/** minitest-reporters' line naming a failed test: `test_x(CartTest) [test/cart_test.rb:7]:`. */
const MINITEST_HEADER = /^(.+)\([\w:]+\)(?: \[[^\]\n]*\])?:?$/
/** TAP's line of a failed test: `not ok 2 - name`. */
const TAP_NOT_OK = /^not ok (?:\d+\b|-)/
/** A TAP diagnostic's `#`. */
const TAP_COMMENT = /^\s*# ?/
/** Test::More's `Failed test 'name'`, before the name. */
const FAILED_TEST = /^failed test\s+(?=['"])/i
/** What is left of a line that names the test and says only that it failed, or was skipped: `Test  in SUITE failed!`. */
const RESTATED = {
  failed: /^\W*(?:test\s+)?(?:in\s+\S+\s+)?(?:has\s+)?(?:failed|failure)\W*$/i,
  skipped: /^\W*(?:test\s+)?(?:in\s+\S+\s+)?(?:was\s+)?skipped\W*$/i
}

/**
 * Whether a message only names the test and says that it failed or was
 * skipped, as common_test's `Test NAME in SUITE failed!` (its reason is in
 * the element's text).
 */
export function restatesTest(
  message: string,
  testName: string,
  said: keyof typeof RESTATED
): boolean {
  return (
    testName !== '' &&
    message.includes(testName) &&
    RESTATED[said].test(message.replace(testName, ' '))
  )
}
/** The name a line may repeat, compared this long at least. */
const MIN_NAME_CHARS = 6

/** What a failure says. */
export interface FailureText {
  /** The line that says what failed, cleaned and trimmed; '' when there is none (then `text` is the failure's whole text). */
  headline: string
  /** The text from that line on (ANSI codes left in the message). */
  text: string
  /**
   * The headline only says that the test failed (go's `Failed`, deno's `1
   * test step failed`): nothing in the failure says more.
   */
  generic?: true
}

/**
 * The failure's message (or its details when the message is blank), or, when
 * that says nothing of its own, its details from their first telling line.
 */
export function failureText(problem: Problem, testName: string): FailureText {
  const crystal = crystalUntold(problem)
  if (crystal) return crystal
  const own =
    nodeTestMessage(problem) ??
    cucumberRubyException(problem) ??
    clojureUncaught(problem) ??
    (problem.message.trim() ? problem.message : problem.details)
  if (TAP_DIAGNOSTIC.test(own.trimStart())) {
    const headline = diagnosticHeadline(own)
    return { headline, text: headline ? `${headline}\n${own}` : own }
  }
  // tasty-ant-xml writes a bare <failure>: its text.
  const afterSteps =
    problem.message === '' && problem.type === ''
      ? hunitAfterSteps(own)
      : undefined
  if (afterSteps) return afterSteps
  const first = firstNonBlank(own)?.trim()
  // Made once, when a line is compared with it: a name may be megabytes long.
  let nameLetters: string | undefined
  const name = (): string => (nameLetters ??= lettersAndDigits(testName))
  const firstSays =
    first === undefined ||
    BATS_LOCATION.test(first) ||
    EUNIT_STACK.test(first.trimStart()) ||
    // A bare Python traceback (subunit2junitxml writes no message): its
    // exception is at its end.
    first === PYTHON_TRACEBACK
      ? 'generic'
      : saysNothing(first, problem.type, name, testName)
  // A message the tool cut (minitest-reporters: its first line and `...`):
  // the details hold it whole.
  if (first !== undefined && !firstSays && own !== problem.details) {
    const whole = CUT_BY_TOOL.test(first)
      ? wholeLine(first, problem)
      : undefined
    if (whole) return whole
  }
  // bats starts with where the test failed: the failed command follows.
  // RSpec's message starts with a blank line (`\nexpected: 2\n     got: 1`).
  if (first !== undefined && !firstSays)
    return { headline: first, text: own.replace(LEADING_BLANK_LINES, '') }
  // A first line that only names the test is no headline, if nothing says more.
  const fallback = firstSays === 'name' ? undefined : first
  const read = problem.details.slice(0, DETAILS_READ_CHARS)
  if (TAP_DIAGNOSTIC.test(read.trimStart())) return saidNothing(fallback, own)
  // common_test: the reason is an Erlang term.
  const term = read.trimStart().startsWith('{') ? erlangReason(read) : undefined
  if (term) return term
  let lines = plainText(read).split('\n', DETAILS_READ_LINES)
  // TAP (TAP::Formatter::JUnit): the test's `not ok` line, then its
  // diagnostics as `#` comments.
  const tapLines = TAP_NOT_OK.test(
    lines.find((line) => line.trim() !== '')?.trim() ?? ''
  )
    ? lines
    : undefined
  if (tapLines) lines = lines.map((line) => line.replace(TAP_COMMENT, ''))
  if (first !== undefined && EUNIT_STACK.test(first.trimStart())) {
    const reason = lines.findIndex((line) => EUNIT_REASON.test(line.trim()))
    if (reason >= 0) return eunitReason(lines, reason)
  }
  const telling = tellingLine(
    lines,
    read.length === problem.details.length && lines.length < DETAILS_READ_LINES,
    (line) =>
      line === first || !!saysNothing(line, problem.type, name, testName)
  )
  if (telling === undefined) return saidNothing(fallback, own)
  const headline = lines[telling]
    .trim()
    .replace(PYTEST_ERROR, '')
    .replace(BOOST_MESSAGE, '')
  // TAP: the diagnostics end where the next test's lines start (a subtest
  // the formatter wrote after them is another test's).
  const end = tapLines ? tapDiagnosticsEnd(tapLines, telling) : lines.length
  return {
    headline,
    text: [headline, ...lines.slice(telling + 1, end)].join('\n')
  }
}

/** Where HUnit says a failure happened, on a line of its own before it: `test/Main.hs:71:`. */
const HUNIT_LOCATION = /^\s*[\w./\\@-]+\.l?hs:\d+:\s*$/

/**
 * The failure after tasty's testCaseSteps labels: it writes the steps
 * logged before HUnit's failure, which starts with where it happened.
 * Undefined when the text does not start with such labels.
 */
function hunitAfterSteps(text: string): FailureText | undefined {
  // Cheap first: no other tool's failure names a Haskell file.
  if (!text.includes('hs:')) return undefined
  const lines = plainText(text.slice(0, DETAILS_READ_CHARS)).split(
    '\n',
    DETAILS_READ_LINES
  )
  const at = lines.findIndex((line) => HUNIT_LOCATION.test(line))
  if (at < 0 || lines.slice(0, at).every((line) => line.trim() === ''))
    return undefined
  const from = lines.findIndex((line, i) => i > at && line.trim() !== '')
  if (from < 0) return undefined
  const headline = lines[from].trim()
  return { headline, text: [headline, ...lines.slice(from + 1)].join('\n') }
}

/**
 * How node:test's junit reporter starts a failure's details: the error
 * inspected, in brackets when its stack is only its message.
 */
const NODE_TEST_DETAILS = /^\[?Error \[ERR_TEST_FAILURE\]: /

/**
 * node:test's message with its line breaks: its reporter writes the message
 * without them (`strictly equal:6 !== 7`), and again, whole, at the start of
 * the details. Undefined for any other failure.
 */
function nodeTestMessage(problem: Problem): string | undefined {
  const { message, details } = problem
  const start = message === '' ? null : NODE_TEST_DETAILS.exec(details)
  if (!start) return undefined
  let at = start[0].length
  for (let i = 0; i < message.length; at++) {
    if (at === details.length) return undefined
    if (details[at] === message[i]) i++
    else if (details[at] !== '\n' && details[at] !== '\r') return undefined
  }
  return details.slice(start[0].length, at)
}

/** A frame of a Crystal backtrace as its spec runner writes it: `src/cart.cr:8:5 in 'add'`. */
const CRYSTAL_FRAME = /^\S+:\d+:\d+ in '.*'$/
/** A Crystal exception's class, as `crystal spec` writes it in `type`: `OutOfStock`, `JSON::ParseException`. */
const CRYSTAL_CLASS = /^[A-Z]\w*(?:::[A-Z]\w*)*$/

/**
 * An exception raised without a message (`raise OutOfStock.new`), as
 * `crystal spec --junit_output` writes it: no message, its class in `type`,
 * the backtrace alone as the text. Its class is what the console shows
 * (`(OutOfStock)`): the headline, saying little. Undefined for any other
 * failure.
 */
function crystalUntold(problem: Problem): FailureText | undefined {
  const { message, type, details } = problem
  if (message !== '' || problem.kind !== 'error' || !CRYSTAL_CLASS.test(type))
    return undefined
  const end = details.indexOf('\n')
  const first = details.slice(0, end < 0 ? undefined : end).trim()
  if (!CRYSTAL_FRAME.test(first)) return undefined
  return { headline: type, text: `${type}\n${details}`, generic: true }
}

/** The type Cucumber-Ruby gives a failure: the scenario's status. */
const CUCUMBER_STATUS = /^(?:failed|pending|undefined|ambiguous)$/

/**
 * How Cucumber-Ruby's junit formatter (2.x) starts a failure's text: the
 * scenario, the failed step (a hook's name, an outline's `Example row: | 5 |`)
 * and `Message:`; the exception (`text (Class)`) and its backtrace follow.
 * Its message is only the status and the scenario's name (`failed NAME`).
 */
const CUCUMBER_RUBY_DETAILS =
  /^[^\n:]+: [^\n]*\n\n(?:[^\n]*\n)?\nMessage:\n\s*(?=\S)/

/**
 * The exception of Cucumber-Ruby's failure, and its backtrace; undefined for
 * any other failure.
 */
function cucumberRubyException(problem: Problem): string | undefined {
  const { message, type, details } = problem
  if (!CUCUMBER_STATUS.test(type) || !message.startsWith(`${type} `))
    return undefined
  const start = CUCUMBER_RUBY_DETAILS.exec(details.slice(0, DETAILS_READ_CHARS))
  return start ? details.slice(start[0].length) : undefined
}

/** clojure.test's message for an exception thrown outside `is`. */
const CLOJURE_UNCAUGHT = 'Uncaught exception, not in assertion.'
/**
 * How clojure.test.junit starts that error's text: the message, `expected:
 * nil`, then the exception on the `actual:` line, its data and stack after it.
 */
const CLOJURE_UNCAUGHT_DETAILS =
  /^Uncaught exception, not in assertion\.\r?\nexpected: nil\r?\n {2}actual: (?=\S)/

/**
 * The exception of clojure.test's `Uncaught exception, not in assertion.`
 * and what follows it; undefined for any other failure.
 */
function clojureUncaught(problem: Problem): string | undefined {
  if (problem.message !== CLOJURE_UNCAUGHT) return undefined
  const start = CLOJURE_UNCAUGHT_DETAILS.exec(problem.details)
  return start ? problem.details.slice(start[0].length) : undefined
}

/** TAP's `# Subtest: name`, a subtest's first line. */
const TAP_SUBTEST = /^\s*# ?Subtest:/

/** Where a TAP test's `#` diagnostics after lines[from] end: at a line that is no comment, or a subtest's. */
function tapDiagnosticsEnd(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '') continue
    if (!TAP_COMMENT.test(line) || TAP_SUBTEST.test(line)) return i
  }
  return lines.length
}

/** Lines after the headline looked at for what it announces, at most. */
const LINE_READ_LINES = 12
/**
 * A value a failure shows: `Expected: 2`, `  Actual: 1`, `But was:  True`,
 * Hamcrest's `     but: was <10>`, Test::More's `got: '6'`, Qt's QCOMPARE
 * with its expression, `Actual   (total): 4`.
 */
const VALUE_LINE =
  /^(?:expected|actual|received|got|but(?: was)?|wanted|found|left|right)\b[\w ]{0,20}(?:\(.{0,200}\)\s*)?:\s*\S/i
/**
 * Gomega's headline, the values and the matcher on the lines after it:
 * `Expected`, `    <int>: 4`, `to equal`, `    <int>: 5`.
 */
const GOMEGA_EXPECTED = /^Expected$/

/**
 * CppUTest's values, each on a line of its own under its message (which
 * may be `LONGS_EQUAL(…) failed` or `Message: …`): `expected <4>`, then
 * `but was  <3>`, aligned under it (DOUBLES_EQUAL's threshold after it).
 */
const CPPUTEST_EXPECTED = /^expected <.*>$/
const CPPUTEST_EXPECTED_AT_END = /(?:^|: )expected <.*>$/
const CPPUTEST_BUT_WAS = /^but was {2}(?=<.*>)/

/**
 * The headline with CppUTest's `but was <…>` after its `expected <…>`, or
 * both after a headline of its own; undefined when lines[next] holds no
 * such values.
 */
function cpputestValues(
  headline: string,
  lines: readonly string[],
  next: number
): { line: string; next: number } | undefined {
  const at = (i: number) => plainText(lines[i] ?? '').trim()
  const butWas = (i: number) => at(i).replace(CPPUTEST_BUT_WAS, 'but was ')
  if (
    CPPUTEST_EXPECTED_AT_END.test(headline) &&
    CPPUTEST_BUT_WAS.test(at(next))
  )
    return { line: `${headline}; ${butWas(next)}`, next: next + 1 }
  if (CPPUTEST_EXPECTED.test(at(next)) && CPPUTEST_BUT_WAS.test(at(next + 1)))
    return {
      line: `${headline}; ${at(next)}; ${butWas(next + 1)}`,
      next: next + 2
    }
  return undefined
}

/**
 * JUnit 4's and 5's assertEquals: `expected:<5> but was:<4>` (JUnit 5:
 * `expected: <5> but was: <4>`), a value of several lines on as many lines.
 */
const JUNIT_OPEN_VALUE = /\bexpected: ?</
const JUNIT_BUT_WAS = /\bbut was: ?</
/** The line that ends the actual value. */
const JUNIT_VALUE_END = />$/

/**
 * JUnit's `but was: <` in the headline or on a line before the stack:
 * only then is an open `expected: <` an assertEquals' value of several
 * lines (another text's `expected:<` that never closes is not joined to
 * the lines after it).
 */
function junitButWasAhead(
  headline: string,
  lines: readonly string[],
  next: number,
  end: number
): boolean {
  if (JUNIT_BUT_WAS.test(headline)) return true
  for (let i = next; i < end; i++) {
    const more = plainText(lines[i]).trim()
    if (FRAMING.test(more)) return false
    if (JUNIT_BUT_WAS.test(more)) return true
  }
  return false
}

/** minitest's assert_raises, of the exception raised instead: `Class: <TypeError>`, `Message: <"wrong kind">`. */
const EXCEPTION_VALUE_LINE = /^(?:Class|Message): <.*>$/
/** node:assert's legend before its diff: `+ actual - expected ... Lines skipped`. */
const DIFF_LEGEND = /^\+ actual - expected(?: \.\.\. Lines skipped)?$/
/** Advice a tool prints after the failure: Rust's `note: run with \`RUST_BACKTRACE=1\` …`, QuickCheck's `Use --quickcheck-replay=… to reproduce.`. */
const CONSOLE_ADVICE =
  /^(?:note: run with `RUST_BACKTRACE=|Use --quickcheck-replay=)/

/**
 * Spock's failed condition (`Condition not satisfied:`, or `Condition failed
 * with Exception:`), then the condition's line and its diagram of values
 * (`|    2     false`) under it.
 */
const SPOCK_CONDITION = /^Condition (?:not satisfied|failed with Exception):$/

/**
 * The failure on one line, for a summary: its headline, with what a
 * headline ending in a colon announces (googletest's `Expected equality of
 * these values:`, node:assert's `Expected values to be strictly equal:`, a
 * Rust panic's `panicked at src/lib.rs:3:5:`) or Gomega's bare `Expected`
 * does, and the expected and actual values that follow it, as the tool's
 * console shows them. At most `limit` characters are gathered (the caller
 * cuts).
 */
export function summaryLine(said: FailureText, limit: number): string {
  let line = said.headline
  if (!line) return line
  const lines = said.text.slice(0, DETAILS_READ_CHARS).split('\n')
  // The headline's line: the first with something on it once cleaned.
  let next = lines.findIndex((l) => plainText(l).trim() !== '') + 1
  const end = Math.min(lines.length, next + LINE_READ_LINES)
  const skipBlank = (): void => {
    while (next < end && lines[next].trim() === '') next++
  }
  if (
    (line.endsWith(':') && !FRAMING.test(line)) ||
    GOMEGA_EXPECTED.test(line)
  ) {
    skipBlank()
    // Spock's condition: its line, not the diagram of values under it.
    const spock = SPOCK_CONDITION.test(line)
    while (next < end && line.length < limit) {
      const more = plainText(lines[next]).trim()
      // node:assert's legend of the diff that follows it: not a value.
      if (DIFF_LEGEND.test(more)) {
        next++
        skipBlank()
        continue
      }
      if (more === '' || FRAMING.test(more) || CONSOLE_ADVICE.test(more)) break
      line += ` ${more}`
      next++
      if (spock) break
    }
  }
  // JUnit's assertEquals of values of several lines: the value goes on
  // (`expected: <apple 1`, `bread 3> but was: <apple 1`, `bread 2>`).
  if (
    JUNIT_OPEN_VALUE.test(line) &&
    !(JUNIT_BUT_WAS.test(line) && JUNIT_VALUE_END.test(line)) &&
    junitButWasAhead(line, lines, next, end)
  ) {
    let butWas = JUNIT_BUT_WAS.test(line)
    while (next < end && line.length < limit) {
      const more = plainText(lines[next]).trim()
      if (FRAMING.test(more)) break
      line += ` ${more}`
      next++
      butWas ||= JUNIT_BUT_WAS.test(more)
      if (butWas && JUNIT_VALUE_END.test(more)) break
    }
  }
  skipBlank()
  // A unified diff, as the headline (minitest) or after it (PHPUnit).
  const diffAt = DIFF_FROM.test(line) ? next - 1 : next
  const diff = diffValues(lines, diffAt)
  if (diff) {
    line = diffAt < next ? diff.values : `${line}; ${diff.values}`
    next = diff.next
    skipBlank()
  }
  const cpputest = cpputestValues(line, lines, next)
  if (cpputest) ({ line, next } = cpputest)
  while (next < end && line.length < limit) {
    const more = plainText(lines[next]).trim()
    if (!VALUE_LINE.test(more) && !EXCEPTION_VALUE_LINE.test(more)) break
    line += `; ${more.replace(/\s+/g, ' ')}`
    next++
  }
  return line
}

/** A unified diff's header, as minitest and PHPUnit write it: `--- expected`, then `+++ actual`. */
const DIFF_FROM = /^--- expected$/i
const DIFF_TO = /^\+\+\+ actual$/i
/** Lines of a diff read for its values, at most. */
const DIFF_READ_LINES = 20

/**
 * `Expected: …; Actual: …` of the unified diff at lines[at]: its removed
 * and added lines; undefined when there is no diff there.
 */
function diffValues(
  lines: readonly string[],
  at: number
): { values: string; next: number } | undefined {
  if (
    !DIFF_FROM.test(lines[at]?.trim() ?? '') ||
    !DIFF_TO.test(lines[at + 1]?.trim() ?? '')
  )
    return undefined
  const expected: string[] = []
  const actual: string[] = []
  let next = at + 2
  const end = Math.min(lines.length, next + DIFF_READ_LINES)
  for (; next < end; next++) {
    const line = plainText(lines[next])
    if (line.trim() === '') break
    if (line.startsWith('-')) expected.push(line.slice(1).trim())
    else if (line.startsWith('+')) actual.push(line.slice(1).trim())
    else if (!line.startsWith(' ') && !line.startsWith('@@')) break
  }
  if (expected.length === 0 && actual.length === 0) return undefined
  return {
    values: `Expected: ${expected.join(' ')}; Actual: ${actual.join(' ')}`,
    next
  }
}

/** The end of a message cut by its tool. */
const CUT_BY_TOOL = /(?:\.\.\.|…)$/

/** The details from the line a cut message is the start of, if they have it. */
function wholeLine(cut: string, problem: Problem): FailureText | undefined {
  const start = cut.replace(CUT_BY_TOOL, '')
  if (start.length < MIN_NAME_CHARS) return undefined
  const lines = plainText(problem.details.slice(0, DETAILS_READ_CHARS)).split(
    '\n',
    DETAILS_READ_LINES
  )
  const at = lines.findIndex((line) => line.trim().startsWith(start))
  if (at < 0) return undefined
  // minitest with make_my_diffs_pretty! breaks a message after the value it
  // shows (`ArgumentError` / ` expected but nothing was raised.`): one line
  // on, no more (a diff's context lines start with a space too).
  const next =
    at + 1 < lines.length && CONTINUED.test(lines[at + 1]) ? at + 2 : at + 1
  const headline = lines
    .slice(at, next)
    .map((line) => line.trim())
    .join(' ')
  return { headline, text: [headline, ...lines.slice(next)].join('\n') }
}

/** Blank lines before a text's first line. */
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/

/** A line that goes on with the one before it: one space, then words. */
const CONTINUED = /^ [a-z]/

/** ct:fail's `{test_case_failed,"text"}`: the text, `\n` and all. */
const CT_FAIL_STRING = /^\s*\{test_case_failed,\s*"((?:[^"\\]|\\.)*)"\}\s*$/
/** The same text as Erlang prints a string it finds unprintable: `[101,120,…]`. */
const CT_FAIL_CODES =
  /^\s*\{test_case_failed,\s*\[(\d{1,7}(?:,\s*\d{1,7})*)\]\}\s*$/
/**
 * Where the stack of an `{Reason, Stack}` term starts: its first frame,
 * `{module,function,Arity or [Args],…`.
 */
const ERLANG_STACK =
  /,\s*\[\{[a-z][\w@]*,\s*(?:'(?:[^'\\\n]|\\.)*'|[a-z][\w@]*),\s*(?:\d|\[)/

/**
 * What an Erlang term that common_test writes as a failure's text says:
 * ct:fail's text, or the reason of an error's `{Reason, Stack}`.
 */
function erlangReason(details: string): FailureText | undefined {
  const string = CT_FAIL_STRING.exec(details)?.[1]
  const codes = CT_FAIL_CODES.exec(details)?.[1]
  let told: string | undefined
  if (string !== undefined)
    told = string.replace(/\\(.)/g, (_, c: string) =>
      c === 'n' ? '\n' : c === 't' ? '\t' : c
    )
  else if (codes !== undefined) {
    const points = codes.split(',').map(Number)
    if (points.every((p) => p <= 0x10ffff && !(p >= 0xd800 && p <= 0xdfff)))
      told = String.fromCodePoint(...points)
  }
  if (told !== undefined) {
    const plain = plainText(told)
    const headline = firstNonBlank(plain)?.trim()
    return headline ? { headline, text: plain.trimStart() } : undefined
  }
  const stack = ERLANG_STACK.exec(details)
  if (!stack) return undefined
  const headline = details
    .slice(details.indexOf('{') + 1, stack.index)
    .replace(/\s+/g, ' ')
    .trim()
  return headline ? { headline, text: `${headline}\n${details}` } : undefined
}

/** common_test's skip of a test: `{tc_user_skip,"reason"}`, or `tc_auto_skip` with a string. */
const CT_SKIP_STRING = /^\{tc_(?:user|auto)_skip,\s*"((?:[^"\\]|\\.)*)"\}$/
/** An auto-skip after a configuration function failed: `{tc_auto_skip,{failed,{Module,init_per_testcase,Reason}}}`. */
const CT_SKIP_FAILED =
  /^\{tc_auto_skip,\s*\{failed,\s*\{[a-z][\w@]*,\s*([a-z][\w@]*),\s*/

/**
 * Why common_test skipped a test, from the Erlang term its reporter writes:
 * the user's reason, or which configuration function failed and why
 * (`init_per_testcase failed: {database_down,"connection refused"}`).
 * Undefined when the text is no such term.
 */
export function erlangSkipReason(text: string): string | undefined {
  const told = CT_SKIP_STRING.exec(text)?.[1]
  if (told !== undefined) return told.replace(/\\(.)/g, '$1')
  const failed = CT_SKIP_FAILED.exec(text)
  if (!failed) return undefined
  let term = text.slice(failed[0].length)
  // A crashed init_per_suite or init_per_group: `{'EXIT', {Reason, Stack}}`.
  const exit = /^\{\s*'EXIT',\s*(?=\{)/.exec(term)
  const exitStack = exit && ERLANG_STACK.exec(term.slice(exit[0].length))
  if (exit && exitStack) term = term.slice(exit[0].length)
  // `{Reason, Stack}`: the reason; else the term, less the three braces
  // that close the skip's.
  const stack = term.startsWith('{') ? ERLANG_STACK.exec(term) : null
  const reason = stack
    ? term.slice(1, stack.index)
    : term.replace(/\s*\}\s*\}\s*\}\s*$/, '')
  return `${failed[1]} failed: ${reason.replace(/\s+/g, ' ').trim()}`
}

/** A failure whose first line says nothing, and nothing after it more. */
function saidNothing(first: string | undefined, own: string): FailureText {
  return first
    ? { headline: first, text: own, generic: true }
    : { headline: '', text: own }
}

/** EUnit's reason at lines[at]: its term's indented lines joined into one. */
function eunitReason(lines: readonly string[], at: number): FailureText {
  const parts = [lines[at].trim().replace(EUNIT_REASON, '')]
  let next = at + 1
  while (
    next < lines.length &&
    next - at < EUNIT_TERM_LINES &&
    /^\s+\S/.test(lines[next])
  )
    parts.push(lines[next++].trim())
  const headline = parts.join(' ')
  return { headline, text: [headline, ...lines.slice(next)].join('\n') }
}

/**
 * The index of the line of `lines` that says what failed, if any: pytest's
 * `E` line, else the first `file:line: text` line, else the first line that
 * says something; for a whole Python traceback, its exception at the end.
 */
function tellingLine(
  lines: readonly string[],
  whole: boolean,
  isEmpty: (line: string) => boolean
): number | undefined {
  const start = lines.find((line) => line.trim() !== '')?.trim()
  if (whole && start === PYTHON_TRACEBACK) {
    // The exception follows the last frame; its message may go on over
    // lines (unittest's diffs) that are no headline.
    let lastFrame = lines.length - 1
    while (lastFrame >= 0 && !PYTHON_FRAME.test(lines[lastFrame].trim()))
      lastFrame--
    for (let i = lastFrame + 1; lastFrame >= 0 && i < lines.length; i++) {
      const line = lines[i].trim()
      if (/^\S/.test(lines[i]) && !FRAMING.test(line) && !isEmpty(line))
        return i
    }
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i].trim()
      if (/^\S/.test(lines[i]) && !FRAMING.test(line) && !isEmpty(line))
        return i
    }
    // Frames only (a cut traceback): none of them says what failed.
    return undefined
  }
  let first: number | undefined
  let located: number | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    // googletest's SCOPED_TRACE lines (`cart_test.cpp:50: order 42`) follow
    // the failure: where it happened, not what failed.
    if (line === GTEST_TRACE) break
    if (line === '' || FRAMING.test(line)) continue
    const isError = PYTEST_ERROR.test(line)
    const isLocated = located === undefined && LOCATED.test(line)
    // Only a line that could still be chosen is checked (the check costs).
    if (!isError && !isLocated && first !== undefined) continue
    if (isEmpty(line)) continue
    if (isError) return i
    if (isLocated) located = i
    first ??= i
  }
  return located ?? first
}

/**
 * Whether a line only says that the test failed (`generic`), or only names
 * it (`name`: the test's own name says as much).
 */
function saysNothing(
  line: string,
  type: string,
  testName: () => string,
  rawName = ''
): false | 'generic' | 'name' {
  if (line.length > MAX_EMPTY_LINE_CHARS) return false
  const bare = line.trim().replace(/[\s:.!…]+$/, '')
  if (GENERIC.test(bare)) return 'generic'
  if (type && (bare === type || bare === type.split(/[.\\]/).pop()))
    return 'generic'
  // TAP's `not ok 2 - NAME`, whatever bytes the name was written in.
  if (TAP_NOT_OK.test(bare)) return 'name'
  // common_test's `Test NAME in SUITE failed!`
  if (restatesTest(bare, rawName, 'failed')) return 'name'
  // minitest-reporters' `NAME(CartTest) [test/cart_test.rb:7]:`
  if (rawName !== '' && MINITEST_HEADER.exec(bare)?.[1] === rawName)
    return 'name'
  // What is left without a location and a `[project]` tag: nothing, or the
  // name (after Test::More's `Failed test`).
  const cleaned = bare
    .replace(/^\[[^\]]*\](?=\s*\S)/, '')
    .replace(FAILED_TEST, '')
    .replace(LOCATION, ' ')
  const rest = lettersAndDigits(cleaned)
  if (rest === '') return 'generic'
  const name = testName()
  if (name.length < MIN_NAME_CHARS || rest.length < MIN_NAME_CHARS) return false
  const named =
    name.endsWith(rest) ||
    // The name qualified (`Vendor\\CartTest::testAdd`, `self = <… testMethod=test_x>`),
    // not an exception that names it (nose2's `ImportError: Failed to
    // import test module: test_x`) nor a message quoting it (jest's
    // `Cannot find module './x' from '__tests__/x.test.js'`).
    (rest.endsWith(name) &&
      !EXCEPTION_LINE.test(cleaned.trimStart()) &&
      !QUOTE_AT_END.test(cleaned)) ||
    // PHPUnit's `Class::method with data set "x" (…)`
    (CLASS_METHOD.test(bare) && rest.includes(name))
  return named ? 'name' : false
}

/** The first line with something on it once cleaned; only as much is read as that takes. */
function firstNonBlank(text: string): string | undefined {
  const end = Math.min(text.length, DETAILS_READ_CHARS)
  for (let start = 0; start < end;) {
    let stop = text.indexOf('\n', start)
    if (stop < 0 || stop > end) stop = end
    const raw = text.slice(start, stop)
    if (raw.trim() !== '') {
      const line = plainText(raw)
      if (line.trim() !== '') return line
    }
    start = stop + 1
  }
  return undefined
}

function lettersAndDigits(text: string): string {
  const lower = text.toLowerCase()
  // Most names and messages are ASCII: a plain pattern is faster.
  return ASCII.test(lower)
    ? lower.replace(/[^a-z0-9]+/g, '')
    : lower.replace(/[^\p{L}\p{N}]+/gu, '')
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/
