/**
 * Issue title look-ups over real HTTP (@actions/http-client) against the
 * loopback test server and a GitHub API that answers a byte at a time.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpClient } from '@actions/http-client'
import {
  abortOn,
  lookUpDeadline,
  lookUpIssues,
  MAX_GITHUB_BODY_BYTES
} from '../src/issues/github-issues.js'
import {
  DEMO_GITHUB_TOKEN,
  demoSeed,
  startQaSphereServer,
  type QaSphereServer
} from '../test-server/qasphere-server.mjs'
import { startSlowGitHub, type SlowGitHub } from './helpers/slow-github.js'

const shop = (number: number) => ({ owner: 'acme', repo: 'shop', number })
const TIMED_OUT = 'GitHub did not answer within 1 s (test)'

let server: QaSphereServer
let slow: SlowGitHub | undefined
const cleanups: (() => void)[] = []

beforeAll(async () => {
  server = await startQaSphereServer({ seed: demoSeed() })
})
afterAll(() => server.close())
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  await slow?.close()
  slow = undefined
  server.reset()
})

/** The api lookUpIssues takes, as main.ts builds it, with a deadline of `ms`. */
function githubApi(apiUrl: string, ms = 1000) {
  const deadline = lookUpDeadline(ms, TIMED_OUT)
  const http = new HttpClient(
    'github-issues-test',
    [abortOn(deadline.signal)],
    {
      allowRetries: false,
      socketTimeout: 30_000
    }
  )
  cleanups.push(() => {
    deadline.cancel()
    http.dispose()
  })
  return {
    apiUrl,
    serverUrl: 'https://github.com',
    token: DEMO_GITHUB_TOKEN,
    http,
    signal: deadline.signal
  }
}

describe('lookUpIssues', () => {
  it('reads titles', async () => {
    expect(await lookUpIssues([shop(7)], githubApi(server.url))).toEqual([
      {
        ref: shop(7),
        url: 'https://github.com/acme/shop/issues/7',
        title: 'Cart total is wrong'
      }
    ])
  })

  it.each(['trickle-body', 'trickle-all'] as const)(
    'gives up at the deadline on an API that answers a byte at a time (%s), and hangs up',
    async (mode) => {
      slow = await startSlowGitHub({ mode, intervalMs: 200 })
      const started = Date.now()
      const issues = await lookUpIssues(
        [shop(7), shop(8)],
        githubApi(slow.url, 1000)
      )
      const took = Date.now() - started
      expect(took).toBeGreaterThanOrEqual(900)
      expect(took).toBeLessThan(2500)
      expect(issues).toEqual([
        {
          ref: shop(7),
          url: 'https://github.com/acme/shop/issues/7',
          title: 'acme/shop#7',
          problem: TIMED_OUT
        },
        {
          ref: shop(8),
          url: 'https://github.com/acme/shop/issues/8',
          title: 'acme/shop#8',
          problem: TIMED_OUT
        }
      ])
      // The connections are dropped, not left to keep the process alive.
      const open = slow
      for (let i = 0; i < 50 && open.openConnections() > 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 20))
      expect(open.openConnections()).toBe(0)
    },
    10_000
  )

  it('keeps answers that came while the event loop was busy past the deadline (a big report parsed)', async () => {
    // The API in another process: it answers while this one is busy.
    const child = spawn(process.execPath, ['test-server/cli.mjs'], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    cleanups.push(() => child.kill())
    const { url } = await new Promise<{ url: string }>((resolve) =>
      child.stdout.once('data', (data: Buffer) =>
        resolve(JSON.parse(String(data).split('\n')[0]) as { url: string })
      )
    )
    const lookUps = lookUpIssues([shop(7)], githubApi(url, 100))
    const busyUntil = Date.now() + 600
    while (Date.now() < busyUntil) {
      // Busy, as parsing a big report is: no timer, no socket is served.
    }
    expect(await lookUps).toEqual([
      {
        ref: shop(7),
        url: 'https://github.com/acme/shop/issues/7',
        title: 'Cart total is wrong'
      }
    ])
  })

  it("takes GitHub's answer with care: a link only on GitHub's host, a title on one line and clipped", async () => {
    const hostile = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          html_url: 'javascript:alert(1)"><img src=x>',
          title: `line one\n\n## two ${'x'.repeat(5000)}`
        })
      )
    })
    await new Promise<void>((resolve) =>
      hostile.listen(0, '127.0.0.1', resolve)
    )
    cleanups.push(() => hostile.close())
    const { port } = hostile.address() as AddressInfo
    const [issue] = await lookUpIssues(
      [shop(7)],
      githubApi(`http://127.0.0.1:${port}`)
    )
    expect(issue.url).toBe('https://github.com/acme/shop/issues/7')
    expect(issue.title).toMatch(/^line one ## two x+…$/)
    expect(issue.title).toHaveLength(301)
  })

  it('makes no request once the deadline has passed', async () => {
    slow = await startSlowGitHub({ mode: 'trickle-body', intervalMs: 200 })
    const refs = Array.from({ length: 20 }, (_, i) => shop(i + 1))
    const issues = await lookUpIssues(refs, githubApi(slow.url, 500))
    expect(issues.every((issue) => issue.problem === TIMED_OUT)).toBe(true)
    // Only the first parallel requests were ever sent.
    expect(slow.requests.length).toBeLessThanOrEqual(4)
  })

  it('refuses an answer larger than MAX_GITHUB_BODY_BYTES', async () => {
    slow = await startSlowGitHub({
      mode: 'huge',
      hugeBytes: MAX_GITHUB_BODY_BYTES + 10
    })
    const [issue] = await lookUpIssues([shop(7)], githubApi(slow.url, 5000))
    expect(issue).toEqual({
      ref: shop(7),
      url: 'https://github.com/acme/shop/issues/7',
      title: 'acme/shop#7',
      problem: 'GitHub answered with more than 1 MiB'
    })
  })

  it('reads an answer just within MAX_GITHUB_BODY_BYTES', async () => {
    slow = await startSlowGitHub({
      mode: 'huge',
      hugeBytes: MAX_GITHUB_BODY_BYTES - 100
    })
    const [issue] = await lookUpIssues([shop(7)], githubApi(slow.url, 5000))
    expect(issue.problem).toBeUndefined()
    // Read whole (nearly 1 MiB of title), then clipped for the link.
    expect(issue.title).toMatch(/^x{300}…$/)
  })
})
