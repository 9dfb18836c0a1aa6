/**
 * Titles and addresses of issues from the GitHub REST API (GITHUB_API_URL,
 * so GitHub Enterprise Server works). Links never make an upload fail: an
 * issue the API cannot answer for is linked by its reference.
 */
import type { HttpClient } from '@actions/http-client'
import { readBody } from '../qasphere/client.js'
import { formatRef, type IssueRef } from './references.js'

export interface LinkedIssue {
  ref: IssueRef
  url: string
  title: string
  /** Why the title could not be read, when it could not. */
  problem?: string
}

const PARALLEL_REQUESTS = 4

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
  http: HttpClient
}

/** A GET on GitHub's REST API: the parsed body, or why there is none. */
async function githubGet(
  api: GitHubApi,
  path: string
): Promise<{ body: unknown } | { problem: string }> {
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
    const text = await readBody(response)
    if (status !== 200) {
      return {
        problem: `GitHub answered HTTP ${status}${describeStatus(status)}`
      }
    }
    return { body: JSON.parse(text) as unknown }
  } catch (error) {
    return {
      problem: `GitHub could not be reached: ${(error as Error).message}`
    }
  }
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
  return { ref, url: issue.html_url, title: issue.title }
}

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

function describeStatus(status: number): string {
  if (status === 401) return ' (the github-token is not valid)'
  if (status === 403 || status === 429) {
    return ' (no permission, or rate limited: the workflow needs permissions issues: read and pull-requests: read)'
  }
  if (status === 404)
    return ' (not found, or the token cannot see that repository)'
  return ''
}
