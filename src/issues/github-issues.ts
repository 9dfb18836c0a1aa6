/**
 * Titles and addresses of issues from the GitHub REST API (GITHUB_API_URL,
 * so GitHub Enterprise Server works). Links never make an upload fail: an
 * issue the API cannot answer for is linked by its reference. The look-ups
 * share one deadline: when it passes, requests under way are aborted and no
 * more are made.
 */
import type { RequestOptions } from 'node:http'
import type { HttpClient } from '@actions/http-client'
import { errorMessage } from '../util/error-message.js'
import {
  AnswerTooLargeError,
  formatBytes,
  readBody
} from '../util/http-body.js'
import { clipped } from '../util/text.js'
import { formatRef, type IssueRef } from './references.js'

export interface LinkedIssue {
  ref: IssueRef
  url: string
  title: string
  /** Why the title could not be read, when it could not. */
  problem?: string
}

type RequestHandler = NonNullable<
  ConstructorParameters<typeof HttpClient>[1]
>[number]

const PARALLEL_REQUESTS = 4
/**
 * Issue titles are a nicety: their look-ups get half the time the timeout
 * input allows (the other half is the upload's), and at most this.
 */
export const MAX_LOOKUP_MS = 30_000

export function lookUpBudgetMs(timeoutSeconds: number): number {
  return Math.min(MAX_LOOKUP_MS, (timeoutSeconds * 1000) / 2)
}

/** The most of an answer that is read: an issue's JSON is a few KB. */
export const MAX_GITHUB_BODY_BYTES = 1024 * 1024

/** Time given to answers that arrived while the deadline's timer was held up. */
export const LATE_GRACE_MS = 1000

/**
 * The look-ups' deadline: `signal` aborts after `ms` with a reason that says
 * so (`why`); `cancel` stops the timer once the look-ups are done. The timer
 * fires late when the event loop was busy (a big report parsed at once), and
 * node runs it before reading the answers that came meanwhile: then they get
 * LATE_GRACE_MS more.
 */
export function lookUpDeadline(
  ms: number,
  why: string
): { signal: AbortSignal; cancel: () => void } {
  const controller = new AbortController()
  const due = Date.now() + ms
  let late = false
  const fire = (): void => {
    if (!late && Date.now() - due > LATE_GRACE_MS / 10) {
      late = true
      timer = setTimeout(fire, LATE_GRACE_MS)
      return
    }
    controller.abort(new Error(why))
  }
  let timer = setTimeout(fire, ms)
  return { signal: controller.signal, cancel: () => clearTimeout(timer) }
}

/**
 * Makes every request of an HttpClient (redirects too) stop when `signal`
 * aborts: Node destroys the request and its socket.
 */
export function abortOn(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest: (options: RequestOptions) => {
      options.signal = signal
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () =>
      Promise.reject(new Error('authentication is not handled'))
  }
}

export async function lookUpIssues(
  refs: readonly IssueRef[],
  api: GitHubApi & { serverUrl: string }
): Promise<LinkedIssue[]> {
  const results: LinkedIssue[] = new Array<LinkedIssue>(refs.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < refs.length) {
      const index = next++
      results[index] = await lookUpIssue(refs[index], api)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL_REQUESTS, refs.length) }, worker)
  )
  return results
}

interface GitHubApi {
  apiUrl: string
  token: string
  /** An HttpClient made with abortOn(signal). */
  http: HttpClient
  /** Aborts when the look-ups run out of time; its reason says why. */
  signal: AbortSignal
  /** Set once GitHub says its rate limit is reached: no more requests then. */
  rateLimited?: string
}

/** A GET on GitHub's REST API: the parsed body, or why there is none. */
async function githubGet(
  api: GitHubApi,
  path: string
): Promise<{ body: unknown } | { problem: string }> {
  if (api.rateLimited) return { problem: api.rateLimited }
  // The requests carry api.signal (abortOn): at the deadline they fail,
  // and the catch below says why.
  try {
    const response = await api.http.get(
      `${api.apiUrl.replace(/\/+$/, '')}${path}`,
      {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(api.token ? { authorization: `Bearer ${api.token}` } : {})
      }
    )
    const status = response.message.statusCode ?? 0
    if (status !== 200) {
      response.message.destroy() // its body is not wanted
      const limited = rateLimit(status, response.message.headers)
      if (limited) {
        api.rateLimited = limited
        return { problem: limited }
      }
      return {
        problem: `GitHub answered HTTP ${status}${describeStatus(status)}`
      }
    }
    const text = await readBody(response.message, MAX_GITHUB_BODY_BYTES)
    return { body: JSON.parse(text) as unknown }
  } catch (error) {
    if (api.signal.aborted) return { problem: abortReason(api.signal) }
    if (error instanceof AnswerTooLargeError) {
      return {
        problem: `GitHub answered with more than ${formatBytes(error.limit)}`
      }
    }
    return {
      problem: `GitHub could not be reached: ${errorMessage(error)}`
    }
  }
}

function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return errorMessage(reason)
}

async function lookUpIssue(
  ref: IssueRef,
  api: GitHubApi & { serverUrl: string }
): Promise<LinkedIssue> {
  const fallback = {
    ref,
    url: `${api.serverUrl.replace(/\/+$/, '')}/${ref.owner}/${ref.repo}/issues/${ref.number}`,
    title: formatRef(ref)
  }
  const answer = await githubGet(
    api,
    `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/issues/${ref.number}`
  )
  if ('problem' in answer) return { ...fallback, problem: answer.problem }
  const issue = (answer.body ?? {}) as { html_url?: unknown; title?: unknown }
  if (typeof issue.html_url !== 'string' || typeof issue.title !== 'string') {
    return { ...fallback, problem: 'GitHub answered without a title' }
  }
  // The answer is the API's word, not the truth: a link stays on GitHub's
  // own host, and a title is one line of reasonable length.
  const onGitHub = `${originOf(fallback.url)}/`
  const url =
    onGitHub !== '/' && issue.html_url.startsWith(onGitHub)
      ? issue.html_url
      : fallback.url
  const title = clipped(
    issue.title.replace(/\s+/g, ' ').trim(),
    MAX_TITLE_CHARS
  )
  return { ref, url, title: title || fallback.title }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return ''
  }
}

/** Characters of an issue title kept for a link. */
const MAX_TITLE_CHARS = 300

/** Open pull requests of `repository` whose head is `owner:branch`; [] when GitHub cannot say. */
export async function findPullRequestsByHead(
  repository: string,
  head: string,
  api: GitHubApi
): Promise<{ numbers: number[]; problem?: string }> {
  const answer = await githubGet(
    api,
    `/repos/${repository}/pulls?state=open&head=${encodeURIComponent(head)}`
  )
  if ('problem' in answer) return { numbers: [], problem: answer.problem }
  const pulls = Array.isArray(answer.body)
    ? (answer.body as { number?: unknown }[])
    : []
  return {
    numbers: pulls.flatMap((p) =>
      typeof p.number === 'number' ? [p.number] : []
    )
  }
}

/**
 * GitHub's rate limit, as its answer says it (403 or 429 with no requests
 * left, or Retry-After): when it ends, if said. Undefined for other answers.
 */
function rateLimit(
  status: number,
  headers: Record<string, string | string[] | undefined>
): string | undefined {
  if (status !== 403 && status !== 429) return undefined
  const remaining = headers['x-ratelimit-remaining']
  const retryAfter = Number(headers['retry-after'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (remaining !== '0' && !(retryAfter >= 0)) return undefined
  const until =
    retryAfter >= 0
      ? new Date(Date.now() + retryAfter * 1000)
      : reset > 0
        ? new Date(reset * 1000)
        : undefined
  return `GitHub answered HTTP ${status}: its API rate limit is reached${until ? ` until ${until.toISOString().slice(11, 19)} UTC` : ''}; no more look-ups are made`
}

function describeStatus(status: number): string {
  if (status === 401) return ' (the github-token is not valid)'
  if (status === 403 || status === 429) {
    return ' (no permission, or rate limited: the workflow needs permissions issues: read and pull-requests: read)'
  }
  if (status === 404)
    return ' (not found, or the token cannot see that repository)'
  if (status >= 300 && status < 400)
    return ' (a redirect, not followed: a renamed or moved repository?)'
  return ''
}
