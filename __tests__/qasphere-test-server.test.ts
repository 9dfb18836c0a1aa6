/**
 * Contract tests for the fake QA Sphere server (test-server/), over real HTTP.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEMO_KEYS,
  demoSeed,
  makeProject,
  startQaSphereServer
} from '../test-server/qasphere-server.mjs'
import type {
  QaSphereServer,
  StoredResult
} from '../test-server/qasphere-server.mjs'

const API = '/api/public/v0'
const BATCH = `${API}/project/BD/run/42/result/batch`

interface Reply<T> {
  status: number
  headers: Headers
  body: T
}
interface Message {
  message: string
}
interface RunTcase {
  id: string
  seq: number
  pos: number
  status: string
  title: string
  priority: string
  folderId: number
  version: number
}

interface CallOptions {
  method?: string
  /** full Authorization header; default `ApiKey <runner key>`; null = none */
  auth?: string | null
  /** JSON-encoded unless already a string */
  body?: unknown
}

let server: QaSphereServer

/** Calls the server and parses its JSON answer. */
async function call<T = Message>(
  path: string,
  { method, auth = `ApiKey ${DEMO_KEYS.runner}`, body }: CallOptions = {}
): Promise<Reply<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json'
  }
  if (auth !== null) headers.authorization = auth
  const res = await fetch(server.url + path, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body:
      body === undefined || typeof body === 'string'
        ? body
        : JSON.stringify(body)
  })
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as T
  }
}

/** Test case ids of the demo project BD, by seq. */
function tcaseId(seq: number): string {
  const project = server.state.projects.find((p) => p.code === 'BD')
  const tcase = project?.tcases.find((t) => t.seq === seq)
  if (!tcase) throw new Error(`no BD tcase ${seq}`)
  return tcase.id
}

const passed = (seq: number) => ({
  tcaseId: tcaseId(seq),
  status: 'passed',
  comment: ''
})

beforeAll(async () => {
  server = await startQaSphereServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

describe('auth', () => {
  const path = `${API}/project/BD`

  it.each([
    ['missing header', null, 'Missing Authorization header'],
    ['another scheme', `Basic ${DEMO_KEYS.runner}`, 'Unsupported'],
    ['no key after scheme', 'ApiKey', 'Unsupported'],
    ['malformed key', 'ApiKey not-a-real-key', 'Malformed API key'],
    ['two-part key', 'Bearer t1.runner', 'Malformed API key'],
    ['unknown key', 'ApiKey t9.ak9.nope', 'Invalid credentials']
  ])('%s -> 401', async (_, auth, message) => {
    const res = await call(path, { auth })
    expect(res.status).toBe(401)
    expect(res.body.message).toContain(message)
  })

  it.each([
    ['ApiKey', `ApiKey ${DEMO_KEYS.runner}`],
    ['Bearer', `Bearer ${DEMO_KEYS.runner}`],
    ['lower-case scheme', `bearer ${DEMO_KEYS.viewer}`]
  ])('%s is accepted', async (_, auth) => {
    const res = await call<{ code: string }>(path, { auth })
    expect(res.status).toBe(200)
    expect(res.body.code).toBe('BD')
  })

  it('records requests with lower-cased headers and raw body', async () => {
    await call(BATCH, { body: { items: [passed(1)] } })
    expect(server.requests).toHaveLength(1)
    const [req] = server.requests
    expect(req.method).toBe('POST')
    expect(req.path).toBe(BATCH)
    expect(req.headers.authorization).toBe(`ApiKey ${DEMO_KEYS.runner}`)
    expect(JSON.parse(req.body)).toEqual({ items: [passed(1)] })
  })

  it('rejects a key bound to another tenant host', async () => {
    const hostServer = await startQaSphereServer({
      seed: {
        ...demoSeed(),
        apiKeys: { 't2.ak1.tok': { role: 'owner', tenantHost: 'acme.test' } }
      }
    })
    try {
      const res = await fetch(`${hostServer.url}${API}/project/BD`, {
        headers: { authorization: 'ApiKey t2.ak1.tok' }
      })
      expect(res.status).toBe(401)
    } finally {
      await hostServer.close()
    }
  })
})

describe('roles', () => {
  const viewer = `ApiKey ${DEMO_KEYS.viewer}`

  it('a viewer can read but cannot add results', async () => {
    expect(
      (await call(`${API}/project/BD/run/42/tcase`, { auth: viewer })).status
    ).toBe(200)
    const batch = await call(BATCH, {
      auth: viewer,
      body: { items: [passed(1)] }
    })
    expect(batch.status).toBe(403)
    expect(batch.body.message).toContain('insufficient permissions')
    const single = await call(`${API}/project/BD/run/42/tcase/1/result`, {
      auth: viewer,
      body: { status: 'passed', comment: '' }
    })
    expect(single.status).toBe(403)
    expect(server.state.results).toEqual([])
  })

  it.each([DEMO_KEYS.runner, DEMO_KEYS.admin, DEMO_KEYS.owner])(
    '%s can add results',
    async (key) => {
      const res = await call(BATCH, {
        auth: `Bearer ${key}`,
        body: { items: [passed(1)] }
      })
      expect(res.status).toBe(200)
    }
  )
})

describe('projects and runs', () => {
  it('GET project by code (any case) and by id', async () => {
    const id = server.state.projects[0].id
    expect(id).toMatch(/^[0-9A-Za-z]{9}_[0-9A-Za-z]{13}$/)
    for (const ref of ['BD', 'bd', id]) {
      const res = await call<{ id: string; code: string; archivedAt: null }>(
        `${API}/project/${ref}`
      )
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ id, code: 'BD', archivedAt: null })
    }
  })

  it('an archived project has archivedAt', async () => {
    const res = await call<{ archivedAt: string | null }>(`${API}/project/ARC`)
    expect(typeof res.body.archivedAt).toBe('string')
  })

  it('unknown project -> 404', async () => {
    for (const path of [
      '/project/NOPE',
      '/project/NOPE/run',
      BATCH.slice(API.length).replace('BD', 'XX')
    ]) {
      const res = await call(API + path, {
        method: path.endsWith('batch') ? 'POST' : 'GET',
        body: path.endsWith('batch') ? { items: [passed(1)] } : undefined
      })
      expect(res.status).toBe(404)
      expect(res.body.message).toBe('Project not found')
    }
  })

  it('lists runs', async () => {
    const res = await call<{ runs: unknown[] }>(`${API}/project/BD/run`)
    expect(res.body.runs).toEqual([
      {
        id: 42,
        title: 'Demo run',
        description: '',
        type: 'static_struct',
        closed: false,
        milestoneId: null
      },
      {
        id: 43,
        title: 'Closed run',
        description: '',
        type: 'static_struct',
        closed: true,
        milestoneId: null
      }
    ])
    const closed = await call<{ runs: { id: number }[] }>(
      `${API}/project/BD/run?closed=true`
    )
    expect(closed.body.runs.map((r) => r.id)).toEqual([43])
    const inMilestone = await call<{ runs: unknown[] }>(
      `${API}/project/BD/run?milestoneIds=7`
    )
    expect(inMilestone.body.runs).toEqual([])
  })

  it('unknown or invalid run -> 404 / 400', async () => {
    const unknown = await call(`${API}/project/BD/run/999/tcase`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe('Run not found')
    for (const bad of ['abc', '0', '-1', '1.5']) {
      const res = await call(`${API}/project/BD/run/${bad}/tcase`)
      expect(res.status).toBe(400)
    }
    const batch = await call(`${API}/project/BD/run/999/result/batch`, {
      body: { items: [passed(1)] }
    })
    expect(batch.status).toBe(404)
  })

  it('lists run test cases, status open until a result arrives', async () => {
    const path = `${API}/project/bd/run/42/tcase`
    const before = await call<{ tcases: RunTcase[] }>(path)
    expect(before.body.tcases.map((t) => t.seq)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1)
    )
    expect(before.body.tcases[0]).toEqual({
      id: tcaseId(1),
      version: 1,
      folderId: 1,
      pos: 0,
      seq: 1,
      title: 'BD test case 1',
      priority: 'high',
      status: 'open'
    })
    expect(new Set(before.body.tcases.map((t) => t.status))).toEqual(
      new Set(['open'])
    )

    await call(BATCH, {
      body: {
        items: [
          { ...passed(1), status: 'failed' },
          passed(1), // the latest result wins
          { ...passed(2), status: 'blocked' }
        ]
      }
    })
    const after = await call<{ tcases: RunTcase[] }>(path)
    const statusOf = (seq: number) =>
      after.body.tcases.find((t) => t.seq === seq)?.status
    expect([statusOf(1), statusOf(2), statusOf(3)]).toEqual([
      'passed',
      'blocked',
      'open'
    ])
  })
})

describe('POST result/batch', () => {
  it('refuses a link to an integration the project lacks, or a link that is no URL, storing nothing', async () => {
    const link = {
      integrationId: '1CSWAh3ys_YniqfXepnwT8F',
      url: 'https://issues.example/1',
      text: 'Broken login'
    }
    for (const [bad, message] of [
      [
        { ...link, integrationId: 'nope' },
        'items[1].links[0].integrationId: no integration nope in project BD'
      ],
      [{ ...link, url: 'not a url' }, 'items[1].links[0].url: must be a URL']
    ] as const) {
      const response = await call<{ message: string }>(BATCH, {
        body: { items: [passed(1), { ...passed(2), links: [bad] }] }
      })
      expect(response.status).toBe(400)
      expect(response.body.message).toBe(message)
    }
    expect(server.state.results).toHaveLength(0)
  })

  it('stores results and returns ids in request order', async () => {
    const link = {
      integrationId: '1CSWAh3ys_YniqfXepnwT8F',
      url: 'https://issues.example/1',
      text: 'Broken login',
      meta: { id: '1' }
    }
    const items = [
      {
        ...passed(3),
        status: 'failed',
        comment: '<p>boom</p>',
        timeTaken: 60,
        links: [link],
        unknownField: 'ignored'
      },
      { ...passed(1), timeTaken: null },
      { ...passed(2), status: 'custom3' }
    ]
    const res = await call<{ ids: number[] }>(BATCH, { body: { items } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ids: [1, 2, 3] })

    const stored = server.resultsFor('BD', 42)
    expect(stored.map((r) => [r.id, r.tcaseId, r.status])).toEqual([
      [1, tcaseId(3), 'failed'],
      [2, tcaseId(1), 'passed'],
      [3, tcaseId(2), 'custom3']
    ])
    expect(stored[0]).toMatchObject({
      projectCode: 'BD',
      runId: 42,
      comment: '<p>boom</p>',
      timeTaken: 60,
      links: [link]
    })
    expect(stored[0]).not.toHaveProperty('unknownField')
    expect(stored[1].timeTaken).toBeNull()
    expect(Date.parse(stored[0].createdAt)).not.toBeNaN()

    const next = await call<{ ids: number[] }>(BATCH, {
      body: { items: [passed(4)] }
    })
    expect(next.body.ids).toEqual([4])
  })

  it('accepts the project id in the path, and a configurable first id', async () => {
    const seeded = await startQaSphereServer({
      seed: { ...demoSeed(), firstResultId: 1000 }
    })
    try {
      const id = seeded.state.projects[0].id
      const res = await fetch(
        `${seeded.url}${API}/project/${id}/run/42/result/batch`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${DEMO_KEYS.runner}` },
          body: JSON.stringify({
            items: [
              {
                tcaseId: seeded.state.projects[0].tcases[0].id,
                status: 'open',
                comment: 'x'
              }
            ]
          })
        }
      )
      expect(await res.json()).toEqual({ ids: [1000] })
      expect(seeded.resultsFor('bd', 42)).toHaveLength(1)
    } finally {
      await seeded.close()
    }
  })

  // Each invalid batch holds one valid item first: nothing may be stored.
  it.each<[string, unknown, string]>([
    ['unknown status', { status: 'pass' }, 'items[1].status'],
    ['missing status', { status: undefined }, 'items[1].status'],
    ['missing comment', { comment: undefined }, 'items[1].comment'],
    ['null comment', { comment: null }, 'items[1].comment'],
    ['negative timeTaken', { timeTaken: -1 }, 'items[1].timeTaken'],
    ['fractional timeTaken', { timeTaken: 1.5 }, 'items[1].timeTaken'],
    ['string timeTaken', { timeTaken: '60' }, 'items[1].timeTaken'],
    ['links not an array', { links: {} }, 'items[1].links'],
    [
      'link without url',
      { links: [{ integrationId: 'i', text: 't' }] },
      'items[1].links[0].url'
    ],
    [
      'link without integrationId',
      { links: [{ url: 'u', text: 't' }] },
      'items[1].links[0].integrationId'
    ],
    [
      'numeric meta.id',
      {
        links: [
          {
            integrationId: '1CSWAh3ys_YniqfXepnwT8F',
            url: 'https://issues.example/1',
            text: 't',
            meta: { id: 1 }
          }
        ]
      },
      'items[1].links[0].meta.id'
    ],
    ['missing tcaseId', { tcaseId: undefined }, 'items[1].tcaseId'],
    ['empty tcaseId', { tcaseId: '' }, 'items[1].tcaseId']
  ])('%s -> 400, nothing stored', async (_, change, field) => {
    const bad = { ...passed(2), ...(change as object) }
    const res = await call(BATCH, { body: { items: [passed(1), bad] } })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain(field)
    expect(server.state.results).toEqual([])
  })

  it.each<[string, unknown]>([
    ['not JSON', '{"items": ['],
    ['a JSON array', '[]'],
    ['no items', {}],
    ['empty items', { items: [] }],
    ['items not an array', { items: 'x' }],
    ['an item not an object', { items: [1] }]
  ])('body %s -> 400', async (_, body) => {
    const res = await call(BATCH, { body })
    expect(res.status).toBe(400)
    expect(res.body.message).toEqual(expect.any(String))
    expect(server.state.results).toEqual([])
  })

  it('test case not in the run -> 404, nothing stored', async () => {
    for (const id of [tcaseId(16), 'unknown-tcase-id']) {
      const res = await call(BATCH, {
        body: { items: [passed(1), { ...passed(1), tcaseId: id }] }
      })
      expect(res.status).toBe(404)
      expect(res.body.message).toBe(`Test case ${id} not found in run 42`)
    }
    expect(server.state.results).toEqual([])
  })

  it('closed run -> 409', async () => {
    const res = await call(`${API}/project/BD/run/43/result/batch`, {
      body: { items: [passed(1)] }
    })
    expect(res.status).toBe(409)
    expect(res.body.message).toBe('Test run is closed')
  })

  it('a run closed mid-test through state -> 409', async () => {
    server.state.projects[0].runs[0].closed = true
    expect((await call(BATCH, { body: { items: [passed(1)] } })).status).toBe(
      409
    )
  })

  it('archived project -> 403', async () => {
    const arc = server.state.projects.find((p) => p.code === 'ARC')
    const res = await call(`${API}/project/ARC/run/1/result/batch`, {
      body: {
        items: [{ tcaseId: arc?.tcases[0].id, status: 'passed', comment: '' }]
      }
    })
    expect(res.status).toBe(403)
    expect(res.body.message).toBe('Project is archived')
  })

  it('a body over the default 50 MiB -> 413', async () => {
    const res = await call(BATCH, {
      body: `{"items":[],"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`
    })
    expect(res.status).toBe(413)
  })

  it('body over a configured size limit -> 413', async () => {
    const small = await startQaSphereServer({ maxBodyBytes: 100 })
    try {
      const res = await fetch(`${small.url}${BATCH}`, {
        method: 'POST',
        headers: { authorization: `ApiKey ${DEMO_KEYS.runner}` },
        body: JSON.stringify({ items: [], pad: 'x'.repeat(200_000) })
      })
      expect(res.status).toBe(413)
      expect(small.state.results).toEqual([])
    } finally {
      await small.close()
    }
  })
})

describe('POST tcase/{tcase}/result', () => {
  const path = (tcase: string | number, run = 42) =>
    `${API}/project/BD/run/${run}/tcase/${tcase}/result`

  it('stores one result addressed by seq or by id', async () => {
    const bySeq = await call<{ id: number }>(path(5), {
      body: { status: 'failed', comment: 'c', timeTaken: 5 }
    })
    expect(bySeq).toMatchObject({ status: 200, body: { id: 1 } })
    const byId = await call<{ id: number }>(path(tcaseId(6)), {
      body: { status: 'passed', comment: '' }
    })
    expect(byId.body).toEqual({ id: 2 })
    expect(server.resultsFor('BD', 42).map((r) => r.tcaseId)).toEqual([
      tcaseId(5),
      tcaseId(6)
    ])
  })

  it('applies the same rules as the batch', async () => {
    const notInRun = await call(path(16), {
      body: { status: 'passed', comment: '' }
    })
    expect(notInRun.status).toBe(404)
    const invalid = await call(path(1), { body: { status: 'passed' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.message).toContain('comment')
    const closed = await call(path(1, 43), {
      body: { status: 'passed', comment: '' }
    })
    expect(closed.status).toBe(409)
    expect(server.state.results).toEqual([])
  })
})

type FileBatchAnswer = {
  files?: { id: string; url: string }[]
} & Partial<Message>

describe('POST file/batch', () => {
  /** Uploads FormData with fetch's own multipart encoder (not ours). */
  async function upload(
    form: FormData | string,
    auth = `ApiKey ${DEMO_KEYS.viewer}`
  ): Promise<Reply<FileBatchAnswer>> {
    const res = await fetch(`${server.url}${API}/file/batch`, {
      method: 'POST',
      headers: {
        authorization: auth,
        ...(typeof form === 'string'
          ? { 'content-type': 'application/json' }
          : {})
      },
      body: form
    })
    return {
      status: res.status,
      headers: res.headers,
      body: (await res.json()) as FileBatchAnswer
    }
  }

  it('stores each `files` field and answers an id and a URL per file, in order; the URL serves the bytes', async () => {
    const form = new FormData()
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
    form.append('files', new Blob([png]), 'shot.png')
    form.append('files', new Blob(['log\r\n--not a boundary']), 'trace.txt')
    const reply = await upload(form)
    expect(reply.status).toBe(200)
    expect(reply.body.files).toHaveLength(2)
    const [shot, trace] = reply.body.files ?? []
    expect(server.state.files.map((f) => f.name)).toEqual([
      'shot.png',
      'trace.txt'
    ])
    const bytes = Buffer.from(await (await fetch(shot.url)).arrayBuffer())
    expect(bytes.equals(png)).toBe(true)
    expect(await (await fetch(trace.url)).text()).toBe(
      'log\r\n--not a boundary'
    )
    expect((await fetch(`${server.url}/api/file/nope`)).status).toBe(404)
  })

  it('refuses what QA Sphere refuses: no key, not multipart, no files, over 100 files', async () => {
    const one = new FormData()
    one.append('files', new Blob(['x']), 'x.txt')
    expect((await upload(one, 'ApiKey t1.nope.nope')).status).toBe(401)
    expect((await upload('{"files":[]}')).status).toBe(400)
    const other = new FormData()
    other.append('file', new Blob(['x']), 'x.txt')
    expect((await upload(other)).body.message).toBe('No files in the request')
    const many = new FormData()
    for (let i = 0; i < 101; i++)
      many.append('files', new Blob(['x']), `${i}.txt`)
    expect((await upload(many)).status).toBe(400)
    expect(server.state.files).toEqual([])
  })
})

describe('statuses', () => {
  interface StatusRow {
    id: string
    name: string
    isDefault: boolean
    isActive: boolean
    inUse: boolean
  }
  const path = `${API}/settings/preferences/status`

  it('returns the defaults and the custom statuses, active or not', async () => {
    const res = await call<{ statuses: StatusRow[] }>(path, {
      auth: `ApiKey ${DEMO_KEYS.viewer}`
    })
    const byId = new Map(res.body.statuses.map((s) => [s.id, s]))
    for (const id of ['open', 'passed', 'failed', 'blocked', 'skipped']) {
      expect(byId.get(id)).toMatchObject({
        isDefault: true,
        isActive: true,
        inUse: true
      })
    }
    expect(byId.get('custom2')).toMatchObject({
      name: 'Retest',
      isDefault: false,
      isActive: false,
      inUse: false
    })
    expect(byId.get('custom1')).toMatchObject({
      name: 'Known Issue',
      isActive: true
    })
    expect(byId.size).toBe(9)
  })

  it('custom statuses are seedable and show inUse once used', async () => {
    const seeded = await startQaSphereServer({
      seed: {
        ...demoSeed(),
        statuses: [{ id: 'custom1', name: 'Known Issue', isActive: true }]
      }
    })
    try {
      const get = async () => {
        const res = await fetch(seeded.url + path, {
          headers: { authorization: `ApiKey ${DEMO_KEYS.runner}` }
        })
        const body = (await res.json()) as { statuses: StatusRow[] }
        return body.statuses.find((s) => s.id === 'custom1')
      }
      expect(await get()).toMatchObject({
        name: 'Known Issue',
        isActive: true,
        inUse: false
      })
      const tcase = seeded.state.projects[0].tcases[0].id
      await fetch(`${seeded.url}${BATCH}`, {
        method: 'POST',
        headers: { authorization: `ApiKey ${DEMO_KEYS.runner}` },
        body: JSON.stringify({
          items: [{ tcaseId: tcase, status: 'custom1', comment: '' }]
        })
      })
      expect(await get()).toMatchObject({ inUse: true })
    } finally {
      await seeded.close()
    }
  })
})

describe('routing', () => {
  it('unknown route -> 404, wrong method -> 405', async () => {
    const unknown = await call(`${API}/nothing/here`)
    expect(unknown).toMatchObject({
      status: 404,
      body: { message: 'Not found' }
    })
    expect((await call('/elsewhere')).status).toBe(404)
    const wrong = await call(`${API}/project/BD/run/42/tcase`, {
      method: 'DELETE'
    })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('GET')
  })
})

describe('__test__ routes', () => {
  it('GET results (no auth) filtered by project and run, POST reset', async () => {
    await call(BATCH, { body: { items: [passed(1), passed(2)] } })
    const results = await call<{ results: StoredResult[] }>(
      '/__test__/results?project=bd&run=42',
      { auth: null }
    )
    expect(results.body.results.map((r) => r.id)).toEqual([1, 2])
    const otherRun = await call<{ results: StoredResult[] }>(
      '/__test__/results?project=BD&run=43',
      { auth: null }
    )
    expect(otherRun.body.results).toEqual([])

    const reset = await call('/__test__/reset', { auth: null, method: 'POST' })
    expect(reset.status).toBe(200)
    expect(server.state.results).toEqual([])
    expect(server.requests).toEqual([]) // control routes are not recorded
    const again = await call<{ ids: number[] }>(BATCH, {
      body: { items: [passed(1)] }
    })
    expect(again.body.ids).toEqual([1])
  })

  it('POST faults adds a fault', async () => {
    const add = await call('/__test__/faults', {
      auth: null,
      body: { pathIncludes: '/result/batch', status: 503 }
    })
    expect(add.status).toBe(200)
    expect((await call(BATCH, { body: { items: [passed(1)] } })).status).toBe(
      503
    )
    const bad = await call('/__test__/faults', { auth: null, body: {} })
    expect(bad.status).toBe(400)
  })
})

describe('faults', () => {
  it('answers with the fault status, headers and body, then recovers', async () => {
    server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'Too many requests, please try again later.' },
      times: 2
    })
    // GETs do not match a POST-only fault.
    expect((await call(`${API}/project/BD`)).status).toBe(200)
    for (let i = 0; i < 2; i++) {
      const res = await call(BATCH, { body: { items: [passed(1)] } })
      expect(res.status).toBe(429)
      expect(res.headers.get('retry-after')).toBe('1')
      expect(res.body.message).toContain('Too many requests')
    }
    expect(server.state.results).toEqual([])
    expect(server.faults.pending).toEqual([])
    expect((await call(BATCH, { body: { items: [passed(1)] } })).status).toBe(
      200
    )
  })

  it('a raw string body is sent as is', async () => {
    server.faults.add({ status: 502, body: '<html>Bad Gateway</html>' })
    const res = await fetch(`${server.url}${API}/project/BD`)
    expect(res.status).toBe(502)
    expect(await res.text()).toBe('<html>Bad Gateway</html>')
  })

  it('storeBeforeFailing stores the results but answers 500', async () => {
    server.faults.add({
      pathIncludes: 'result/batch',
      status: 500,
      storeBeforeFailing: true
    })
    const res = await call(BATCH, { body: { items: [passed(1), passed(2)] } })
    expect(res.status).toBe(500)
    expect(server.resultsFor('BD', 42).map((r) => r.id)).toEqual([1, 2])
  })

  it('dropConnection destroys the socket without storing', async () => {
    server.faults.add({ pathIncludes: 'result/batch', dropConnection: true })
    await expect(
      call(BATCH, { body: { items: [passed(1)] } })
    ).rejects.toThrow()
    expect(server.state.results).toEqual([])
    expect(server.requests).toHaveLength(1) // it was received, though
  })

  it('dropConnection with storeBeforeFailing stores, then drops', async () => {
    server.faults.add({ dropConnection: true, storeBeforeFailing: true })
    await expect(
      call(BATCH, { body: { items: [passed(1)] } })
    ).rejects.toThrow()
    expect(server.resultsFor('BD', 42)).toHaveLength(1)
  })

  it('delayMs alone only slows the request down', async () => {
    server.faults.add({ delayMs: 150 })
    const started = Date.now()
    expect((await call(`${API}/project/BD`)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('bodyBytes streams a JSON object of that many bytes', async () => {
    server.faults.add({ status: 200, bodyBytes: 200_000 })
    const res = await fetch(`${server.url}${API}/project/BD`)
    expect(res.headers.get('content-length')).toBeNull()
    const text = await res.text()
    expect(text).toHaveLength(200_000)
    expect(JSON.parse(text)).toEqual({})
  })

  it('bodyBytes: a client that goes away mid-answer leaves the server answering others', async () => {
    server.faults.add({ status: 200, bodyBytes: 2 ** 40 }) // a terabyte
    const res = await fetch(`${server.url}${API}/project/BD`)
    const reader = res.body?.getReader()
    await reader?.read()
    await reader?.cancel()
    // The server is still answering.
    expect((await call(`${API}/project/BD`)).status).toBe(200)
  })

  it('rejects a fault that does nothing', () => {
    expect(() => server.faults.add({ bodyBytes: 10 })).toThrow()
    expect(() => server.faults.add({ status: 200, bodyBytes: 1 })).toThrow()
    expect(() => server.faults.add({ method: 'GET' })).toThrow()
    expect(() =>
      server.faults.add({ delayMs: 1, storeBeforeFailing: true })
    ).toThrow()
  })
})

describe('cli', () => {
  const cli = fileURLToPath(new URL('../test-server/cli.mjs', import.meta.url))
  const tempDirs: string[] = []
  const tempDir = () => {
    tempDirs.push(mkdtempSync(join(tmpdir(), 'qas-cli-')))
    return tempDirs[tempDirs.length - 1]
  }
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  })

  /** Starts the CLI and resolves with its first stdout line, parsed. */
  function startCli(args: string[]) {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const firstLine = new Promise<Record<string, unknown>>(
      (resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const end = out.indexOf('\n')
          if (end >= 0)
            resolve(JSON.parse(out.slice(0, end)) as Record<string, unknown>)
        })
        child.on('exit', (code) =>
          reject(new Error(`cli exited early: ${code}`))
        )
      }
    )
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code))
    )
    return { child, firstLine, exited }
  }

  it('prints its URL line, serves, and saves the state on SIGTERM', async () => {
    const dir = tempDir()
    const stateFile = join(dir, 'state.json')
    const { child, firstLine, exited } = startCli(['--state-file', stateFile])
    try {
      const info = await firstLine
      expect(info).toEqual({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        apiKey: DEMO_KEYS.runner,
        project: 'BD',
        run: 42
      })
      const url = String(info.url)
      const tcases = await fetch(`${url}${API}/project/BD/run/42/tcase`, {
        headers: { authorization: `Bearer ${String(info.apiKey)}` }
      })
      const { tcases: list } = (await tcases.json()) as { tcases: RunTcase[] }
      const post = await fetch(`${url}${BATCH}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${String(info.apiKey)}` },
        body: JSON.stringify({
          items: [{ tcaseId: list[0].id, status: 'failed', comment: 'x' }]
        })
      })
      expect(await post.json()).toEqual({ ids: [1] })
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as {
      results: StoredResult[]
    }
    expect(state.results).toMatchObject([
      { id: 1, projectCode: 'BD', runId: 42, status: 'failed', comment: 'x' }
    ])
  })

  it('accepts a seed file with makeProject-style projects', async () => {
    const dir = tempDir()
    const seedFile = join(dir, 'seed.json')
    writeFileSync(
      seedFile,
      JSON.stringify({
        projects: [
          {
            code: 'QA',
            tcaseCount: 3,
            runs: [
              { id: 7, closed: true },
              { id: 8, tcaseSeqs: [2] }
            ]
          }
        ]
      })
    )
    const { child, firstLine, exited } = startCli(['--seed', seedFile])
    try {
      const info = await firstLine
      expect(info).toMatchObject({
        apiKey: DEMO_KEYS.runner,
        project: 'QA',
        run: 8
      })
      const res = await fetch(
        `${String(info.url)}${API}/project/qa/run/8/tcase`,
        {
          headers: { authorization: `ApiKey ${DEMO_KEYS.viewer}` }
        }
      )
      const body = (await res.json()) as { tcases: RunTcase[] }
      expect(body.tcases.map((t) => t.seq)).toEqual([2])
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
  })
})

describe('seed helpers', () => {
  it('makeProject builds deterministic ids and run membership', () => {
    const a = makeProject({
      code: 'X',
      tcaseCount: 2,
      runs: [{ id: 1, tcaseSeqs: [2] }]
    })
    const b = makeProject({ code: 'X', tcaseCount: 2 })
    expect(a.tcases.map((t) => t.id)).toEqual(b.tcases.map((t) => t.id))
    expect(a.tcases[0].id).toHaveLength(23)
    expect(a.runs[0]).toEqual({
      id: 1,
      title: 'Run 1',
      closed: false,
      tcaseIds: [a.tcases[1].id]
    })
    expect(() =>
      makeProject({
        code: 'X',
        tcaseCount: 1,
        runs: [{ id: 1, tcaseSeqs: [5] }]
      })
    ).toThrow()
  })
})

describe('run endpoints', () => {
  const RUNS = `${API}/project/BD/run`
  const plan = (...seqs: number[]) => [{ tcaseIds: seqs.map(tcaseId) }]

  it('finds test cases by marker, paged', async () => {
    const all = await call<{ data: { seq: number }[]; total: number }>(
      `${API}/project/BD/tcase/seq`,
      {
        body: {
          seqIds: ['BD-001', 'bd-2', 'BD-3', 'BD-99', 'XY-1'],
          page: 1,
          limit: 2
        }
      }
    )
    expect(all.status).toBe(200)
    expect(all.body.total).toBe(3)
    expect(all.body.data.map((t) => t.seq)).toEqual([1, 2])
    const next = await call<{ data: { seq: number }[] }>(
      `${API}/project/BD/tcase/seq`,
      {
        body: { seqIds: ['BD-1', 'BD-2', 'BD-3'], page: 2, limit: 2 }
      }
    )
    expect(next.body.data.map((t) => t.seq)).toEqual([3])
    // Paging by offset is not this endpoint's: refused, so a client doing so is caught.
    const byOffset = await call(`${API}/project/BD/tcase/seq`, {
      body: { seqIds: ['BD-1'], offset: 0, limit: 2 }
    })
    expect(byOffset.status).toBe(400)
    const tooMany = await call(`${API}/project/BD/tcase/seq`, {
      body: { seqIds: [], limit: 5001 }
    })
    expect(tooMany.status).toBe(400)
  })

  it('creates a static run holding its one plan', async () => {
    const created = await call<{ id: number }>(RUNS, {
      body: { title: 'Nightly', type: 'static_struct', queryPlans: plan(2, 1) }
    })
    expect(created.status).toBe(200)
    const listing = await call<{ tcases: RunTcase[] }>(
      `${RUNS}/${created.body.id}/tcase`
    )
    expect(listing.body.tcases.map((t) => t.seq)).toEqual([1, 2])
  })

  it.each([
    [{ title: '', type: 'static', queryPlans: [] }, 'title'],
    [{ title: 'x'.repeat(256), type: 'static', queryPlans: [] }, 'title'],
    [{ title: 'ok', type: 'weekly', queryPlans: [] }, 'type'],
    [{ title: 'ok', type: 'static', queryPlans: [] }, 'exactly one query plan'],
    [
      { title: 'ok', type: 'static', queryPlans: [{}, {}] },
      'exactly one query plan'
    ],
    [
      { title: 'ok', type: 'static', queryPlans: [{ tcaseIds: ['nope'] }] },
      'unknown test case'
    ],
    [
      { title: 'ok', type: 'static', queryPlans: [{ tcaseIds: [] }] },
      'selects no test cases'
    ],
    [
      {
        title: 'ok',
        type: 'static',
        description: 'd'.repeat(513),
        queryPlans: [{}]
      },
      'description'
    ]
  ])('refuses an invalid run %#', async (body, message) => {
    const reply = await call(RUNS, { body })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toContain(message)
  })

  it('refuses a duplicate title within a milestone, naming the existing run', async () => {
    const first = await call<{ id: number }>(RUNS, {
      body: {
        title: 'Release 1',
        type: 'static',
        milestoneId: 3,
        queryPlans: plan(1)
      }
    })
    const clash = await call(RUNS, {
      body: {
        title: 'Release 1',
        type: 'static',
        milestoneId: 3,
        queryPlans: plan(2)
      }
    })
    expect(clash.status).toBe(403)
    expect(clash.body.message).toMatch(
      new RegExp(`conflicting run id: ${first.body.id}$`)
    )
    const otherMilestone = await call(RUNS, {
      body: {
        title: 'Release 1',
        type: 'static',
        milestoneId: 4,
        queryPlans: plan(2)
      }
    })
    expect(otherMilestone.status).toBe(200)
  })

  it('viewers cannot create runs', async () => {
    const reply = await call(RUNS, {
      auth: `ApiKey ${DEMO_KEYS.viewer}`,
      body: { title: 'x', type: 'static', queryPlans: plan(1) }
    })
    expect(reply.status).toBe(403)
  })

  it('closes a run; a closed run takes no results and cannot be closed again', async () => {
    const closed = await call(`${RUNS}/42/close`, { body: {} })
    expect(closed.status).toBe(200)
    const write = await call(BATCH, { body: { items: [passed(1)] } })
    expect(write.status).toBe(409)
    const again = await call(`${RUNS}/42/close`, { body: {} })
    expect(again.status).toBe(409)
  })
})

describe('updating statuses', () => {
  const STATUS = `${API}/settings/preferences/status`
  const admin = `ApiKey ${DEMO_KEYS.admin}`

  it('admins update custom statuses', async () => {
    const res = await call(STATUS, {
      auth: admin,
      body: {
        statuses: [
          { id: 'custom2', name: 'Flaky', color: 'yellow', isActive: true }
        ]
      }
    })
    expect(res.status).toBe(200)
    expect(server.state.statuses.find((s) => s.id === 'custom2')).toMatchObject(
      {
        name: 'Flaky',
        color: 'yellow',
        isActive: true
      }
    )
  })

  it('test runners may not', async () => {
    const res = await call(STATUS, {
      body: {
        statuses: [
          { id: 'custom2', name: 'Flaky', color: 'yellow', isActive: true }
        ]
      }
    })
    expect(res.status).toBe(403)
  })

  it.each([
    [
      { id: 'custom9', name: 'x', color: 'red', isActive: true },
      400,
      'invalid status id'
    ],
    [
      { id: 'custom2', name: 'x', color: 'beige', isActive: true },
      400,
      'invalid color'
    ],
    [
      { id: 'passed', name: 'x', color: 'red', isActive: true },
      409,
      'default status'
    ]
  ])('refuses %j', async (entry, status, message) => {
    const res = await call(STATUS, { auth: admin, body: { statuses: [entry] } })
    expect(res.status).toBe(status)
    expect(res.body.message).toContain(message)
  })

  it('refuses to disable a custom status in use, and changes nothing', async () => {
    await call(BATCH, {
      body: { items: [{ ...passed(1), status: 'custom1' }] }
    })
    const res = await call(STATUS, {
      auth: admin,
      body: {
        statuses: [
          { id: 'custom3', name: 'Renamed', color: 'red', isActive: true },
          { id: 'custom1', name: 'Known Issue', color: 'teal', isActive: false }
        ]
      }
    })
    expect(res.status).toBe(409)
    expect(server.state.statuses.find((s) => s.id === 'custom3')?.name).toBe(
      'Custom 3'
    )
  })

  it('refuses results with an inactive status', async () => {
    const res = await call(BATCH, {
      body: { items: [{ ...passed(1), status: 'custom2' }] }
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain('custom2 is not an active status')
    expect(server.resultsFor('BD', 42)).toHaveLength(0)
  })
})
