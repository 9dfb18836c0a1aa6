/**
 * Error annotations for failed tests: GitHub shows them on the run's page
 * and, at the line where the test failed when that is a file of the
 * workspace, on that file (in a pull request's diff too).
 */
import { error, info } from '../log.js'
import {
  failedOrErrored,
  isFailureOrError,
  runInSeveral,
  runsInLabel,
  type TestCase
} from '../reports/test-case.js'
import { failureText, type FailureText } from '../results/failure-text.js'
import { counted } from '../util/counted.js'
import { clipStart, plainText } from '../util/text.js'
import type { PlannedResult } from '../results/plan.js'
import type { FailureLocator } from './locate.js'

/** GitHub shows at most 10 error annotations per step; one is kept for the step's own failure. */
const MAX_ERROR_ANNOTATIONS = 9

/**
 * Annotates the first failed tests, and says how many more there are.
 * `earlierErrors`: error annotations the step made already (unusable
 * reports), which GitHub counts too.
 */
export function annotateFailures(
  results: readonly PlannedResult[],
  locator: FailureLocator,
  earlierErrors = 0
): void {
  const slots = Math.max(0, MAX_ERROR_ANNOTATIONS - earlierErrors)
  // The annotated tests, each with its markers.
  const failing = new Map<TestCase, string[]>()
  // Every failed test once: one with several markers is in several results.
  const failedTests = new Set<TestCase>()
  // Where a result's tests ran in several Playwright projects or browsers:
  // those an annotated test failed in, named in its title.
  const runsInOf = new Map<TestCase, string[]>()
  const said = new Map<TestCase, FailureText | undefined>()
  const saidOf = (testCase: TestCase): FailureText | undefined => {
    if (!said.has(testCase)) {
      const problem = testCase.problems.find(isFailureOrError)
      said.set(testCase, problem && failureText(problem, testCase.name))
    }
    return said.get(testCase)
  }
  for (const result of results) {
    // A test rerun and failed again (gotestsum, TestNG), or failed in
    // several Playwright projects, is annotated once; its reruns share its
    // result, so only a result's own tests are compared.
    const seen =
      result.testCases.length > 1 ? new Map<string, TestCase>() : undefined
    const several = runInSeveral(result.testCases)
    // Whether a failed test of the result says why it failed: then one whose
    // failure only says it failed (a go test whose subtests failed) is not
    // annotated beside it.
    let saysWhy: boolean | undefined
    for (const testCase of result.testCases) {
      if (!failedOrErrored(testCase.outcome)) continue
      const key = seen ? sameTestKey(testCase) : ''
      const first = seen?.get(key)
      if (first) {
        const runsIn = runsInOf.get(first)
        if (runsIn && testCase.runsIn && !runsIn.includes(testCase.runsIn))
          runsIn.push(testCase.runsIn)
        continue
      }
      if (failedTests.has(testCase)) {
        failing.get(testCase)?.push(result.marker)
        seen?.set(key, testCase)
        continue
      }
      if (failing.size < slots && seen && saidOf(testCase)?.generic) {
        saysWhy ??= result.testCases.some(
          (t) =>
            failedOrErrored(t.outcome) &&
            !!saidOf(t)?.headline &&
            !saidOf(t)?.generic
        )
        // Not seen: its copy in another project that says why still counts.
        if (saysWhy) continue
      }
      seen?.set(key, testCase)
      failedTests.add(testCase)
      if (several && testCase.runsIn && !runsInOf.has(testCase))
        runsInOf.set(testCase, [testCase.runsIn])
      // Only those annotated are kept; the rest are counted.
      if (failing.size < slots) failing.set(testCase, [result.marker])
    }
  }
  for (const [testCase, markers] of failing) {
    const text = saidOf(testCase)?.text || withoutMessage(testCase)
    // Colour codes removed: GitHub shows them as text. Only the start is read.
    const message = firstLines(
      plainText(clipStart(text, 10_000).text),
      12,
      1000
    )
    const location = locator.failureOf(testCase)
    const runsIn = runsInOf.get(testCase)
    const name = runsIn
      ? `[${runsInLabel(runsIn)}] ${testCase.name || '(unnamed test)'}`
      : testCase.name
    error(message, {
      title: clipStart(plainText(`${markers.join(', ')}: ${name}`), 255).text,
      file: location?.file,
      startLine: location?.line
    })
  }
  const failingCount = failedTests.size
  if (failingCount > slots) {
    info(
      `${counted(failingCount - slots, 'more failed test')} not annotated (GitHub shows at most 10 error annotations per step); see the job summary.`
    )
  }
}

/**
 * What to say of a failure with no text (CTest, meson: the test program's
 * exit status): the end of the test's own output, where a failed program
 * says why, if it has any.
 */
function withoutMessage(testCase: TestCase): string {
  const said = `The test ${testCase.outcome === 'error' ? 'errored' : 'failed'} with no message`
  // A suite's output is every test's: it does not say why this one failed.
  const output = testCase.outputOfSuite ? '' : plainText(testCase.output)
  const lines = output.trimEnd().split('\n')
  const end = lines
    .slice(-OUTPUT_END_LINES)
    .join('\n')
    .replace(/^\s*\n/, '')
  return end.trim() ? `${said}; its output ends:\n${end}` : `${said}.`
}

/** Lines of a failed test's output in its annotation when its failure has no text. */
const OUTPUT_END_LINES = 8

function firstLines(text: string, lines: number, chars: number): string {
  const kept = text.split('\n', lines + 1)
  const cut = kept.length > lines || text.length > chars
  return (
    clipStart(kept.slice(0, lines).join('\n'), chars).text + (cut ? '\n…' : '')
  )
}

/**
 * What tells a test apart from its reruns and its runs in other projects or
 * browsers: its classname without the browser's name karma and WebdriverIO
 * start it with (`Firefox_153_0_(Linux_0_0_0).`, `chrome.156_0.linux.`), its
 * name and its reported name.
 */
function sameTestKey(testCase: TestCase): string {
  const { classname, runsIn } = testCase
  const own =
    runsIn !== undefined &&
    classname.length >= runsIn.length &&
    safeName(classname.slice(0, runsIn.length)) === safeName(runsIn)
      ? classname.slice(runsIn.length)
      : classname
  return `${own}\n${testCase.name}\n${testCase.reportedName}`
}

/** Letters and digits kept, anything else `_`, as karma writes a browser's name into a classname. */
function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '_')
}
