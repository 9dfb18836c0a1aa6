/** The workflow run this action is part of, from the runner's GITHUB_* variables. */
import { readFileSync } from 'node:fs'
import type { WorkflowLinks } from './results/comment.js'

export interface WorkflowRun {
  workspace: string
  /** `owner/repo`, empty outside GitHub Actions. */
  repository: string
  serverUrl: string
  apiUrl: string
  eventName: string
  /** The webhook payload of the triggering event ({} when unreadable). */
  event: unknown
  links: WorkflowLinks
  /** A pull request from a fork: secrets such as the API key are not passed to it. */
  isForkPullRequest: boolean
  /** Started by Dependabot: only Dependabot's own secrets are passed to it. */
  isDependabotRun: boolean
}

export function readWorkflowRun(
  env: NodeJS.ProcessEnv = process.env
): WorkflowRun {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(
    /\/+$/,
    ''
  )
  const repository = env.GITHUB_REPOSITORY ?? ''
  const runId = env.GITHUB_RUN_ID ?? ''
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  const sha = env.GITHUB_SHA ?? ''
  const links: WorkflowLinks = {}
  if (repository && /^\d+$/.test(runId)) {
    links.runUrl = `${server}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`
    links.runLabel = `${env.GITHUB_WORKFLOW || 'Workflow'} run ${runId}${attempt > 1 ? ` (attempt ${attempt})` : ''}`
  }
  if (repository && /^[0-9a-f]{7,64}$/i.test(sha)) {
    links.commitUrl = `${server}/${repository}/commit/${sha}`
    links.sha = sha
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const event = readEvent(env.GITHUB_EVENT_PATH)
  if (eventName === 'workflow_run')
    Object.assign(links, testedRunLinks(event, server, repository))
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository,
    serverUrl: server,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(
      /\/+$/,
      ''
    ),
    eventName,
    event,
    links,
    isForkPullRequest: isForkPullRequest(eventName, event),
    // The actor stays Dependabot when someone re-runs its workflow run.
    isDependabotRun:
      env.GITHUB_ACTOR === 'dependabot[bot]' &&
      (DEPENDABOT_RESTRICTED_EVENTS.has(eventName) ||
        // pull_request_target: restricted when Dependabot opened the pull request.
        (eventName === 'pull_request_target' &&
          (event as PullRequestEvent).pull_request?.user?.login ===
            'dependabot[bot]'))
  }
}

/** The events of a pull request that get no secrets when it comes from a fork. */
const FORK_RESTRICTED_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

/** The events whose runs Dependabot starts get only Dependabot secrets (GitHub's docs). */
const DEPENDABOT_RESTRICTED_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'push',
  'create',
  'deployment',
  'deployment_status'
])

interface WorkflowRunEvent {
  workflow_run?: {
    id?: unknown
    name?: unknown
    html_url?: unknown
    run_attempt?: unknown
    head_sha?: unknown
    head_repository?: { full_name?: unknown } | null
  }
}

/**
 * On workflow_run (the fork recipe: tests run unprivileged, results are
 * uploaded by a second workflow), GITHUB_SHA is the default branch's last
 * commit and GITHUB_RUN_ID the uploader: the comment links the run that
 * tested and the commit it tested instead.
 */
function testedRunLinks(
  payload: unknown,
  server: string,
  repository: string
): WorkflowLinks {
  const run = (payload as WorkflowRunEvent | undefined)?.workflow_run
  if (typeof run !== 'object' || !run) return {}
  const links: WorkflowLinks = {}
  const id = run.id
  if (
    Number.isSafeInteger(id) &&
    typeof run.html_url === 'string' &&
    run.html_url.startsWith(`${server}/`)
  ) {
    const attempt = Number.isSafeInteger(run.run_attempt)
      ? (run.run_attempt as number)
      : 1
    const name =
      typeof run.name === 'string' && run.name ? run.name : 'Workflow'
    links.runUrl = run.html_url
    links.runLabel = `${name} run ${id as number}${attempt > 1 ? ` (attempt ${attempt})` : ''}`
  }
  const sha = run.head_sha
  if (typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha)) {
    const headRepo = run.head_repository?.full_name
    const where =
      typeof headRepo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(headRepo)
        ? headRepo
        : repository
    if (where) {
      links.commitUrl = `${server}/${where}/commit/${sha}`
      links.sha = sha
    }
  }
  return links
}

function readEvent(eventPath: string | undefined): unknown {
  if (!eventPath) return {}
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as unknown
  } catch {
    return {}
  }
}

interface PullRequestEvent {
  pull_request?: {
    user?: { login?: string }
    head?: { repo?: { full_name?: string; fork?: boolean } | null }
    base?: { repo?: { full_name?: string } }
  }
}

/**
 * Whether the head is another repository than the base. `fork` only says
 * that the head repository is a fork of some other one: true also for every
 * pull request inside a repository that is itself a fork, which gets secrets.
 */
function isForkPullRequest(eventName: string, payload: unknown): boolean {
  const event = payload as PullRequestEvent
  if (!FORK_RESTRICTED_EVENTS.has(eventName) || !event.pull_request)
    return false
  const head = event.pull_request.head?.repo
  const base = event.pull_request.base?.repo
  if (!head) return true // the fork was deleted
  if (!head.full_name || !base?.full_name) return head.fork === true
  return head.full_name.toLowerCase() !== base.full_name.toLowerCase()
}
