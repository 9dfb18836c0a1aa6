// @ts-check
/**
 * A fake QA Sphere server for end-to-end tests, the demo and CI.
 *
 * It implements the part of QA Sphere's public API (`/api/public/v0`) that a
 * result uploader touches, with the documented auth, roles, validation and
 * error codes, keeps everything in memory, and can inject faults (errors,
 * delays, dropped connections, "stored but failed" answers).
 *
 * Only node built-ins are used so it runs anywhere node 20+ runs.
 */
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'

/** @typedef {'viewer' | 'test_runner' | 'admin' | 'owner'} Role */
/** @typedef {{ role: Role, tenantHost?: string }} ApiKeyInfo */
/** @typedef {'low' | 'medium' | 'high'} Priority */
/**
 * @typedef {{ id: string, seq: number, title: string, folderId: number,
 *   priority: Priority, version: number }} SeedTcase
 */
/**
 * @typedef {{ id: number, title: string, closed: boolean, tcaseIds: string[],
 *   description?: string, milestoneId?: number | null }} SeedRun
 */
/**
 * @typedef {{ id: string, code: string, title: string, archived: boolean,
 *   tcases: SeedTcase[], runs: SeedRun[], integrationIds?: string[] }} SeedProject
 * integrationIds: the project's integrations (Settings → Integrations) that
 * result links may name; DEMO_INTEGRATION_ID when absent.
 */
/**
 * @typedef {'open' | 'passed' | 'failed' | 'blocked' | 'skipped'
 *   | 'custom1' | 'custom2' | 'custom3' | 'custom4'} StatusId
 */
/**
 * @typedef {{ id: StatusId, name: string, color: string, isDefault: boolean,
 *   isActive: boolean, inUse: boolean }} Status
 */
/** @typedef {{ id: StatusId, name?: string, color?: string, isActive?: boolean }} StatusOverride */
/**
 * @typedef {object} Seed
 * @property {Record<string, ApiKeyInfo>} apiKeys key string -> role (and optional tenant host)
 * @property {SeedProject[]} projects
 * @property {StatusOverride[]} [statuses] overrides for the custom statuses
 * @property {number} [firstResultId] id of the first stored result (default 1)
 * @property {GitHubSeed} [github] what the GitHub issues API answers
 */
/**
 * @typedef {object} GitHubSeed
 * @property {string} serverUrl e.g. https://github.com (for html_url)
 * @property {string[]} tokens accepted tokens (Authorization: Bearer|token <t>)
 * @property {{ repo: string, number: number, title: string, pullRequest?: boolean, head?: string }[]} issues
 *   `head` (`owner:branch`) for pull requests, as `GET /repos/{o}/{r}/pulls?head=` filters
 */
/** @typedef {{ integrationId: string, url: string, text: string, meta?: { id?: string } }} Link */
/**
 * @typedef {{ id: number, projectCode: string, runId: number, tcaseId: string,
 *   status: StatusId, comment: string, timeTaken: number | null, links: Link[],
 *   createdAt: string }} StoredResult
 */
/**
 * @typedef {object} State
 * @property {Record<string, ApiKeyInfo>} apiKeys
 * @property {SeedProject[]} projects
 * @property {Status[]} statuses
 * @property {StoredResult[]} results in storage order
 * @property {number} nextResultId
 * @property {StoredFile[]} files uploaded through POST /file/batch
 * @property {GitHubSeed} github
 */
/**
 * @typedef {{ id: string, name: string, contentType: string, content: Buffer }} StoredFile
 */
/**
 * @typedef {{ method: string, path: string, headers: Record<string, string>,
 *   body: string, bodyBytes: number }} RecordedRequest
 */
/**
 * @typedef {object} FaultSpec
 * @property {string} [method] only match this HTTP method
 * @property {string} [pathIncludes] only match paths (with query) containing this
 * @property {number} [status] answer with this status instead of the real one
 * @property {unknown} [body] answer body: a string is sent raw, anything else as JSON
 * @property {number} [bodyBytes] instead of `body`, a JSON object of this many
 *   bytes (`{`, spaces, `}`), streamed without a Content-Length unless `headers`
 *   give one and never held in memory: an endless answer (with `status`)
 * @property {Record<string, string>} [headers] extra answer headers (e.g. Retry-After)
 * @property {number} [times] how many requests it applies to (default 1)
 * @property {boolean} [dropConnection] destroy the socket instead of answering
 * @property {number} [delayMs] wait this long first; alone, it only slows the request
 * @property {boolean} [storeBeforeFailing] process the request for real first (the ambiguous case)
 * @property {(state: State) => void} [mutate] change the tenant just before this request is processed
 *   (e.g. remove a test case from a run between the listing and a batch)
 */
/**
 * @typedef {object} QaSphereServerOptions
 * @property {number} [port] default 0 (a free port)
 * @property {Seed} [seed] default demoSeed()
 * @property {number} [latencyMs] delay added to every API answer
 * @property {number} [maxBodyBytes] default 50 MiB; larger bodies get 413
 * @property {boolean} [fast] benchmark mode: listings served from a cache and
 *   batches answered with ids without validation or storage; requests are
 *   recorded without their bodies
 * @property {number} [rateLimit] QA Sphere's limit (20): API requests per
 *   API key in any one second; more get 429 with Retry-After. Off by default:
 *   tests that are not about pacing run the client faster.
 */
/**
 * @typedef {object} QaSphereServer
 * @property {string} url e.g. http://127.0.0.1:PORT (no trailing slash)
 * @property {State} state live state; mutate it to change the tenant mid-test
 * @property {RecordedRequest[]} requests every API request received, in order
 * @property {FaultList} faults
 * @property {() => Promise<void>} close
 * @property {(project: string, runId: number) => StoredResult[]} resultsFor
 * @property {() => void} reset back to the seed: no results, requests or faults
 */

export const API_PREFIX = '/api/public/v0'
const TEST_PREFIX = '/__test__/'
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024

/** @type {StatusId[]} */
export const STATUS_IDS = [
  'passed',
  'failed',
  'blocked',
  'skipped',
  'open',
  'custom1',
  'custom2',
  'custom3',
  'custom4'
]

/** @type {Record<Role, number>} */
const ROLE_RANK = { viewer: 1, test_runner: 2, admin: 3, owner: 4 }

// A fixed timestamp keeps project objects deterministic across runs.
const SEED_TIME = '2024-01-01T00:00:00.000Z'

// ---------------------------------------------------------------- seeds

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * A deterministic 23-char id shaped like QA Sphere's (e.g. 1CBd7QshR_G6xgTrKyhjzgy).
 * @param {string} key
 * @returns {string}
 */
export function makeId(key) {
  const digest = createHash('sha256').update(key).digest()
  const chars = [...digest.subarray(0, 21)].map((b) => BASE62[b % 62])
  return `1${chars.slice(0, 8).join('')}_${chars.slice(8).join('')}`
}

/**
 * @typedef {object} MakeProjectOptions
 * @property {string} code
 * @property {string} [title]
 * @property {number} tcaseCount test cases get seqs 1..tcaseCount
 * @property {{ id: number, title?: string, tcaseSeqs?: number[], closed?: boolean }[]} [runs]
 *   tcaseSeqs defaults to every test case of the project
 * @property {boolean} [archived]
 */

/**
 * Builds a seed project with generated test cases and runs.
 * @param {MakeProjectOptions} options
 * @returns {SeedProject}
 */
export function makeProject({ code, title, tcaseCount, runs = [], archived }) {
  /** @type {Priority[]} */
  const priorities = ['high', 'medium', 'low']
  /** @type {SeedTcase[]} */
  const tcases = Array.from({ length: tcaseCount }, (_, i) => ({
    id: makeId(`tcase:${code}:${i + 1}`),
    seq: i + 1,
    title: `${code} test case ${i + 1}`,
    folderId: 1 + Math.floor(i / 5),
    priority: priorities[i % 3],
    version: 1
  }))
  const bySeq = new Map(tcases.map((t) => [t.seq, t]))
  return {
    id: makeId(`project:${code}`),
    code,
    title: title ?? `Project ${code}`,
    archived: archived ?? false,
    tcases,
    runs: runs.map((run) => ({
      id: run.id,
      title: run.title ?? `Run ${run.id}`,
      closed: run.closed ?? false,
      tcaseIds: (run.tcaseSeqs ?? tcases.map((t) => t.seq)).map((seq) => {
        const tcase = bySeq.get(seq)
        if (!tcase)
          throw new Error(`makeProject ${code}: no test case seq ${seq}`)
        return tcase.id
      })
    }))
  }
}

/** The integration every project has unless its seed says otherwise (QA Sphere's docs' example id). */
export const DEMO_INTEGRATION_ID = '1CSWAh3ys_YniqfXepnwT8F'

/** Demo API keys, one per role. */
export const DEMO_KEYS = {
  runner: 't1.runner.secret-runner-token',
  viewer: 't1.viewer.secret-viewer-token',
  admin: 't1.admin.secret-admin-token',
  owner: 't1.owner.secret-owner-token'
}

/**
 * The default demo tenant: project BD (20 test cases) with open run 42
 * (seqs 1-15), closed run 43 (all); archived project ARC with open run 1.
 * @returns {Seed}
 */
export function demoSeed() {
  return {
    apiKeys: {
      [DEMO_KEYS.runner]: { role: 'test_runner' },
      [DEMO_KEYS.viewer]: { role: 'viewer' },
      [DEMO_KEYS.admin]: { role: 'admin' },
      [DEMO_KEYS.owner]: { role: 'owner' }
    },
    projects: [
      makeProject({
        code: 'BD',
        title: 'Bistro Delivery',
        tcaseCount: 20,
        runs: [
          {
            id: 42,
            title: 'Demo run',
            tcaseSeqs: Array.from({ length: 15 }, (_, i) => i + 1)
          },
          { id: 43, title: 'Closed run', closed: true }
        ]
      }),
      makeProject({
        code: 'ARC',
        title: 'Archived project',
        tcaseCount: 3,
        archived: true,
        runs: [{ id: 1 }]
      })
    ],
    // As in QA Sphere's documentation example: two active, two inactive.
    statuses: [
      { id: 'custom1', name: 'Known Issue', color: 'teal', isActive: true },
      { id: 'custom2', name: 'Retest', color: 'orange', isActive: false },
      { id: 'custom3', name: 'Custom 3', color: 'purple', isActive: true },
      { id: 'custom4', name: 'Custom 4', color: 'teal', isActive: false }
    ],
    github: {
      serverUrl: 'https://github.com',
      tokens: [DEMO_GITHUB_TOKEN],
      issues: [
        { repo: 'acme/shop', number: 7, title: 'Cart total is wrong' },
        {
          repo: 'acme/shop',
          number: 12,
          title: 'Fix cart rounding',
          pullRequest: true,
          head: 'contributor:fix-rounding'
        },
        {
          repo: 'acme/payments',
          number: 3,
          title: 'Payments API rounds half down'
        }
      ]
    }
  }
}

/** The GitHub token the demo seed's issues API accepts. */
export const DEMO_GITHUB_TOKEN = 'ghs_demo-workflow-token'

/**
 * @param {StatusOverride[]} overrides
 * @returns {Status[]}
 */
function buildStatuses(overrides) {
  /** @type {[StatusId, string, string][]} */
  const defaults = [
    ['open', 'Open', 'blue'],
    ['passed', 'Passed', 'green'],
    ['failed', 'Failed', 'red'],
    ['skipped', 'Skipped', 'gray'],
    ['blocked', 'Blocked', 'orange']
  ]
  /** @type {[StatusId, string, string][]} */
  const customs = [
    ['custom1', 'Custom 1', 'teal'],
    ['custom2', 'Custom 2', 'purple'],
    ['custom3', 'Custom 3', 'pink'],
    ['custom4', 'Custom 4', 'indigo']
  ]
  return [
    ...defaults.map(([id, name, color]) => ({
      id,
      name,
      color,
      isDefault: true,
      isActive: true,
      inUse: true
    })),
    ...customs.map(([id, name, color]) => {
      const o = overrides.find((s) => s.id === id)
      return {
        id,
        name: o?.name ?? name,
        color: o?.color ?? color,
        isDefault: false,
        isActive: o?.isActive ?? false,
        inUse: false
      }
    })
  ]
}

/**
 * @param {Seed} seed
 * @returns {State}
 */
function stateFromSeed(seed) {
  const copy = structuredClone(seed)
  return {
    apiKeys: copy.apiKeys,
    projects: copy.projects,
    statuses: buildStatuses(copy.statuses ?? []),
    results: [],
    nextResultId: copy.firstResultId ?? 1,
    files: [],
    github: copy.github ?? {
      serverUrl: 'https://github.com',
      tokens: [],
      issues: []
    }
  }
}

// --------------------------------------------------------------- faults

/** @typedef {FaultSpec & { remaining: number }} ActiveFault */

/** Faults to inject, matched in the order added and consumed as used. */
export class FaultList {
  /** @type {ActiveFault[]} */
  #items = []

  /**
   * @param {FaultSpec} spec
   * @returns {ActiveFault} the live fault (its `remaining` counts down)
   */
  add(spec) {
    const acts = spec.status !== undefined || spec.dropConnection
    if (!acts && spec.delayMs === undefined && !spec.mutate) {
      throw new Error('fault needs status, dropConnection, delayMs or mutate')
    }
    if (spec.storeBeforeFailing && !acts) {
      throw new Error('storeBeforeFailing needs status or dropConnection')
    }
    if (
      spec.bodyBytes !== undefined &&
      !(
        spec.status !== undefined &&
        Number.isInteger(spec.bodyBytes) &&
        spec.bodyBytes >= 2
      )
    ) {
      throw new Error('bodyBytes needs status and is an integer >= 2')
    }
    const fault = { ...spec, remaining: spec.times ?? 1 }
    if (!(fault.remaining >= 1)) throw new Error('fault times must be >= 1')
    this.#items.push(fault)
    return fault
  }

  /** Faults not used up yet. */
  get pending() {
    return [...this.#items]
  }

  clear() {
    this.#items = []
  }

  /**
   * Finds the first matching fault and consumes one use of it.
   * @param {string} method
   * @param {string} path
   * @returns {ActiveFault | undefined}
   */
  take(method, path) {
    const fault = this.#items.find(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.pathIncludes || path.includes(f.pathIncludes))
    )
    if (fault && --fault.remaining <= 0) {
      this.#items = this.#items.filter((f) => f !== fault)
    }
    return fault
  }
}

// -------------------------------------------------------------- replies

/** @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} Reply */

/** An error answered as `{ message }` with its HTTP status. */
class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, headers) {
    super(message)
    this.status = status
    this.headers = headers
  }
}

/**
 * @param {unknown} body
 * @returns {Reply}
 */
const ok = (body) => ({ status: 200, body })

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 */
function send(res, reply) {
  if (Buffer.isBuffer(reply.body)) {
    res.writeHead(reply.status, {
      'content-type': 'application/octet-stream',
      'content-length': String(reply.body.length)
    })
    res.end(reply.body)
    return
  }
  const raw = typeof reply.body === 'string'
  const payload = raw ? String(reply.body) : JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    'content-type': raw ? 'text/plain; charset=utf-8' : 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    ...reply.headers
  })
  res.end(payload)
}

// ------------------------------------------------------------ lookups

/**
 * @param {State} state
 * @param {string} ref project code (any case) or id
 * @returns {SeedProject | undefined}
 */
function findProject(state, ref) {
  return state.projects.find(
    (p) => p.id === ref || p.code.toLowerCase() === ref.toLowerCase()
  )
}

/**
 * @param {State} state
 * @param {string} ref
 * @returns {SeedProject}
 */
function requireProject(state, ref) {
  const project = findProject(state, ref)
  if (!project) throw new HttpError(404, 'Project not found')
  return project
}

/**
 * @param {SeedProject} project
 * @param {string} ref run id from the path
 * @returns {SeedRun}
 */
function requireRun(project, ref) {
  if (!/^[1-9]\d*$/.test(ref)) {
    throw new HttpError(
      400,
      `Invalid run id "${ref}": must be a positive integer`
    )
  }
  const run = project.runs.find((r) => r.id === Number(ref))
  if (!run) throw new HttpError(404, 'Run not found')
  return run
}

/**
 * Project and run a result may be written to: not archived, not closed.
 * @param {State} state
 * @param {Record<string, string>} params
 */
function requireWritableRun(state, params) {
  const project = requireProject(state, params.project)
  if (project.archived) throw new HttpError(403, 'Project is archived')
  const run = requireRun(project, params.run)
  if (run.closed) throw new HttpError(409, 'Test run is closed')
  return { project, run }
}

// ----------------------------------------------------------- validation

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
const isObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * @param {unknown} value
 * @returns {value is string}
 */
const isNonEmptyString = (value) => typeof value === 'string' && value !== ''

/**
 * @param {string} body
 * @returns {Record<string, unknown>}
 */
function parseJsonObject(body) {
  /** @type {unknown} */
  let parsed
  try {
    parsed = JSON.parse(body)
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON')
  }
  if (!isObject(parsed)) {
    throw new HttpError(400, 'Request body must be a JSON object')
  }
  return parsed
}

/**
 * @param {unknown} links
 * @param {string} at field path for messages, e.g. items[2].links
 * @param {SeedProject} project whose integrations links may name
 * @returns {Link[]}
 */
function validateLinks(links, at, project) {
  if (links === undefined) return []
  if (!Array.isArray(links)) throw new HttpError(400, `${at}: must be an array`)
  return links.map((link, i) => {
    const where = `${at}[${i}]`
    if (!isObject(link)) throw new HttpError(400, `${where}: must be an object`)
    for (const field of ['integrationId', 'url', 'text']) {
      if (!isNonEmptyString(link[field])) {
        throw new HttpError(400, `${where}.${field}: required non-empty string`)
      }
    }
    const integrations = project.integrationIds ?? [DEMO_INTEGRATION_ID]
    if (!integrations.includes(String(link.integrationId))) {
      throw new HttpError(
        400,
        `${where}.integrationId: no integration ${String(link.integrationId)} in project ${project.code}`
      )
    }
    // qas-cli's schema: z.string().url()
    if (!URL.canParse(String(link.url))) {
      throw new HttpError(400, `${where}.url: must be a URL`)
    }
    /** @type {Link} */
    const clean = {
      integrationId: String(link.integrationId),
      url: String(link.url),
      text: String(link.text)
    }
    if (link.meta !== undefined) {
      if (!isObject(link.meta)) {
        throw new HttpError(400, `${where}.meta: must be an object`)
      }
      const id = link.meta.id
      if (id !== undefined && typeof id !== 'string') {
        throw new HttpError(400, `${where}.meta.id: must be a string`)
      }
      clean.meta = id === undefined ? {} : { id }
    }
    return clean
  })
}

/** @typedef {Omit<StoredResult, 'id' | 'projectCode' | 'runId' | 'tcaseId' | 'createdAt'>} ResultFields */

/**
 * Validates status, comment, timeTaken and links of one result.
 * @param {Record<string, unknown>} item
 * @param {string} prefix field path prefix for messages ('' or 'items[3].')
 * @returns {ResultFields}
 * @param {Status[]} statuses the account's statuses (only active ones are accepted)
 * @param {SeedProject} project
 */
function validateResultFields(item, prefix, statuses, project) {
  const status = /** @type {StatusId} */ (item.status)
  if (!STATUS_IDS.includes(status)) {
    throw new HttpError(
      400,
      `${prefix}status: must be one of ${STATUS_IDS.join(', ')} (got ${JSON.stringify(item.status) ?? 'nothing'})`
    )
  }
  if (!statuses.find((s) => s.id === status)?.isActive) {
    throw new HttpError(
      400,
      `${prefix}status: ${status} is not an active status`
    )
  }
  if (typeof item.comment !== 'string') {
    throw new HttpError(400, `${prefix}comment: required string (may be empty)`)
  }
  const { timeTaken } = item
  if (
    timeTaken !== undefined &&
    timeTaken !== null &&
    !(Number.isSafeInteger(timeTaken) && Number(timeTaken) >= 0)
  ) {
    throw new HttpError(
      400,
      `${prefix}timeTaken: must be null or a non-negative integer`
    )
  }
  return {
    status,
    comment: item.comment,
    timeTaken:
      timeTaken === undefined ? null : /** @type {number | null} */ (timeTaken),
    links: validateLinks(item.links, `${prefix}links`, project)
  }
}

/**
 * @param {SeedRun} run
 * @param {string} tcaseId
 * @param {Set<string>} [inRun] the run's test case ids, when checking many
 */
function requireTcaseInRun(run, tcaseId, inRun) {
  if (!(inRun ? inRun.has(tcaseId) : run.tcaseIds.includes(tcaseId))) {
    throw new HttpError(404, `Test case ${tcaseId} not found in run ${run.id}`)
  }
}

/**
 * Stores validated results; callers validate everything first (atomicity).
 * @param {State} state
 * @param {SeedProject} project
 * @param {SeedRun} run
 * @param {(ResultFields & { tcaseId: string })[]} items
 * @returns {number[]} the new ids, in order
 */
function storeResults(state, project, run, items) {
  const createdAt = new Date().toISOString()
  return items.map((item) => {
    const result = {
      id: state.nextResultId++,
      projectCode: project.code,
      runId: run.id,
      tcaseId: item.tcaseId,
      status: item.status,
      comment: item.comment,
      timeTaken: item.timeTaken,
      links: item.links,
      createdAt
    }
    state.results.push(result)
    return result.id
  })
}

// ------------------------------------------------------------- handlers

/**
 * @typedef {object} HandlerContext
 * @property {State} state
 * @property {Record<string, string>} params
 * @property {URLSearchParams} query
 * @property {string} body
 * @property {Buffer} [bytes] the body as sent (multipart uploads)
 * @property {import('node:http').IncomingHttpHeaders} [headers]
 */
/** @typedef {(ctx: HandlerContext) => Reply} Handler */

/** @param {SeedProject} p */
const projectView = (p) => ({
  id: p.id,
  code: p.code,
  title: p.title,
  description: '',
  overviewTitle: p.title,
  overviewDescription: '',
  links: [],
  createdAt: SEED_TIME,
  updatedAt: SEED_TIME,
  archivedAt: p.archived ? SEED_TIME : null
})

/** @type {Handler} */
const listProjects = ({ state }) =>
  ok({ projects: state.projects.map(projectView) })

/** @type {Handler} */
const getProject = ({ state, params }) =>
  ok(projectView(requireProject(state, params.project)))

/** @type {Handler} */
function listRuns({ state, params, query }) {
  const project = requireProject(state, params.project)
  const closed = query.get('closed')
  const milestoneIds = query.getAll('milestoneIds').map(Number)
  const runs = project.runs.filter(
    (r) =>
      (closed === null || String(r.closed) === closed) &&
      (milestoneIds.length === 0 || milestoneIds.includes(r.milestoneId ?? 0))
  )
  return ok({
    runs: runs.map((r) => ({
      id: r.id,
      title: r.title,
      description: '',
      type: 'static_struct',
      closed: r.closed,
      milestoneId: r.milestoneId ?? null
    }))
  })
}

/** @type {Handler} */
function listRunTcases({ state, params }) {
  const project = requireProject(state, params.project)
  const run = requireRun(project, params.run)
  // Indexed once: runs may hold 100,000 test cases (benchmarks).
  const byId = new Map(project.tcases.map((t) => [t.id, t]))
  /** @type {Map<string, StoredResult>} */
  const latestById = new Map()
  for (const r of state.results) {
    if (r.projectCode === project.code && r.runId === run.id) {
      latestById.set(r.tcaseId, r)
    }
  }
  const tcases = run.tcaseIds.map((id, pos) => {
    const tcase = byId.get(id)
    if (!tcase) throw new Error(`seed: run ${run.id} lists unknown tcase ${id}`)
    const latest = latestById.get(id)
    return {
      id: tcase.id,
      version: tcase.version,
      folderId: tcase.folderId,
      pos,
      seq: tcase.seq,
      title: tcase.title,
      priority: tcase.priority,
      status: latest?.status ?? 'open'
    }
  })
  return ok({ tcases })
}

/** @type {Handler} */
function addResultBatch({ state, params, body }) {
  const { project, run } = requireWritableRun(state, params)
  const { items } = parseJsonObject(body)
  if (!Array.isArray(items) || items.length === 0) {
    throw new HttpError(400, 'items: must be a non-empty array')
  }
  // Validate every item before storing anything: batches are atomic.
  const valid = items.map((item, i) => {
    const prefix = `items[${i}].`
    if (!isObject(item))
      throw new HttpError(400, `items[${i}]: must be an object`)
    if (!isNonEmptyString(item.tcaseId)) {
      throw new HttpError(400, `${prefix}tcaseId: required non-empty string`)
    }
    return {
      tcaseId: item.tcaseId,
      ...validateResultFields(item, prefix, state.statuses, project)
    }
  })
  const inRun = new Set(run.tcaseIds)
  valid.forEach((item) => requireTcaseInRun(run, item.tcaseId, inRun))
  return ok({ ids: storeResults(state, project, run, valid) })
}

/** Most test cases one page of `POST /tcase/seq` returns. */
const SEQ_PAGE_LIMIT = 5000

/**
 * `POST /project/{p}/tcase/seq` `{ seqIds: ["BD-001", ...], page?, limit? }`:
 * the project's test cases with those markers, paged from page 1 (as
 * qas-cli's src/api/tcases.ts asks; answered as `{ data, total, page, limit }`).
 * @type {Handler}
 */
function findTcasesBySeq({ state, params, body }) {
  const project = requireProject(state, params.project)
  const request = parseJsonObject(body)
  const { seqIds, page: pageNumber = 1, limit = 100 } = request
  if (!Array.isArray(seqIds) || !seqIds.every((id) => typeof id === 'string')) {
    throw new HttpError(400, 'seqIds: must be an array of strings like "BD-12"')
  }
  // Strict, so that a client paging by another field is caught here.
  if ('offset' in request) {
    throw new HttpError(400, 'offset: unknown field; pages go by page, from 1')
  }
  if (!Number.isInteger(pageNumber) || Number(pageNumber) < 1) {
    throw new HttpError(400, 'page: must be a positive integer')
  }
  if (
    !Number.isInteger(limit) ||
    Number(limit) < 1 ||
    Number(limit) > SEQ_PAGE_LIMIT
  ) {
    throw new HttpError(
      400,
      `limit: must be an integer from 1 to ${SEQ_PAGE_LIMIT}`
    )
  }
  const wanted = new Set()
  for (const id of seqIds) {
    const match = /^([A-Za-z0-9]+)-0*(\d+)$/.exec(id)
    if (match && match[1].toLowerCase() === project.code.toLowerCase())
      wanted.add(Number(match[2]))
  }
  const found = project.tcases.filter((t) => wanted.has(t.seq))
  const offset = (Number(pageNumber) - 1) * Number(limit)
  const page = found.slice(offset, offset + Number(limit))
  return ok({
    data: page.map((t) => ({
      id: t.id,
      legacyId: '',
      seq: t.seq,
      title: t.title,
      version: t.version,
      folderId: t.folderId,
      priority: t.priority
    })),
    total: found.length,
    page: pageNumber,
    limit
  })
}

/** QA Sphere's limits for a file batch. */
const MAX_FILES_PER_BATCH = 100
const MAX_FILE_BYTES = 50 * 1024 * 1024
const MAX_FILE_BATCH_BYTES = 500 * 1024 * 1024
/** Where a stored file is served (outside the API, as QA Sphere's `/api/file/{id}`). */
const STORED_FILE = /^\/api\/file\/([^/]+)$/

/**
 * `POST /file/batch`: multipart/form-data, each file a `files` field →
 * `{ files: [{ id, url }] }` in order.
 * @type {Handler}
 */
function uploadFiles({ state, bytes, headers }) {
  const type = String(headers?.['content-type'] ?? '')
  const boundary = /^multipart\/form-data;.*\bboundary=("?)([^";]+)\1/i.exec(
    type
  )?.[2]
  if (!boundary || !bytes) {
    throw new HttpError(400, 'Expected multipart/form-data with a boundary')
  }
  const parts = multipartParts(bytes, boundary)
  const files = parts.filter(
    (p) => p.field === 'files' && p.filename !== undefined
  )
  if (files.length === 0) throw new HttpError(400, 'No files in the request')
  if (files.length > MAX_FILES_PER_BATCH) {
    throw new HttpError(400, `At most ${MAX_FILES_PER_BATCH} files per request`)
  }
  if (files.some((f) => f.content.length > MAX_FILE_BYTES)) {
    throw new HttpError(413, 'File too large: at most 50 MiB per file')
  }
  const host = headers?.host ?? '127.0.0.1'
  return ok({
    files: files.map((f) => {
      const stored = {
        id: `1F${String(state.files.length + 1).padStart(21, '0')}`,
        name: f.filename ?? '',
        contentType: f.contentType,
        content: f.content
      }
      state.files.push(stored)
      return { id: stored.id, url: `http://${host}/api/file/${stored.id}` }
    })
  })
}

/**
 * The parts of a multipart/form-data body; a malformed one is a 400.
 * @param {Buffer} bytes
 * @param {string} boundary
 * @returns {{ field: string, filename?: string, contentType: string, content: Buffer }[]}
 */
function multipartParts(bytes, boundary) {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts = []
  let at = bytes.indexOf(delimiter)
  if (at < 0) throw new HttpError(400, 'Malformed multipart body: no boundary')
  for (;;) {
    at += delimiter.length
    if (bytes.subarray(at, at + 2).toString() === '--') return parts
    if (bytes.subarray(at, at + 2).toString() !== '\r\n') {
      throw new HttpError(400, 'Malformed multipart body')
    }
    const headerEnd = bytes.indexOf('\r\n\r\n', at + 2)
    const next = bytes.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd)
    if (headerEnd < 0 || next < 0) {
      throw new HttpError(400, 'Malformed multipart body: a part is not closed')
    }
    const head = bytes.subarray(at + 2, headerEnd).toString('utf8')
    const disposition = /^content-disposition:\s*form-data;(.*)$/im.exec(
      head
    )?.[1]
    if (!disposition) {
      throw new HttpError(
        400,
        'Malformed multipart body: no Content-Disposition'
      )
    }
    const field = /\bname="([^"]*)"/.exec(disposition)?.[1] ?? ''
    const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1]
    parts.push({
      field,
      // Browsers escape only these three (WHATWG's FormData).
      filename: filename
        ?.replace(/%22/g, '"')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n'),
      contentType:
        /^content-type:\s*(.*)$/im.exec(head)?.[1].trim() ??
        'application/octet-stream',
      content: bytes.subarray(headerEnd + 4, next)
    })
    at = next + 2
  }
}

/**
 * `GET /api/file/{id}`: a stored file's bytes.
 * @param {State} state
 * @param {string} id
 * @returns {Reply}
 */
function storedFile(state, id) {
  const file = state.files.find((f) => f.id === id)
  if (!file) throw new HttpError(404, 'File not found')
  return { status: 200, body: file.content }
}

/**
 * `POST /project/{p}/run`: a run holding the test cases of its one query plan
 * (static runs); titles are unique within a milestone.
 * @type {Handler}
 */
function createRun({ state, params, body }) {
  const project = requireProject(state, params.project)
  if (project.archived) throw new HttpError(403, 'Project is archived')
  const { title, description, type, milestoneId, queryPlans } =
    parseJsonObject(body)
  if (typeof title !== 'string' || title.trim() === '' || title.length > 255) {
    throw new HttpError(400, 'title: required, 1 to 255 characters')
  }
  if (
    description !== undefined &&
    (typeof description !== 'string' || description.length > 512)
  ) {
    throw new HttpError(400, 'description: at most 512 characters')
  }
  if (type !== 'static' && type !== 'static_struct' && type !== 'live') {
    throw new HttpError(400, 'type: must be static, static_struct or live')
  }
  if (
    milestoneId !== undefined &&
    milestoneId !== null &&
    !(Number.isInteger(milestoneId) && Number(milestoneId) > 0)
  ) {
    throw new HttpError(400, 'milestoneId: must be a positive integer')
  }
  if (!Array.isArray(queryPlans))
    throw new HttpError(400, 'queryPlans: required array')
  if (type !== 'live' && queryPlans.length !== 1) {
    throw new HttpError(
      400,
      'queryPlans: a static run takes exactly one query plan'
    )
  }
  const byId = new Map(project.tcases.map((t) => [t.id, t]))
  /** @type {Set<string>} */
  const tcaseIds = new Set()
  for (const [i, plan] of queryPlans.entries()) {
    if (!isObject(plan))
      throw new HttpError(400, `queryPlans[${i}]: must be an object`)
    if (plan.tcaseIds === undefined) continue
    if (type === 'live')
      throw new HttpError(
        400,
        `queryPlans[${i}].tcaseIds: not allowed in a live run`
      )
    if (!Array.isArray(plan.tcaseIds))
      throw new HttpError(400, `queryPlans[${i}].tcaseIds: must be an array`)
    for (const id of plan.tcaseIds) {
      if (typeof id !== 'string' || !byId.has(id)) {
        throw new HttpError(
          400,
          `queryPlans[${i}].tcaseIds: unknown test case ${String(id)}`
        )
      }
      tcaseIds.add(id)
    }
  }
  if (type !== 'live' && tcaseIds.size === 0) {
    throw new HttpError(400, 'queryPlans[0]: selects no test cases')
  }
  const milestone = milestoneId ?? null
  const clash = project.runs.find(
    (r) => r.title === title && (r.milestoneId ?? null) === milestone
  )
  if (clash) {
    throw new HttpError(
      403,
      `run title must be unique within the milestone, conflicting run id: ${clash.id}`
    )
  }
  const id = Math.max(0, ...project.runs.map((r) => r.id)) + 1
  // Ordered as in the project, as QA Sphere lists a run's test cases.
  const ordered = project.tcases
    .filter((t) => tcaseIds.has(t.id))
    .map((t) => t.id)
  project.runs.push({
    id,
    title,
    closed: false,
    tcaseIds: ordered,
    ...(typeof description === 'string' ? { description } : {}),
    milestoneId: milestone === null ? null : Number(milestone)
  })
  return ok({ id })
}

/** `POST /project/{p}/run/{run}/close` @type {Handler} */
function closeRun({ state, params }) {
  const { run } = requireWritableRun(state, params)
  run.closed = true
  return ok({ message: 'Run closed' })
}

/** @type {Handler} */
function addResult({ state, params, body }) {
  const { project, run } = requireWritableRun(state, params)
  // The path names the test case by id or by sequence number.
  const ref = params.tcase
  const tcase = /^\d+$/.test(ref)
    ? project.tcases.find((t) => t.seq === Number(ref))
    : project.tcases.find((t) => t.id === ref)
  if (!tcase)
    throw new HttpError(404, `Test case ${ref} not found in run ${run.id}`)
  requireTcaseInRun(run, tcase.id)
  const fields = validateResultFields(
    parseJsonObject(body),
    '',
    state.statuses,
    project
  )
  const [id] = storeResults(state, project, run, [
    { tcaseId: tcase.id, ...fields }
  ])
  return ok({ id })
}

/** @type {Handler} */
function getStatuses({ state }) {
  const statuses = state.statuses.map((s) => ({
    ...s,
    inUse: s.isDefault || state.results.some((r) => r.status === s.id)
  }))
  return ok({ statuses })
}

const COLORS = [
  'blue',
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'indigo',
  'purple',
  'pink'
]

/**
 * `POST /settings/preferences/status` (admin): update custom statuses, all or
 * none. 400 for an unknown id or colour; 409 for a default status, or for
 * disabling a custom status that results use.
 * @type {Handler}
 */
function updateStatuses({ state, body }) {
  const { statuses } = parseJsonObject(body)
  if (!Array.isArray(statuses) || statuses.length === 0) {
    throw new HttpError(400, 'statuses: must be a non-empty array')
  }
  const updates = statuses.map((entry, i) => {
    if (!isObject(entry))
      throw new HttpError(400, `statuses[${i}]: must be an object`)
    const current = state.statuses.find((s) => s.id === entry.id)
    if (current?.isDefault) {
      throw new HttpError(
        409,
        `statuses[${i}]: ${current.id} is a default status and cannot be changed`
      )
    }
    if (!current)
      throw new HttpError(
        400,
        `statuses[${i}].id: invalid status id ${JSON.stringify(entry.id)}`
      )
    if (!isNonEmptyString(entry.name))
      throw new HttpError(400, `statuses[${i}].name: required`)
    if (typeof entry.color !== 'string' || !COLORS.includes(entry.color)) {
      throw new HttpError(
        400,
        `statuses[${i}].color: invalid color ${JSON.stringify(entry.color)}`
      )
    }
    if (typeof entry.isActive !== 'boolean') {
      throw new HttpError(400, `statuses[${i}].isActive: must be a boolean`)
    }
    const inUse = state.results.some((r) => r.status === current.id)
    if (inUse && current.isActive && !entry.isActive) {
      throw new HttpError(
        409,
        `statuses[${i}]: ${current.id} is in use and cannot be disabled`
      )
    }
    return {
      current,
      name: entry.name,
      color: entry.color,
      isActive: entry.isActive
    }
  })
  for (const u of updates)
    Object.assign(u.current, {
      name: u.name,
      color: u.color,
      isActive: u.isActive
    })
  return ok({ message: 'Statuses updated' })
}

/** @type {{ method: string, pattern: string, minRole: Role, handler: Handler }[]} */
const ROUTES = [
  {
    method: 'GET',
    pattern: '/project',
    minRole: 'viewer',
    handler: listProjects
  },
  {
    method: 'GET',
    pattern: '/project/:project',
    minRole: 'viewer',
    handler: getProject
  },
  {
    method: 'GET',
    pattern: '/project/:project/run',
    minRole: 'viewer',
    handler: listRuns
  },
  {
    method: 'GET',
    pattern: '/project/:project/run/:run/tcase',
    minRole: 'viewer',
    handler: listRunTcases
  },
  {
    method: 'POST',
    pattern: '/project/:project/run/:run/result/batch',
    minRole: 'test_runner',
    handler: addResultBatch
  },
  {
    method: 'POST',
    pattern: '/project/:project/run/:run/tcase/:tcase/result',
    minRole: 'test_runner',
    handler: addResult
  },
  {
    method: 'POST',
    pattern: '/project/:project/tcase/seq',
    minRole: 'viewer',
    handler: findTcasesBySeq
  },
  {
    method: 'POST',
    pattern: '/project/:project/run',
    minRole: 'test_runner',
    handler: createRun
  },
  {
    method: 'POST',
    pattern: '/project/:project/run/:run/close',
    minRole: 'test_runner',
    handler: closeRun
  },
  {
    method: 'POST',
    pattern: '/file/batch',
    minRole: 'viewer',
    handler: uploadFiles
  },
  {
    method: 'GET',
    pattern: '/settings/preferences/status',
    minRole: 'viewer',
    handler: getStatuses
  },
  {
    method: 'POST',
    pattern: '/settings/preferences/status',
    minRole: 'admin',
    handler: updateStatuses
  }
]

/**
 * @param {string} pattern e.g. /project/:project/run
 * @param {string} path path below the API prefix
 * @returns {Record<string, string> | undefined} params when it matches
 */
function matchPattern(pattern, path) {
  const want = pattern.split('/')
  const got = path.split('/')
  if (want.length !== got.length) return undefined
  /** @type {Record<string, string>} */
  const params = {}
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (got[i] === '') return undefined
      params[want[i].slice(1)] = decodeURIComponent(got[i])
    } else if (want[i] !== got[i]) {
      return undefined
    }
  }
  return params
}

// ----------------------------------------------------------------- auth

/**
 * Resolves the caller's key from the Authorization header (ApiKey or Bearer).
 * @param {State} state
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {ApiKeyInfo}
 */
function authenticate(state, headers) {
  const header = headers.authorization
  if (!header) throw new HttpError(401, 'Missing Authorization header')
  const match = /^(\S+)\s+(\S+)\s*$/.exec(header)
  if (!match || !/^(apikey|bearer)$/i.test(match[1])) {
    throw new HttpError(
      401,
      'Unsupported Authorization scheme: use "ApiKey <key>" or "Bearer <key>"'
    )
  }
  const key = match[2]
  // Real keys are {tenantID}.{apiKeyID}.{token}.
  if (!/^[^.]+\.[^.]+\.[^.]+$/.test(key)) {
    throw new HttpError(401, 'Malformed API key')
  }
  const info = Object.hasOwn(state.apiKeys, key)
    ? state.apiKeys[key]
    : undefined
  const host = headers.host ?? ''
  if (
    !info ||
    (info.tenantHost && ![host, host.split(':')[0]].includes(info.tenantHost))
  ) {
    throw new HttpError(401, 'Invalid credentials')
  }
  return info
}

// ---------------------------------------------------------------- router

/**
 * Answers one API request (path without the API prefix).
 * @param {State} state
 * @param {{ method: string, path: string, query: URLSearchParams, headers: import('node:http').IncomingHttpHeaders, body: string, bytes?: Buffer }} req
 * @returns {Reply}
 */
function routeApi(state, req) {
  const candidates = ROUTES.flatMap((route) => {
    const params = matchPattern(route.pattern, req.path)
    return params ? [{ route, params }] : []
  })
  if (candidates.length === 0) throw new HttpError(404, 'Not found')
  const hit = candidates.find((c) => c.route.method === req.method)
  if (!hit) {
    const allow = candidates.map((c) => c.route.method).join(', ')
    throw new HttpError(405, `Method ${req.method} not allowed`, { allow })
  }
  const key = authenticate(state, req.headers)
  if (ROLE_RANK[key.role] < ROLE_RANK[hit.route.minRole]) {
    throw new HttpError(403, 'Forbidden: insufficient permissions')
  }
  return hit.route.handler({
    state,
    params: hit.params,
    query: req.query,
    body: req.body,
    bytes: req.bytes,
    headers: req.headers
  })
}

/**
 * Test-only control routes (no auth): read stored results, reset, add faults.
 * @param {QaSphereServer} server
 * @param {string} method
 * @param {URL} url
 * @param {string} body
 * @returns {Reply}
 */
function routeTest(server, method, url, body) {
  const route = `${method} ${url.pathname}`
  if (route === 'GET /__test__/results') {
    const project = url.searchParams.get('project')
    const run = url.searchParams.get('run')
    const code =
      project === null ? null : findProject(server.state, project)?.code
    return ok({
      results: server.state.results.filter(
        (r) =>
          (project === null || r.projectCode === code) &&
          (run === null || r.runId === Number(run))
      )
    })
  }
  if (route === 'GET /__test__/files') {
    return ok({
      files: server.state.files.map((f) => ({
        id: f.id,
        name: f.name,
        contentType: f.contentType,
        content: f.content.toString('base64')
      }))
    })
  }
  if (route === 'GET /__test__/state') return ok(server.state)
  if (route === 'GET /__test__/stats') {
    const count = (/** @type {string} */ m) =>
      server.requests.filter((r) => r.method === m).length
    return ok({
      requests: server.requests.length,
      get: count('GET'),
      post: count('POST'),
      postBytes: server.requests
        .filter((r) => r.method === 'POST')
        .reduce((sum, r) => sum + r.bodyBytes, 0)
    })
  }
  if (route === 'POST /__test__/reset') {
    server.reset()
    return ok({ message: 'State reset' })
  }
  if (route === 'POST /__test__/faults') {
    try {
      server.faults.add(/** @type {FaultSpec} */ (parseJsonObject(body)))
    } catch (error) {
      if (error instanceof HttpError) throw error
      throw new HttpError(
        400,
        error instanceof Error ? error.message : String(error)
      )
    }
    return ok({ message: 'Fault added' })
  }
  throw new HttpError(404, 'Not found')
}

/**
 * Runs a route, turning thrown HttpErrors into `{ message }` replies.
 * @param {() => Reply} route
 * @returns {Reply}
 */
function answer(route) {
  try {
    return route()
  } catch (error) {
    if (error instanceof HttpError) {
      return {
        status: error.status,
        body: { message: error.message },
        headers: error.headers
      }
    }
    const message = error instanceof Error ? error.message : String(error)
    return {
      status: 500,
      body: { message: `Internal server error: ${message}` }
    }
  }
}

/**
 * Reads the body; past the limit the rest is drained (so the client can read
 * the 413) but not kept.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<{ bytes: Buffer, text: string, tooLarge: boolean }>}
 */
async function readBody(req, limit) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size <= limit) chunks.push(chunk)
  }
  const tooLarge = size > limit
  const bytes = tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks)
  /** @type {string | undefined} */
  let text
  return {
    bytes,
    // Decoded when read: fast mode only counts items in the bytes.
    get text() {
      text ??= bytes.toString('utf8')
      return text
    },
    tooLarge
  }
}

/** @param {number} ms */
// Unref'd: a closed server's pending delays do not keep a test process alive.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref())

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string>}
 */
const flatHeaders = (headers) =>
  Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.join(', ') : (v ?? '')
    ])
  )

/**
 * @param {ActiveFault} fault
 * @returns {Reply}
 */
const faultReply = (fault) => ({
  status: fault.status ?? 500,
  body: fault.body ?? {
    message: `Injected fault (HTTP ${fault.status ?? 500})`
  },
  headers: fault.headers
})

/**
 * Answers as a fault says: its body, or `bodyBytes` streamed as they are read.
 * @param {import('node:http').ServerResponse} res
 * @param {ActiveFault} fault
 */
function sendFault(res, fault) {
  if (fault.bodyBytes === undefined) {
    send(res, faultReply(fault))
    return
  }
  res.writeHead(fault.status ?? 500, {
    'content-type': 'application/json',
    ...fault.headers
  })
  const spaces = Buffer.alloc(64 * 1024, ' ')
  let left = fault.bodyBytes - 2
  // A client that stops reading and closes leaves the pump waiting for a
  // 'drain' that never comes: nothing more is written.
  res.write('{')
  const pump = () => {
    while (left > 0) {
      const piece = left >= spaces.length ? spaces : spaces.subarray(0, left)
      left -= piece.length
      if (!res.write(piece)) {
        res.once('drain', pump)
        return
      }
    }
    res.end('}')
  }
  pump()
}

// ------------------------------------------------------ GitHub issues API

const GITHUB_ISSUE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/

/**
 * GitHub's token check: no header is anonymous, an unknown token is 401.
 * @param {GitHubSeed} github
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {{ token: string | undefined, refused?: Reply }}
 */
function githubAuth(github, headers) {
  const token = /^(?:Bearer|token)\s+(.+)$/i.exec(
    headers.authorization ?? ''
  )?.[1]
  if (headers.authorization && !(token && github.tokens.includes(token))) {
    return {
      token,
      refused: { status: 401, body: { message: 'Bad credentials' } }
    }
  }
  return { token }
}

const GITHUB_PULLS = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/

/**
 * `GET /repos/{owner}/{repo}/pulls?head=owner:branch`: the pull requests
 * whose head matches (all of the repository's without `head`).
 * @param {GitHubSeed} github
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {RegExpExecArray} match
 * @param {URLSearchParams} query
 * @returns {Reply}
 */
function githubPulls(github, headers, match, query) {
  const { refused } = githubAuth(github, headers)
  if (refused) return refused
  const repo = `${match[1]}/${match[2]}`.toLowerCase()
  const head = query.get('head')
  return ok(
    github.issues
      .filter(
        (i) =>
          i.pullRequest &&
          i.repo.toLowerCase() === repo &&
          (!head || i.head === head)
      )
      .map((i) => ({
        number: i.number,
        title: i.title,
        html_url: `${github.serverUrl}/${i.repo}/pull/${i.number}`
      }))
  )
}

/**
 * `GET /repos/{owner}/{repo}/issues/{number}` as GitHub answers it: 401 for
 * an unknown token, 404 for what the token cannot see or does not exist.
 * @param {GitHubSeed} github
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {RegExpExecArray} match
 * @returns {Reply}
 */
function githubIssue(github, headers, match) {
  const { token, refused } = githubAuth(github, headers)
  if (refused) return refused
  const repo = `${match[1]}/${match[2]}`.toLowerCase()
  const found = github.issues.find(
    (i) => i.repo.toLowerCase() === repo && i.number === Number(match[3])
  )
  if (!token || !found) return { status: 404, body: { message: 'Not Found' } }
  const kind = found.pullRequest ? 'pull' : 'issues'
  return ok({
    number: found.number,
    title: found.title,
    state: 'open',
    html_url: `${github.serverUrl}/${found.repo}/${kind}/${found.number}`,
    ...(found.pullRequest ? { pull_request: { url: '' } } : {})
  })
}

/**
 * Listings served in fast mode, by server and `project/run`. Fast mode stores
 * no results, so a run's listing stays as seeded, also across reset() (which
 * builds new state objects from the seed).
 * @type {WeakMap<QaSphereServer, Map<string, string>>}
 */
const listingCache = new WeakMap()
let fastNextId = 1
const TCASE_ID_KEY = Buffer.from('"tcaseId":')

/**
 * Benchmark answers: as fast as a server can be, so that the client is measured.
 * @param {QaSphereServer} server
 * @param {string} method
 * @param {string} pathname
 * @param {Buffer} body
 * @returns {string | undefined} undefined: answer normally
 */
function fastReply(server, method, pathname, body) {
  const { state } = server
  const match =
    /^\/api\/public\/v0\/project\/([^/]+)\/run\/(\d+)\/(tcase|result\/batch)$/.exec(
      pathname
    )
  if (!match) return undefined
  const project = findProject(state, match[1])
  const run = project?.runs.find((r) => r.id === Number(match[2]))
  if (!project || !run) return undefined
  if (method === 'GET' && match[3] === 'tcase') {
    let listings = listingCache.get(server)
    if (!listings) listingCache.set(server, (listings = new Map()))
    const key = `${project.code}/${run.id}`
    let cached = listings.get(key)
    if (!cached) {
      const byId = new Map(project.tcases.map((t) => [t.id, t]))
      cached = JSON.stringify({
        tcases: run.tcaseIds.map((id, pos) => {
          const t = /** @type {SeedTcase} */ (byId.get(id))
          return {
            id,
            version: t.version,
            folderId: t.folderId,
            pos,
            seq: t.seq,
            title: t.title,
            priority: t.priority,
            status: 'open'
          }
        })
      })
      listings.set(key, cached)
    }
    return cached
  }
  if (method === 'POST' && match[3] === 'result/batch') {
    // Counted in the bytes: decoding 40 MB of bodies would be the server's
    // time, not the client's.
    let count = 0
    for (
      let at = body.indexOf(TCASE_ID_KEY);
      at >= 0;
      at = body.indexOf(TCASE_ID_KEY, at + 1)
    )
      count++
    const ids = Array.from({ length: count }, () => fastNextId++)
    return JSON.stringify({ ids })
  }
  return undefined
}

/**
 * How long until this key may make another request (0: now, and counted).
 * @param {{ rateLimit?: number, arrivals: Map<string, number[]> }} options
 * @param {string} key the Authorization header
 */
function overLimit(options, key) {
  const now = Date.now()
  const recent = (options.arrivals.get(key) ?? []).filter((t) => t > now - 1000)
  options.arrivals.set(key, recent)
  if (recent.length >= Number(options.rateLimit)) return recent[0] + 1000 - now
  recent.push(now)
  return 0
}

/**
 * Handles one HTTP request end to end (record, rate limit, faults, latency,
 * route, send).
 * @param {QaSphereServer} server
 * @param {{ latencyMs: number, maxBodyBytes: number, fast: boolean,
 *   rateLimit?: number, arrivals: Map<string, number[]> }} options
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handle(server, options, req, res) {
  const method = req.method ?? 'GET'
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  // QA Sphere takes file batches of up to 500 MiB.
  const body = await readBody(
    req,
    url.pathname === `${API_PREFIX}/file/batch`
      ? Math.max(options.maxBodyBytes, MAX_FILE_BATCH_BYTES)
      : options.maxBodyBytes
  )
  const path = url.pathname + url.search

  if (options.fast && url.pathname.startsWith(API_PREFIX)) {
    server.requests.push({
      method,
      path,
      headers: flatHeaders(req.headers),
      body: '',
      bodyBytes: body.bytes.length
    })
    const reply = fastReply(server, method, url.pathname, body.bytes)
    if (reply) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(reply)
      return
    }
  }

  if (url.pathname.startsWith(TEST_PREFIX)) {
    send(
      res,
      answer(() => routeTest(server, method, url, body.text))
    )
    return
  }

  server.requests.push({
    method,
    path,
    headers: flatHeaders(req.headers),
    body: body.text,
    bodyBytes: body.bytes.length
  })
  if (options.rateLimit && url.pathname.startsWith(`${API_PREFIX}/`)) {
    const waitMs = overLimit(options, String(req.headers.authorization ?? ''))
    if (waitMs > 0) {
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(Math.ceil(waitMs / 1000))
      })
      res.end(JSON.stringify({ message: 'Too many requests' }))
      return
    }
  }
  const fault = server.faults.take(method, path)
  fault?.mutate?.(server.state)
  const delay = options.latencyMs + (fault?.delayMs ?? 0)
  if (delay > 0) await sleep(delay)
  const failsNow = fault && (fault.status !== undefined || fault.dropConnection)
  if (fault && failsNow && !fault.storeBeforeFailing) {
    if (fault.dropConnection) req.socket.destroy()
    else sendFault(res, fault)
    return
  }

  const reply = answer(() => {
    const issue = GITHUB_ISSUE.exec(url.pathname)
    if (issue && method === 'GET') {
      return githubIssue(server.state.github, req.headers, issue)
    }
    const pulls = GITHUB_PULLS.exec(url.pathname)
    if (pulls && method === 'GET') {
      return githubPulls(
        server.state.github,
        req.headers,
        pulls,
        url.searchParams
      )
    }
    const file = STORED_FILE.exec(url.pathname)
    if (file && method === 'GET') return storedFile(server.state, file[1])
    if (body.tooLarge) {
      throw new HttpError(
        413,
        `Request body larger than ${options.maxBodyBytes} bytes`
      )
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`))
      throw new HttpError(404, 'Not found')
    const apiPath = url.pathname.slice(API_PREFIX.length)
    const query = url.searchParams
    return routeApi(server.state, {
      method,
      path: apiPath,
      query,
      headers: req.headers,
      // Not decoded: a multipart upload's files are bytes.
      get body() {
        return body.text
      },
      bytes: body.bytes
    })
  })

  // storeBeforeFailing: the real work is done above, now fail anyway.
  if (fault?.dropConnection) req.socket.destroy()
  else if (fault && failsNow) sendFault(res, fault)
  else send(res, reply)
}

/**
 * Starts the fake QA Sphere server on 127.0.0.1.
 * @param {QaSphereServerOptions} [options]
 * @returns {Promise<QaSphereServer>}
 */
export async function startQaSphereServer(options = {}) {
  // Our own copy, so that reset() is immune to later edits of the caller's seed.
  const seed = structuredClone(options.seed ?? demoSeed())
  const settings = {
    latencyMs: options.latencyMs ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    fast: options.fast ?? false,
    rateLimit: options.rateLimit,
    /** @type {Map<string, number[]>} arrival times per API key, the last second's */
    arrivals: new Map()
  }
  const state = stateFromSeed(seed)
  /** @type {RecordedRequest[]} */
  const requests = []
  const faults = new FaultList()

  const httpServer = createServer((req, res) => {
    handle(server, settings, req, res).catch(() => {
      // The client went away mid-request; nothing left to answer.
      req.socket.destroy()
    })
  })
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined))
  })
  const address = httpServer.address()
  if (address === null || typeof address === 'string') {
    throw new Error('unexpected server address')
  }

  /** @type {QaSphereServer} */
  const server = {
    url: `http://127.0.0.1:${address.port}`,
    state,
    requests,
    faults,
    resultsFor(project, runId) {
      const code = findProject(state, project)?.code
      return state.results.filter(
        (r) => r.projectCode === code && r.runId === runId
      )
    },
    reset() {
      // Mutate in place so references held by tests stay live.
      Object.assign(state, stateFromSeed(seed))
      requests.length = 0
      faults.clear()
      settings.arrivals.clear()
      // A benchmark run should not pay for collecting the old state.
      if (settings.fast) globalThis.gc?.()
    },
    close() {
      return new Promise((resolve, reject) => {
        httpServer.close((error) => (error ? reject(error) : resolve()))
        httpServer.closeAllConnections()
      })
    }
  }
  return server
}
