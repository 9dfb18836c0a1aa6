/**
 * Which GitHub issues and pull requests a workflow run is about. Pure: the
 * event payload and the `issues` input in, de-duplicated references out.
 */

export interface IssueRef {
  owner: string
  repo: string
  number: number
}

export interface RepoContext {
  /** `owner/repo` of the workflow. */
  repository: string
  /** e.g. `https://github.com` or a GitHub Enterprise Server URL. */
  serverUrl: string
}

export function refKey(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase()
}

export function formatRef(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`
}

const NAME = '[A-Za-z0-9_.-]+'
const NUMBER = '(\\d{1,9})'

/**
 * One reference as a user writes it: `12`, `#12`, `owner/repo#12`, or an
 * issue/pull request URL on the workflow's GitHub server.
 */
export function parseReference(
  text: string,
  context: RepoContext
): IssueRef | undefined {
  const value = text.trim()
  const [owner, repo] = context.repository.split('/')
  let match = new RegExp(`^#?${NUMBER}$`).exec(value)
  if (match && owner && repo) return ref(owner, repo, match[1])
  match = new RegExp(`^(${NAME})/(${NAME})#${NUMBER}$`).exec(value)
  if (match) return ref(match[1], match[2], match[3])
  return parseIssueUrl(value, context)
}

function parseIssueUrl(
  value: string,
  context: RepoContext
): IssueRef | undefined {
  let url: URL
  let server: URL
  try {
    url = new URL(value)
    server = new URL(context.serverUrl)
  } catch {
    return undefined
  }
  if (url.host.toLowerCase() !== server.host.toLowerCase()) return undefined
  const match = new RegExp(
    `^/(${NAME})/(${NAME})/(?:issues|pull)/${NUMBER}/?$`
  ).exec(url.pathname)
  return match ? ref(match[1], match[2], match[3]) : undefined
}

/** The `issues` input: one per line or comma-separated. Returns the unreadable ones too. */
export function parseReferenceList(
  input: string,
  context: RepoContext
): { refs: IssueRef[]; invalid: string[] } {
  const refs: IssueRef[] = []
  const invalid: string[] = []
  for (const item of input.split(/[\n,]/)) {
    if (item.trim() === '') continue
    const parsed = parseReference(item, context)
    if (parsed) refs.push(parsed)
    else invalid.push(item.trim())
  }
  return { refs, invalid }
}

/**
 * Issues a pull request body closes with GitHub's closing keywords:
 * close(s/d), fix(es/ed), resolve(s/d) + `#N`, `owner/repo#N` or an issue URL.
 */
export function closedByBody(body: string, context: RepoContext): IssueRef[] {
  const keyword = '\\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\b:?\\s+'
  const target = `((?:${NAME}/${NAME})?#\\d{1,9}|https?://[^\\s)>\\]]+)`
  const pattern = new RegExp(keyword + target, 'gi')
  const refs: IssueRef[] = []
  for (const match of body.matchAll(pattern)) {
    const parsed = parseReference(match[1], context)
    if (parsed) refs.push(parsed)
  }
  return refs
}

interface EventPayload {
  pull_request?: { number?: number; body?: string | null }
  issue?: { number?: number }
  workflow_run?: {
    event?: string
    head_branch?: string | null
    head_repository?: { full_name?: string; owner?: { login?: string } } | null
    pull_requests?: { number?: number }[] | null
  }
}

/**
 * For a workflow_run triggered by a pull request from a fork, GitHub leaves
 * `pull_requests` empty; the pull request is then found by its head
 * (`owner:branch`). Undefined when no such look-up is needed.
 */
export function forkPullRequestHead(
  eventName: string,
  payload: unknown,
  context: RepoContext
): string | undefined {
  const run = (payload as EventPayload | undefined)?.workflow_run
  if (eventName !== 'workflow_run' || !run) return undefined
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
    return undefined
  if ((run.pull_requests ?? []).length > 0) return undefined
  const headRepo = run.head_repository?.full_name ?? ''
  const headOwner = run.head_repository?.owner?.login ?? headRepo.split('/')[0]
  if (!headOwner || !run.head_branch) return undefined
  if (headRepo.toLowerCase() === context.repository.toLowerCase())
    return undefined
  return `${headOwner}:${run.head_branch}`
}

/** References that the triggering event names, per the event kind. */
export function referencesFromEvent(
  eventName: string,
  payload: unknown,
  context: RepoContext
): IssueRef[] {
  const event = (payload ?? {}) as EventPayload
  const [owner, repo] = context.repository.split('/')
  if (!owner || !repo) return []
  const own = (number: number | undefined): IssueRef[] =>
    typeof number === 'number' && number > 0 ? [{ owner, repo, number }] : []

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return [
        ...own(event.pull_request?.number),
        ...closedByBody(event.pull_request?.body ?? '', context)
      ]
    case 'issues':
    case 'issue_comment':
      return own(event.issue?.number)
    case 'workflow_run':
      return (event.workflow_run?.pull_requests ?? []).flatMap((pr) =>
        own(pr.number)
      )
    default:
      return []
  }
}

export function dedupe(refs: readonly IssueRef[]): IssueRef[] {
  const seen = new Map<string, IssueRef>()
  for (const r of refs) if (!seen.has(refKey(r))) seen.set(refKey(r), r)
  return [...seen.values()]
}

function ref(
  owner: string,
  repo: string,
  number: string
): IssueRef | undefined {
  const n = Number(number)
  return n > 0 ? { owner, repo, number: n } : undefined
}
