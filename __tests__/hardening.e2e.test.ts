/**
 * End to end: faults of the QA Sphere server and hostile input. Every case
 * runs `node dist/index.js` against the loopback test server with a fault
 * switched on, and checks that nothing is lost, duplicated or leaked.
 */
import { createServer, request as httpRequest, type Server } from 'node:http'
import { rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { truncate } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { useTestServer, type ActionInputs } from './helpers/test-server.js'

/** BD-1..BD-6: passed, failed, passed, skipped, failed, passed. */
const REPORT = `<testsuite name="shop">
  <testcase name="BD-1 a" time="0.1"/>
  <testcase name="BD-2 b" time="0.1"><failure message="boom">trace</failure></testcase>
  <testcase name="BD-3 c" time="0.1"/>
  <testcase name="BD-4 d"><skipped/></testcase>
  <testcase name="BD-5 e"><failure message="x"/></testcase>
  <testcase name="BD-6 f"/>
</testsuite>`

const ctx = useTestServer()

function action(options: ActionInputs = {}) {
  return ctx.action({
    ...options,
    files: options.files ?? { 'junit.xml': { content: REPORT } }
  })
}

const posts = () => ctx.server.requests.filter((r) => r.method === 'POST')
const storedTcaseIds = () =>
  ctx.server.resultsFor('BD', 42).map((r) => r.tcaseId)
function expectNoDuplicates(): void {
  expect(new Set(storedTcaseIds()).size).toBe(storedTcaseIds().length)
}

describe('retries', () => {
  it('a step that fails while the listing is still on its way exits at once, without retrying it', async () => {
    // The listing takes 1.5 s; the step fails before (no report). Its
    // request then fails on the closed connections and is not retried.
    ctx.server.faults.add({
      method: 'GET',
      pathIncludes: '/tcase',
      delayMs: 1500
    })
    const started = Date.now()
    const result = await action({
      files: {},
      inputs: {
        reports: 'nothing-here/*.xml',
        'if-no-files-found': 'error',
        retries: '20',
        timeout: '60'
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::No report files match')
    expect(Date.now() - started).toBeLessThan(8000)
  }, 60_000)

  it('waits as Retry-After says on 429 and then stores everything once', async () => {
    ctx.server.faults.add({
      method: 'POST',
      status: 429,
      headers: { 'Retry-After': '1' }
    })
    const started = Date.now()
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expect(posts()).toHaveLength(2)
  })

  it('accepts Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 1500).toUTCString()
    ctx.server.faults.add({
      method: 'GET',
      status: 503,
      headers: { 'Retry-After': date }
    })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
  })

  it('retries the listing after a dropped connection, 502 and 504', async () => {
    ctx.server.faults.add({ method: 'GET', dropConnection: true })
    ctx.server.faults.add({ method: 'GET', status: 502 })
    ctx.server.faults.add({ method: 'GET', status: 504 })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.requests.filter((r) => r.method === 'GET')).toHaveLength(
      4
    )
  }, 30_000) // three real backoffs with jitter: up to 7 s

  it('gives up after `retries` and says so', async () => {
    ctx.server.faults.add({ method: 'GET', status: 503, times: 10 })
    const result = await action({ inputs: { retries: '1' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::QA Sphere answered GET /project/BD/run/42/tcase with HTTP 503'
    )
    expect(ctx.server.requests).toHaveLength(2)
  })

  it('retries when the connection is refused before anything was sent', async () => {
    const result = await action({
      inputs: { url: 'http://127.0.0.1:1', retries: '2' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::Could not reach QA Sphere for GET .*ECONNREFUSED.*, 3 attempts; check the url input/
    )
  })

  it('says an https:// address served by plain HTTP does not speak HTTPS, without OpenSSL internals', async () => {
    const result = await action({
      inputs: { url: ctx.server.url.replace('http:', 'https:'), retries: '0' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'the server there does not speak HTTPS (check the address and its port); check the url input'
    )
    expect(result.stdout).not.toMatch(/ssl3|openssl|0A00010B/i)
  })
})

describe('ambiguous failures are never resent blindly', () => {
  it('a 500 after the batch was stored: found in the run, not sent again', async () => {
    ctx.server.faults.add({
      method: 'POST',
      status: 500,
      storeBeforeFailing: true
    })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expectNoDuplicates()
    expect(posts()).toHaveLength(1)
    expect(result.stdout).toContain(
      'Checking the run to see whether it was stored'
    )
    // Stored, but QA Sphere's answer with the ids was lost.
    const results = JSON.parse(result.outputs.results) as {
      resultId: number | null
    }[]
    expect(results).toHaveLength(6)
    expect(results.every((r) => r.resultId === null)).toBe(true)
    expect(result.outputs['result-ids']).toBe('[]')
    expect(result.summary).toContain('stored (id unknown)')
  })

  it('a gateway 504 while QA Sphere is still storing the batch: given time, found stored, not sent again', async () => {
    // A load balancer in front of QA Sphere gives up on a slow batch after
    // 300 ms; QA Sphere goes on and stores it after 1 s.
    const gateway = await startGateway(300, 1000)
    try {
      const result = await action({ inputs: { url: gateway.url } })
      expect(result.exitCode).toBe(0)
      expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
      expectNoDuplicates()
      expect(posts()).toHaveLength(1)
      expect(result.stdout).toContain(
        'Checking the run in 1 s, once QA Sphere is done with it'
      )
      const results = JSON.parse(result.outputs.results) as {
        resultId: number | null
      }[]
      expect(results.map((r) => r.resultId)).toEqual(Array(6).fill(null))
    } finally {
      await gateway.close()
    }
  })

  it('the same with the timeout nearly out: the run does not show the batch yet, and it is not sent again but reported undecided', async () => {
    const gateway = await startGateway(300, 1000)
    try {
      // timeout 5: no time is left to wait before looking at the run.
      const result = await action({
        inputs: { url: gateway.url, timeout: '5' }
      })
      expect(result.stdout).toContain(
        'Checking the run now (the timeout leaves no time to wait for QA Sphere)'
      )
      expect(result.exitCode).toBe(1)
      expect(posts()).toHaveLength(1)
      expect(result.stdout).toContain(
        'the run does not show it yet, but the timeout left no time to let QA Sphere finish storing it, so it was not sent again'
      )
      expect(JSON.parse(result.outputs.results)).toEqual([])
      // QA Sphere finishes the one batch it was sent.
      await waitFor(() => ctx.server.resultsFor('BD', 42).length === 6)
      expectNoDuplicates()
    } finally {
      await gateway.close()
    }
  })

  it('a connection dropped after sending, batch not stored: sent once more', async () => {
    ctx.server.faults.add({ method: 'POST', dropConnection: true })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expectNoDuplicates()
    expect(posts()).toHaveLength(2)
    expect(JSON.parse(result.outputs['result-ids'])).toEqual(
      ctx.server.resultsFor('BD', 42).map((r) => r.id)
    )
  })

  it('what cannot be decided is reported by test case and fails the step', async () => {
    // The run already shows the statuses being posted: the listing cannot tell.
    await action({ inputs: {} })
    ctx.server.requests.length = 0
    ctx.server.faults.add({ method: 'POST', status: 500 })
    const result = await action()
    expect(result.exitCode).toBe(1)
    expect(posts()).toHaveLength(1)
    expect(result.stdout).toMatch(
      /Undecided: .*HTTP 500.*cannot be decided.*\(6: BD-1, BD-2, BD-3, BD-4, BD-5, BD-6\)/
    )
    // The summary says so too, not "not stored".
    expect(result.summary.match(/unknown: may have been stored/g)).toHaveLength(
      6
    )
    expect(result.summary).not.toContain('not stored')
  })
})

describe('partial failures', () => {
  it('a test case removed from the run meanwhile: the others are stored, that one reported', async () => {
    ctx.server.faults.add({
      method: 'POST',
      mutate: (state) => {
        const run = state.projects[0].runs.find((r) => r.id === 42)
        const bd3 = state.projects[0].tcases.find((t) => t.seq === 3)
        if (run && bd3)
          run.tcaseIds = run.tcaseIds.filter((id) => id !== bd3.id)
      }
    })
    const result = await action()
    expect(result.exitCode).toBe(1)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(5)
    expect(result.stdout).toContain('5 of 6 results were stored.')
    expect(result.stdout).toMatch(/Not stored: .*HTTP 404.*\(1: BD-3\)/)
    expect(JSON.parse(result.outputs.results)).toHaveLength(5)
  })

  it('a lost batch whose test cases left the run meanwhile: undecided, saying the run no longer lists them', async () => {
    ctx.server.faults.add({
      method: 'POST',
      status: 502,
      mutate: (state) => {
        const run = state.projects[0].runs.find((r) => r.id === 42)
        if (run) run.tcaseIds = run.tcaseIds.slice(6)
      }
    })
    const result = await action()
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /Undecided: .*the run no longer lists its test cases.*\(6: BD-1, BD-2/
    )
    expect(result.stdout).not.toContain(
      'every result has the status its test case already had'
    )
  })

  it('a closed run stops every batch with one clear error', async () => {
    const result = await action({ inputs: { run: '43', 'batch-size': '1' } })
    expect(result.exitCode).toBe(1)
    // Only the batches already in flight (3) are sent; none after the 409.
    expect(posts().length).toBeLessThanOrEqual(3)
    expect(result.stdout).toContain('0 of 6 results were stored.')
    expect(result.stdout).toContain('the run is closed')
  })
})

describe('a step that fails before posting', () => {
  it('says why in the job summary too', async () => {
    const result = await action({ inputs: { run: '999' } })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('<h2>QA Sphere: the upload failed</h2>')
    expect(result.summary).toMatch(/<p>❌ .*HTTP 404/)
  })

  it('never shows a secret there, even one an input error echoes', async () => {
    const key = DEMO_KEYS.runner
    const result = await action({ inputs: { project: key } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Input "project"')
    expect(result.summary).toContain(
      'Input &quot;project&quot;: &quot;***&quot;'
    )
    expect(result.summary).not.toContain(key)
  })
})

describe('time limits', () => {
  it('an unresponsive server never holds the job past `timeout`', async () => {
    ctx.server.faults.add({ method: 'GET', delayMs: 20_000 })
    const started = Date.now()
    const result = await action({ inputs: { timeout: '2', retries: '0' } })
    expect(result.exitCode).toBe(1)
    expect(Date.now() - started).toBeLessThan(8000)
    expect(result.stdout).toMatch(
      /::error::.*(no answer within 2 s|timeout input ran out)/
    )
  }, 15_000)
})

describe('redirects', () => {
  let other: Server
  let otherRequests: { path: string; authorization?: string }[]

  beforeAll(async () => {
    otherRequests = []
    other = createServer((req, res) => {
      otherRequests.push({
        path: req.url ?? '',
        authorization: req.headers.authorization
      })
      res.end('{}')
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())))

  it('are not followed: the API key never reaches another host', async () => {
    const address = other.address()
    const port = typeof address === 'object' && address ? address.port : 0
    ctx.server.faults.add({
      method: 'GET',
      status: 302,
      headers: { Location: `http://127.0.0.2:${port}/steal` },
      body: ''
    })
    const result = await action({ inputs: { retries: '0' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('HTTP 302')
    expect(result.stdout).toContain('check the url input')
    expect(otherRequests).toEqual([])
  })
})

describe('hostile and broken answers', () => {
  const KEY = DEMO_KEYS.runner
  /** What the action wrote, but the line that asks the runner to mask the key. */
  const logOf = (result: { stdout: string; stderr: string }) =>
    `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((line) => line !== `::add-mask::${KEY}`)
      .join('\n')

  it('a listing of 600 MB: a clear error naming the request, no crash', async () => {
    ctx.server.faults.add({
      method: 'GET',
      status: 200,
      bodyBytes: 600 * 1024 * 1024
    })
    const result = await action({ inputs: { retries: '0' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::QA Sphere answered GET /project/BD/run/42/tcase with HTTP 200 and more than 256 MiB, the most this action reads of that answer'
    )
    expect(logOf(result)).not.toMatch(/ERR_STRING_TOO_LONG|\n\s+at /)
    expect(posts()).toHaveLength(0)
  }, 30_000)

  it('a batch answered with ids that are not numbers: found in the run, never shown', async () => {
    const hostile =
      '<img src=x onerror=alert(1)>\n\n[phish](https://evil.example)'
    ctx.server.faults.add({
      method: 'POST',
      status: 200,
      body: { ids: Array.from({ length: 6 }, () => hostile) },
      storeBeforeFailing: true
    })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expect(posts()).toHaveLength(1)
    expect(result.stdout).toContain('malformed answer')
    expect(result.stdout).toContain('The batch was stored (6 results).')
    const results = JSON.parse(result.outputs.results) as {
      resultId: unknown
    }[]
    expect(results.map((r) => r.resultId)).toEqual(Array(6).fill(null))
    expect(result.summary).not.toMatch(/<img|phish/)
    expect(result.summary).toContain('stored (id unknown)')
  })

  it('a batch answered 200 with something that is not JSON, not stored: sent once more', async () => {
    ctx.server.faults.add({ method: 'POST', status: 200, body: '<html>' })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expectNoDuplicates()
    expect(posts()).toHaveLength(2)
  })

  it('a batch answered with ids QA Sphere gave results of an earlier batch: found in the run, and no id reaches the outputs twice', async () => {
    ctx.server.faults.add({ method: 'POST', delayMs: 1 }) // the first batch: ids 1 and 2
    ctx.server.faults.add({
      method: 'POST',
      delayMs: 500, // after the first is stored
      status: 200,
      body: { ids: [1, 2] }, // the second, stored as 3 and 4
      storeBeforeFailing: true
    })
    const result = await action({ inputs: { 'batch-size': '2' } })
    expect(result.exitCode).toBe(0)
    expectNoDuplicates()
    const stored = new Map(
      ctx.server.resultsFor('BD', 42).map((r) => [r.tcaseId, r.id])
    )
    expect(stored.size).toBe(6)
    const results = JSON.parse(result.outputs.results) as {
      tcaseId: string
      resultId: number | null
    }[]
    expect(results).toHaveLength(6)
    for (const { tcaseId, resultId } of results)
      if (resultId !== null) expect(resultId).toBe(stored.get(tcaseId))
    const ids = JSON.parse(result.outputs['result-ids']) as number[]
    expect(ids).toHaveLength(4)
    expect(new Set(ids).size).toBe(4)
    expect(result.stdout).toContain('already given')
  })

  it('a message cannot write workflow commands', async () => {
    ctx.server.faults.add({
      method: 'POST',
      status: 502,
      body: {
        message:
          'oops\n::warning::injected\n::stop-commands::abc\r\n::error::x\u2028::error::y'
      }
    })
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6)
    expect(result.stdout).toContain('::warning::injected')
    expect(result.stdout).not.toMatch(
      /^::(warning::injected|stop-commands|error::[xy])/m
    )
  })

  it.each([
    ['a 401 message', { status: 401, body: { message: `Bad key ${KEY}` } }],
    [
      'a 500 page',
      { status: 500, body: `<h1>Error</h1><pre>ApiKey ${KEY}</pre>` }
    ],
    ['a non-JSON 200', { status: 200, body: `<html>${KEY}</html>` }],
    [
      'a redirect Location',
      {
        status: 302,
        body: '',
        headers: { Location: `https://evil.example/login?key=${KEY}` }
      }
    ],
    [
      'a key echoed in two parts',
      {
        status: 400,
        body: { message: `${KEY.slice(0, 12)}\n${KEY.slice(12)}` }
      }
    ],
    [
      'a key cut by a line break, indentation and a zero-width space',
      {
        status: 400,
        body: {
          message: `Invalid API key:\n\n\n${KEY.slice(0, 12)}\r\n        \u200b${KEY.slice(12)}`
        }
      }
    ]
  ])('%s never shows the API key', async (_kind, fault) => {
    ctx.server.faults.add({ method: 'GET', ...fault, times: 10 })
    const result = await action({ inputs: { retries: '0' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::QA Sphere answered GET')
    expect(result.stdout).toContain('***')
    expect(logOf(result)).not.toContain(KEY.slice(0, 12))
    expect(logOf(result)).not.toContain(KEY.slice(12))
  })

  it('a report holding the API key (a test printed its environment): replaced everywhere', async () => {
    const report = `<testsuite name="s">
  <testcase name="BD-1 env ${KEY}"><failure message="auth failed with key ${KEY}">at login (${KEY})</failure><system-out>QASPHERE_API_KEY=${KEY}</system-out></testcase>
  <testcase name="BD-2 fine"/>
</testsuite>`
    const result = await action({ files: { 'junit.xml': { content: report } } })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::junit.xml holds the api-key (a test may print its environment); it was replaced by *** in everything taken from the report'
    )
    const [first] = ctx.server.resultsFor('BD', 42)
    expect(first.comment).toContain('BD-1 env ***')
    expect(first.comment).toContain('QASPHERE_API_KEY=***')
    const everything = [
      logOf(result),
      result.summary,
      JSON.stringify(result.outputs),
      ...ctx.server.resultsFor('BD', 42).map((r) => r.comment)
    ].join('\n')
    expect(everything).not.toContain(KEY)
  })

  it('a report holding the github-token: replaced everywhere too', async () => {
    const token = 'ghs_SuperSecretInstallationToken0001'
    const report = `<testsuite name="s">
  <testcase name="BD-1 env ${token}"><failure message="GITHUB_TOKEN=${token}"/></testcase>
</testsuite>`
    const result = await action({
      inputs: { 'github-token': token },
      files: { 'junit.xml': { content: report } }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::junit.xml holds the github-token (a test may print its environment); it was replaced by *** in everything taken from the report'
    )
    const everything = [
      logOf(result).replace(`::add-mask::${token}`, ''),
      result.summary,
      JSON.stringify(result.outputs),
      ...ctx.server.resultsFor('BD', 42).map((r) => r.comment)
    ].join('\n')
    expect(everything).not.toContain(token)
  })

  it('a report with megabyte-long names: every line about it stays short', async () => {
    const long = 'A'.repeat(1_000_000)
    const result = await action({
      inputs: { attachments: 'true' },
      files: {
        'junit.xml': {
          content: `<testsuite name="s"><testcase name="BD-1 a"><failure>[[ATTACHMENT|${long}]]\n[[ATTACHMENT|${long}B]]</failure></testcase></testsuite>`
        },
        'junit-mismatch.xml': {
          content: `<testsuite name="s"><${long}></testsuite>`
        },
        'junit-root.xml': { content: `<${long}/>` }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::warning::2 attachment files named in the reports were not uploaded: AAAA'
    )
    expect(result.stdout).toContain('</testsuite> where </AAAA')
    expect(result.stdout).toContain(
      'junit-root.xml is not a JUnit report (its root element is <AAAA'
    )
    const longest = Math.max(
      ...logOf(result)
        .split('\n')
        .map((line) => line.length)
    )
    expect(longest).toBeLessThan(12_000)
    expect(result.summary.length).toBeLessThan(20_000)
  })

  it('run-title: a server that always has more pages is asked once', async () => {
    const bd = ctx.server.state.projects[0]
    const data = Array.from({ length: 5000 }, (_, i) =>
      i < 6
        ? { id: bd.tcases[i].id, seq: i + 1 }
        : { id: `made-up-${i}`, seq: 1000 + i }
    )
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/tcase/seq',
      status: 200,
      body: { data, total: 1e12 },
      times: 100_000
    })
    const result = await action({
      inputs: { run: '', 'run-title': 'Nightly', timeout: '20' }
    })
    expect(result.exitCode).toBe(0)
    expect(
      ctx.server.requests.filter((r) => r.path.endsWith('/tcase/seq'))
    ).toHaveLength(1)
    const run = bd.runs.find((r) => r.title === 'Nightly')
    expect(run?.tcaseIds).toEqual(bd.tcases.slice(0, 6).map((t) => t.id))
    expect(ctx.server.resultsFor('BD', run?.id ?? 0)).toHaveLength(6)
  }, 40_000)
})

describe('hostile and broken reports', () => {
  const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<testsuite name="s"><testcase name="BD-1 &lol9;"><failure message="&lol9;">&lol9;</failure></testcase></testsuite>`

  it('billion laughs: the DTD is ignored and no entity expands', async () => {
    const result = await action({ files: { 'junit.xml': { content: LAUGHS } } })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('its DOCTYPE was ignored')
    const [stored] = ctx.server.resultsFor('BD', 42)
    expect(stored.comment).toContain('&amp;lol9;')
    expect(stored.comment).not.toContain('lollol')
  })

  it('XXE: an external entity is never read', async () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]>
<testsuite name="s"><testcase name="BD-1 x"><failure message="&xxe;">&xxe;</failure></testcase></testsuite>`
    const result = await action({ files: { 'junit.xml': { content: xxe } } })
    expect(result.exitCode).toBe(0)
    const [stored] = ctx.server.resultsFor('BD', 42)
    expect(stored.comment).toContain('&amp;xxe;')
    expect(stored.comment).not.toContain('root:')
  })

  it.each([
    [
      'truncated',
      '<testsuite name="s">\n<testcase name="BD-1 x">\n<failure>boom',
      /junit\.xml:3: malformed XML: the file ends inside/
    ],
    ['empty', '', /junit\.xml: the file is empty/],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      /junit\.xml: it is a binary file/
    ],
    ['not XML at all', 'hello world', /junit\.xml.*malformed XML/],
    [
      // One testcase is read at once: its elements could take gigabytes.
      'a testcase of 1,500,002 elements and attributes',
      `<testsuite name="s">\n<testcase name="BD-1 x">${'<property name="p" value="BD-2"/>'.repeat(500_000)}</testcase></testsuite>`,
      /junit\.xml:2: this <testcase> holds more than 500,000 elements and attributes, over the limit the action reads at once \(memory\)/
    ],
    [
      'a test with 1,001 markers',
      `<testsuite name="s"><testcase name="${Array.from({ length: 1001 }, (_, i) => `BD-${i + 1}`).join(' ')}"/></testsuite>`,
      /junit\.xml: the test "BD-1 BD-2 [^"]*…" carries more than 1,000 markers, more than any test marks \(memory\)/
    ],
    [
      'a suite of 3,000,001 elements side by side',
      `<testsuite name="s">${'<a/>'.repeat(3_000_000)}\n<testcase name="BD-1 x"/></testsuite>`,
      /junit\.xml:2: more than 3,000,000 elements side by side, more than any test tool writes; the action reads no more \(memory\)/
    ]
  ])(
    '%s: a clear error naming the file, nothing from it posted',
    async (_kind, content, message) => {
      const result = await action({
        files: {
          'junit.xml': { content },
          'other/junit.xml': {
            content: '<testsuite><testcase name="BD-6 ok"/></testsuite>'
          }
        }
      })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(message)
      expect(JSON.parse(result.outputs.results)).toEqual([
        expect.objectContaining({ marker: 'BD-6' })
      ])
    }
  )

  it('a report over the size limit is refused with a clear message', async () => {
    const result = await action({
      prepare: async (workspace) => {
        const big = path.join(workspace, 'junit-big.xml')
        writeFileSync(big, '<testsuite>')
        await truncate(big, 257 * 1024 * 1024) // sparse: nothing is really written
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /junit-big\.xml: the file is 257 MiB, over the 256 MiB limit/
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(6) // the other report
  })

  it("memory stays flat over many big reports: a kept test does not keep its report's text", async () => {
    // 6 files of 40 MB under a 150 MB heap: kept as slices, the few marked
    // tests' names kept every file's text (240 MB) and the step crashed.
    const output = 'x'.repeat(40 * 1024 * 1024)
    const result = await action({
      env: { NODE_OPTIONS: '--max-old-space-size=150' },
      inputs: { reports: 'big-*.xml' },
      prepare: (workspace) => {
        for (let i = 1; i <= 6; i++) {
          writeFileSync(
            path.join(workspace, `big-${i}.xml`),
            `<testsuite name="suite of file ${i}"><testcase name="BD-${i} a marked test with a long name" classname="com.example.LongClassName"/>` +
              `<testcase name="unmarked"><failure>x</failure><system-out>${output}</system-out></testcase></testsuite>`
          )
        }
      }
    })
    expect(result.stderr).not.toContain('heap out of memory')
    expect(result.exitCode).toBe(0)
    const results = JSON.parse(result.outputs.results) as { marker: string }[]
    expect(results.map((r) => r.marker)).toEqual([
      'BD-1',
      'BD-2',
      'BD-3',
      'BD-4',
      'BD-5',
      'BD-6'
    ])
  })

  it('globs never leave the workspace through .. or a symbolic link', async () => {
    const outside = path.join(os.tmpdir(), `qas-outside-${process.pid}.xml`)
    writeFileSync(
      outside,
      '<testsuite><testcase name="BD-5 secret outside"/></testsuite>'
    )
    let result: Awaited<ReturnType<typeof action>>
    try {
      result = await action({
        inputs: { reports: `**/*.xml\n../*.xml\n${outside}` },
        files: {
          'junit.xml': {
            content: '<testsuite><testcase name="BD-1 inside"/></testsuite>'
          }
        },
        prepare: (workspace) => {
          symlinkSync(outside, path.join(workspace, 'linked-junit.xml'))
          symlinkSync(os.tmpdir(), path.join(workspace, 'linked-dir'))
        }
      })
    } finally {
      rmSync(outside, { force: true })
    }
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Report pattern ignored: ../*.xml (outside the workspace)'
    )
    expect(result.stdout).toContain(
      `::warning::Report pattern ignored: ${outside} (outside the workspace)`
    )
    expect(JSON.parse(result.outputs.results)).toEqual([
      expect.objectContaining({ marker: 'BD-1' })
    ])
  })

  it('nothing from a report becomes markup in QA Sphere', async () => {
    const hostile = `<testsuites>
<testsuite name="&lt;script&gt;alert('suite')&lt;/script&gt; BD-1">
  <testcase name="&lt;img src=x onerror=alert(1)&gt;" classname="&lt;a href=&quot;javascript:alert(2)&quot;&gt;x&lt;/a&gt;" file="&lt;svg onload=alert(3)&gt;">
    <failure message="&lt;iframe src=javascript:alert(4)&gt;"><![CDATA[<script>alert(5)</script> ]]]]><![CDATA[> <b onclick="x">]]></failure>
    <system-out><![CDATA[<style>body{display:none}</style>]]></system-out>
  </testcase>
</testsuite>
</testsuites>`
    const result = await action({
      files: { 'junit.xml': { content: hostile } }
    })
    expect(result.exitCode).toBe(0)
    const [stored] = ctx.server.resultsFor('BD', 42)
    const markupOutsideOurs = stored.comment
      .replace(
        /<\/?(p|strong|ul|li|code|pre|a href="https:\/\/github\.com[^"]*")>/g,
        ''
      )
      .replace(/<\/a>/g, '')
    expect(markupOutsideOurs).not.toMatch(/<|javascript:alert\(2\)"/)
    expect(stored.comment).toContain('&lt;script&gt;alert(5)&lt;/script&gt;')
    expect(stored.comment).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(result.summary).not.toMatch(/<(img|script|iframe|svg|style|b )/)
    expect(result.summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('no terminal sequence or bidirectional override from a report reaches a warning, an error or the failure', async () => {
    const hostile = '\u001b[31m\u001b]0;retitled\u0007\u202egnp.exe\u202c'
    const result = await action({
      files: {
        // Test names (error annotations' titles), a file name (warnings,
        // errors, the step's failure), a malformed report's message.
        [`${hostile}/junit.xml`]: {
          content: `<testsuite name="s"><testcase name="BD-1 a ${hostile}"><failure message="m ${hostile}"/></testcase></testsuite>`
        },
        [`${hostile}/junit-bad.xml`]: {
          content: `<testsuite><testcase name="BD-2 ${hostile}"></testsuite>`
        },
        [`${hostile}/junit-other.xml`]: { content: '<html/>' }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error title=BD-1%3A BD-1 a gnp.exe::')
    expect(result.stdout).toMatch(
      /^::warning::gnp\.exe\/junit-other\.xml is not a JUnit report/m
    )
    expect(result.stdout).toMatch(/^::error file=gnp\.exe\/junit-bad\.xml,/m)
    expect(result.stdout).toContain(
      'Report gnp.exe/junit-bad.xml could not be used'
    )
    const unwanted =
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
    expect(`${result.stdout}${result.stderr}`).not.toMatch(unwanted)
  })

  it('nothing from a report runs as a workflow command or becomes markdown in the summary', async () => {
    const commands =
      '&#10;::warning title=INJECTED::x&#13;::stop-commands::tok&#10;  ::add-mask::BD&#x2028;##[add-mask]secret'
    const markdown =
      '&#10;&#10;## Injected&#10;&#10;![p](https://attacker.example/p.png) [re-run](https://attacker.example/phish)&#10;&#10;'
    const result = await action({
      files: {
        // A directory name that is itself a command, and one that breaks lines.
        '::warning title=DIR::x/junit.xml': {
          content: `<testsuite name="s"><testcase name="BD-1 a${commands}${markdown}"><failure message="m${commands}"/></testcase></testsuite>`
        },
        'bad\n\n# Heading\n::error::x/junit.xml': { content: '<testsuite>' }
      }
    })
    expect(result.exitCode).toBe(1) // the broken report
    expect(ctx.server.resultsFor('BD', 1 + 41)).toHaveLength(1)
    const ours =
      /^::(group|endgroup|add-mask|debug|notice|warning|error)( [^:]*)?::/
    for (const line of result.stdout.split(/\r?\n/)) {
      const trimmed = line.trimStart()
      if (trimmed.startsWith('::')) expect(trimmed).toMatch(ours)
      // The legacy ##[command] form counts anywhere in a plain line.
      else expect(trimmed).not.toContain('##[')
      // Only the action's own commands start a line; report text never does.
      expect(trimmed).not.toMatch(
        /^::(warning title=(INJECTED|DIR)|stop-commands|add-mask::BD|error::x)/
      )
    }
    expect(result.stdout).toContain('BD-1 a')
    // One HTML block: no blank line ends it, so no markdown is read.
    expect(result.summary.trimEnd()).not.toMatch(/\n\s*\n/)
    expect(result.summary).not.toMatch(/^\s*#/m)
    expect(result.summary).toContain('## Injected')
  })
})

/**
 * A load balancer in front of the test server that answers a result batch
 * with 504 after `giveUpMs`, while the server goes on with it and stores the
 * first batch after `storeMs`.
 */
async function startGateway(
  giveUpMs: number,
  storeMs: number
): Promise<{ url: string; close: () => Promise<void> }> {
  ctx.server.faults.add({
    method: 'POST',
    pathIncludes: 'result/batch',
    delayMs: storeMs
  })
  const gateway: Server = createServer((request, response) => {
    const target = new URL(ctx.server.url)
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers
      },
      (answer) => {
        if (response.headersSent) {
          answer.resume()
          return
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      }
    )
    request.pipe(upstream)
    if (request.method === 'POST' && request.url?.includes('result/batch')) {
      setTimeout(() => {
        if (response.headersSent) return
        response.writeHead(504, { 'content-type': 'text/html' })
        response.end('<html>504 Gateway Time-out</html>')
      }, giveUpMs)
    }
  })
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve))
  const { port } = gateway.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        gateway.close(() => resolve())
        gateway.closeAllConnections()
      })
  }
}

/** Resolves once `done()` holds; fails the test after 5 s. */
async function waitFor(done: () => boolean): Promise<void> {
  const until = Date.now() + 5000
  while (!done()) {
    if (Date.now() > until) throw new Error('waited 5 s in vain')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
