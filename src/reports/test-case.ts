/**
 * What a report's tests become: the TestCase the parser makes and every later
 * step (markers, planned results, the summary, annotations) reads, and the
 * few questions asked of its outcome and problems everywhere. Pure, and
 * apart from the parser so that its readers need not load it.
 */
import { grouped } from '../util/counted.js'
import { clipped, detached } from '../util/text.js'

/** `flaky`: failed, then passed on a retry. */
export type Outcome = 'passed' | 'failure' | 'error' | 'skipped' | 'flaky'

export interface Problem {
  kind:
    | 'failure'
    | 'error'
    | 'skipped'
    | 'flaky failure'
    | 'flaky error'
    // PHPUnit 9's, doctest's WARN checks: shown with the result, not counted against it.
    | 'warning'
  message: string
  type: string
  details: string
}

/** Characters of a test case's own text (its suites' names, shared with its siblings, are not counted). */
export function ownTextLength(testCase: TestCase): number {
  let length =
    testCase.name.length +
    testCase.reportedName.length +
    testCase.classname.length +
    testCase.file.length +
    testCase.output.length
  for (const problem of testCase.problems)
    length +=
      problem.message.length + problem.type.length + problem.details.length
  for (const value of testCase.markerProperties) length += value.length
  for (const path of testCase.attachments) length += path.length
  return length
}

/** Copies of what a report's test cases share, made once (see detachedTestCase). */
export interface SharedCopies {
  /** Suite and block lists. */
  readonly lists: Map<readonly string[], readonly string[]>
  /** Values of runsIn. */
  readonly strings: Map<string, string>
}

export function sharedCopies(): SharedCopies {
  return { lists: new Map(), strings: new Map() }
}

/**
 * The test case with copies of its strings, which keep nothing else in
 * memory (see detached): kept beyond its report, it would otherwise keep the
 * report's whole text. What siblings share (suite and block lists, runsIn)
 * is copied once, through `copies`, so that they still share one.
 */
export function detachedTestCase(
  testCase: TestCase,
  copies: SharedCopies
): TestCase {
  const copy: TestCase = {
    ...testCase,
    name: detached(testCase.name),
    reportedName: detached(testCase.reportedName),
    classname: detached(testCase.classname),
    file: detached(testCase.file),
    suites: copiedList(testCase.suites, copies.lists),
    problems: testCase.problems.map((problem) => ({
      kind: problem.kind,
      message: detached(problem.message),
      type: detached(problem.type),
      details: detached(problem.details)
    })),
    markerProperties: testCase.markerProperties.map(detached),
    output: detached(testCase.output),
    attachments: testCase.attachments.map(detached)
  }
  // Set in place (most have none): a spread or closure here costs every one
  // of 100,000 test cases.
  if (testCase.blocks) copy.blocks = copiedList(testCase.blocks, copies.lists)
  if (testCase.runsIn !== undefined) {
    let runsIn = copies.strings.get(testCase.runsIn)
    if (runsIn === undefined) {
      runsIn = detached(testCase.runsIn)
      copies.strings.set(testCase.runsIn, runsIn)
    }
    copy.runsIn = runsIn
  }
  return copy
}

/** A list of strings copied once (see detachedTestCase). */
function copiedList(
  list: readonly string[],
  copies: Map<readonly string[], readonly string[]>
): readonly string[] {
  let copy = copies.get(list)
  if (copy === undefined) {
    copy = list.map(detached)
    copies.set(list, copy)
  }
  return copy
}

/** How a test's outcome is said in comments and in the job summary's rows. */
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  passed: 'passed',
  failure: 'failed',
  error: 'error',
  skipped: 'skipped',
  flaky: 'flaky (passed on a retry)'
}

/** `2 failed, 1 passed`: how many tests ended each way, failures first. */
export function outcomeCounts(
  testCases: readonly TestCase[],
  words: Readonly<Record<Outcome, string>> = OUTCOME_WORDS
): string {
  const counts = new Map<Outcome, number>()
  for (const t of testCases)
    counts.set(t.outcome, (counts.get(t.outcome) ?? 0) + 1)
  const order: Outcome[] = ['failure', 'error', 'flaky', 'passed', 'skipped']
  return order
    .filter((o) => counts.has(o))
    .map((o) => `${grouped(counts.get(o) ?? 0)} ${words[o]}`)
    .join(', ')
}

/** A test that failed or errored; a flaky one passed in the end. */
export function failedOrErrored(outcome: Outcome): boolean {
  return outcome === 'failure' || outcome === 'error'
}

/**
 * At most `limit` of the tests, those that failed or errored first, each
 * kind in order: what a list cut short must still show.
 */
export function failedFirst(
  testCases: readonly TestCase[],
  limit: number
): TestCase[] {
  const chosen: TestCase[] = []
  for (const failed of [true, false]) {
    for (const testCase of testCases) {
      if (chosen.length === limit) return chosen
      if (failedOrErrored(testCase.outcome) === failed) chosen.push(testCase)
    }
  }
  return chosen
}

/** A failure or an error, not a skip or a failed attempt before a passing retry. */
export function isFailureOrError(problem: Problem): boolean {
  return problem.kind === 'failure' || problem.kind === 'error'
}

export interface TestCase {
  name: string
  /**
   * The `name` attribute when the test goes by another name: JUnit 5's
   * ConsoleLauncher writes the display name in its output. '' otherwise.
   */
  reportedName: string
  classname: string
  /** `file` attribute as written in the report: annotations point at it, its file is never opened. */
  file: string
  /**
   * The `line` attribute (where the test is in its file), kept for a failed
   * or errored test only: its annotation's line when the failure names none.
   */
  line?: number
  /** Enclosing testsuite names, nearest first (shared between siblings). */
  suites: readonly string[]
  outcome: Outcome
  /** Seconds as written in the report, `undefined` when absent or unusable. */
  seconds: number | undefined
  problems: readonly Problem[]
  /** Values of `qasphere` properties on the testcase. */
  markerProperties: readonly string[]
  /** Captured output; kept only for tests that did not pass. */
  output: string
  /**
   * The output is its suite's: the tool wrote none for the test itself
   * (jest-junit, Bazel). Absent otherwise.
   */
  outputOfSuite?: true
  /** Paths of `[[ATTACHMENT|path]]` lines in its output and failures, as written (untrusted). */
  attachments: readonly string[]
  reportFile: string
  /**
   * Its name and suites' names were written with every run of characters
   * other than letters, digits and `@` turned into one space, as
   * WebdriverIO's junit reporter does by default: `BD 12` is `BD-12` there.
   */
  spacedMarkers?: true
  /**
   * Its name was written with every run of characters other than letters,
   * digits, `.` and `_` turned into one `_`, as testcase names of testthat's
   * JunitReporter are: `BD_12` is `BD-12` there.
   */
  underscoredMarkers?: true
  /**
   * Its classname is its suites' names joined: outermost first by `.`
   * (node:test's from node 24 on), or innermost first by ` > ` (bun's): its
   * markers are its nearest marked suite's, not every enclosing suite's.
   */
  classnameOfSuites?: true
  /**
   * Its name starts with characters it does not own: its nearest suite's
   * name and a space (jest-junit's default templates start a test's name
   * with its describe blocks' titles, and name the file's suite after the
   * first), or its describe blocks' titles (vitest's and Playwright's names;
   * mocha-junit-reporter's full title, see blocks): the markers of its name
   * are read after them.
   */
  nameAfterSuite?: number
  /**
   * The titles of its describe blocks, nearest first, where the report joins
   * them with its own title (vitest's name `BD-20 outer > BD-21 inner >
   * fails`, Playwright's with ` › `; mocha-junit-reporter's full title
   * `BD-20 outer BD-21 inner fails`) or in its suite's name
   * (jasmine-reporters' `BD-20 outer.BD-21 inner`), or pytest's nested
   * test classes and module in its classname
   * (`tests.test_x.TestBd20Outer.TestBd21Inner`): where its own title has
   * no marker, it takes the nearest marked block's (BD-21), not every
   * enclosing block's.
   */
  blocks?: readonly string[]
  /**
   * The configuration the tool ran it in, where a report can hold the same
   * tests run in several: Playwright's project (its suite's `hostname`),
   * the browser of @web/test-runner (its suite's `browser.name` property),
   * of karma (its suite's name) and of WebdriverIO (its suite's
   * `capabilities` property), the `<test>` of TestNG's JUnitXMLReporter
   * (its suite's name). Shown with its name where a result's tests ran in
   * more than one.
   */
  runsIn?: string
}

/**
 * Whether the tests ran in more than one configuration (see TestCase.runsIn);
 * a test of another tool, in none, is not one more.
 */
export function runInSeveral(testCases: readonly TestCase[]): boolean {
  let first: string | undefined
  for (const { runsIn } of testCases) {
    if (runsIn === undefined) continue
    if (first === undefined) first = runsIn
    else if (runsIn !== first) return true
  }
  return false
}

/** Characters of a configuration's name shown before a test's: the name must still show. */
const RUNS_IN_CHARS = 60
/** Configurations named in one label at most; the rest are counted. */
const RUNS_IN_NAMED = 3

/** `chromium, firefox, webkit`: each name clipped, at most three, the rest counted. */
export function runsInLabel(runsIn: readonly string[]): string {
  const named = runsIn
    .slice(0, RUNS_IN_NAMED)
    .map((value) => clipped(value, RUNS_IN_CHARS))
  const more = runsIn.length - named.length
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ')
}

/**
 * The test's name as a reader is shown it: with the configuration it ran in
 * first, as Playwright writes it (`[firefox] BD-1 checkout`), where its
 * result's tests ran in several.
 */
export function shownName(testCase: TestCase, withRunsIn: boolean): string {
  const name = testCase.name || '(unnamed test)'
  return withRunsIn && testCase.runsIn !== undefined
    ? `[${runsInLabel([testCase.runsIn])}] ${name}`
    : name
}

/** Passed, with no failure, error or skip written (not even a retried one). */
export function passedPlainly(testCase: TestCase): boolean {
  return testCase.outcome === 'passed' && testCase.problems.length === 0
}

/** Failed, errored, or failed before passing on a retry. */
export function failedOnce(outcome: Outcome): boolean {
  return failedOrErrored(outcome) || outcome === 'flaky'
}
