/**
 * Inputs, read once into a typed and validated config. Every error names the
 * input it is about. Reading goes through a function so tests need no mocks.
 */

import { inputLines } from './util/input-lines.js'
import {
  parseStatusMap,
  parseStatusUpdates,
  StatusError,
  type StatusMapEntry,
  type StatusUpdate
} from './results/statuses.js'

/** Sent with every request, to QA Sphere and to GitHub. */
export const USER_AGENT = 'qasphere-junit-action'

export type InputReader = (name: string) => string

export const DEFAULT_REPORTS = [
  '**/junit*.xml',
  '**/*-junit.xml',
  '**/*_junit.xml',
  '**/TEST-*.xml',
  '**/test-results.xml',
  '**/test-results/**/*.xml',
  '**/TestResults/*.xml',
  '!**/node_modules/**'
]

export interface Config {
  /** Tenant base URL without a trailing slash, e.g. `https://acme.eu1.qasphere.com`. */
  baseUrl: string
  /** May be empty: main decides whether that is a skip (fork PR) or an error. */
  apiKey: string
  /** Project code or id, as given. */
  project: string
  /** Undefined when the run is created (or reused) by title: see `newRun`. */
  run: number | undefined
  /** run-title and what goes with it, when no run is given. */
  newRun: NewRun | undefined
  closeRun: boolean
  reports: string[]
  ifNoFilesFound: 'warn' | 'error' | 'ignore'
  onUnmatched: 'warn' | 'fail' | 'ignore'
  /** Fail the step when a test in the reports failed (after uploading). */
  failOnTestFailure: boolean
  dryRun: boolean
  batchSize: number
  /** Retries of a request (and resends of a batch proven not stored). */
  retries: number
  /** Seconds the whole upload may take. */
  timeoutSeconds: number
  /** Requests per second to QA Sphere at most (its documented limit is 20 per key). */
  rateLimit: number
  annotations: boolean
  /** Upload the files tests name with `[[ATTACHMENT|path]]` and list them in their results. */
  attachments: boolean
  /** status-map lines, checked; resolved against QA Sphere's statuses later. */
  statusMap: StatusMapEntry[]
  /** configure-statuses lines, checked. */
  configureStatuses: StatusUpdate[]
  /** QA Sphere id of the project's GitHub integration; links only when set. */
  issueIntegrationId: string
  linkIssues: 'failed' | 'all' | 'none'
  /** Extra issue references as written (parsed against the repository later). */
  issues: string
  githubToken: string
  /** Inputs set but ignored, as run or run-url names the run: worth a warning. */
  ignoredInputs: string[]
}

export interface NewRun {
  title: string
  description?: string
  milestoneId?: number
}

export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`Input "${input}": ${problem}`)
  }
}

/** Required inputs left empty: `Inputs "url" and "run" are not set: …`. */
export class MissingInputsError extends InputError {
  constructor(names: string[], advice: string) {
    super(names.join(', '), advice)
    const quoted = names.map((name) => `"${name}"`)
    const last = quoted.pop()
    this.message =
      quoted.length === 0
        ? `Input ${last} is not set: ${advice}`
        : `Inputs ${quoted.join(', ')} and ${last} are not set: ${advice}`
  }
}

export function readConfig(
  getInput: InputReader,
  maskSecret: (secret: string) => void
): Config {
  const apiKey = getInput('api-key')
  if (apiKey) maskSecret(apiKey)

  const runUrl = getInput('run-url')
  const target = runUrl
    ? targetFromRunUrl(runUrl, getInput)
    : targetFromParts(getInput)

  const reports = inputLines(getInput('reports'))

  // run-title and its companions mean nothing once the run is named.
  const ignoredInputs =
    target.run === undefined
      ? []
      : ['run-title', 'run-description', 'milestone-id'].filter(
          (name) => getInput(name) !== ''
        )

  return {
    ...target,
    ignoredInputs,
    apiKey,
    reports: reports.length > 0 ? reports : DEFAULT_REPORTS,
    ifNoFilesFound: oneOf(
      getInput,
      'if-no-files-found',
      ['warn', 'error', 'ignore'],
      'warn'
    ),
    onUnmatched: oneOf(
      getInput,
      'on-unmatched',
      ['warn', 'fail', 'ignore'],
      'warn'
    ),
    failOnTestFailure: booleanInput(getInput, 'fail-on-test-failure', false),
    dryRun: booleanInput(getInput, 'dry-run', false),
    closeRun: booleanInput(getInput, 'close-run', false),
    batchSize: integerInput(getInput, 'batch-size', 500, 1, 1000),
    retries: integerInput(getInput, 'retries', 5, 0, 20),
    timeoutSeconds: integerInput(getInput, 'timeout', 600, 1, 6 * 3600),
    rateLimit: integerInput(getInput, 'rate-limit', 20, 1, 10_000),
    annotations: booleanInput(getInput, 'annotations', true),
    attachments: booleanInput(getInput, 'attachments', false),
    statusMap: statusInput('status-map', () =>
      parseStatusMap(getInput('status-map'))
    ),
    configureStatuses: statusInput('configure-statuses', () =>
      parseStatusUpdates(getInput('configure-statuses'))
    ),
    issueIntegrationId: getInput('issue-integration-id'),
    linkIssues: oneOf(
      getInput,
      'link-issues',
      ['failed', 'all', 'none'],
      'failed'
    ),
    issues: getInput('issues'),
    githubToken: secret(getInput('github-token'), maskSecret)
  }
}

function statusInput<T>(input: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof StatusError) throw new InputError(input, error.message)
    throw error
  }
}

function secret(value: string, maskSecret: (secret: string) => void): string {
  if (value) maskSecret(value)
  return value
}

type Target = Pick<Config, 'baseUrl' | 'project' | 'run' | 'newRun'>

function targetFromParts(getInput: InputReader): Target {
  const url = getInput('url')
  const project = getInput('project')
  const run = getInput('run')
  const title = getInput('run-title')
  if (!url || !project || (!run && !title)) {
    const missing = [
      ['url', url],
      ['project', project],
      ['run', run || title]
    ]
      .filter(([, value]) => !value)
      .map(([name]) => name)
    throw new MissingInputsError(
      missing,
      "set url, project and run (or run-title to create the run), or set run-url to the run's address (https://<tenant>.qasphere.com/project/BD/run/42)"
    )
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(project)) {
    throw new InputError(
      'project',
      `"${project}" is not a project code or id (like BD)`
    )
  }
  const baseUrl = tenantUrl('url', url)
  if (/\/project\//.test(baseUrl)) {
    throw new InputError(
      'url',
      `"${url}" is the address of a page, not the tenant: use it as run-url, or set url to ${new URL(baseUrl).origin}`
    )
  }
  if (run)
    return { baseUrl, project, run: runId('run', run), newRun: undefined }
  return {
    baseUrl,
    project,
    run: undefined,
    newRun: newRunFrom(title, getInput)
  }
}

/** The run to create (or reuse) by title; no template language: the workflow's expressions fill it. */
function newRunFrom(title: string, getInput: InputReader): NewRun {
  if (title.length > 255) {
    throw new InputError(
      'run-title',
      `is ${title.length} characters long; QA Sphere allows at most 255`
    )
  }
  const newRun: NewRun = { title }
  const description = getInput('run-description')
  if (description) {
    if (description.length > 512) {
      throw new InputError(
        'run-description',
        `is ${description.length} characters long; QA Sphere allows at most 512`
      )
    }
    newRun.description = description
  }
  const milestone = getInput('milestone-id')
  if (milestone) {
    if (!/^\d{1,9}$/.test(milestone) || Number(milestone) < 1) {
      throw new InputError(
        'milestone-id',
        `"${milestone}" is not a positive integer`
      )
    }
    newRun.milestoneId = Number(milestone)
  }
  return newRun
}

function targetFromRunUrl(runUrl: string, getInput: InputReader): Target {
  const parsed = parseHttpUrl('run-url', runUrl)
  const match = /^(.*?)\/project\/([A-Za-z0-9_-]{1,64})\/run\/([^/?#]+)/.exec(
    parsed.pathname
  )
  if (!match) {
    throw new InputError(
      'run-url',
      `"${runUrl}" is not the address of a QA Sphere run, which looks like https://acme.eu1.qasphere.com/project/BD/run/42`
    )
  }
  const baseUrl = tenantUrl('run-url', parsed.origin + match[1])
  const target = {
    baseUrl,
    project: match[2],
    run: runId('run-url', match[3]),
    newRun: undefined
  }

  // The separate inputs may repeat what run-url says, but not contradict it.
  const url = getInput('url')
  if (url && tenantUrl('url', url) !== baseUrl) {
    throw new InputError(
      'url',
      `"${url}" is not the tenant of run-url "${runUrl}"; set one of them`
    )
  }
  const project = getInput('project')
  // A code and an id of one project differ as text: only two codes, or two
  // ids, can be told apart here.
  const sameKind =
    PROJECT_CODE.test(project) === PROJECT_CODE.test(target.project)
  if (
    project &&
    sameKind &&
    project.toUpperCase() !== target.project.toUpperCase()
  ) {
    throw new InputError(
      'project',
      `"${project}" contradicts run-url "${runUrl}"; set one of them`
    )
  }
  const run = getInput('run')
  if (run && runId('run', run) !== target.run) {
    throw new InputError(
      'run',
      `"${run}" contradicts run-url "${runUrl}"; set one of them`
    )
  }
  return target
}

/** A project code (`BD`); anything else names a project by its id. */
export const PROJECT_CODE = /^[A-Za-z][A-Za-z0-9]{0,9}$/

const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

function parseHttpUrl(input: string, value: string): URL {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new InputError(
      input,
      `"${value}" is not a URL; expected https://<tenant>.qasphere.com${input === 'run-url' ? '/project/BD/run/42' : ''}`
    )
  }
  if (parsed.username || parsed.password) {
    throw new InputError(
      input,
      'must not contain credentials; pass the key in api-key'
    )
  }
  if (parsed.protocol === 'https:') return parsed
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.test(parsed.hostname))
    return parsed
  throw new InputError(
    input,
    `"${value}" must use https:// (plain http:// is allowed only for localhost, 127.0.0.0/8 and ::1)`
  )
}

function tenantUrl(input: string, value: string): string {
  const parsed = parseHttpUrl(input, value)
  if (parsed.search || parsed.hash) {
    throw new InputError(input, `"${value}" must not have a query or fragment`)
  }
  // QA Sphere's API documentation writes the API's base: the tenant is before it.
  return (parsed.origin + parsed.pathname)
    .replace(/\/+$/, '')
    .replace(/\/api\/public\/v0$/i, '')
}

function runId(input: string, value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new InputError(input, `run id "${value}" is not a positive integer`)
  }
  return Number(value)
}

function oneOf<T extends string>(
  getInput: InputReader,
  input: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = getInput(input).toLowerCase()
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `"${value}" is not one of ${allowed.join(', ')}`)
}

/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(
  getInput: InputReader,
  input: string,
  fallback: boolean
): boolean {
  const value = getInput(input)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(input, `"${value}" is not true or false`)
}

function integerInput(
  getInput: InputReader,
  input: string,
  fallback: number,
  min: number,
  max: number
): number {
  const value = getInput(input)
  if (value === '') return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new InputError(
      input,
      `"${value}" is not a whole number from ${min} to ${max}`
    )
  }
  return number
}
