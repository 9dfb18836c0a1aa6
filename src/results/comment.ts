/**
 * The HTML comment of one QA Sphere result. Pure. Everything that comes from
 * a report goes through `safeText`: nothing in a report becomes markup.
 */
import type { Outcome, Problem, TestCase } from '../reports/junit.js'
import {
  clipEnd,
  clipStart,
  escapeHtml,
  plainText,
  safeHref,
  safeText
} from './html.js'

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
  /** Characters of one failure/error message plus body. */
  problemChars: 8000,
  /** Characters of captured output of one failed test (its end is kept). */
  outputChars: 4000
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  passed: 'passed',
  failure: 'failed',
  error: 'error',
  skipped: 'skipped',
  flaky: 'flaky (passed on a retry)'
}

export function buildComment(
  outcome: Outcome,
  statusLabel: string,
  testCases: readonly TestCase[],
  links: WorkflowLinks
): string {
  const parts: string[] = [
    `<p><strong>${safeText(statusLabel)}</strong>: ${describeCounts(testCases)} in JUnit results uploaded from GitHub Actions.</p>`
  ]

  parts.push('<ul>')
  const listed = testCases.slice(0, COMMENT_LIMITS.listedTestCases)
  for (const testCase of listed) parts.push(listItem(testCase))
  if (testCases.length > listed.length) {
    parts.push(
      `<li>… and ${testCases.length - listed.length} more test(s), not listed.</li>`
    )
  }
  parts.push('</ul>')

  if (outcome === 'failure' || outcome === 'error' || outcome === 'flaky') {
    // For a flaky test: every failed attempt.
    const failing = testCases.filter(
      (t) =>
        t.outcome === 'failure' ||
        t.outcome === 'error' ||
        t.outcome === 'flaky'
    )
    const detailed = failing.slice(0, COMMENT_LIMITS.detailedTestCases)
    for (const testCase of detailed) parts.push(failureDetails(testCase))
    if (failing.length > detailed.length) {
      parts.push(
        `<p>Details of ${failing.length - detailed.length} more failed test(s) are in the workflow run.</p>`
      )
    }
  }

  const footer = footerLinks(links)
  if (footer) parts.push(footer)
  return parts.join('')
}

function describeCounts(testCases: readonly TestCase[]): string {
  if (testCases.length === 1) {
    return `1 test ${OUTCOME_WORDS[testCases[0].outcome]}`
  }
  const counts = new Map<Outcome, number>()
  for (const t of testCases)
    counts.set(t.outcome, (counts.get(t.outcome) ?? 0) + 1)
  const order: Outcome[] = ['failure', 'error', 'flaky', 'passed', 'skipped']
  const words = order
    .filter((o) => counts.has(o))
    .map((o) => `${counts.get(o)} ${OUTCOME_WORDS[o]}`)
  return `${testCases.length} tests (${words.join(', ')})`
}

function listItem(testCase: TestCase): string {
  // jest-junit repeats the name as classname: say it once.
  const where = [testCase.classname, testCase.file]
    .filter(
      (text, i, all) =>
        text !== '' && text !== testCase.name && all.indexOf(text) === i
    )
    .map((text) => safeText(text))
    .join(', ')
  const time =
    testCase.seconds === undefined
      ? ''
      : ` (${formatSeconds(testCase.seconds)})`
  return (
    `<li>${OUTCOME_WORDS[testCase.outcome]}: <code>${safeText(testCase.name || '(unnamed test)')}</code>` +
    (where ? ` in ${where}` : '') +
    `${time}</li>`
  )
}

function failureDetails(testCase: TestCase): string {
  const parts = [
    `<p><strong>${safeText(testCase.name || '(unnamed test)')}</strong></p>`
  ]
  for (const problem of testCase.problems) {
    if (problem.kind === 'skipped') continue
    parts.push(problemBlock(problem))
  }
  if (testCase.output.trim()) {
    const { text, omitted } = clipEnd(
      plainText(testCase.output),
      COMMENT_LIMITS.outputChars
    )
    parts.push(
      `<p>Output${omitted ? ` (last ${text.length} characters; ${omitted} cut)` : ''}:</p>`,
      `<pre><code>${escapeHtml(text)}</code></pre>`
    )
  }
  return parts.join('')
}

function problemBlock(problem: Problem): string {
  const heading = [problem.kind, problem.type].filter(Boolean).join(' ')
  const body = [problem.message, problem.details]
    .map((text) => text.trim())
    .filter(
      (text, i, all) =>
        text !== '' && !(i === 1 && all[0] !== '' && all[0] === text)
    )
    .join('\n\n')
  const { text, omitted } = clipStart(
    plainText(body),
    COMMENT_LIMITS.problemChars
  )
  return (
    `<p>${safeText(heading)}:</p><pre><code>${escapeHtml(text)}</code></pre>` +
    (omitted ? `<p>(${omitted} more characters cut)</p>` : '')
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
  return items.length > 0 ? `<p>${items.join(' · ')}</p>` : ''
}

export function formatSeconds(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  if (seconds < 60) return `${Number(seconds.toFixed(2))} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`
}
