/**
 * The part of QA Sphere's public REST API this action uses.
 * It receives its base URL, API key and HTTP client, so tests can point it at
 * a loopback server; it never logs the key.
 */
import type { HttpClient, HttpClientResponse } from '@actions/http-client'

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
  409: 'the run is closed: QA Sphere accepts no results in a closed run; reopen it or upload to another run',
  413: 'the request is too large for QA Sphere: lower batch-size',
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

export class QaSphereNetworkError extends Error {}

const RETRYABLE = new Set([429, 502, 503, 504])
const MAX_ATTEMPTS = 3

export class QaSphereClient {
  private readonly apiBase: string

  constructor(
    baseUrl: string,
    private readonly apiKey: string,
    private readonly http: HttpClient,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep
  ) {
    this.apiBase = `${baseUrl.replace(/\/+$/, '')}/api/public/v0`
  }

  async getProject(project: string): Promise<Project> {
    return this.request<Project>(
      'GET',
      `/project/${encodeURIComponent(project)}`
    )
  }

  async listRunTestCases(project: string, run: number): Promise<RunTestCase[]> {
    const body = await this.request<{ tcases?: RunTestCase[] }>(
      'GET',
      `/project/${encodeURIComponent(project)}/run/${run}/tcase`
    )
    return body.tcases ?? []
  }

  /** One batch; QA Sphere stores all of it or none of it. Returns the result ids in item order. */
  async addResults(
    project: string,
    run: number,
    items: ResultItem[]
  ): Promise<number[]> {
    const body = await this.request<{ ids?: number[] }>(
      'POST',
      `/project/${encodeURIComponent(project)}/run/${run}/result/batch`,
      JSON.stringify({ items })
    )
    if (!Array.isArray(body.ids) || body.ids.length !== items.length) {
      throw new Error(
        `QA Sphere answered a batch of ${items.length} results with ${JSON.stringify(body.ids)} instead of ${items.length} result ids`
      )
    }
    return body.ids
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    data?: string
  ): Promise<T> {
    const headers = {
      authorization: `ApiKey ${this.apiKey}`,
      accept: 'application/json',
      ...(data === undefined ? {} : { 'content-type': 'application/json' })
    }
    for (let attempt = 1; ; attempt++) {
      let response: HttpClientResponse
      try {
        response = await this.http.request(
          method,
          this.apiBase + path,
          data ?? null,
          headers
        )
      } catch (error) {
        // A POST that may have reached the server is not resent blindly.
        if (method === 'GET' && attempt < MAX_ATTEMPTS) {
          await this.sleep(backoff(attempt))
          continue
        }
        throw new QaSphereNetworkError(
          `Could not reach QA Sphere for ${method} ${path}: ${(error as Error).message}`
        )
      }
      const status = response.message.statusCode ?? 0
      const text = await response.readBody()
      if (status >= 200 && status < 300) return parseJson<T>(text, method, path)

      // 429 means the request was not processed, so resending is safe for a POST too.
      const retryable =
        status === 429 || (method === 'GET' && RETRYABLE.has(status))
      if (retryable && attempt < MAX_ATTEMPTS) {
        await this.sleep(retryAfter(response) ?? backoff(attempt))
        continue
      }
      if (status >= 300 && status < 400) {
        throw new QaSphereApiError(
          method,
          path,
          status,
          `redirect to ${String(response.message.headers.location ?? '?')}; check the url input (the API key is never sent on to a redirect)`
        )
      }
      throw new QaSphereApiError(method, path, status, apiMessageOf(text))
    }
  }
}

function parseJson<T>(text: string, method: string, path: string): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(
      `QA Sphere answered ${method} ${path} with something that is not JSON (${text.slice(0, 80)}…): check the url input`
    )
  }
}

function apiMessageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown }
    if (typeof body.message === 'string') return body.message.slice(0, 500)
  } catch {
    // not JSON: fall through
  }
  return text.trim().slice(0, 200)
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

function backoff(attempt: number): number {
  return 500 * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
