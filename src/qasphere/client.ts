/**
 * The part of QA Sphere's public REST API this action uses.
 * It receives its base URL, API key and HTTP client, so tests can point it at
 * a loopback server; it never logs the key.
 */
import { randomBytes } from 'node:crypto'
import { PassThrough, type Readable } from 'node:stream'
import { setTimeout as delay } from 'node:timers/promises'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import { counted } from '../util/counted.js'
import { errorMessage } from '../util/error-message.js'
import {
  AnswerTooLargeError,
  formatBytes,
  readBody
} from '../util/http-body.js'
import { jsonArrayPieces } from '../util/json-pieces.js'
import {
  STATUS_IDS,
  type StatusId,
  type StatusInfo
} from '../results/statuses.js'

export interface RunTestCase {
  id: string
  seq: number
  title: string
  /** The latest result status in this run, `open` when none. */
  status: string
}

export interface ResultLink {
  integrationId: string
  url: string
  text: string
  meta?: { id?: string }
}

export interface ResultItem {
  tcaseId: string
  status: string
  comment: string
  timeTaken?: number
  links?: ResultLink[]
}

/**
 * A batch's items, made one at a time while the body is serialized: a
 * comment then lives only as long as its piece of the body. An array works.
 */
export type BatchItems =
  | readonly ResultItem[]
  | { readonly length: number; itemAt(index: number): ResultItem }

export interface Project {
  id: string
  code: string
  title: string
}

/** What a status means for a user of this action, in plain words. */
const MEANINGS: Record<number, string> = {
  400: 'QA Sphere refused the request as invalid',
  401: 'the API key is missing, malformed or not valid for this QA Sphere tenant: check the api-key secret and the url',
  403: "the API key's role may not do this (adding results needs the Test Runner role or higher), or the project is archived, or the tenant is suspended",
  404: 'the project, the run or a test case was not found: check project and run (or run-url)',
  409: 'the run is closed, and QA Sphere takes no results in a closed run: reopen it in QA Sphere or post to another run (with close-run, a re-run or another matrix leg that reuses the run by run-title finds it closed: close it in a last job instead)',
  413: 'the request is too large for QA Sphere (for results: lower batch-size)',
  429: "QA Sphere's rate limit (20 requests per second per API key) was exceeded"
}

export class QaSphereApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly apiMessage: string
  ) {
    const meaning =
      MEANINGS[status] ??
      (status >= 500
        ? 'QA Sphere had an internal error; try again later'
        : 'unexpected answer')
    const said = apiMessage ? `: "${apiMessage}"` : ''
    super(
      `QA Sphere answered ${method} ${path} with HTTP ${status}${said}. This means ${meaning}.`
    )
  }
}

/**
 * QA Sphere could not be reached: nothing was sent (connection refused,
 * DNS, …), or a request that may safely be repeated (a read, creating a run,
 * closing it, uploading files) got no answer however often it was sent.
 */
export class QaSphereNetworkError extends Error {}

/**
 * A POST whose fate is unknown: QA Sphere answered 500/502/504, or the
 * connection dropped or timed out after the request was sent. The batch may
 * have been stored; it must not be resent blindly.
 */
export class QaSphereAmbiguousError extends Error {
  /**
   * `happened`: what went wrong, without the conclusion the message adds.
   * `answered`: QA Sphere itself answered (HTTP 500, or a 2xx it could not
   * use), so its work on the request is over; otherwise (no answer, a
   * gateway's 502/504) it may still be storing it. `elapsedMs`: how long the
   * request took before it failed.
   */
  constructor(
    readonly happened: string,
    readonly answered = false,
    readonly elapsedMs = 0
  ) {
    super(`${happened}; the request may or may not have been stored`)
  }
}

/** The `timeout` input ran out. */
export class QaSphereTimeoutError extends Error {}

export interface RequestPolicy {
  /** Retries after the first attempt (input `retries`). */
  retries: number
  /** Epoch ms after which no request starts and none is waited for (input `timeout`). */
  deadline: number
  /** Longest wait for one answer. */
  requestTimeoutMs: number
  /** Request starts allowed in any one second: QA Sphere allows 20 per key. */
  requestsPerSecond: number
  /** Waits `ms`; rejects at once when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /**
   * Aborted when the step is over (it failed while requests were still
   * pending, such as the listing): no retry is started or waited for then.
   */
  signal?: AbortSignal
}

/** Where a batch of results goes, below the API's base (`/api/public/v0`). */
export function resultBatchPath(project: string, run: number | string): string {
  return `/project/${encodeURIComponent(project)}/run/${run}/result/batch`
}

export const DEFAULT_POLICY: RequestPolicy = {
  retries: 5,
  deadline: Number.POSITIVE_INFINITY,
  requestTimeoutMs: 120_000,
  requestsPerSecond: 20,
  sleep: (ms, signal) => delay(ms, undefined, { signal })
}

/** A GET is retried on these too. */
const TRANSIENT = new Set([500, 502, 503, 504])
/**
 * For a POST that is not idempotent (a batch), every 5xx but these may have
 * been stored: a gateway's 502/504, a CDN's 520-527, 507 came after the
 * request reached something that may have passed it on; so may a 503
 * without Retry-After (Heroku's request timeout, Envoy's upstream reset).
 */
const NEVER_PROCESSED_5XX = new Set([501, 505])
/** Failures before anything was sent. */
const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
])
const MAX_BACKOFF_MS = 30_000
/**
 * Kept between a request and the one `limit` requests later, beyond the
 * second: the first requests of an upload open connections and reach QA
 * Sphere later than those on open ones, so a window QA Sphere counts could
 * hold one more than the limit.
 */
const PACE_MARGIN_MS = 100
/** Left for a request after a pause (see pause). */
const PAUSE_ROOM_MS = 5_000
/**
 * How long an answer on its way is still waited for once the step is
 * cancelled: the runner sends SIGTERM 7.5 s after SIGINT, and the outputs
 * and the summary must be written before.
 */
const CANCEL_GRACE_MS = 3_000
/**
 * When the grace of a cancelled upload ends, by its signal: one for all
 * that is waited for (an answer's headers, then its body), counted from the
 * cancel.
 */
const graceEnds = new WeakMap<AbortSignal, number>()

/** How much of the cancel's grace is left (see CANCEL_GRACE_MS). */
function graceLeft(signal: AbortSignal): number {
  let end = graceEnds.get(signal)
  if (end === undefined) {
    end = Date.now() + CANCEL_GRACE_MS
    graceEnds.set(signal, end)
  }
  return Math.max(0, end - Date.now())
}
/** QA Sphere's largest page of test cases found by number. */
const SEQ_PAGE_SIZE = 5000

/**
 * The most read of a test-case listing: a run's, or a page of test cases
 * found by number. A run of 100,000 test cases lists in about 14 MB.
 */
export const MAX_LISTING_ANSWER_BYTES = 256 * 1024 * 1024
/** The most read of any other answer (a project, a batch's ids, an error). */
export const MAX_ANSWER_BYTES = 1024 * 1024
/** The most characters of server text (a message, a body, a Location) in a message. */
export const MAX_SERVER_TEXT = 300

export class QaSphereClient {
  private readonly apiBase: string
  private readonly policy: RequestPolicy

  /** `recentStarts`: start times of the latest requests, shared by clients that pace together (see until). */
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly http: HttpClient,
    policy: Partial<RequestPolicy> = {},
    private readonly recentStarts: number[] = []
  ) {
    this.apiBase = `${baseUrl.replace(/\/+$/, '')}/api/public/v0`
    this.policy = { ...DEFAULT_POLICY, ...policy }
  }

  /**
   * This client with an earlier deadline (the rate limit still counted with
   * this one's requests), sending through `http`: for work that must leave
   * time for what follows. Disposing `http` afterwards stops any request it
   * still sends (a timed-out upload is not otherwise aborted).
   */
  until(deadline: number, http: HttpClient): QaSphereClient {
    return new QaSphereClient(
      this.baseUrl,
      this.apiKey,
      http,
      { ...this.policy, deadline: Math.min(this.policy.deadline, deadline) },
      this.recentStarts
    )
  }

  /**
   * Why no request is made any more (the step was cancelled, or is over),
   * or undefined while requests may be made.
   */
  stopReason(): string | undefined {
    const signal = this.policy.signal
    return signal?.aborted ? errorMessage(signal.reason) : undefined
  }

  /** Whether `error` is a request refused because no request is made any more (see stopReason). */
  stoppedBy(error: unknown): boolean {
    const signal = this.policy.signal
    return signal?.aborted === true && error === signal.reason
  }

  async getProject(project: string): Promise<Project> {
    const path = `/project/${encodeURIComponent(project)}`
    const body = await this.request<unknown>('GET', path)
    const code = isObject(body) ? body.code : undefined
    if (typeof code !== 'string' || !/^[A-Za-z0-9]{1,50}$/.test(code))
      throw this.malformed(
        'GET',
        path,
        'the project has no code (letters and digits)'
      )
    return body as Project
  }

  async listRunTestCases(project: string, run: number): Promise<RunTestCase[]> {
    const path = `/project/${encodeURIComponent(project)}/run/${run}/tcase`
    const body = await this.request<unknown>('GET', path, {
      maxBytes: MAX_LISTING_ANSWER_BYTES
    })
    // QA Sphere's API writes an empty list as null (as in `projects: null`).
    const tcases = isObject(body) ? emptyIfNull(body.tcases) : undefined
    if (!Array.isArray(tcases))
      throw this.malformed('GET', path, 'no tcases array')
    for (let i = 0; i < tcases.length; i++) {
      const problem = testCaseProblem(tcases[i], true)
      if (problem) throw this.malformed('GET', path, `tcases[${i}] ${problem}`)
    }
    return tcases as RunTestCase[]
  }

  /**
   * The project's test cases with these sequence numbers, each at most once,
   * in QA Sphere's order. At most as many pages are asked for as the numbers
   * need, whatever `total` QA Sphere answers, and only the test cases asked
   * for are kept.
   */
  async findTestCasesBySeq(
    project: string,
    projectCode: string,
    seqs: readonly number[]
  ): Promise<{ id: string; seq: number }[]> {
    const wanted = new Set(seqs)
    const seqIds = Array.from(
      wanted,
      (seq) => `${projectCode}-${String(seq).padStart(3, '0')}`
    )
    const path = `/project/${encodeURIComponent(project)}/tcase/seq`
    const idBySeq = new Map<number, string>()
    const pages = Math.ceil(wanted.size / SEQ_PAGE_SIZE)
    // Pages are numbered from 1, as QA Sphere's CLI asks for them.
    for (let page = 1; page <= pages; page++) {
      const body = await this.request<unknown>('POST', path, {
        data: JSON.stringify({ seqIds, page, limit: SEQ_PAGE_SIZE }),
        idempotent: true,
        maxBytes: MAX_LISTING_ANSWER_BYTES
      })
      // As for tcases: QA Sphere writes an empty list as null.
      const data = isObject(body) ? emptyIfNull(body.data) : undefined
      if (!Array.isArray(data))
        throw this.malformed('POST', path, 'no data array')
      for (let i = 0; i < data.length; i++) {
        const problem = testCaseProblem(data[i], false)
        if (problem) throw this.malformed('POST', path, `data[${i}] ${problem}`)
        const { id, seq } = data[i] as { id: string; seq: number }
        if (wanted.has(seq) && !idBySeq.has(seq)) idBySeq.set(seq, id)
      }
      const total = (body as { total?: unknown }).total
      if (
        data.length < SEQ_PAGE_SIZE ||
        idBySeq.size === wanted.size ||
        (typeof total === 'number' &&
          (page - 1) * SEQ_PAGE_SIZE + data.length >= total)
      )
        break
    }
    return Array.from(idBySeq, ([seq, id]) => ({ id, seq }))
  }

  /**
   * Creates a static run holding these test cases, or, when QA Sphere refuses
   * the title because a run already has it, answers with that run.
   */
  async createOrReuseRun(
    project: string,
    run: {
      title: string
      description?: string
      milestoneId?: number
      tcaseIds: string[]
    }
  ): Promise<{ id: number; created: boolean }> {
    const path = `/project/${encodeURIComponent(project)}/run`
    try {
      const body = await this.request<unknown>('POST', path, {
        data: JSON.stringify({
          title: run.title,
          ...(run.description ? { description: run.description } : {}),
          ...(run.milestoneId ? { milestoneId: run.milestoneId } : {}),
          type: 'static_struct',
          queryPlans: [{ tcaseIds: run.tcaseIds }]
        }),
        // Resending is safe: a run created by a lost answer clashes by title and is reused.
        idempotent: true
      })
      const id = isObject(body) ? body.id : undefined
      if (!isPositiveInteger(id))
        throw this.malformed('POST', path, 'no run id (a positive integer)')
      return { id, created: true }
    } catch (error) {
      const existing = /conflicting run id:\s*(\d+)/i.exec(
        error instanceof QaSphereApiError ? error.apiMessage : ''
      )
      const id = Number(existing?.[1])
      if (isPositiveInteger(id)) return { id, created: false }
      throw error
    }
  }

  async getStatuses(): Promise<StatusInfo[]> {
    const path = '/settings/preferences/status'
    const body = await this.request<unknown>('GET', path)
    const statuses = isObject(body) ? (body.statuses ?? []) : undefined
    if (!Array.isArray(statuses))
      throw this.malformed('GET', path, 'no statuses array')
    const known: StatusInfo[] = []
    statuses.forEach((status: unknown, i) => {
      const problem = statusProblem(status)
      if (problem)
        throw this.malformed('GET', path, `statuses[${i}] ${problem}`)
      const { id, name, color, isDefault, isActive } = status as StatusFields
      // A status this action does not know (a later QA Sphere's) cannot be
      // posted or mapped to: left out rather than failing the upload.
      if (!(STATUS_IDS as readonly string[]).includes(id)) return
      known.push({
        id: id as StatusId,
        name,
        color: typeof color === 'string' ? color : '',
        isDefault: isDefault === true,
        isActive
      })
    })
    return known
  }

  /** Creates or updates custom statuses (admin role). */
  async updateStatuses(
    statuses: { id: string; name: string; color: string; isActive: boolean }[]
  ): Promise<void> {
    await this.request('POST', '/settings/preferences/status', {
      data: JSON.stringify({ statuses }),
      idempotent: true
    })
  }

  /**
   * The project's run with this title (in this milestone, when given), or
   * undefined: what creating a run of that title would reuse.
   */
  async findRunByTitle(
    project: string,
    title: string,
    milestoneId?: number
  ): Promise<{ id: number; closed: boolean } | undefined> {
    const query = milestoneId ? `?milestoneIds=${milestoneId}` : ''
    for (const run of await this.listRuns(project, query)) {
      if (!isObject(run) || run.title !== title || !isPositiveInteger(run.id))
        continue
      // Titles are unique within a milestone (none is one of its own); a
      // listing that does not say a run's milestone is taken at its word.
      if (
        'milestoneId' in run &&
        (run.milestoneId ?? undefined) !== milestoneId
      )
        continue
      return { id: run.id, closed: run.closed === true }
    }
    return undefined
  }

  /**
   * Whether the project's list of runs shows this run closed; undefined when
   * it does not list the run (the list may be cut at a limit).
   */
  async runClosed(project: string, run: number): Promise<boolean | undefined> {
    const listed = (await this.listRuns(project, '')).find(
      (r) => isObject(r) && r.id === run
    )
    return isObject(listed) ? listed.closed === true : undefined
  }

  /** The project's runs as QA Sphere lists them (unchecked entries). */
  private async listRuns(project: string, query: string): Promise<unknown[]> {
    const path = `/project/${encodeURIComponent(project)}/run${query}`
    const body = await this.request<unknown>('GET', path, {
      maxBytes: MAX_LISTING_ANSWER_BYTES
    })
    const runs = isObject(body) ? body.runs : undefined
    if (runs === null) return []
    if (!Array.isArray(runs)) throw this.malformed('GET', path, 'no runs array')
    return runs as unknown[]
  }

  /**
   * Whether the project still has this run: its own listing, which has no
   * pages (the project's list of runs may be cut at a limit).
   */
  async runExists(project: string, run: number): Promise<boolean> {
    try {
      await this.listRunTestCases(project, run)
      return true
    } catch (error) {
      if (error instanceof QaSphereApiError && error.status === 404)
        return false
      throw error
    }
  }

  /**
   * Closes the run. A run found closed already counts: the close is resent
   * when its answer is lost, and the resend finds the run closed (HTTP 409).
   */
  async closeRun(project: string, run: number): Promise<void> {
    try {
      await this.request(
        'POST',
        `/project/${encodeURIComponent(project)}/run/${run}/close`,
        { data: '{}', idempotent: true }
      )
    } catch (error) {
      if (!(error instanceof QaSphereApiError && error.status === 409))
        throw error
    }
  }

  /**
   * One batch; QA Sphere stores all of it or none of it. Returns the result
   * ids in item order. An answer without exactly one id (a positive integer)
   * per item is ambiguous, like a lost one: the batch may have been stored.
   */
  async addResults(
    project: string,
    run: number,
    items: BatchItems
  ): Promise<number[]> {
    const path = resultBatchPath(project, run)
    const body = await this.request<unknown>('POST', path, {
      data: batchBody(items)
    })
    const ids = isObject(body) ? body.ids : undefined
    const problem = !Array.isArray(ids)
      ? 'no ids array'
      : ids.length !== items.length
        ? `${ids.length} result ids for a batch of ${items.length}`
        : ids.some((id) => !isPositiveInteger(id))
          ? 'result ids that are not all positive integers'
          : new Set(ids).size !== ids.length
            ? 'the same result id for two results'
            : undefined
    if (problem) throw this.malformed('POST', path, problem, false)
    return ids as number[]
  }

  /**
   * Uploads files (at most 100, 50 MiB each) for results to link to; returns
   * each one's URL, in order. Sent again when the answer is lost: a file
   * stored twice is only a file no result links to.
   */
  async uploadFiles(files: readonly UploadFile[]): Promise<UploadedFile[]> {
    const path = '/file/batch'
    const boundary = `----qasphere-junit-action-${randomBytes(12).toString('hex')}`
    const body = await this.request<unknown>('POST', path, {
      data: multipartBody(files, boundary),
      contentType: `multipart/form-data; boundary=${boundary}`,
      idempotent: true
    })
    const stored = isObject(body) ? body.files : undefined
    if (
      !Array.isArray(stored) ||
      stored.length !== files.length ||
      !stored.every(
        (file: unknown) =>
          isObject(file) &&
          typeof file.url === 'string' &&
          /^https?:\/\//i.test(file.url)
      )
    ) {
      throw this.malformed(
        'POST',
        path,
        `not one URL for each of the ${counted(files.length, 'file')}`,
        true
      )
    }
    return (stored as { url: string }[]).map((file) => ({ url: file.url }))
  }

  /**
   * One request, retried as the policy allows; its answer parsed as JSON.
   * `idempotent`: a POST that may be resent like a GET (a query, or safe by
   * design). `maxBytes`: the most read of the answer.
   */
  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    {
      data,
      idempotent = method === 'GET',
      maxBytes = MAX_ANSWER_BYTES,
      contentType = 'application/json'
    }: {
      data?: string | Buffer
      idempotent?: boolean
      maxBytes?: number
      contentType?: string
    } = {}
  ): Promise<T> {
    const headers = {
      authorization: `ApiKey ${this.apiKey}`,
      accept: 'application/json',
      ...(data === undefined ? {} : { 'content-type': contentType }),
      // http-client takes a string or a stream, and counts a string's bytes only.
      ...(Buffer.isBuffer(data)
        ? { 'content-length': String(data.length) }
        : {})
    }
    const { retries } = this.policy
    for (let attempt = 1; ; attempt++) {
      this.policy.signal?.throwIfAborted()
      const canRetry = attempt <= retries
      await this.pace(method, path)
      const started = Date.now()
      // A stream is used up by one attempt: each gets its own.
      const body: string | Readable | null = Buffer.isBuffer(data)
        ? new PassThrough().end(data)
        : (data ?? null)
      let response: HttpClientResponse | undefined
      let text: string
      /** The answer was larger than maxBytes: not read. */
      let tooLarge = false
      try {
        response = await this.withDeadline(
          this.http.request(method, this.apiBase + path, body, headers),
          method,
          path
        )
        text = await this.withDeadline(
          readBody(response.message, maxBytes),
          method,
          path
        ).catch((error: unknown) => {
          if (!(error instanceof AnswerTooLargeError)) throw error
          tooLarge = true
          return ''
        })
      } catch (error) {
        // Timed out while the answer comes: stop reading it.
        response?.message.destroy()
        const code = (error as NodeJS.ErrnoException).code ?? ''
        const reason = this.cleanServerText(
          // OpenSSL's words for an https:// address served by plain HTTP.
          /wrong version number/i.test(errorMessage(error))
            ? `${code || 'TLS error'}: the server there does not speak HTTPS (check the address and its port)`
            : errorMessage(error)
        )
        const nothingSent = CONNECT_ERRORS.has(code)
        if ((nothingSent || idempotent) && canRetry) {
          await this.wait(backoff(attempt), method, path)
          continue
        }
        if (nothingSent || idempotent) {
          const tries = attempt > 1 ? `, ${attempt} attempts` : ''
          const hint =
            nothingSent || code === 'EPROTO' ? '; check the url input' : ''
          throw new QaSphereNetworkError(
            `Could not reach QA Sphere for ${method} ${path}: ${reason}${tries}${hint}`
          )
        }
        throw new QaSphereAmbiguousError(
          `QA Sphere did not answer ${method} ${path} (${reason})`,
          false,
          Date.now() - started
        )
      }
      const status = response.message.statusCode ?? 0
      if (status >= 200 && status < 300) {
        if (tooLarge) {
          throw this.unusable(
            method,
            path,
            idempotent,
            `HTTP ${status} and more than ${formatBytes(maxBytes)}, the most this action reads of that answer`
          )
        }
        try {
          return JSON.parse(text) as T
        } catch {
          throw this.unusable(
            method,
            path,
            idempotent,
            `something that is not JSON (${this.cleanServerText(text, 80) || 'an empty body'}): check the url input`
          )
        }
      }

      const asked = retryAfter(response)
      // Not processed: rate limited, or unavailable and asked to come back.
      const notProcessed =
        status === 429 || (status === 503 && asked !== undefined)
      const retryable = notProcessed || (idempotent && TRANSIENT.has(status))
      if (retryable && canRetry) {
        await this.wait(asked ?? backoff(attempt), method, path)
        continue
      }
      const apiMessage = tooLarge
        ? `an answer over ${formatBytes(maxBytes)}, not read`
        : this.cleanServerText(apiMessageOf(text))
      if (
        !idempotent &&
        !notProcessed &&
        status >= 500 &&
        !NEVER_PROCESSED_5XX.has(status)
      ) {
        throw new QaSphereAmbiguousError(
          `QA Sphere answered ${method} ${path} with HTTP ${status} (${apiMessage || 'no message'})`,
          status === 500,
          Date.now() - started
        )
      }
      if (status >= 300 && status < 400) {
        throw new QaSphereApiError(
          method,
          path,
          status,
          `redirect to ${this.cleanServerText(String(response.message.headers.location ?? '?'))}; check the url input (the API key is never sent on to a redirect)`
        )
      }
      throw new QaSphereApiError(method, path, status, apiMessage)
    }
  }

  /** Server text fit for a message: one line, clipped, the API key hidden. */
  private cleanServerText(text: string, max?: number): string {
    return serverText(text, this.apiKey, max)
  }

  /**
   * A 2xx answer that cannot be used. After a POST that is not idempotent
   * (a batch) the request may have been stored: the error is ambiguous, so
   * that the batch is looked for in the run instead of resent blindly.
   */
  private unusable(
    method: string,
    path: string,
    idempotent: boolean,
    what: string
  ): Error {
    const answered = `QA Sphere answered ${method} ${path} with ${what}`
    return idempotent
      ? new Error(answered)
      : new QaSphereAmbiguousError(answered, true)
  }

  /** A 2xx answer whose content is not what QA Sphere's API answers (see unusable). */
  private malformed(
    method: string,
    path: string,
    what: string,
    idempotent = true
  ): Error {
    return this.unusable(
      method,
      path,
      idempotent,
      `a malformed answer (${what})`
    )
  }

  /**
   * Keeps to the rate limit over any one-second window: a small upload goes
   * out at once, a large one at the allowed rate.
   */
  private async pace(method: string, path: string): Promise<void> {
    const limit = this.policy.requestsPerSecond
    const now = Date.now()
    const oldest =
      this.recentStarts.length >= limit
        ? this.recentStarts[this.recentStarts.length - limit]
        : -Infinity
    const start = Math.max(now, oldest + 1000 + PACE_MARGIN_MS)
    this.recentStarts.push(start)
    if (this.recentStarts.length > limit) this.recentStarts.shift()
    if (start > now) await this.wait(start - now, method, path)
    if (Date.now() >= this.policy.deadline) throw this.timedOut(method, path)
  }

  /**
   * Waits `ms`, or less so that a request can still be made before the
   * `timeout` input runs out.
   */
  async pause(ms: number): Promise<void> {
    const wait = this.pauseLength(ms)
    if (wait > 0) await this.sleep(wait)
  }

  /** How long pause(ms) would wait now. */
  pauseLength(ms: number): number {
    return Math.max(
      0,
      Math.min(ms, this.policy.deadline - Date.now() - PAUSE_ROOM_MS)
    )
  }

  private async wait(ms: number, method: string, path: string): Promise<void> {
    if (Date.now() + ms >= this.policy.deadline)
      throw this.timedOut(method, path)
    this.policy.signal?.throwIfAborted()
    await this.sleep(ms)
  }

  /** Sleeps; when the signal aborts meanwhile, rejects with its reason. */
  private async sleep(ms: number): Promise<void> {
    const { signal } = this.policy
    try {
      await this.policy.sleep(ms, signal)
    } catch (error) {
      signal?.throwIfAborted()
      throw error
    }
  }

  /** Resolves with `work`, or rejects when the request or the whole upload runs out of time. */
  private withDeadline<R>(
    work: Promise<R>,
    method: string,
    path: string
  ): Promise<R> {
    const left = Math.min(
      this.policy.requestTimeoutMs,
      this.policy.deadline - Date.now()
    )
    if (left <= 0) return Promise.reject(this.timedOut(method, path))
    let timer: NodeJS.Timeout | undefined
    let graceTimer: NodeJS.Timeout | undefined
    const { signal } = this.policy
    let onAbort: (() => void) | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`no answer within ${Math.round(left / 1000)} s`)
        reject(Object.assign(error, { code: 'ETIMEDOUT' }))
      }, left)
      // Cancelled: an answer on its way gets a little time, not the request's.
      onAbort = () => {
        if (!signal) return
        graceTimer = setTimeout(() => {
          const error = new Error(
            `no answer within ${CANCEL_GRACE_MS / 1000} s of ${errorMessage(signal?.reason)}`
          )
          reject(Object.assign(error, { code: 'ECANCELED' }))
        }, graceLeft(signal))
        graceTimer.unref()
      }
      if (signal?.aborted) onAbort()
      else signal?.addEventListener('abort', onAbort, { once: true })
    })
    return Promise.race([work, timeout]).finally(() => {
      clearTimeout(timer)
      clearTimeout(graceTimer)
      if (onAbort) signal?.removeEventListener('abort', onAbort)
    })
  }

  private timedOut(method: string, path: string): QaSphereTimeoutError {
    return new QaSphereTimeoutError(
      `Gave up on ${method} ${path}: the time allowed by the timeout input ran out`
    )
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0
}

/** A status as statusProblem checked it: color and isDefault still unchecked. */
interface StatusFields {
  id: string
  name: string
  color?: unknown
  isDefault?: unknown
  isActive: boolean
}

/** What is wrong with a status of the statuses answer, or undefined. */
function statusProblem(status: unknown): string | undefined {
  if (!isObject(status)) return 'is not an object'
  if (typeof status.id !== 'string' || status.id === '')
    return 'has no id (a string)'
  if (typeof status.name !== 'string') return 'has no name (a string)'
  if (typeof status.isActive !== 'boolean')
    return 'has no isActive (true or false)'
  return undefined
}

/** What is wrong with a test case of a listing (`status` too when `withStatus`), or undefined. */
function testCaseProblem(
  tcase: unknown,
  withStatus: boolean
): string | undefined {
  if (!isObject(tcase)) return 'is not an object'
  if (typeof tcase.id !== 'string' || tcase.id === '')
    return 'has no id (a string)'
  if (!isPositiveInteger(tcase.seq)) return 'has no seq (a positive integer)'
  if (withStatus && typeof tcase.status !== 'string')
    return 'has no status (a string)'
  return undefined
}

function isItemArray(items: BatchItems): items is readonly ResultItem[] {
  return Array.isArray(items)
}

/** Results serialized at a time. */
const ITEMS_PER_PIECE = 50

export interface UploadFile {
  name: string
  content: Buffer
}

export interface UploadedFile {
  url: string
}

/** A multipart/form-data body with each file as a `files` field, as QA Sphere's file batch takes them. */
export function multipartBody(
  files: readonly UploadFile[],
  boundary: string
): Buffer {
  const parts: Buffer[] = []
  for (const { name, content } of files) {
    // Quotes and line breaks escaped as browsers do (WHATWG's FormData): a
    // name cannot end its header.
    const filename = name
      .replace(/"/g, '%22')
      .replace(/\r/g, '%0D')
      .replace(/\n/g, '%0A')
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${filename}"\r\ncontent-type: application/octet-stream\r\n\r\n`
      ),
      content,
      Buffer.from('\r\n')
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return Buffer.concat(parts)
}

/**
 * A batch request's body, `{"items":[…]}`, as UTF-8 bytes, serialized in
 * small pieces (see jsonArrayPieces). As one string, 500 results are 200 KB
 * or more: 40 MB of old-space garbage for a 100,000-result upload, and 70 MB
 * more peak memory.
 */
export function batchBody(items: BatchItems): Buffer {
  const itemAt = isItemArray(items)
    ? (i: number) => items[i]
    : (i: number) => items.itemAt(i)
  const pieces = [
    '{"items":',
    ...jsonArrayPieces(items.length, itemAt, ITEMS_PER_PIECE),
    '}'
  ]
  let bytes = 0
  for (const piece of pieces) bytes += Buffer.byteLength(piece)
  const body = Buffer.allocUnsafe(bytes)
  let at = 0
  for (const piece of pieces) at += body.write(piece, at)
  return body
}

/** Control characters and line and paragraph separators: each becomes a space. */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
/**
 * What may cut a key echoed in parts: spaces (from line breaks and
 * indentation) and zero-width characters, up to this many between two of
 * its characters.
 */
const KEY_GAP = 16
const KEY_GAP_CHARS = '[\\s\\u200b-\\u200d\\u2060\\ufeff]'

/**
 * Text from the server (a message, a body, a Location) made fit for an error
 * or a log line: one line (control characters and U+2028/2029 are spaces, so
 * nothing it holds can start a line, let alone a workflow command), `secret`
 * replaced by `***` wherever it appears (also cut by line breaks), at most
 * `max` characters of it, and `…` when there was more.
 */
export function serverText(
  text: string,
  secret: string,
  max = MAX_SERVER_TEXT
): string {
  const key = secret.replace(NOT_ONE_LINE, ' ')
  // A key that starts before `max` ends within this: it is replaced whole.
  const head = text
    .slice(0, max + key.length * (KEY_GAP + 1))
    .replace(NOT_ONE_LINE, ' ')
  let line = ''
  let at = 0
  if (key) {
    const pattern = new RegExp(
      Array.from(key, (c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join(
        `${KEY_GAP_CHARS}{0,${KEY_GAP}}`
      ),
      'g'
    )
    for (const match of head.matchAll(pattern)) {
      if (match.index >= max) break
      line += `${head.slice(at, match.index)}***`
      at = match.index + match[0].length
    }
  }
  if (at < max) {
    let end = Math.min(max, head.length)
    // Not half a surrogate pair.
    if (end < head.length && /[\ud800-\udbff]/.test(head[end - 1])) end--
    line += head.slice(at, end)
    at = end
  }
  return line.trim() + (text.length > at ? '…' : '')
}

/** What an error answer says: its `message`, or its text; not yet fit for a message (see serverText). */
function apiMessageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown } | null
    if (typeof body?.message === 'string') return body.message
  } catch {
    // not JSON: fall through
  }
  return text
}

function retryAfter(response: HttpClientResponse): number | undefined {
  const header = response.message.headers['retry-after']
  if (typeof header !== 'string') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds))
    return Math.min(Math.max(seconds, 0) * 1000, 60_000)
  const date = Date.parse(header)
  return Number.isNaN(date)
    ? undefined
    : Math.min(Math.max(date - Date.now(), 0), 60_000)
}

/** A list QA Sphere may write as null when it is empty. */
function emptyIfNull(list: unknown): unknown {
  return list === null ? [] : list
}

/** Exponential, with jitter so that parallel jobs do not retry in step. */
function backoff(attempt: number): number {
  const ceiling = Math.min(1000 * 2 ** (attempt - 1), MAX_BACKOFF_MS)
  return Math.round(ceiling * (0.5 + Math.random() / 2))
}
