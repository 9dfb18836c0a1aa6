/**
 * The workflow's issues and pull request as links on the results: found in
 * the event and the issues input, capped, their titles read from GitHub
 * within a deadline, every problem a bounded number of warnings.
 */
import { HttpClient } from '@actions/http-client'
import { USER_AGENT, type Config } from '../config.js'
import { errorMessage } from '../util/error-message.js'
import type { WorkflowRun } from '../github.js'
import { info, warning } from '../log.js'
import type { PlannedResult } from '../results/plan.js'
import {
  abortOn,
  findPullRequestsByHead,
  lookUpBudgetMs,
  lookUpDeadline,
  lookUpIssues,
  MAX_LOOKUP_MS,
  type LinkedIssue
} from './github-issues.js'
import { counted, firstAndMore, grouped } from '../util/counted.js'
import { toResultLinks, wantsLinks } from './links.js'
import {
  capReferences,
  forkPullRequestHead,
  formatRef,
  MAX_BODY_REFERENCES,
  MAX_LINKED_ISSUES,
  parseReferenceList,
  referencesFromEvent
} from './references.js'

const GITHUB_TIMEOUT_MS = 30_000
/** Warnings about issue references and look-ups, before they are summed up in one. */
const MAX_ISSUE_WARNINGS = 3

/** Issues to link, with their titles; empty unless issue-integration-id is set. */
export async function lookUpLinkedIssues(
  config: Config,
  workflow: WorkflowRun,
  /** Aborted when the upload is over (it failed first): the look-ups stop, unsaid. */
  over?: AbortSignal
): Promise<LinkedIssue[]> {
  if (!config.issueIntegrationId || config.linkIssues === 'none') {
    if (config.issues && !config.issueIntegrationId) {
      warning(
        'Input "issues" is set but "issue-integration-id" is not: no links are attached. Set it to the id of the project\'s GitHub integration in QA Sphere.'
      )
    }
    return []
  }
  const context = {
    repository: workflow.repository,
    serverUrl: workflow.serverUrl
  }
  const extra = parseReferenceList(config.issues, context)
  warnBounded(
    extra.invalid,
    (item) =>
      `Input "issues": "${item}" is not an issue reference (12, #12, owner/repo#12 or an issue URL); ignored`,
    (items) =>
      `Input "issues": ${grouped(items.length)} items are not issue references (12, #12, owner/repo#12 or an issue URL) and are ignored: ${firstAndMore(items, MAX_ISSUE_WARNINGS, (item) => `"${item}"`)}`
  )
  const budgetMs = lookUpBudgetMs(config.timeoutSeconds)
  const deadline = lookUpDeadline(
    budgetMs,
    `GitHub did not answer within ${budgetMs / 1000} s (issue titles get half the timeout input, at most ${MAX_LOOKUP_MS / 1000} s)`
  )
  // The deadline's timer must not keep a failed step alive either.
  over?.addEventListener('abort', deadline.cancel, { once: true })
  const signal = over
    ? AbortSignal.any([deadline.signal, over])
    : deadline.signal
  // Redirects are not followed: http-client reads a redirect's body with no
  // limit and no end when the deadline aborts it, and loops up to 50 times.
  const http = new HttpClient(USER_AGENT, [abortOn(signal)], {
    allowRetries: false,
    allowRedirects: false,
    socketTimeout: GITHUB_TIMEOUT_MS
  })
  const api = {
    apiUrl: workflow.apiUrl,
    serverUrl: workflow.serverUrl,
    token: config.githubToken,
    http,
    signal
  }
  try {
    const fromEvent = referencesFromEvent(
      workflow.eventName,
      workflow.event,
      context
    )
    const forkHead = forkPullRequestHead(
      workflow.eventName,
      workflow.event,
      context
    )
    if (forkHead) {
      const found = await findPullRequestsByHead(
        workflow.repository,
        forkHead,
        api
      )
      if (found.problem && !over?.aborted) {
        warning(
          `Could not find the pull request of ${forkHead}: ${found.problem}`
        )
      }
      const [owner, repo] = workflow.repository.split('/')
      fromEvent.refs.push(
        ...found.numbers.map((number) => ({ owner, repo, number }))
      )
    }
    const { refs, ignored } = capReferences(
      [...fromEvent.refs, ...extra.refs],
      MAX_LINKED_ISSUES
    )
    if (over?.aborted) return []
    warnIgnoredReferences(fromEvent.ignored, ignored)
    if (refs.length === 0) return []
    const issues = await lookUpIssues(refs, api)
    if (over?.aborted) return []
    warnBounded(
      issues.filter((issue) => issue.problem),
      (issue) =>
        `Could not read ${formatRef(issue.ref)} from GitHub: ${issue.problem}. It is linked without its title.`,
      (issues) =>
        `Could not read ${grouped(issues.length)} issues from GitHub; they are linked without their titles: ${firstAndMore(issues, MAX_ISSUE_WARNINGS, (issue) => `${formatRef(issue.ref)} (${issue.problem})`, '; ')}`
    )
    return issues
  } catch (error) {
    if (over?.aborted) return []
    // Links never make an upload fail.
    warning(
      `Could not work out the issues to link: ${errorMessage(error)}. No links are attached.`
    )
    return []
  } finally {
    deadline.cancel()
    http.dispose()
  }
}

/**
 * One warning for each of a few items; for more than MAX_ISSUE_WARNINGS, one
 * warning that names the first of them and counts the rest.
 */
function warnBounded<T>(
  items: readonly T[],
  one: (item: T) => string,
  many: (items: readonly T[]) => string
): void {
  if (items.length <= MAX_ISSUE_WARNINGS) {
    for (const item of items) warning(one(item))
  } else {
    warning(many(items))
  }
}

/** One warning for every reference left out, whichever cap left it out. */
function warnIgnoredReferences(fromBody: number, overall: number): void {
  if (fromBody + overall === 0) return
  const why: string[] = []
  if (fromBody > 0) {
    why.push(
      `the pull request body closes ${grouped(MAX_BODY_REFERENCES + fromBody)} issues and only the first ${MAX_BODY_REFERENCES} are taken`
    )
  }
  if (overall > 0) {
    why.push(`at most ${MAX_LINKED_ISSUES} issues are linked in all`)
  }
  warning(
    `${counted(fromBody + overall, 'issue reference')} ignored: ${why.join('; ')}.`
  )
}

export function attachIssueLinks(
  config: Config,
  workflow: WorkflowRun,
  results: PlannedResult[],
  issues: LinkedIssue[]
): void {
  if (issues.length === 0) return
  const links = toResultLinks(
    issues,
    config.issueIntegrationId,
    workflow.repository
  )
  let linked = 0
  for (const result of results) {
    if (wantsLinks(config.linkIssues, result)) {
      result.links = links
      linked++
    }
  }
  info(
    `Linking ${counted(linked, 'result')} to ${issues.map((i) => formatRef(i.ref)).join(', ')}`
  )
}
