/**
 * The HTML comment of one QA Sphere result. Pure. Everything that comes from
 * a report goes through `safeText`: nothing in a report becomes markup.
 */
import { counted } from '../util/counted.js'
import {
  failedFirst,
  runInSeveral,
  shownName,
  failedOrErrored,
  OUTCOME_WORDS,
  outcomeCounts,
  type Outcome,
  type Problem,
  type TestCase
} from '../reports/test-case.js'
import { escapeHtml, safeHref, safeText } from './html.js'
import { erlangSkipReason, restatesTest } from './failure-text.js'
import { clipEnd, clipped, clipStart, plainText } from '../util/text.js'
import { decodeEntities } from '../reports/xml-text.js'

export interface WorkflowLinks {
  /** `…/owner/repo/actions/runs/123` */
  runUrl?: string
  runLabel?: string
  commitUrl?: string
  sha?: string
}

export const COMMENT_LIMITS = {
  /** Test cases listed one by one; the rest are counted. */
  listedTestCases: 25,
  /** Test cases whose failure details are shown. */
  detailedTestCases: 5,
  /** Characters of a test's name, classname or file (a report may hold megabytes). */
  nameChars: 1000,
  /** Failures and errors shown of one test (XCTest writes one per assertion). */
  problemsPerTest: 5,
  /** Characters of one failure/error message plus body. */
  problemChars: 8000,
  /** Characters of a skipped test's reason. */
  skipReasonChars: 500,
  /** Characters of captured output of one failed test (its end is kept). */
  outputChars: 4000
}

/** A file uploaded to QA Sphere for a result (input `attachments`). */
export interface AttachmentLink {
  name: string
  url: string
}

export function buildComment(
  outcome: Outcome,
  statusLabel: string,
  testCases: readonly TestCase[],
  links: WorkflowLinks,
  attachments: readonly AttachmentLink[] = []
): string {
  const label = `<strong>${labelText(statusLabel)}</strong>`
  // One test (the usual case): one line. Comments are posted by the
  // thousand, so they say what matters without boilerplate.
  const single = testCases.length === 1
  // The same test in two Playwright projects or browsers: named apart.
  const several = !single && runInSeveral(testCases)
  const title = (testCase: TestCase) => nameText(shownName(testCase, several))
  const head = single
    ? `<p>${label}: ${describeTest(testCases[0], statusLabel)}</p>`
    : `<p>${label}: ${describeCounts(testCases)}</p><ul>`
  // Most comments: one passed test, one line and the links.
  if (
    single &&
    outcome === 'passed' &&
    attachments.length === 0 &&
    !warned(testCases[0])
  )
    return head + footerLinks(links)
  const parts: string[] = [head]
  if (!single) {
    // Cut short, the list still shows the tests that failed.
    const listed =
      testCases.length > COMMENT_LIMITS.listedTestCases
        ? failedFirst(testCases, COMMENT_LIMITS.listedTestCases)
        : testCases
    for (const testCase of listed)
      parts.push(`<li>${describeTest(testCase, '', several)}</li>`)
    if (testCases.length > listed.length) {
      parts.push(
        `<li>… and ${counted(testCases.length - listed.length, 'more test')}, not listed.</li>`
      )
    }
    parts.push('</ul>')
  }

  let failing: TestCase[] = []
  if (outcome === 'failure' || outcome === 'error' || outcome === 'flaky') {
    // Failures and errors before flaky tests, whose failed attempts matter
    // less; for a flaky test: every failed attempt.
    failing = [
      ...testCases.filter((t) => failedOrErrored(t.outcome)),
      ...testCases.filter((t) => t.outcome === 'flaky')
    ]
    const detailed = failing.slice(0, COMMENT_LIMITS.detailedTestCases)
    // A suite's output, given to each of its failed tests, is shown once.
    const shownOutputs = new Set<string>()
    for (const testCase of detailed)
      parts.push(
        failureDetails(
          testCase,
          single ? undefined : title(testCase),
          shownOutputs
        )
      )
    if (failing.length > detailed.length) {
      parts.push(
        `<p>Details of ${counted(failing.length - detailed.length, 'more failed test')} are in the workflow run.</p>`
      )
    }
  }

  // Warnings of tests that passed (a failed test's are in its details).
  const warnedOnly = testCases
    .filter((t) => warned(t) && !failing.includes(t))
    .slice(0, COMMENT_LIMITS.detailedTestCases)
  for (const testCase of warnedOnly) {
    if (!single) parts.push(`<p><strong>${title(testCase)}</strong></p>`)
    for (const problem of testCase.problems.slice(
      0,
      COMMENT_LIMITS.problemsPerTest
    ))
      if (problem.kind === 'warning') parts.push(problemBlock(problem))
  }

  // Why skipped tests were skipped, also beside tests that passed or failed.
  const reasons = testCases
    .filter((t) => t.outcome === 'skipped')
    .map((t) => [t, skipReason(t)] as const)
    .filter(([, reason]) => reason !== '')
  const givenReasons = reasons.slice(0, COMMENT_LIMITS.detailedTestCases)
  for (const [testCase, reason] of givenReasons) {
    const who = single ? 'Reason' : `<strong>${title(testCase)}</strong>`
    parts.push(`<p>${who}: ${reason}</p>`)
  }
  const untold = reasons.length - givenReasons.length
  if (untold > 0) {
    parts.push(
      `<p>Why ${counted(untold, 'more test')} ${untold === 1 ? 'was' : 'were'} skipped is in the workflow run.</p>`
    )
  }

  if (attachments.length > 0) parts.push(attachmentList(attachments))
  const footer = footerLinks(links)
  if (footer) parts.push(footer)
  return parts.join('')
}

/** PHPUnit 9 warns of tests that pass (deprecations, its own addWarning). */
function warned(testCase: TestCase): boolean {
  return testCase.problems.some((p) => p.kind === 'warning')
}

/** As QA Sphere's own CLI lists a result's files. */
function attachmentList(attachments: readonly AttachmentLink[]): string {
  const items = attachments.map(({ name, url }) => {
    const href = safeHref(url)
    const text = nameText(name)
    return href ? `<li><a href="${href}">${text}</a></li>` : `<li>${text}</li>`
  })
  return `<h4>Attachments:</h4><ul>${items.join('')}</ul>`
}

function describeCounts(testCases: readonly TestCase[]): string {
  return `${counted(testCases.length, 'test')} (${outcomeCounts(testCases)})`
}

/**
 * `passed: <code>name</code> in classname (12 ms)`; the outcome is left out
 * when the status label already says it ("Passed: <code>name</code>").
 */
function describeTest(
  testCase: TestCase,
  statusLabel = '',
  withRunsIn = false
): string {
  const { name, classname, file } = testCase
  // jest-junit repeats the name as classname: say it once.
  let where = ''
  if (classname !== '' && classname !== name) where = classnameText(classname)
  if (file !== '' && file !== name && file !== classname)
    where = where ? `${where}, ${nameText(file)}` : nameText(file)
  const time =
    testCase.seconds === undefined
      ? ''
      : ` (${formatSeconds(testCase.seconds)})`
  const word = OUTCOME_WORDS[testCase.outcome]
  const said = lowerCase(statusLabel).startsWith(word)
  return (
    `${said ? '' : `${word}: `}<code>${nameText(shownName(testCase, withRunsIn))}</code>` +
    (where ? ` in ${where}` : '') +
    time
  )
}

/**
 * `heading`: the test's name as HTML, to head the details with (several
 * tests); `shownOutputs`: suite outputs shown already in this comment.
 */
function failureDetails(
  testCase: TestCase,
  heading: string | undefined,
  shownOutputs: Set<string>
): string {
  const parts = heading ? [`<p><strong>${heading}</strong></p>`] : []
  const problems = testCase.problems.filter((p) => p.kind !== 'skipped')
  const shown = problems.slice(0, COMMENT_LIMITS.problemsPerTest)
  for (const problem of shown) parts.push(problemBlock(problem))
  if (problems.length > shown.length) {
    parts.push(
      `<p>… and ${counted(problems.length - shown.length, 'more failure or error', 'more failures and errors')} of this test, not shown.</p>`
    )
  }
  const { output, outputOfSuite } = testCase
  if (outputOfSuite && shownOutputs.has(output)) {
    parts.push('<p>Output of its suite: as above.</p>')
  } else if (output.trim()) {
    if (outputOfSuite) shownOutputs.add(output)
    const { text, omitted } = clipEnd(
      plainText(output),
      COMMENT_LIMITS.outputChars
    )
    const cut = omitted
      ? ` (last ${text.length} characters; ${omitted} cut)`
      : ''
    const whose = outputOfSuite
      ? `Output of its suite${suiteName(testCase)}, all its tests' (the report has none for this test alone)`
      : 'Output'
    parts.push(
      `<p>${whose}${cut}:</p>`,
      `<pre><code>${escapeHtml(text)}</code></pre>`
    )
  }
  return parts.join('')
}

/** A name from the report, ready for HTML: cleaned, clipped, escaped. */
function nameText(text: string): string {
  return escapeHtml(clipped(plainText(text), COMMENT_LIMITS.nameChars))
}

// Comments are built by the thousand, in marker order: consecutive tests
// often share their class, and every result of a status its label.
let lastClassname = ''
let lastClassnameText = ''
function classnameText(classname: string): string {
  if (classname !== lastClassname) {
    lastClassname = classname
    lastClassnameText = nameText(classname)
  }
  return lastClassnameText
}

const labels = new Map<string, { html: string; lower: string }>()
function labelOf(statusLabel: string): { html: string; lower: string } {
  let label = labels.get(statusLabel)
  if (label === undefined) {
    label = { html: safeText(statusLabel), lower: statusLabel.toLowerCase() }
    if (labels.size < 100) labels.set(statusLabel, label)
  }
  return label
}
const labelText = (statusLabel: string): string => labelOf(statusLabel).html
const lowerCase = (statusLabel: string): string => labelOf(statusLabel).lower

function suiteName(testCase: TestCase): string {
  const suite = testCase.suites[0]
  return suite ? ` <code>${nameText(suite)}</code>` : ''
}

/** Characters of a skip's message or details read for its reason. */
const SKIP_REASON_READ_CHARS = 10_000
/** go's test log around what a test said: `=== RUN`, `--- SKIP: …`. */
// Spaces, not \s: with `m`, \s* would run across the next line breaks and
// retry from every line (quadratic on a reason of blank lines).
const GO_LOG_FRAMING =
  /^[ \t]*(?:=== (?:RUN|PAUSE|CONT|NAME)\s|--- (?:SKIP|PASS|FAIL):)/m
/** Where go's t.Skip was called: `auth_test.go:31: `. */
const GO_LOCATION = /^[ \t]*[\w./\\-]+\.go:\d+: /

/** Where a stack starts after a skip's reason: a JVM or JavaScript frame, Lua's or Python's traceback. */
const STACK_START =
  /\n[ \t]*(?:at [\w$.<>/@-]+ ?\(|stack traceback:|Traceback \(most recent call last\):)/

/**
 * The JVM's exception of a failed assumption before its message
 * (`org.opentest4j.TestAbortedException: Assumption failed: …`, JUnit 4's
 * `org.junit.AssumptionViolatedException: got: …`): every such skip says
 * it, so the message alone is the reason.
 */
const ASSUMPTION_EXCEPTION =
  /^(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException): (?=\S)/

/** JUnit 5's vintage engine's reason of an ignored test when the runner gave none. */
const VINTAGE_NO_REASON = '<unknown>'

/** pytest's module skip: `('/w/tests/test_x.py', 4, 'Skipped: needs the SDK')`. */
const PYTEST_MODULE_SKIP = /^\(.*, \d+, (['"])Skipped: (.*)\1\)$/s

/** The reason of pytest's module skip, unescaped from its repr. */
function pytestModuleSkip(details: string): string | undefined {
  return PYTEST_MODULE_SKIP.exec(details)?.[2].replace(
    /\\(.)/g,
    (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)
  )
}

/** Why a test was skipped, as its report says (`<skipped message="…">`), ready for HTML. */
function skipReason(testCase: TestCase): string {
  const skip = testCase.problems.find((p) => p.kind === 'skipped')
  if (!skip) return ''
  // node:test writes message="true" for `{ skip: true }`: no reason.
  const written = skip.message.trim()
  const message = written === 'true' || written === 'false' ? '' : written
  const details = skip.details.trim()
  // Only the start is shown: only the start is read.
  let told = (
    message && !(details && restatesTest(message, testCase.name, 'skipped'))
      ? message
      : details
  ).slice(0, SKIP_REASON_READ_CHARS)
  // JUnit 5's vintage engine writes `<unknown>` for a JUnit 4 runner's
  // ignored test that has no @Ignore of its own (Spock's @Ignore): no reason.
  if (!message && told === VINTAGE_NO_REASON) told = ''
  // common_test: `{tc_user_skip,"feature not ready"}`, an auto-skip's term.
  if (told.startsWith('{tc_')) told = erlangSkipReason(told) ?? told
  // pytest's module skipped whole (importorskip, `allow_module_level`):
  // `collection skipped`, and the reason in a Python tuple's repr.
  if (message === 'collection skipped')
    told = pytestModuleSkip(details.slice(0, SKIP_REASON_READ_CHARS)) ?? told
  // go writes the test's whole log: t.Skip's line is the last it located
  // (earlier ones are t.Log's).
  if (GO_LOG_FRAMING.test(told)) {
    const lines = told.split('\n')
    const located = lines.filter((line) => GO_LOCATION.test(line))
    told =
      located.length > 0
        ? located[located.length - 1].replace(GO_LOCATION, '')
        : lines.filter((line) => !GO_LOG_FRAMING.test(line)).join(' ')
  }
  // A reason with its stack (JUnit 5's aborted assumption, Lua's
  // `stack traceback:`): the reason alone.
  const stack = STACK_START.exec(told)
  if (stack && stack.index > 0 && told.slice(0, stack.index).trim())
    told = told.slice(0, stack.index)
  const reason = told
    .replace(ASSUMPTION_EXCEPTION, '')
    .replace(/\s+/g, ' ')
    .trim()
  return escapeHtml(clipped(plainText(reason), COMMENT_LIMITS.skipReasonChars))
}

function problemBlock(problem: Problem): string {
  // bats writes type="failure": not "failure failure".
  const type =
    problem.type.toLowerCase() === problem.kind.toLowerCase()
      ? ''
      : problem.type
  const heading = [problem.kind, type].filter(Boolean).join(' ')
  const message = problem.message.trim()
  const details = escapedOnce(problem.details.trim())
  // Most tools repeat the message at the top of the stack trace, some with
  // other line breaks (node:test's reporter removes them from the message).
  const body =
    message === '' ||
    details.includes(message) ||
    repeatsSpacedOtherwise(details, message)
      ? details
      : details === ''
        ? message
        : `${message}\n\n${details}`
  const { text, omitted } = clipStart(
    plainText(body),
    COMMENT_LIMITS.problemChars
  )
  if (text.trim() === '') return `<p>${nameText(heading)}, with no message.</p>`
  return (
    `<p>${nameText(heading)}:</p><pre><code>${escapeHtml(text)}</code></pre>` +
    (omitted ? `<p>(${counted(omitted, 'more character')} cut)</p>` : '')
  )
}

/**
 * A reference to one of the characters HTML escaping replaces; Handlebars
 * (@hapi/lab's junit template) writes `'`, `=` and `` ` `` in hex:
 * `&#x27;`, `&#x3D;`, `&#x60;`.
 */
const ESCAPED = /&(?:lt|gt|amp|quot|#34|#39|#x27|#x3D|#x60);/
/** One of those characters as itself: a `&` that starts no such reference. */
const UNESCAPED = /[<>"']|&(?!(?:lt|gt|amp|quot|#34|#39|#x27|#x3D|#x60);)/

/** A JavaScript stack frame's line: Nightwatch's escaped details are an error's stack. */
const JS_FRAME = /\n[ \t]+at \S/

/**
 * Details escaped for HTML before the tool wrote them in a CDATA section,
 * where an XML reader takes them literally (Nightwatch's junit template:
 * `at new Promise (&lt;anonymous&gt;)`), read once more: only an error's
 * stack, and only when such references are all there is of those
 * characters (another tool's log may well show escaped text as it is).
 */
function escapedOnce(details: string): string {
  return ESCAPED.test(details) &&
    JS_FRAME.test(details) &&
    !UNESCAPED.test(details)
    ? decodeEntities(details)
    : details
}

/** Characters of details searched for a message spaced otherwise. */
const REPEAT_READ_CHARS = 10_000

/** Whether the details hold the message, whitespace aside. */
function repeatsSpacedOtherwise(details: string, message: string): boolean {
  if (message.length > REPEAT_READ_CHARS) return false
  const compact = (text: string): string => text.replace(/\s+/g, '')
  const wanted = compact(message)
  return (
    wanted !== '' &&
    compact(details.slice(0, REPEAT_READ_CHARS + message.length)).includes(
      wanted
    )
  )
}

/** The same for every comment of an upload: built once. */
const footerCache = new WeakMap<WorkflowLinks, string>()

function footerLinks(links: WorkflowLinks): string {
  const cached = footerCache.get(links)
  if (cached !== undefined) return cached
  const footer = buildFooter(links)
  footerCache.set(links, footer)
  return footer
}

function buildFooter(links: WorkflowLinks): string {
  const items: string[] = []
  const runHref = links.runUrl ? safeHref(links.runUrl) : undefined
  if (runHref) {
    items.push(
      `<a href="${runHref}">${safeText(links.runLabel ?? 'Workflow run')}</a>`
    )
  }
  const commitHref = links.commitUrl ? safeHref(links.commitUrl) : undefined
  if (commitHref && links.sha) {
    items.push(
      `commit <a href="${commitHref}">${safeText(links.sha.slice(0, 7))}</a>`
    )
  }
  // An entity, not `·`: one non-ASCII character in every comment makes
  // encoding a batch body to UTF-8 several times slower.
  return items.length > 0 ? `<p>${items.join(' &middot; ')}</p>` : ''
}

export function formatSeconds(seconds: number): string {
  // Each unit is chosen after rounding: never `1000 ms`, `60 s` or `1 min 60 s`.
  const ms = Math.round(seconds * 1000)
  if (ms < 1000) return `${ms} ms`
  const hundredths = Math.round(seconds * 100)
  if (hundredths < 6000) return `${hundredths / 100} s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} min ${whole % 60} s`
}
