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
    isForkPullRequest: isForkPullRequest(eventName, event)
  }
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
    head?: { repo?: { full_name?: string; fork?: boolean } | null }
    base?: { repo?: { full_name?: string } }
  }
}

function isForkPullRequest(eventName: string, payload: unknown): boolean {
  const event = payload as PullRequestEvent
  if (eventName !== 'pull_request' || !event.pull_request) return false
  const head = event.pull_request.head?.repo
  const base = event.pull_request.base?.repo
  if (!head) return true // the fork was deleted
  return (
    head.fork === true ||
    (!!base?.full_name && head.full_name !== base.full_name)
  )
}
