/**
 * Retries written as repeated testcases, merged into one flaky (or failed)
 * test: generically by name and order, and WebdriverIO's by its marks.
 */
import {
  failedOrErrored,
  isFailureOrError,
  type Problem,
  type TestCase
} from '../test-case.js'

/**
 * Retries written as repeated testcases (gotestsum's --rerun-fails, Xcode's
 * through fastlane, Gradle's test-retry, pytest-rerunfailures 16.6.1): the
 * same classname and name in one suite, failing and then passing. They
 * become one flaky test showing every failed attempt. A pass before a
 * failure is no retry: those stay separate tests, so the failure counts.
 */
export function mergeRetries(testCases: TestCase[]): TestCase[] {
  if (testCases.length < 2) return testCases
  // Repeated names are rare: find out cheaply before building keys.
  const names = new Set<string>()
  for (const t of testCases) names.add(t.name)
  if (names.size === testCases.length) return testCases
  const byKey = new Map<string, TestCase[]>()
  for (const t of testCases) {
    // Display names repeat (`[1] 3` for every parametrized method): the
    // name attribute tells the tests apart.
    const key = `${t.classname}\u0000${t.name}\u0000${t.reportedName}`
    const same = byKey.get(key)
    if (same) same.push(t)
    else byKey.set(key, [t])
  }
  if (byKey.size === testCases.length) return testCases
  // gotestsum writes a suite's failures first, then skips, then passes: the
  // order cannot tell retries from the runs of `go test -count=N`. Only a
  // failed test is retried, so one that passed or was skipped twice means
  // the suite ran N times: its repeats are runs, and a failure counts.
  // gotestsum's --rerun-fails reruns a failed subtest alone, under its
  // parent: the parent passes in every rerun, and that is no sign of runs.
  const parents = subtestParents(names)
  // Older gotestsum also reruns a failed subtest that has subtests whole
  // (`-run '^TestA$/^card$'`), beside each of its failed subtests: what is
  // under it passes again in each.
  const failedNames = new Set<string>()
  for (const t of testCases)
    if (failedOrErrored(t.outcome)) failedNames.add(t.name)
  const underFailedSubtest = (name: string): boolean => {
    for (
      let at = name.lastIndexOf('/');
      at > 0;
      at = name.lastIndexOf('/', at - 1)
    ) {
      const ancestor = name.slice(0, at)
      if (ancestor.includes('/') && failedNames.has(ancestor)) return true
    }
    return false
  }
  for (const attempts of byKey.values())
    if (
      attempts.length > 1 &&
      !parents.has(attempts[0].name) &&
      !underFailedSubtest(attempts[0].name) &&
      passedOrSkippedTwice(attempts)
    )
      return testCases
  const merged: TestCase[] = []
  for (const attempts of byKey.values()) {
    const failed = attempts.filter((t) => failedOrErrored(t.outcome))
    const retried =
      attempts.length > 1 &&
      (parents.has(attempts[0].name)
        ? parentRetried(attempts, byKey)
        : underFailedSubtest(attempts[0].name)
          ? failedThenPassed(attempts)
          : isRetrySequence(attempts))
    if (!retried) {
      for (const attempt of attempts) merged.push(attempt)
      continue
    }
    const problems: Problem[] = []
    for (const attempt of attempts) {
      for (const p of attempt.problems) {
        if (p.kind === 'failure') problems.push({ ...p, kind: 'flaky failure' })
        else if (p.kind === 'error')
          problems.push({ ...p, kind: 'flaky error' })
        else if (p.kind !== 'skipped') problems.push(p)
      }
    }
    const seconds = attempts.reduce<number | undefined>(
      (sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds),
      undefined
    )
    merged.push({
      ...attempts[0],
      outcome: 'flaky',
      seconds,
      problems,
      output: failed
        .map((t) => t.output)
        .filter(Boolean)
        .join('\n'),
      // Every attempt's files (Playwright writes a trace per retry).
      attachments: [...new Set(attempts.flatMap((t) => t.attachments))]
    })
  }
  return merged
}

/** Names of go tests with subtests in the suite (`TestCart` of `TestCart/add`). */
function subtestParents(names: ReadonlySet<string>): Set<string> {
  const parents = new Set<string>()
  for (const name of names) {
    for (let at = name.indexOf('/'); at > 0; at = name.indexOf('/', at + 1))
      parents.add(name.slice(0, at))
  }
  return parents
}

/**
 * A go parent test rerun for its subtests (gotestsum --rerun-fails) is
 * flaky when it failed and passed, and every subtest of it that failed
 * passed on a retry; else its failure counts (a subtest still failing: its
 * parent's pass is another subtest's rerun, written last).
 */
function parentRetried(
  attempts: readonly TestCase[],
  byKey: ReadonlyMap<string, readonly TestCase[]>
): boolean {
  const parent = attempts[0]
  if (
    !attempts.some((t) => failedOrErrored(t.outcome)) ||
    !attempts.some((t) => t.outcome === 'passed')
  )
    return false
  for (const sub of byKey.values()) {
    const [first] = sub
    if (
      first.classname !== parent.classname ||
      !first.name.startsWith(`${parent.name}/`) ||
      !sub.some((t) => failedOrErrored(t.outcome))
    )
      continue
    // Subtests a level or more down pass in each rerun of one under the
    // parent: failures, then one pass or more.
    if (!failedThenPassed(sub)) return false
  }
  return true
}

/**
 * A go subtest's attempts under gotestsum --rerun-fails: failed attempts
 * (failing the same way), then passes only, as it may run again in the
 * rerun of another subtest under its parent.
 */
function failedThenPassed(attempts: readonly TestCase[]): boolean {
  const ran = attempts.filter((t) => t.outcome !== 'skipped')
  const firstPass = ran.findIndex((t) => !failedOrErrored(t.outcome))
  return (
    firstPass > 0 &&
    ran.slice(firstPass).every((t) => t.outcome === 'passed') &&
    isRetrySequence(ran.slice(0, firstPass + 1))
  )
}

function passedOrSkippedTwice(attempts: readonly TestCase[]): boolean {
  let passed = 0
  let skipped = 0
  for (const { outcome } of attempts) {
    if (outcome === 'passed') passed++
    else if (outcome === 'skipped') skipped++
  }
  return passed > 1 || skipped > 1
}

/**
 * Failed attempts, then one pass at the end (skipped attempts aside): retry
 * tools stop at the first pass. Any other mix is several tests of one title.
 */
function isRetrySequence(attempts: readonly TestCase[]): boolean {
  // minitest-reporters (1.0) writes this classname for every test: tests of
  // different classes would look like attempts of one.
  if (attempts[0].classname === 'Minitest::Result') return false
  const ran = attempts.filter((t) => t.outcome !== 'skipped')
  const last = ran[ran.length - 1]
  if (ran.length < 2 || (last.outcome !== 'passed' && last.outcome !== 'flaky'))
    return false
  const failed = ran.slice(0, -1)
  if (!failed.every((t) => failedOrErrored(t.outcome))) return false
  // Attempts of one test fail the same way; failures that differ are
  // different tests that share a name.
  const first = failureMessage(failed[0])
  return failed.every((t) => failureMessage(t) === first)
}

/**
 * WebdriverIO's junit reporter writes each failed attempt of a test that
 * mocha retries (`this.retries(n)`) as a skipped testcase (read as a failed
 * attempt by toTestCase), right before the next attempt under the same name.
 * The attempts are one test: flaky when the last one passed, else failed (or
 * errored) with every attempt's failure, the first one first.
 */
export function mergeWdioRetries(testCases: TestCase[]): TestCase[] {
  const merged: TestCase[] = []
  let attempts: TestCase[] = []
  const sameTest = (a: TestCase, b: TestCase) =>
    a.classname === b.classname && a.name === b.name
  // An attempt with no later one (not written so): a failure.
  const failedAttempt = (t: TestCase): TestCase => ({
    ...t,
    outcome: 'failure',
    problems: t.problems.map((p) =>
      p.kind === 'flaky failure' ? { ...p, kind: 'failure' } : p
    )
  })
  for (const testCase of testCases) {
    if (attempts.length > 0 && !sameTest(attempts[0], testCase)) {
      for (const attempt of attempts) merged.push(failedAttempt(attempt))
      attempts = []
    }
    if (testCase.outcome === 'flaky') {
      attempts.push(testCase)
      continue
    }
    if (attempts.length === 0) {
      merged.push(testCase)
      continue
    }
    const passed = testCase.outcome === 'passed'
    const runs = [...attempts, testCase]
    merged.push({
      ...testCase,
      outcome: passed ? 'flaky' : testCase.outcome,
      seconds: runs.reduce<number | undefined>(
        (sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds),
        undefined
      ),
      problems: runs.flatMap((t) =>
        passed ? t.problems : failedAttempt(t).problems
      ),
      output: (passed ? attempts : runs)
        .map((t) => t.output)
        .filter(Boolean)
        .join('\n'),
      attachments: [...new Set(runs.flatMap((t) => t.attachments))]
    })
    attempts = []
  }
  for (const attempt of attempts) merged.push(failedAttempt(attempt))
  return merged
}

/** The first line of a test's first failure or error message. */
function failureMessage(testCase: TestCase): string {
  const problem = testCase.problems.find(isFailureOrError)
  return problem ? problem.message.trim().split('\n', 1)[0] : ''
}

/**
 * Bazel, retrying a failed test (`flaky = True`, `--flaky_test_attempts`),
 * keeps each failed attempt's report as `test_attempts/attempt_N.xml` beside
 * the last attempt's `test.xml` (the `attempt_N.xml` of a `run_N_of_M/` or
 * `shard_N_of_M/` folder too). Only attempts that were retried are kept
 * there, so each of its failures is an attempt of a test that ran again:
 * read as a flaky failure, the test is flaky when its `test.xml` passed and
 * failed when that failed too (the worst of a marker's tests wins), as
 * Bazel's own summary says (`FLAKY, failed in 1 out of 2`).
 */
const BAZEL_EARLIER_ATTEMPT = /(?:^|[\\/])test_attempts[\\/]attempt_\d+\.xml$/

export function bazelEarlierAttempts(
  reportFile: string,
  testCases: TestCase[]
): void {
  if (!BAZEL_EARLIER_ATTEMPT.test(reportFile)) return
  for (const testCase of testCases) {
    if (!failedOrErrored(testCase.outcome)) continue
    testCase.outcome = 'flaky'
    testCase.problems = testCase.problems.map((p) =>
      p.kind === 'failure'
        ? { ...p, kind: 'flaky failure' }
        : p.kind === 'error'
          ? { ...p, kind: 'flaky error' }
          : p
    )
  }
}
