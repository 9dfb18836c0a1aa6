/**
 * QaSphereClient and postResults over real HTTP (@actions/http-client) against
 * the loopback QA Sphere test server. Nothing is mocked; faults are injected
 * on the server.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { HttpClient } from '@actions/http-client'
import { MarkerFinder } from '../src/markers.js'
import { AnswerTooLargeError, readBody } from '../src/util/http-body.js'
import {
  batchBody,
  QaSphereApiError,
  QaSphereClient,
  QaSphereAmbiguousError,
  serverText,
  type ResultItem
} from '../src/qasphere/client.js'
import {
  GivenIds,
  postResults,
  settleTime,
  type PostOptions,
  type PostOutcome,
  toResultItem
} from '../src/qasphere/post.js'
import { parseJUnit } from '../src/reports/junit.js'
import { runListing } from '../src/run-target.js'
import { MarkerGroups, type PlannedResult } from '../src/results/plan.js'
import {
  DEMO_KEYS,
  demoSeed,
  startQaSphereServer
} from '../test-server/qasphere-server.mjs'
import type { QaSphereServer } from '../test-server/qasphere-server.mjs'

const API = '/api/public/v0'

let server: QaSphereServer
let http: HttpClient
/** Delays the client asked for, instead of waiting them out. */
let sleeps: number[]

beforeAll(async () => {
  server = await startQaSphereServer({ seed: demoSeed() })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
  sleeps = []
  http = new HttpClient('qasphere-client-test', [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true
  })
})
afterEach(() => {
  http.dispose()
})

function client(key: string = DEMO_KEYS.runner): QaSphereClient {
  return new QaSphereClient(server.url, key, http, {
    retries: 2,
    requestsPerSecond: 1000,
    sleep: (ms) => {
      sleeps.push(ms)
      return Promise.resolve()
    }
  })
}

/** The id of BD test case `seq` in the demo seed. */
function tcaseId(seq: number): string {
  const tcase = server.state.projects
    .find((p) => p.code === 'BD')
    ?.tcases.find((t) => t.seq === seq)
  if (!tcase) throw new Error(`no BD-${seq}`)
  return tcase.id
}

function item(seq: number, status = 'passed'): ResultItem {
  return { tcaseId: tcaseId(seq), status, comment: `<p>BD-${seq}</p>` }
}

/** The rejection of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

const requestsOf = (method: string) =>
  server.requests.filter((r) => r.method === method)

/** Results planned from BD-1..BD-n test cases with the run's real tcase ids. */
async function planned(n: number): Promise<PlannedResult[]> {
  const tcases = await client().listRunTestCases('BD', 42)
  const report = parseJUnit(
    `<testsuite name="s">${Array.from(
      { length: n },
      (_, i) => `<testcase name="BD-${n - i} case" time="0.${i + 1}"/>`
    ).join('')}</testsuite>`,
    'r.xml'
  )
  if (report.kind !== 'junit') throw new Error('not junit')
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(report.testCases)
  const plan = groups.plan(new Map(tcases.map((t) => [t.seq, t.id])), {})
  server.requests.length = 0
  return plan.results
}

describe('QaSphereClient', () => {
  it('lists the test cases of a run', async () => {
    const tcases = await client().listRunTestCases('BD', 42)
    expect(tcases).toHaveLength(15)
    expect(tcases.map((t) => t.seq)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1)
    )
    expect(tcases[0]).toMatchObject({
      id: tcaseId(1),
      seq: 1,
      title: 'BD test case 1',
      status: 'open'
    })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0].path).toBe(`${API}/project/BD/run/42/tcase`)
  })

  it("keeps only a run listing's index: ids by number and statuses other than open", async () => {
    await client().addResults('BD', 42, [item(2, 'failed')])
    const index = await runListing(client(), 'BD', 42)
    expect(Object.keys(index).sort()).toEqual(['idBySeq', 'statusBefore'])
    expect(index.idBySeq.size).toBe(15)
    expect(index.idBySeq.get(3)).toBe(tcaseId(3))
    expect([...index.statusBefore]).toEqual([[tcaseId(2), 'failed']])
  })

  it('gets a project by code', async () => {
    const project = await client().getProject('bd')
    expect(project.code).toBe('BD')
    expect(project.title).toBe('Bistro Delivery')
  })

  it('sends exactly "ApiKey <key>" as Authorization', async () => {
    await client().listRunTestCases('BD', 42)
    await client().addResults('BD', 42, [item(1)])
    expect(server.requests).toHaveLength(2)
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe(`ApiKey ${DEMO_KEYS.runner}`)
    }
    expect(requestsOf('POST')[0].headers['content-type']).toBe(
      'application/json'
    )
  })

  it('adds results and returns their ids in item order', async () => {
    const items = [item(3, 'failed'), item(1), item(2, 'skipped')]
    items[0].timeTaken = 1234
    const ids = await client().addResults('BD', 42, items)
    expect(ids).toHaveLength(3)
    const stored = server.resultsFor('BD', 42)
    expect(stored.map((r) => r.id)).toEqual(ids)
    expect(stored.map((r) => r.tcaseId)).toEqual(items.map((i) => i.tcaseId))
    expect(stored.map((r) => r.status)).toEqual(['failed', 'passed', 'skipped'])
    expect(stored[0].timeTaken).toBe(1234)
    expect(stored[0].comment).toBe('<p>BD-3</p>')
    expect(JSON.parse(requestsOf('POST')[0].body)).toEqual({ items })
  })

  it('sends a big batch of non-ASCII comments byte for byte', async () => {
    // 120 items: several serialized pieces; multi-byte characters and a
    // surrogate pair make bytes and characters differ (content-length).
    const items = Array.from({ length: 120 }, (_, i) => ({
      ...item((i % 5) + 1),
      comment: `<p>Größe ✓ 🚀 ${i} ${'é'.repeat(i)}</p>`
    }))
    await client().addResults('BD', 42, items)
    const stored = server.resultsFor('BD', 42)
    expect(stored.map((r) => r.comment)).toEqual(items.map((i) => i.comment))
    expect(JSON.parse(requestsOf('POST')[0].body)).toEqual({ items })
  })

  it('escapes the project in the path', async () => {
    const error = await rejection(client().listRunTestCases('B/D?x', 42))
    expect(error).toBeInstanceOf(QaSphereApiError)
    expect(server.requests[0].path).toBe(
      `${API}/project/B%2FD%3Fx/run/42/tcase`
    )
  })

  describe('errors name the status, what QA Sphere said and what it means', () => {
    it('401 for a key the tenant does not know', async () => {
      const error = await rejection(
        client('t9.ak9.unknown-key').listRunTestCases('BD', 42)
      )
      expect(error).toBeInstanceOf(QaSphereApiError)
      expect((error as QaSphereApiError).status).toBe(401)
      expect(error.message).toContain(
        'QA Sphere answered GET /project/BD/run/42/tcase with HTTP 401'
      )
      expect(error.message).toContain('"Invalid credentials"')
      expect(error.message).toContain('the API key is missing, malformed')
      expect(error.message).not.toContain('unknown-key')
      expect(requestsOf('GET')).toHaveLength(1)
    })

    it('403 for a viewer key adding results', async () => {
      const error = await rejection(
        client(DEMO_KEYS.viewer).addResults('BD', 42, [item(1)])
      )
      expect(error).toBeInstanceOf(QaSphereApiError)
      expect((error as QaSphereApiError).status).toBe(403)
      expect(error.message).toContain('HTTP 403')
      expect(error.message).toContain('"Forbidden: insufficient permissions"')
      expect(error.message).toContain('Test Runner role')
      expect(server.resultsFor('BD', 42)).toEqual([])
    })

    it('403 for an archived project', async () => {
      const error = await rejection(client().addResults('ARC', 1, [item(1)]))
      expect(error.message).toContain('HTTP 403')
      expect(error.message).toContain('"Project is archived"')
      expect(error.message).toContain('the project is archived')
    })

    it('404 for an unknown project', async () => {
      const error = await rejection(client().listRunTestCases('NOPE', 1))
      expect((error as QaSphereApiError).status).toBe(404)
      expect(error.message).toContain('HTTP 404')
      expect(error.message).toContain('"Project not found"')
      expect(error.message).toContain('check project and run (or run-url)')
    })

    it('404 for an unknown run', async () => {
      const error = await rejection(client().listRunTestCases('BD', 999))
      expect(error.message).toContain('HTTP 404')
      expect(error.message).toContain('"Run not found"')
    })

    it('409 for a closed run', async () => {
      const error = await rejection(client().addResults('BD', 43, [item(1)]))
      expect(error).toBeInstanceOf(QaSphereApiError)
      expect((error as QaSphereApiError).status).toBe(409)
      expect(error.message).toContain('HTTP 409')
      expect(error.message).toContain('"Test run is closed"')
      expect(error.message).toContain('the run is closed')
      expect(requestsOf('POST')).toHaveLength(1)
    })

    it('a non-JSON 200 answer', async () => {
      server.faults.add({
        method: 'GET',
        status: 200,
        body: '<!doctype html><title>Sign in</title>'
      })
      const error = await rejection(client().listRunTestCases('BD', 42))
      expect(error).not.toBeInstanceOf(QaSphereApiError)
      expect(error.message).toContain('not JSON')
      expect(error.message).toContain('<!doctype html>')
      expect(error.message).toContain('check the url input')
    })

    it('a batch answered with the wrong number of ids: it may have been stored', async () => {
      server.faults.add({ method: 'POST', status: 200, body: { ids: [1] } })
      const error = await rejection(
        client().addResults('BD', 42, [item(1), item(2)])
      )
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(error.message).toContain(
        'a malformed answer (1 result ids for a batch of 2)'
      )
    })

    it('a batch answered with one id twice: it may have been stored, and the ids reach no output', async () => {
      server.faults.add({ method: 'POST', status: 200, body: { ids: [7, 7] } })
      const error = await rejection(
        client().addResults('BD', 42, [item(1), item(2)])
      )
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(error.message).toContain(
        'a malformed answer (the same result id for two results)'
      )
    })
  })

  describe('retries', () => {
    it('retries a GET on 503, then succeeds', async () => {
      server.faults.add({ method: 'GET', status: 503 })
      const tcases = await client().listRunTestCases('BD', 42)
      expect(tcases).toHaveLength(15)
      expect(requestsOf('GET')).toHaveLength(2)
      expect(sleeps).toHaveLength(1)
    })

    it('gives up on a GET after three attempts', async () => {
      server.faults.add({ method: 'GET', status: 503, times: 5 })
      const error = await rejection(client().listRunTestCases('BD', 42))
      expect(error).toBeInstanceOf(QaSphereApiError)
      expect((error as QaSphereApiError).status).toBe(503)
      expect(error.message).toContain('internal error; try again later')
      expect(requestsOf('GET')).toHaveLength(3)
      expect(sleeps).toHaveLength(2)
    })

    it('retries a GET whose connection was dropped', async () => {
      server.faults.add({ method: 'GET', dropConnection: true })
      const tcases = await client().listRunTestCases('BD', 42)
      expect(tcases).toHaveLength(15)
      expect(requestsOf('GET')).toHaveLength(2)
    })

    it('does not retry a GET on 404', async () => {
      await rejection(client().listRunTestCases('BD', 999))
      expect(requestsOf('GET')).toHaveLength(1)
      expect(sleeps).toEqual([])
    })

    it('does not resend a POST answered with 500: it is ambiguous', async () => {
      server.faults.add({ method: 'POST', status: 500 })
      const error = await rejection(client().addResults('BD', 42, [item(1)]))
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(error.message).toContain('HTTP 500')
      expect(error.message).toContain('may or may not have been stored')
      expect(requestsOf('POST')).toHaveLength(1)
      expect(sleeps).toEqual([])
    })

    it.each([502, 504])(
      'does not resend a POST answered with %i',
      async (status) => {
        server.faults.add({ method: 'POST', status })
        const error = await rejection(client().addResults('BD', 42, [item(1)]))
        expect(error).toBeInstanceOf(QaSphereAmbiguousError)
        expect(requestsOf('POST')).toHaveLength(1)
      }
    )

    it('retries a POST on 503 with Retry-After (unavailable, come back later), then succeeds', async () => {
      server.faults.add({
        method: 'POST',
        status: 503,
        headers: { 'Retry-After': '2' }
      })
      const ids = await client().addResults('BD', 42, [item(1)])
      expect(ids).toHaveLength(1)
      expect(requestsOf('POST')).toHaveLength(2)
      expect(sleeps).toEqual([2000])
      expect(server.resultsFor('BD', 42)).toHaveLength(1)
    })

    it("does not resend a POST answered 503 without Retry-After (a gateway's timeout after passing it on)", async () => {
      server.faults.add({
        method: 'POST',
        status: 503,
        storeBeforeFailing: true
      })
      const error = await rejection(client().addResults('BD', 42, [item(1)]))
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(requestsOf('POST')).toHaveLength(1)
      expect(server.resultsFor('BD', 42)).toHaveLength(1)
    })

    it('does not resend a POST whose connection was dropped after sending', async () => {
      server.faults.add({
        method: 'POST',
        dropConnection: true,
        storeBeforeFailing: true
      })
      const error = await rejection(client().addResults('BD', 42, [item(1)]))
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(requestsOf('POST')).toHaveLength(1)
      expect(server.resultsFor('BD', 42)).toHaveLength(1)
    })

    it('retries a POST on 429, waiting as Retry-After says', async () => {
      server.faults.add({
        method: 'POST',
        status: 429,
        headers: { 'Retry-After': '0' }
      })
      const ids = await client().addResults('BD', 42, [item(1), item(2)])
      expect(ids).toHaveLength(2)
      expect(requestsOf('POST')).toHaveLength(2)
      expect(sleeps).toEqual([0])
      expect(server.resultsFor('BD', 42)).toHaveLength(2)
    })

    it('caps a long Retry-After at a minute', async () => {
      server.faults.add({
        method: 'GET',
        status: 429,
        headers: { 'Retry-After': '3600' }
      })
      await client().listRunTestCases('BD', 42)
      expect(sleeps).toEqual([60_000])
    })

    it('gives up on 429 after three attempts with the rate-limit meaning', async () => {
      server.faults.add({
        method: 'POST',
        status: 429,
        times: 3,
        headers: { 'Retry-After': '0' }
      })
      const error = await rejection(client().addResults('BD', 42, [item(1)]))
      expect(error.message).toContain('HTTP 429')
      expect(error.message).toContain('rate limit')
      expect(requestsOf('POST')).toHaveLength(3)
      expect(server.resultsFor('BD', 42)).toEqual([])
    })
  })
})

function options(
  batchSize: number,
  extra: Partial<PostOptions> = {}
): PostOptions {
  return { batchSize, statusBefore: new Map(), resends: 2, ...extra }
}

const ids = (outcome: PostOutcome) =>
  outcome.states.map((s) => (s.kind === 'stored' ? s.id : s.kind))

describe('until', () => {
  it('gives a client with an earlier deadline that paces with this one, on its own connections', async () => {
    const paced = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      requestsPerSecond: 1,
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      }
    })
    await paced.getProject('BD')
    const other = new HttpClient('until-test', [], { keepAlive: true })
    try {
      // A second request within the second waits for the first one's window.
      await paced.until(Date.now() + 60_000, other).getProject('BD')
      expect(sleeps).toHaveLength(1)
      expect(sleeps[0]).toBeGreaterThan(900)
      // The earlier deadline: past it, nothing is sent.
      await expect(
        paced.until(Date.now() - 1, other).getProject('BD')
      ).rejects.toThrow(/timeout/)
    } finally {
      other.dispose()
    }
  })
})

describe('uploadFiles', () => {
  it('uploads files as multipart (bytes as they are), sending again after a lost answer', async () => {
    server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      status: 502
    })
    const binary = Buffer.from([0, 1, 2, 0xff, 0x0d, 0x0a, 0x2d, 0x2d])
    const stored = await client().uploadFiles([
      { name: 'shot.png', content: binary },
      { name: 'say "hi"\r\n.txt', content: Buffer.from('hi') }
    ])
    expect(stored).toHaveLength(2)
    expect(sleeps).toHaveLength(1)
    expect(server.state.files.map((f) => f.name)).toEqual([
      'shot.png',
      'say "hi"\r\n.txt'
    ])
    expect(server.state.files[0].content.equals(binary)).toBe(true)
    const served = await fetch(stored[0].url).then((r) => r.arrayBuffer())
    expect(Buffer.from(served).equals(binary)).toBe(true)
  })

  it('refuses an answer without one URL per file', async () => {
    server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      status: 200,
      body: { files: [{ id: 'x', url: 'javascript:alert(1)' }] }
    })
    await expect(
      client().uploadFiles([{ name: 'a.txt', content: Buffer.from('a') }])
    ).rejects.toThrow(/malformed answer \(not one URL for each of the 1 file\)/)
  })

  it.each([
    ['fewer URLs than files', { files: [{ url: 'https://x.test/a' }] }],
    [
      'a URL that is not http(s)',
      { files: [{ url: 'https://x.test/a' }, { url: 'javascript:alert(1)' }] }
    ],
    [
      'a file without a URL',
      { files: [{ url: 'https://x.test/a' }, { id: 'b' }] }
    ],
    [
      'a URL that is no string',
      { files: [{ url: 'https://x.test/a' }, { url: ['https://x.test/b'] }] }
    ],
    ['no files array', { files: 'https://x.test/a' }]
  ])('refuses an answer with %s', async (_, body) => {
    server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      status: 200,
      body
    })
    await expect(
      client().uploadFiles([
        { name: 'a.txt', content: Buffer.from('a') },
        { name: 'b.txt', content: Buffer.from('b') }
      ])
    ).rejects.toThrow(/malformed answer \(not one URL for each of the 2 file/)
  })
})

describe('batchBody', () => {
  it('is exactly JSON.stringify({ items }) in UTF-8, for any number of items', () => {
    for (const count of [0, 1, 49, 50, 51, 100, 101, 500]) {
      const items: ResultItem[] = Array.from({ length: count }, (_, i) => ({
        tcaseId: `id-${i}`,
        status: i % 3 ? 'passed' : 'failed',
        comment: `<p>${i} ü ✓ 🚀 "quoted" \\ \u2028</p>`,
        ...(i % 2 ? { timeTaken: i } : {})
      }))
      expect(batchBody(items).toString('utf8')).toBe(JSON.stringify({ items }))
    }
  })

  it('serializes items made one at a time, with the comments of planned results', async () => {
    const plan = await planned(15)
    // More items than one piece of 50: each planned result eight times.
    const results = Array.from({ length: 120 }, (_, i) => plan[i % plan.length])
    const made: number[] = []
    const items = {
      length: results.length,
      itemAt: (i: number) => {
        made.push(i)
        return toResultItem(results[i])
      }
    }
    expect(JSON.parse(batchBody(items).toString('utf8'))).toEqual({
      items: results.map((r) => ({
        tcaseId: r.tcaseId,
        status: r.status,
        comment: r.comment,
        timeTaken: r.timeTaken
      }))
    })
    // Each exactly once, in order: no item is made twice or kept for later.
    expect(made).toEqual(results.map((_, i) => i))
  })
})

describe('GivenIds', () => {
  it('takes batches whose ids are new, in any order and with ranges that interleave', () => {
    const given = new GivenIds()
    expect(given.addIfNew([1, 3, 5])).toBe(true)
    // Within the first batch's range, none of its ids.
    expect(given.addIfNew([6, 2, 4])).toBe(true)
    expect(given.addIfNew([])).toBe(true)
    expect(given.addIfNew([8, 7])).toBe(true)
  })

  it('refuses a batch with an id an earlier batch was given, and records nothing of it', () => {
    const given = new GivenIds()
    expect(given.addIfNew([100, 101, 102])).toBe(true)
    expect(given.addIfNew([200, 201])).toBe(true)
    expect(given.addIfNew([300, 201])).toBe(false)
    expect(given.addIfNew([102])).toBe(false)
    // The refused batch's other id was not recorded.
    expect(given.addIfNew([300])).toBe(true)
    expect(given.addIfNew([300])).toBe(false)
  })
})

describe('postResults', () => {
  it('says progress at most as often as asked, and always after the last batch', async () => {
    const plan = await planned(5)
    const progress: string[] = []
    await postResults(
      client(),
      'BD',
      42,
      plan,
      options(2, {
        onProgress: (message) => progress.push(message),
        progressEveryMs: 60_000
      })
    )
    expect(requestsOf('POST')).toHaveLength(3)
    expect(progress).toEqual(['Done with 5 of 5 results (5 stored)'])
  })

  it('posts in batches and returns ids in plan order', async () => {
    const plan = await planned(5)
    expect(plan.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    const progress: string[] = []
    const outcome = await postResults(
      client(),
      'BD',
      42,
      plan,
      options(2, {
        onProgress: (message) => progress.push(message),
        progressEveryMs: 0
      })
    )
    const posts = requestsOf('POST')
    expect(
      posts.map(
        (p) => (JSON.parse(p.body) as { items: unknown[] }).items.length
      )
    ).toEqual([2, 2, 1])
    expect(progress).toEqual([
      'Done with 2 of 5 results (2 stored)',
      'Done with 4 of 5 results (4 stored)',
      'Done with 5 of 5 results (5 stored)'
    ])
    const stored = server.resultsFor('BD', 42)
    expect(ids(outcome)).toEqual(stored.map((r) => r.id))
    expect(stored.map((r) => r.tcaseId)).toEqual(plan.map((r) => r.tcaseId))
  })

  it('sends status, comment and time of each planned result', async () => {
    const [first] = await planned(1)
    expect(toResultItem(first)).toEqual({
      tcaseId: tcaseId(1),
      status: 'passed',
      comment: first.comment,
      timeTaken: 100
    })
    const withoutTime = toResultItem({ ...first, timeTaken: undefined })
    expect(withoutTime).not.toHaveProperty('timeTaken')
    await postResults(client(), 'BD', 42, [first], options(500))
    const [stored] = server.resultsFor('BD', 42)
    expect(stored.timeTaken).toBe(100)
    expect(stored.comment).toBe(first.comment)
  })

  it('stores the others and reports the one item QA Sphere refuses', async () => {
    const plan = await planned(5)
    // Test case BD-3 is removed from the run after the listing was taken.
    const run = server.state.projects[0].runs.find((r) => r.id === 42)
    if (!run) throw new Error('no run 42')
    run.tcaseIds = run.tcaseIds.filter((id) => id !== tcaseId(3))
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    // The run itself is still there (its listing answers): asked once.
    expect(
      requestsOf('GET').filter(
        (r) => r.path === `${API}/project/BD/run/42/tcase`
      )
    ).toHaveLength(1)
    const states = outcome.states
    expect(states.filter((s) => s.kind === 'stored')).toHaveLength(4)
    expect(states[2]).toEqual({
      kind: 'not-stored',
      reason: expect.stringContaining('HTTP 404')
    })
    expect(
      server
        .resultsFor('BD', 42)
        .map((r) => r.tcaseId)
        .sort()
    ).toEqual([1, 2, 4, 5].map(tcaseId).sort())
  })

  it('an item refused with links is sent once more without them: stored when the links were the problem, not stored otherwise', async () => {
    const plan = await planned(5)
    const link = (integrationId: string) => [
      { integrationId, url: 'https://github.com/acme/shop/pull/1', text: 'PR' }
    ]
    plan[1].links = link('not-an-integration')
    plan[3].links = link('not-an-integration')
    // BD-5 has good links but left the run: refused for that, with or without.
    const run = server.state.projects[0].runs.find((r) => r.id === 42)
    if (!run) throw new Error('no run 42')
    run.tcaseIds = run.tcaseIds.filter((id) => id !== tcaseId(5))
    plan[4].links = link('1CSWAh3ys_YniqfXepnwT8F')
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored',
      'stored',
      'stored',
      'stored',
      'not-stored'
    ])
    expect(outcome.states[4]).toMatchObject({
      reason: expect.stringContaining('HTTP 404')
    })
    expect(outcome.linksRefused).toContain('no integration not-an-integration')
    expect([...outcome.storedWithoutLinks].sort()).toEqual([1, 3])
    expect(server.resultsFor('BD', 42).every((r) => r.links.length === 0)).toBe(
      true
    )
  })

  it('after two results taken only without their links, the rest are sent without them: not refused one by one', async () => {
    const plan = await planned(5)
    for (const result of plan)
      result.links = [
        {
          integrationId: 'not-an-integration',
          url: 'https://github.com/acme/shop/pull/1',
          text: 'PR'
        }
      ]
    const outcome = await postResults(client(), 'BD', 42, plan, options(1))
    expect(outcome.states.every((s) => s.kind === 'stored')).toBe(true)
    expect(outcome.storedWithoutLinks.size).toBe(5)
    // Two refused and resent, then three sent without links at once.
    expect(requestsOf('POST')).toHaveLength(2 * 2 + 3)
  })

  it('a result sent without its refused links, its answer lost and not stored: sent again without them, and counted one refusal', async () => {
    const plan = await planned(3)
    plan[0].links = [
      {
        integrationId: 'not-an-integration',
        url: 'https://github.com/acme/shop/pull/1',
        text: 'PR'
      }
    ]
    const good = [
      {
        integrationId: '1CSWAh3ys_YniqfXepnwT8F',
        url: 'https://github.com/acme/shop/pull/2',
        text: 'PR'
      }
    ]
    plan[1].links = good
    plan[2].links = good
    // The first POST is refused for its links; the second, without them, is
    // dropped before QA Sphere stores it.
    server.faults.add({ method: 'POST', delayMs: 1 })
    server.faults.add({ method: 'POST', dropConnection: true })
    const outcome = await postResults(client(), 'BD', 42, plan, options(1))
    expect(outcome.states.every((s) => s.kind === 'stored')).toBe(true)
    const sent = requestsOf('POST').map(
      (r) =>
        (JSON.parse(r.body) as { items: { links?: unknown[] }[] }).items[0]
          .links?.length ?? 0
    )
    // Refused with, dropped without, sent again without; the others with theirs.
    expect(sent).toEqual([1, 0, 0, 1, 1])
    expect([...outcome.storedWithoutLinks]).toEqual([0])
    expect(server.resultsFor('BD', 42).map((r) => r.links.length)).toEqual([
      0, 1, 1
    ])
  })

  it('one refusal that goes away without links is no reason to drop the links of the others', async () => {
    const plan = await planned(3)
    const good = [
      {
        integrationId: '1CSWAh3ys_YniqfXepnwT8F',
        url: 'https://github.com/acme/shop/pull/1',
        text: 'PR'
      }
    ]
    for (const result of plan) result.links = good
    // A gateway's one-off 400 to the first request.
    server.faults.add({ method: 'POST', status: 400 })
    const outcome = await postResults(client(), 'BD', 42, plan, options(1))
    expect(outcome.states.every((s) => s.kind === 'stored')).toBe(true)
    expect([...outcome.storedWithoutLinks]).toEqual([0])
    expect(server.resultsFor('BD', 42).map((r) => r.links.length)).toEqual([
      0, 1, 1
    ])
  })

  it('a run deleted after the listing: one batch and one look at the run, not every result one by one', async () => {
    const plan = await planned(15)
    server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      mutate: (state) => {
        state.projects[0].runs = state.projects[0].runs.filter(
          (r) => r.id !== 42
        )
      }
    })
    const outcome = await postResults(client(), 'BD', 42, plan, options(5))
    expect(
      outcome.states.every(
        (s) =>
          s.kind === 'not-stored' &&
          s.reason.includes('HTTP 404') &&
          s.reason.includes('run 42 no longer exists in BD')
      )
    ).toBe(true)
    expect(requestsOf('POST')).toHaveLength(1)
    expect(requestsOf('GET').map((r) => r.path)).toEqual([
      `${API}/project/BD/run/42/tcase`
    ])
  })

  it('a run deleted after the listing, with batches of one result: the first refusal stops the others', async () => {
    const plan = await planned(15)
    server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      mutate: (state) => {
        state.projects[0].runs = state.projects[0].runs.filter(
          (r) => r.id !== 42
        )
      }
    })
    const outcome = await postResults(client(), 'BD', 42, plan, options(1))
    expect(
      outcome.states.every(
        (s) =>
          s.kind === 'not-stored' &&
          s.reason.includes('run 42 no longer exists in BD')
      )
    ).toBe(true)
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('goes on with the other batches when one fails for good', async () => {
    const plan = await planned(6)
    // The second batch is refused as invalid twice (whole, then each half… all of it).
    server.faults.add({ method: 'POST', delayMs: 1 })
    server.faults.add({
      method: 'POST',
      status: 400,
      times: 3,
      body: { message: 'bad' }
    })
    const outcome = await postResults(client(), 'BD', 42, plan, options(2))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored',
      'stored',
      'not-stored',
      'not-stored',
      'stored',
      'stored'
    ])
    expect(server.resultsFor('BD', 42)).toHaveLength(4)
  })

  it('stops at failures every batch would meet (closed run)', async () => {
    const plan = await planned(3)
    const outcome = await postResults(client(), 'BD', 43, plan, options(1))
    expect(
      outcome.states.every(
        (s) => s.kind === 'not-stored' && s.reason.includes('HTTP 409')
      )
    ).toBe(true)
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('an ambiguous 500 after storing: proven stored by the listing, not resent', async () => {
    const plan = await planned(3)
    server.faults.add({ method: 'POST', status: 500, storeBeforeFailing: true })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states).toEqual([
      { kind: 'stored-without-id' },
      { kind: 'stored-without-id' },
      { kind: 'stored-without-id' }
    ])
    expect(server.resultsFor('BD', 42)).toHaveLength(3) // never twice
    expect(requestsOf('POST')).toHaveLength(1)
    expect(requestsOf('GET')).toHaveLength(1) // the listing that decided it
  })

  it('a connection dropped after storing: the same', async () => {
    const plan = await planned(2)
    server.faults.add({
      method: 'POST',
      dropConnection: true,
      storeBeforeFailing: true
    })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored-without-id',
      'stored-without-id'
    ])
    expect(server.resultsFor('BD', 42)).toHaveLength(2)
  })

  it('no answer in time while QA Sphere is still storing: given time to finish, found stored, never sent twice', async () => {
    const plan = await planned(3)
    // QA Sphere stores this batch after 1 s; the client waits 0.5 s for an answer.
    server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      delayMs: 1000
    })
    const patient = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      retries: 2,
      requestsPerSecond: 1000,
      requestTimeoutMs: 500
    })
    const progress: string[] = []
    const outcome = await postResults(
      patient,
      'BD',
      42,
      plan,
      options(500, { onProgress: (message) => progress.push(message) })
    )
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored-without-id',
      'stored-without-id',
      'stored-without-id'
    ])
    expect(server.resultsFor('BD', 42)).toHaveLength(3)
    expect(requestsOf('POST')).toHaveLength(1)
    expect(progress[0]).toMatch(
      /did not answer .* \(no answer within 1 s\).*Checking the run in 1 s, once QA Sphere is done with it/
    )
  })

  it('no answer and no time left to wait: says it checks the run now, not in some seconds', async () => {
    const plan = await planned(2)
    server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      dropConnection: true,
      storeBeforeFailing: true
    })
    const sleeps: number[] = []
    // Less than the room kept for the look at the run: no pause is possible.
    const hurried = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      retries: 2,
      requestsPerSecond: 1000,
      deadline: Date.now() + 4000,
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      }
    })
    const progress: string[] = []
    const outcome = await postResults(
      hurried,
      'BD',
      42,
      plan,
      options(500, { onProgress: (message) => progress.push(message) })
    )
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored-without-id',
      'stored-without-id'
    ])
    expect(progress[0]).toContain(
      'Checking the run now (the timeout leaves no time to wait for QA Sphere)'
    )
    expect(sleeps).toEqual([])
  })

  it.each([
    [502, true],
    [503, true],
    [504, true],
    [524, true],
    [500, false]
  ])(
    'HTTP %i to a batch: a pause before looking at the run when QA Sphere may still be at work (%s)',
    async (status, pauses) => {
      const plan = await planned(2)
      server.faults.add({ method: 'POST', status, storeBeforeFailing: true })
      const outcome = await postResults(client(), 'BD', 42, plan, options(500))
      expect(outcome.states.map((s) => s.kind)).toEqual([
        'stored-without-id',
        'stored-without-id'
      ])
      expect(server.resultsFor('BD', 42)).toHaveLength(2)
      expect(requestsOf('POST')).toHaveLength(1)
      expect(sleeps).toEqual(pauses ? [settleTime(0)] : [])
    }
  )

  it.each([507, 520, 522, 524, 599])(
    'HTTP %i to a batch may have been stored: ambiguous, found stored, not reported lost',
    async (status) => {
      const plan = await planned(3)
      server.faults.add({ method: 'POST', status, storeBeforeFailing: true })
      const outcome = await postResults(client(), 'BD', 42, plan, options(500))
      expect(outcome.states.every((s) => s.kind === 'stored-without-id')).toBe(
        true
      )
      expect(server.resultsFor('BD', 42)).toHaveLength(3)
    }
  )

  it('settle time: twice the failed request, within 1 and 30 seconds', () => {
    expect([0, 400, 2_000, 14_000, 120_000].map(settleTime)).toEqual([
      1_000, 1_000, 4_000, 28_000, 30_000
    ])
  })

  it('an ambiguous 502 that did not store: resent once, stored once', async () => {
    const plan = await planned(3)
    server.faults.add({ method: 'POST', status: 502 })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    const stored = server.resultsFor('BD', 42)
    expect(stored).toHaveLength(3)
    expect(ids(outcome)).toEqual(stored.map((r) => r.id))
    expect(requestsOf('POST')).toHaveLength(2)
  })

  it('what the listing cannot decide is reported per test case, not resent', async () => {
    const plan = await planned(2)
    // The cases already had the status being posted: the listing tells nothing.
    const before = new Map(plan.map((r) => [r.tcaseId, r.status as string]))
    server.faults.add({ method: 'POST', status: 500 })
    const outcome = await postResults(
      client(),
      'BD',
      42,
      plan,
      options(500, { statusBefore: before })
    )
    expect(outcome.states).toEqual([
      {
        kind: 'undecided',
        reason: expect.stringContaining('cannot be decided')
      },
      {
        kind: 'undecided',
        reason: expect.stringContaining('cannot be decided')
      }
    ])
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('with no resends allowed (retries: 0), says the batch was not sent again', async () => {
    const plan = await planned(1)
    server.faults.add({ method: 'POST', status: 500 })
    const outcome = await postResults(
      client(),
      'BD',
      42,
      plan,
      options(500, { resends: 0 })
    )
    expect(outcome.states[0]).toEqual({
      kind: 'not-stored',
      reason: expect.stringMatching(
        /HTTP 500 \(.*\); the run shows it was not stored, and it was not sent again \(retries is 0\)$/
      )
    })
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('gives up resending after the allowed resends', async () => {
    const plan = await planned(1)
    server.faults.add({ method: 'POST', status: 500, times: 5 })
    const outcome = await postResults(
      client(),
      'BD',
      42,
      plan,
      options(500, { resends: 1 })
    )
    expect(outcome.states[0]).toEqual({
      kind: 'not-stored',
      reason: expect.stringMatching(
        /HTTP 500 \(.*\); the run shows it was not stored, and resending failed too$/
      )
    })
    // One conclusion, not "may or may not have been stored; it was not stored".
    expect(
      outcome.states[0].kind === 'not-stored' && outcome.states[0].reason
    ).not.toContain('may or may not')
    expect(requestsOf('POST')).toHaveLength(2)
    expect(server.resultsFor('BD', 42)).toHaveLength(0)
  })

  it('a 422 to a batch is a refusal of its items: split, and the rest stored', async () => {
    const plan = await planned(3)
    server.faults.add({ method: 'POST', status: 422 })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored',
      'stored',
      'stored'
    ])
    expect(requestsOf('POST')).toHaveLength(3)
  })

  it('a result refused as too large (413) is not sent again without its links: they are not what is too large', async () => {
    const [result] = await planned(1)
    result.links = [
      {
        integrationId: '1CSWAh3ys_YniqfXepnwT8F',
        url: 'https://github.com/acme/shop/pull/1',
        text: 'PR'
      }
    ]
    server.faults.add({ method: 'POST', status: 413, times: 2 })
    const outcome = await postResults(client(), 'BD', 42, [result], options(1))
    expect(outcome.states).toEqual([
      { kind: 'not-stored', reason: expect.stringContaining('HTTP 413') }
    ])
    expect(outcome.linksRefused).toBeUndefined()
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('results refused with and without their links: not counted as links refused, and the others keep theirs', async () => {
    const plan = await planned(3)
    const good = [
      {
        integrationId: '1CSWAh3ys_YniqfXepnwT8F',
        url: 'https://github.com/acme/shop/pull/1',
        text: 'PR'
      }
    ]
    for (const result of plan) result.links = good
    // BD-1 and BD-2 left the run: refused with links or without.
    const run = server.state.projects[0].runs.find((r) => r.id === 42)
    if (!run) throw new Error('no run 42')
    run.tcaseIds = run.tcaseIds.filter(
      (id) => id !== tcaseId(1) && id !== tcaseId(2)
    )
    const outcome = await postResults(client(), 'BD', 42, plan, options(1))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'not-stored',
      'not-stored',
      'stored'
    ])
    expect(outcome.linksRefused).toBeUndefined()
    expect(outcome.storedWithoutLinks.size).toBe(0)
    expect(server.resultsFor('BD', 42).map((r) => r.links.length)).toEqual([1])
  })

  it('a batch with links found stored after an ambiguous 500 was stored with them', async () => {
    const plan = await planned(2)
    for (const result of plan)
      result.links = [
        {
          integrationId: '1CSWAh3ys_YniqfXepnwT8F',
          url: 'https://github.com/acme/shop/pull/1',
          text: 'PR'
        }
      ]
    server.faults.add({ method: 'POST', status: 500, storeBeforeFailing: true })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states.map((s) => s.kind)).toEqual([
      'stored-without-id',
      'stored-without-id'
    ])
    expect(outcome.storedWithoutLinks.size).toBe(0)
    expect(server.resultsFor('BD', 42).map((r) => r.links.length)).toEqual([
      1, 1
    ])
  })

  it.each([
    ['401', 't9.ak9.unknown-key'],
    ['403', DEMO_KEYS.viewer]
  ])(
    'stops at failures every batch would meet (HTTP %s)',
    async (status, key) => {
      const plan = await planned(3)
      const outcome = await postResults(client(key), 'BD', 42, plan, options(1))
      expect(
        outcome.states.every(
          (s) => s.kind === 'not-stored' && s.reason.includes(`HTTP ${status}`)
        )
      ).toBe(true)
      expect(requestsOf('POST')).toHaveLength(1)
    }
  )

  it('progress counts only the results stored', async () => {
    const plan = await planned(3)
    const run = server.state.projects[0].runs.find((r) => r.id === 42)
    if (!run) throw new Error('no run 42')
    run.tcaseIds = run.tcaseIds.filter((id) => id !== tcaseId(2))
    const progress: string[] = []
    await postResults(
      client(),
      'BD',
      42,
      plan,
      options(500, { onProgress: (message) => progress.push(message) })
    )
    expect(progress.at(-1)).toMatch(/^Done with 3 of 3 results \(2 stored\)$/)
  })

  it('a status another upload gave a test case meanwhile tells nothing: not resent on its word', async () => {
    const [result] = await planned(1)
    server.faults.add({
      method: 'POST',
      status: 500,
      mutate: (state) => {
        state.results.push({
          id: state.nextResultId++,
          projectCode: 'BD',
          runId: 42,
          tcaseId: result.tcaseId,
          status: 'blocked',
          comment: 'another upload',
          timeTaken: null,
          links: [],
          createdAt: new Date().toISOString()
        })
      }
    })
    const outcome = await postResults(client(), 'BD', 42, [result], options(1))
    expect(outcome.states).toEqual([
      {
        kind: 'undecided',
        reason: expect.stringContaining('cannot be decided')
      }
    ])
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('makes no request for an empty plan', async () => {
    const outcome = await postResults(client(), 'BD', 42, [], options(2))
    expect(outcome).toEqual({
      states: [],
      linksRefused: undefined,
      storedWithoutLinks: new Set()
    })
    expect(server.requests).toEqual([])
  })
})

describe('time limits', () => {
  it('never waits past the timeout for an unresponsive server', async () => {
    server.faults.add({ method: 'GET', delayMs: 5000 })
    const started = Date.now()
    const slow = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      retries: 0,
      deadline: Date.now() + 300
    })
    const error = await rejection(slow.listRunTestCases('BD', 42))
    expect(error.message).toMatch(/no answer within|timeout input ran out/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('gives an answer on its way 3 s after the upload is cancelled, headers and body together', async () => {
    const { createServer } = await import('node:http')
    // Headers 2.5 s after the request (and the cancel), then a body that never ends.
    const slow = createServer((req, res) => {
      req.resume()
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"ids":[')
      }, 2_500)
    })
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve))
    const { port } = slow.address() as { port: number }
    const over = new AbortController()
    const client = new QaSphereClient(`http://127.0.0.1:${port}`, 'k', http, {
      retries: 0,
      deadline: Date.now() + 60_000,
      requestTimeoutMs: 60_000,
      signal: over.signal
    })
    try {
      const posted = client
        .addResults('BD', 42, {
          length: 1,
          itemAt: () => ({ tcaseId: 'x', status: 'passed', comment: '' })
        })
        .then(
          () => 'stored',
          (error: unknown) => String(error)
        )
      await new Promise((r) => setTimeout(r, 50))
      const cancelledAt = Date.now()
      over.abort(new Error('The step was cancelled (SIGINT)'))
      const outcome = await posted
      expect(outcome).toMatch(/did not answer/)
      // Not 3 s for the headers and 3 s more for the body.
      expect(Date.now() - cancelledAt).toBeLessThan(3_500)
    } finally {
      slow.closeAllConnections()
      slow.close()
    }
  }, 15_000)

  it('keeps to the rate limit over any one-second window', async () => {
    // 3 per second: the first three go at once, the next three a second later.
    const paced = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      requestsPerSecond: 3
    })
    const started = Date.now()
    const startedAt: number[] = []
    for (let i = 0; i < 6; i++) {
      await paced.listRunTestCases('BD', 42)
      startedAt.push(Date.now() - started)
    }
    expect(startedAt[2]).toBeLessThan(500)
    expect(startedAt[3]).toBeGreaterThanOrEqual(1000)
    expect(startedAt[5]).toBeLessThan(1900)
  })

  it('keeps to it as QA Sphere counts, by arrival, also when the first requests open connections', async () => {
    // Three batches in flight on new connections, then on open ones.
    const arrivals: number[] = []
    server.faults.add({
      times: 100,
      delayMs: 0,
      mutate: () => {
        arrivals.push(Date.now())
      }
    })
    const paced = new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
      requestsPerSecond: 4
    })
    const plan = await planned(12)
    arrivals.length = 0
    await postResults(paced, 'BD', 42, plan, options(1, { concurrency: 3 }))
    expect(arrivals).toHaveLength(12)
    const mostInOneSecond = Math.max(
      ...arrivals.map(
        (from) => arrivals.filter((t) => t >= from && t < from + 1000).length
      )
    )
    expect(mostInOneSecond).toBeLessThanOrEqual(4)
  }, 10_000)
})

describe('answers are read up to a limit', () => {
  const LISTING = `${API}/project/BD/run/42/tcase`
  const MiB = 1024 * 1024

  it('readBody stops reading an answer over its limit and closes the connection', async () => {
    server.faults.add({ method: 'GET', status: 200, bodyBytes: 64 * MiB })
    const response = await http.get(`${server.url}${LISTING}`, {
      authorization: `ApiKey ${DEMO_KEYS.runner}`
    })
    const error = await rejection(readBody(response.message, MiB))
    expect(error).toBeInstanceOf(AnswerTooLargeError)
    expect(error.message).toBe('the answer is larger than 1 MiB')
    expect(response.message.destroyed).toBe(true)
  })

  it('readBody refuses an answer whose Content-Length is over its limit, unread', async () => {
    server.faults.add({
      method: 'GET',
      status: 200,
      bodyBytes: 2 * MiB,
      headers: { 'Content-Length': String(2 * MiB) }
    })
    const response = await http.get(`${server.url}${LISTING}`, {})
    let read = 0
    response.message.on('data', (chunk: Buffer) => (read += chunk.length))
    const error = await rejection(readBody(response.message, MiB))
    expect(error).toBeInstanceOf(AnswerTooLargeError)
    expect(read).toBeLessThan(MiB)
  })

  it('readBody reads an answer of exactly its limit', async () => {
    server.faults.add({ method: 'GET', status: 200, bodyBytes: MiB })
    const response = await http.get(`${server.url}${LISTING}`, {})
    expect(await readBody(response.message, MiB)).toHaveLength(MiB)
  })

  it('an answer over 1 MiB to a GET: a clear error naming the request, not retried', async () => {
    server.faults.add({
      method: 'GET',
      status: 200,
      bodyBytes: 2 * MiB,
      times: 5
    })
    const error = await rejection(client().getProject('abc-id'))
    expect(error.message).toBe(
      'QA Sphere answered GET /project/abc-id with HTTP 200 and more than 1 MiB, the most this action reads of that answer'
    )
    expect(requestsOf('GET')).toHaveLength(1)
  })

  it('a batch answered with over 1 MiB may have been stored: ambiguous', async () => {
    server.faults.add({
      method: 'POST',
      status: 200,
      bodyBytes: 2 * MiB,
      storeBeforeFailing: true
    })
    const error = await rejection(client().addResults('BD', 42, [item(1)]))
    expect(error).toBeInstanceOf(QaSphereAmbiguousError)
    expect(error.message).toContain('more than 1 MiB')
    expect(error.message).toContain('may or may not have been stored')
  })

  it('an error answer over the limit still counts by its status', async () => {
    server.faults.add({ method: 'POST', status: 404, bodyBytes: 2 * MiB })
    const error = await rejection(client().addResults('BD', 42, [item(1)]))
    expect((error as QaSphereApiError).status).toBe(404)
    expect(error.message).toContain('"an answer over 1 MiB, not read"')
  })

  it('the listing may be much larger than other answers', async () => {
    server.faults.add({ method: 'GET', status: 200, bodyBytes: 8 * MiB })
    const error = await rejection(client().listRunTestCases('BD', 42))
    expect(error.message).toContain('malformed answer (no tcases array)')
  })
})

describe('server text in errors and progress', () => {
  const KEY = DEMO_KEYS.runner

  it('is one line: control characters and line separators are spaces', () => {
    expect(
      serverText('a\nb\r\nc\u2028d\u2029e\u0000f\u001b[31mg\u0085h', KEY)
    ).toBe('a b  c d e f [31mg h')
    expect(serverText('\n::warning::x\n', KEY)).toBe('::warning::x')
  })

  it('is clipped, and says so', () => {
    expect(serverText('x'.repeat(1000), KEY)).toBe(`${'x'.repeat(300)}…`)
    expect(serverText('x'.repeat(300), KEY)).toBe('x'.repeat(300))
    expect(serverText('abcdef', KEY, 3)).toBe('abc…')
    // Not half of a surrogate pair.
    expect(serverText('ab🚀cd', KEY, 3)).toBe('ab…')
  })

  it('hides the API key wherever it is, also cut by line breaks or by the clip', () => {
    expect(serverText(`bad key ${KEY}!${KEY}`, KEY)).toBe('bad key ***!***')
    const half = KEY.length / 2
    expect(
      serverText(`key ${KEY.slice(0, half)}\r\n${KEY.slice(half)} end`, KEY)
    ).toBe('key *** end')
    // A key that starts before the clip is hidden whole.
    const text = `${'x'.repeat(290)}${KEY}${'y'.repeat(100)}`
    expect(serverText(text, KEY)).toBe(`${'x'.repeat(290)}***…`)
    expect(serverText(`${'x'.repeat(299)}${KEY}`, KEY)).toBe(
      `${'x'.repeat(299)}***`
    )
    // Characters of a regular expression in the key are plain characters.
    expect(serverText('a.b*c a.b*c axbbc', 'a.b*c')).toBe('*** *** axbbc')
  })

  const HOSTILE =
    'oops\n::warning file=x::injected\r\n::stop-commands::abc\u2028::error::x'

  it('an ambiguous 502 cannot write workflow commands', async () => {
    server.faults.add({
      method: 'POST',
      status: 502,
      body: { message: HOSTILE }
    })
    const error = await rejection(client().addResults('BD', 42, [item(1)]))
    expect(error).toBeInstanceOf(QaSphereAmbiguousError)
    expect(error.message).not.toMatch(/[\r\n\u2028\u2029]/)
    expect(error.message).toContain(
      '(oops ::warning file=x::injected  ::stop-commands::abc ::error::x)'
    )
  })

  it.each([
    ['a 401 message', { status: 401, body: { message: `Bad key ${KEY}` } }],
    ['a 500 text', { status: 500, body: `<h1>500</h1> key=${KEY}` }],
    ['a non-JSON 200', { status: 200, body: `<html>${KEY}</html>` }],
    [
      'a redirect Location',
      {
        status: 302,
        body: '',
        headers: { Location: `https://evil.example/?k=${KEY}` }
      }
    ],
    [
      'a key echoed in two parts',
      {
        status: 400,
        body: { message: `${KEY.slice(0, 10)}\n${KEY.slice(10)}` }
      }
    ]
  ])('%s never shows the API key', async (_kind, fault) => {
    server.faults.add({ method: 'GET', ...fault, times: 5 })
    const error = await rejection(client().listRunTestCases('BD', 42))
    expect(error.message).toContain('***')
    expect(error.message).not.toContain(KEY.slice(3, -3))
    if (error instanceof QaSphereApiError)
      expect(error.apiMessage).not.toContain(KEY.slice(3, -3))
  })

  it('postResults progress messages hold no line break from the server', async () => {
    const plan = await planned(2)
    server.faults.add({
      method: 'POST',
      status: 502,
      body: { message: HOSTILE }
    })
    const said: string[] = []
    await postResults(client(), 'BD', 42, plan, {
      ...options(500),
      onProgress: (message) => said.push(message)
    })
    expect(said.join('\n')).toContain('::stop-commands::abc')
    for (const message of said)
      expect(message).not.toMatch(/[\r\n\u2028\u2029]/)
  })
})

describe('malformed answers', () => {
  const HOSTILE_ID =
    '<img src=x onerror=alert(1)>\n\n[phish](https://evil.example)'

  it.each([
    ['ids that are strings', { ids: [HOSTILE_ID, '2'] }],
    ['ids that are not positive integers', { ids: [0, 1.5] }],
    ['ids beyond safe integers', { ids: [1, 2 ** 60] }],
    ['no ids', { id: [1, 2] }],
    ['not an object', [1, 2]],
    ['null', null]
  ])(
    'a batch answered with %s: ambiguous, never the ids',
    async (_kind, body) => {
      server.faults.add({ method: 'POST', status: 200, body })
      const error = await rejection(
        client().addResults('BD', 42, [item(1), item(2)])
      )
      expect(error).toBeInstanceOf(QaSphereAmbiguousError)
      expect(error.message).toContain('malformed answer')
      expect(error.message).not.toContain('<img')
    }
  )

  it.each([
    ['statuses that are not an array', { statuses: 'x' }, 'no statuses array'],
    [
      'a status without a name',
      { statuses: [{ id: 'custom1', isActive: true }] },
      'statuses[0] has no name'
    ],
    [
      'a status that is null',
      { statuses: [null] },
      'statuses[0] is not an object'
    ],
    [
      'a status without isActive',
      { statuses: [{ id: 'custom1', name: 'Known' }] },
      'statuses[0] has no isActive'
    ],
    ['not an object', [1], 'no statuses array']
  ])(
    'statuses answered with %s: an error naming the request and what is missing',
    async (_kind, body, what) => {
      server.faults.add({
        method: 'GET',
        pathIncludes: 'status',
        status: 200,
        body
      })
      const error = await rejection(client().getStatuses())
      expect(error.message).toContain(
        `QA Sphere answered GET /settings/preferences/status with a malformed answer (${what}`
      )
    }
  )

  it('statuses: one of an id this action does not know is left out; a missing colour or isDefault is filled in', async () => {
    server.faults.add({
      method: 'GET',
      pathIncludes: 'status',
      status: 200,
      body: {
        statuses: [
          {
            id: 'passed',
            name: 'Passed',
            color: 'green',
            isDefault: true,
            isActive: true
          },
          {
            id: 'custom5',
            name: 'Later',
            color: 'blue',
            isDefault: false,
            isActive: true
          },
          { id: 'custom1', name: 'Flaky', isActive: false }
        ]
      }
    })
    expect(await client().getStatuses()).toEqual([
      {
        id: 'passed',
        name: 'Passed',
        color: 'green',
        isDefault: true,
        isActive: true
      },
      {
        id: 'custom1',
        name: 'Flaky',
        color: '',
        isDefault: false,
        isActive: false
      }
    ])
  })

  it('close-run: a run found closed already counts as closed (the resend after a lost answer)', async () => {
    server.faults.add({
      method: 'POST',
      pathIncludes: '/close',
      status: 502,
      storeBeforeFailing: true
    })
    await client().closeRun('BD', 42)
    const closes = requestsOf('POST').filter((r) => r.path.endsWith('/close'))
    expect(closes).toHaveLength(2)
    expect(
      server.state.projects
        .find((p) => p.code === 'BD')
        ?.runs.find((r) => r.id === 42)?.closed
    ).toBe(true)
    // Any other refusal still fails.
    const error = await rejection(client(DEMO_KEYS.viewer).closeRun('BD', 42))
    expect(error).toBeInstanceOf(QaSphereApiError)
  })

  it('a non-JSON 200 to a batch is ambiguous', async () => {
    server.faults.add({ method: 'POST', status: 200, body: 'OK' })
    const error = await rejection(client().addResults('BD', 42, [item(1)]))
    expect(error).toBeInstanceOf(QaSphereAmbiguousError)
    expect(error.message).toContain('not JSON (OK)')
  })

  it('postResults finds a batch answered with bad ids in the run: stored once, ids unknown', async () => {
    const plan = await planned(2)
    server.faults.add({
      method: 'POST',
      status: 200,
      body: { ids: [HOSTILE_ID, HOSTILE_ID] },
      storeBeforeFailing: true
    })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    expect(outcome.states).toEqual([
      { kind: 'stored-without-id' },
      { kind: 'stored-without-id' }
    ])
    expect(server.resultsFor('BD', 42)).toHaveLength(2)
    expect(requestsOf('POST')).toHaveLength(1)
  })

  it('postResults sends again a batch answered with a non-JSON 200 that the run shows was not stored', async () => {
    const plan = await planned(2)
    server.faults.add({ method: 'POST', status: 200, body: '<html>' })
    const outcome = await postResults(client(), 'BD', 42, plan, options(500))
    const stored = server.resultsFor('BD', 42)
    expect(stored).toHaveLength(2)
    expect(ids(outcome)).toEqual(stored.map((r) => r.id))
    expect(requestsOf('POST')).toHaveLength(2)
  })

  it.each([
    [{ tcases: [null] }, 'tcases[0] is not an object'],
    [{ tcases: 'x' }, 'no tcases array'],
    [{}, 'no tcases array'],
    [null, 'no tcases array'],
    [
      {
        tcases: [
          { id: 'a', seq: 1, status: 'open' },
          { id: 2, seq: 2 }
        ]
      },
      'tcases[1] has no id (a string)'
    ],
    [{ tcases: [{ id: 'a', seq: '1', status: 'open' }] }, 'has no seq'],
    [{ tcases: [{ id: 'a', seq: 0, status: 'open' }] }, 'has no seq'],
    [{ tcases: [{ id: 'a', seq: 1 }] }, 'has no status (a string)']
  ])('a listing %j: a clear error', async (body, problem) => {
    server.faults.add({ method: 'GET', status: 200, body })
    const error = await rejection(client().listRunTestCases('BD', 42))
    expect(error).not.toBeInstanceOf(TypeError)
    expect(error.message).toContain(
      'QA Sphere answered GET /project/BD/run/42/tcase with a malformed answer ('
    )
    expect(error.message).toContain(problem)
  })

  it('an empty list written as null (as QA Sphere writes `projects: null`) is empty, not malformed', async () => {
    server.faults.add({ method: 'GET', status: 200, body: { tcases: null } })
    expect(await client().listRunTestCases('BD', 42)).toEqual([])
    server.faults.add({
      method: 'POST',
      status: 200,
      body: { data: null, total: 0 }
    })
    expect(await client().findTestCasesBySeq('BD', 'BD', [99])).toEqual([])
  })

  it.each([
    [{ data: [null], total: 1 }, 'data[0] is not an object'],
    [{ data: [{ id: 'a', seq: -1 }] }, 'data[0] has no seq'],
    [{ total: 0 }, 'no data array']
  ])('test cases found by number %j: a clear error', async (body, problem) => {
    server.faults.add({ method: 'POST', status: 200, body })
    const error = await rejection(client().findTestCasesBySeq('BD', 'BD', [1]))
    expect(error.message).toContain('/tcase/seq with a malformed answer (')
    expect(error.message).toContain(problem)
  })

  it.each([{ id: '7' }, { id: 0 }, { id: 1.5 }, {}])(
    'a created run %j without a usable id: a clear error',
    async (body) => {
      server.faults.add({ method: 'POST', status: 201, body })
      const error = await rejection(
        client().createOrReuseRun('BD', { title: 'T', tcaseIds: [tcaseId(1)] })
      )
      expect(error.message).toContain('no run id (a positive integer)')
    }
  )

  it('a project without a code: a clear error', async () => {
    server.faults.add({ method: 'GET', status: 200, body: { code: null } })
    const error = await rejection(client().getProject('abc'))
    expect(error.message).toContain('malformed answer (the project has no code')
  })
})

describe('findTestCasesBySeq', () => {
  /** One full page: the real BD-1..BD-3, then made-up test cases. */
  function fullPage(total: number) {
    const data = Array.from({ length: 5000 }, (_, i) =>
      i < 3
        ? { id: tcaseId(i + 1), seq: i + 1 }
        : { id: `made-up-${i}`, seq: 100_000 + i }
    )
    return { data, total }
  }
  const seqRequests = () =>
    server.requests.filter((r) => r.path.endsWith('/tcase/seq'))

  it('finds the test cases, each once, in one request', async () => {
    const found = await client().findTestCasesBySeq('BD', 'BD', [3, 1, 1, 99])
    expect(found).toEqual([
      { id: tcaseId(1), seq: 1 },
      { id: tcaseId(3), seq: 3 }
    ])
    expect(seqRequests()).toHaveLength(1)
    expect(JSON.parse(seqRequests()[0].body)).toEqual({
      seqIds: ['BD-003', 'BD-001', 'BD-099'],
      page: 1,
      limit: 5000
    })
  })

  it('asks for no more pages than the numbers need, whatever total says', async () => {
    server.faults.add({
      method: 'POST',
      status: 200,
      body: fullPage(1e12),
      times: 100
    })
    const found = await client().findTestCasesBySeq('BD', 'BD', [1, 2, 4])
    expect(found).toEqual([
      { id: tcaseId(1), seq: 1 },
      { id: tcaseId(2), seq: 2 }
    ])
    expect(seqRequests()).toHaveLength(1)

    server.requests.length = 0
    const many = Array.from({ length: 5001 }, (_, i) => i + 1)
    const more = await client().findTestCasesBySeq('BD', 'BD', many)
    expect(more).toHaveLength(3) // only what was asked for, each once
    expect(seqRequests()).toHaveLength(2)
    // Pages from 1, as qas-cli asks (src/api/tcases.ts: seqIds, page, limit).
    expect(JSON.parse(seqRequests()[1].body)).toMatchObject({ page: 2 })
  })

  it('stops when total is reached', async () => {
    server.faults.add({
      method: 'POST',
      status: 200,
      body: fullPage(5000),
      times: 100
    })
    const many = Array.from({ length: 12_000 }, (_, i) => i + 1)
    await client().findTestCasesBySeq('BD', 'BD', many)
    expect(seqRequests()).toHaveLength(1)
  })

  it('stops at an empty page', async () => {
    server.faults.add({
      method: 'POST',
      status: 200,
      body: { data: [], total: 1e12 },
      times: 100
    })
    const many = Array.from({ length: 12_000 }, (_, i) => i + 1)
    expect(await client().findTestCasesBySeq('BD', 'BD', many)).toEqual([])
    expect(seqRequests()).toHaveLength(1)
  })

  it('makes no request for no numbers', async () => {
    expect(await client().findTestCasesBySeq('BD', 'BD', [])).toEqual([])
    expect(server.requests).toEqual([])
  })
})
