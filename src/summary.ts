/**
 * The job summary: what was posted, where, and what was left out. Pure: it
 * returns Markdown/HTML that main writes. Test names come from reports, so
 * they are escaped; the summary stays under GitHub's 1 MiB limit.
 */
import type { SourceLink } from './annotations/source-links.js'
import type { LinkedIssue } from './issues/github-issues.js'
import { counted, firstAndMore, grouped } from './util/counted.js'
import { formatRef } from './issues/references.js'
import {
  failedFirst,
  failedOrErrored,
  isFailureOrError,
  type Outcome,
  OUTCOME_WORDS,
  outcomeCounts,
  runInSeveral,
  shownName,
  type TestCase
} from './reports/test-case.js'
import { escapeHtml, safeHref, safeText } from './results/html.js'
import { clipped, plainText } from './util/text.js'
import { failureText, summaryLine } from './results/failure-text.js'
import type { PlannedResult } from './results/plan.js'
import { countStatuses, type StoredId } from './results/stored.js'
import {
  DEFAULT_STATUSES,
  type StatusId,
  type StatusInfo
} from './results/statuses.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Room kept for the note and closing tags after the table is cut. */
const SUMMARY_RESERVE_BYTES = 16 * 1024
const NAMES_PER_ROW = 3

/** How a row's tests ended, where they did not all end alike: short, as a table cell wants. */
const ROW_OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  ...OUTCOME_WORDS,
  flaky: 'flaky'
}
/** Report problems, and reasons the step fails, listed in the summary; the rest are counted. */
const MAX_LISTED_REPORT_PROBLEMS = 20
/** Of a failed result's first failure message, in its row. */
const FAILURE_LINE_CHARS = 200

export interface UploadSummary {
  projectCode: string
  /** The run's id, or a description of the run about to be created. */
  run: number | string
  runUrl: string
  dryRun: boolean
  planned: PlannedResult[]
  /** Per planned result, in the same order. */
  resultIds: StoredId[]
  /** Indexes of planned results that may or may not have been stored. */
  undecided?: ReadonlySet<number>
  unmatched: string[]
  /** Where the unmatched markers were looked for: `the run` unless said. */
  unmatchedIn?: string
  unmarkedTestCases: number
  testCaseCount: number
  reportFiles: number
  problems: string[]
  /** Why the step fails that nothing else in the summary says (results not stored, attachments, closing the run). */
  failures?: readonly string[]
  /** GitHub issues the results link to. */
  linkedIssues?: LinkedIssue[]
  /** The account's statuses (names and colours); the defaults when not read. */
  statuses?: readonly StatusInfo[]
  /** Where failed results failed, in the tested commit (see source-links.ts). */
  sourceLinks?: ReadonlyMap<PlannedResult, SourceLink>
}

/** GitHub strips colours from summaries; these stand for QA Sphere's status colours. */
const COLOR_MARKS: Record<string, string> = {
  blue: '🔵',
  gray: '⚪',
  red: '🔴',
  orange: '🟠',
  yellow: '🟡',
  green: '🟢',
  teal: '🟦',
  indigo: '🔷',
  purple: '🟣',
  pink: '🩷'
}

function statusMark(status: StatusId, statuses: readonly StatusInfo[]): string {
  const info = statuses.find((st) => st.id === status)
  const mark = COLOR_MARKS[info?.color ?? ''] ?? '⚫'
  return `${mark} ${summaryText(info?.name ?? status)}`
}

/** The default four always, then any other status that was used. */
const ALWAYS_COUNTED: readonly StatusId[] = [
  'passed',
  'failed',
  'blocked',
  'skipped'
]

export function renderSummary(s: UploadSummary): string {
  const stored = s.resultIds.filter((id) => id !== undefined).length
  const runLink = `<a href="${escapeHtml(s.runUrl)}">${escapeHtml(s.projectCode)} run ${summaryText(String(s.run))}</a>`
  const heading = s.dryRun
    ? `QA Sphere (dry run): ${counted(s.planned.length, 'result')} would be posted to ${runLink}`
    : `QA Sphere: ${counted(stored, 'result')} posted to ${runLink}`

  const statuses = s.statuses ?? DEFAULT_STATUSES
  const counts = countStatuses(s.planned, s.resultIds, s.dryRun)
  const countedStatuses = [
    ...ALWAYS_COUNTED,
    ...(Object.keys(counts) as StatusId[]).filter(
      (id) => !ALWAYS_COUNTED.includes(id)
    )
  ]
  const countLine = countedStatuses
    .map((status) => {
      const [mark, ...name] = statusMark(status, statuses).split(' ')
      return `${mark} ${grouped(counts[status] ?? 0)} ${name.join(' ')}`
    })
    .join(' · ')

  const head: string[] = [`<h2>${heading}</h2>`, `<p>${countLine}</p>`]
  head.push(
    `<p>From ${counted(s.testCaseCount, 'test')} in ${counted(s.reportFiles, 'report file')}` +
      (s.unmarkedTestCases > 0
        ? `; ${counted(s.unmarkedTestCases, 'test')} without a ${escapeHtml(s.projectCode)} marker, not uploaded`
        : '') +
      '.</p>'
  )
  head.push(
    ...listedLines(
      '❌',
      s.failures ?? [],
      (more) => `${counted(more, 'more reason')} the step fails`
    ),
    ...listedLines('⚠️', s.problems, (more) => counted(more, 'more problem'))
  )
  if (s.unmatched.length > 0) {
    head.push(
      `<p>⚠️ ${counted(s.unmatched.length, 'marker')} found in reports but not in ${escapeHtml(s.unmatchedIn ?? 'the run')}, not uploaded: ` +
        firstAndMore(s.unmatched, 200, (m) => `<code>${escapeHtml(m)}</code>`) +
        '</p>'
    )
  }

  const issues = s.linkedIssues ?? []
  if (issues.length > 0) {
    // Results stored with links (or, in a dry run, that would be).
    const linkedCount = s.planned.filter(
      (r, i) =>
        r.links !== undefined &&
        r.links.length > 0 &&
        (s.dryRun || s.resultIds[i] !== undefined)
    ).length
    const items = issues.map((issue) => {
      const href = safeHref(issue.url)
      const ref = formatRef(issue.ref)
      const label =
        issue.title === ref
          ? summaryText(ref)
          : `${summaryText(ref)}: ${summaryText(clipped(issue.title, 200))}`
      return href ? `<a href="${href}">${label}</a>` : label
    })
    head.push(
      `<p>🔗 ${counted(linkedCount, 'result')} ${linkedCount === 1 ? 'links' : 'link'} to ${items.join(', ')}</p>`
    )
  }

  const tail = '</tbody></table>'
  let html = head.join('\n')
  if (s.planned.length === 0) return html + '\n'
  html +=
    '\n<table><thead><tr><th>Test case</th><th>Status</th><th>Result</th><th>Tests</th></tr></thead><tbody>\n'
  let bytes = Buffer.byteLength(html)
  const budget = SUMMARY_LIMIT_BYTES - SUMMARY_RESERVE_BYTES
  const marks = new Map<StatusId, Mark>()
  const markOf = (status: StatusId): Mark => {
    let mark = marks.get(status)
    if (mark === undefined) {
      const html = statusMark(status, statuses)
      mark = { html, bytes: Buffer.byteLength(html) }
      marks.set(status, mark)
    }
    return mark
  }
  let shown = 0
  for (const i of rowOrder(s)) {
    const result = s.planned[i]
    const mark = markOf(result.status)
    const [before, after] = renderRow(
      result,
      s.undecided?.has(i) ? 'undecided' : s.resultIds[i],
      s.dryRun,
      s.sourceLinks?.get(result)
    )
    // Counted apart: with the mark's emoji, a row is a two-byte string, which
    // UTF-8 counts slowly (9,000 rows).
    const rowBytes =
      Buffer.byteLength(before) + mark.bytes + Buffer.byteLength(after)
    if (bytes + rowBytes > budget) break
    html += before + mark.html + after
    bytes += rowBytes
    shown++
  }
  html += tail
  if (shown < s.planned.length) {
    html += `\n<p>The table is cut after ${grouped(shown)} of ${counted(s.planned.length, 'result')} to stay within GitHub's 1 MiB job summary limit; the <code>results</code> output holds them all.</p>`
  }
  return html + '\n'
}

/**
 * Indexes of the planned results in the table's order: first those a reader
 * must see (failed tests, results not stored), then the rest, each in posting
 * order, so that a table cut at the size limit still shows them.
 */
function rowOrder(s: UploadSummary): number[] {
  const first: number[] = []
  const rest: number[] = []
  const { planned, resultIds, dryRun, undecided } = s
  for (let i = 0; i < planned.length; i++) {
    const { outcome } = planned[i]
    const needsAttention =
      failedOrErrored(outcome) ||
      (!dryRun && resultIds[i] === undefined) ||
      undecided?.has(i) === true
    if (needsAttention) first.push(i)
    else rest.push(i)
  }
  for (const i of rest) first.push(i)
  return first
}

interface Mark {
  html: string
  bytes: number
}

/** A table row, before and after its status mark. */
function renderRow(
  result: PlannedResult,
  resultId: StoredId | 'undecided',
  dryRun: boolean,
  source?: SourceLink
): [string, string] {
  // The tests that failed first: the failure line below is of the first.
  const listed =
    result.testCases.length === 1
      ? result.testCases
      : failedFirst(result.testCases, NAMES_PER_ROW)
  // Which of the tests failed, where they did not all end alike.
  const mixed = result.testCases.some(
    (t) => t.outcome !== result.testCases[0].outcome
  )
  const several = runInSeveral(result.testCases)
  const names = listed
    .map(
      (t) =>
        (mixed ? `${ROW_OUTCOME_WORDS[t.outcome]}: ` : '') +
        summaryText(
          clipped(plainText(shownName(t, several)) || '(unnamed test)', 200)
        )
    )
    .join('<br>')
  const more =
    result.testCases.length > NAMES_PER_ROW
      ? `<br>… and ${grouped(result.testCases.length - NAMES_PER_ROW)} more` +
        (mixed
          ? ` (${outcomeCounts(unlisted(result.testCases, listed), ROW_OUTCOME_WORDS)})`
          : '')
      : ''
  const line = failureLine(result, several)
  // The link is to where the first failed test failed: not beside another's line.
  const at = source && !line.ofAnother ? sourceLink(source) : ''
  const why = line.text && at ? `${line.text} (${at})` : line.text || at
  const stored =
    resultId === null
      ? 'stored (id unknown)'
      : resultId === 'undecided'
        ? 'unknown: may have been stored'
        : resultId !== undefined
          ? `#${escapeHtml(String(resultId))}`
          : dryRun
            ? 'dry run'
            : 'not stored'
  return [
    `<tr><td><code>${escapeHtml(result.marker)}</code></td><td>`,
    `</td><td>${stored}</td><td>${names}${more}${why ? `<br><em>${why}</em>` : ''}</td></tr>\n`
  ]
}

/** The tests a row does not name. */
function unlisted(
  testCases: readonly TestCase[],
  listed: readonly TestCase[]
): TestCase[] {
  const named = new Set(listed)
  return testCases.filter((t) => !named.has(t))
}

/** `path:line`, linked to that line of the tested commit. */
function sourceLink(source: SourceLink): string {
  const href = safeHref(source.href)
  const text = summaryText(clipped(source.text, 200))
  return href ? `<a href="${href}">${text}</a>` : text
}

/**
 * A failed result's first failure or error, its first line: what a reader of
 * the table wants to know. Of its first failed test, the row's first name
 * (see failedFirst); when that one's says nothing, of the next, named.
 */
function failureLine(
  result: PlannedResult,
  several: boolean
): {
  text: string
  ofAnother?: true
} {
  if (!failedOrErrored(result.outcome)) return { text: '' }
  const failed = result.testCases.filter((t) => failedOrErrored(t.outcome))
  // A line that only says the test failed (a go test whose subtests failed),
  // when no other failed test's says more.
  let generic:
    { index: number; testCase: TestCase; headline: string } | undefined
  for (const [index, testCase] of failed.entries()) {
    for (const problem of testCase.problems) {
      if (!isFailureOrError(problem)) continue
      const said = failureText(problem, testCase.name)
      if (!said.headline) continue
      const headline = summaryLine(said, FAILURE_LINE_CHARS)
      if (!said.generic) return lineOf(index, testCase, headline, several)
      generic ??= { index, testCase, headline }
      break
    }
  }
  if (generic)
    return lineOf(generic.index, generic.testCase, generic.headline, several)
  // No failure says anything (CTest, meson: the program's exit status): the
  // end of the first failed test's own output, where a program says why.
  const [first] = failed
  const output = first && !first.outputOfSuite ? lastLine(first.output) : ''
  return output
    ? {
        text: `no message; its output ends: ${summaryText(clipped(output, FAILURE_LINE_CHARS))}`
      }
    : { text: '' }
}

/**
 * The last line with something on it that is no stack frame, cleaned (the
 * last line at all when all are frames); only the end is read.
 */
function lastLine(text: string): string {
  const lines = plainText(text.slice(-OUTPUT_READ_CHARS)).split('\n')
  let last = ''
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim()
    if (line === '') continue
    if (!OUTPUT_FRAME.test(line)) return line
    last ||= line
  }
  return last
}

/**
 * A stack's line in a test's output: CMake's `Call Stack` and its frames
 * (`/w/t.cmake:29 (order_total)`), a JVM or JavaScript frame.
 */
const OUTPUT_FRAME =
  /^(?:Call Stack \(most recent call first\):|\S+:\d+ \([^()]*\)|at \S.*\))$/

/** Of a failed test's output, read for its last line. */
const OUTPUT_READ_CHARS = 4096

/** A failure's line in the row, named when it is not the first failed test's. */
function lineOf(
  index: number,
  testCase: TestCase,
  headline: string,
  several: boolean
): { text: string; ofAnother?: true } {
  const text = summaryText(clipped(headline, FAILURE_LINE_CHARS))
  if (index === 0) return { text }
  const name = summaryText(
    clipped(plainText(shownName(testCase, several)) || '(unnamed test)', 80)
  )
  return { text: `${name}: ${text}`, ofAnother: true }
}

/** The summary of an upload that stopped before it had one: why, line by line. */
export function renderFailureSummary(
  message: string,
  heading = 'the upload failed'
): string {
  const reasons = message.split('\n').filter((line) => line.trim() !== '')
  const lines = listedLines('❌', reasons, (more) => counted(more, 'more line'))
  return `<h2>QA Sphere: ${escapeHtml(heading)}</h2>\n${lines.join('\n')}\n`
}

/** The first MAX_LISTED_REPORT_PROBLEMS lines, each after its mark, and a count of the rest. */
function listedLines(
  mark: string,
  lines: readonly string[],
  rest: (more: number) => string
): string[] {
  const listed = lines
    .slice(0, MAX_LISTED_REPORT_PROBLEMS)
    .map((line) => `<p>${mark} ${summaryText(clipped(line, 1000))}</p>`)
  if (lines.length > MAX_LISTED_REPORT_PROBLEMS)
    listed.push(
      `<p>${mark} … and ${rest(lines.length - MAX_LISTED_REPORT_PROBLEMS)}; see the log.</p>`
    )
  return listed
}

/**
 * Report text in the summary: on one line, escaped. A blank line would end
 * GitHub's HTML block, and what follows would be read as markdown (headings,
 * images, links).
 */
function summaryText(text: string): string {
  const safe = safeText(text)
  // Most names have single spaces only: nothing to replace.
  return SPACE_TO_SQUEEZE.test(safe) ? safe.replace(/\s+/g, ' ') : safe
}

/** Whitespace that is not one plain space. */
const SPACE_TO_SQUEEZE = /[^\S ]| {2}/
