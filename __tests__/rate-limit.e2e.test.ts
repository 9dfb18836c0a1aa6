/**
 * End to end against a test server that enforces QA Sphere's rate limit (20
 * requests a second per API key, then 429 with Retry-After): the action
 * paces under it, and when told to go faster it waits as told and still
 * stores every result once.
 */
import { describe, expect, it } from '@jest/globals'
import { demoSeed, makeProject } from '../test-server/qasphere-server.mjs'
import { useTestServer } from './helpers/test-server.js'

const CASES = 60

const ctx = useTestServer({
  seed: {
    ...demoSeed(),
    projects: [
      makeProject({ code: 'BD', tcaseCount: CASES, runs: [{ id: 42 }] })
    ]
  },
  rateLimit: 20
})

/** One passed test per test case of the run, BD-1 … BD-60. */
const REPORT = `<testsuite name="s">${Array.from(
  { length: CASES },
  (_, i) => `<testcase name="BD-${i + 1} t"/>`
).join('')}</testsuite>`

/** One result a request: 61 requests in all. */
function upload(inputs: Record<string, string> = {}) {
  return ctx.action({
    files: { 'junit.xml': { content: REPORT } },
    inputs: { 'batch-size': '1', ...inputs }
  })
}

const posts = () => ctx.server.requests.filter((r) => r.method === 'POST')
const stored = () => ctx.server.resultsFor('BD', 42).map((r) => r.tcaseId)

describe("QA Sphere's rate limit", () => {
  it('is never exceeded with the default rate-limit: no request is refused', async () => {
    const started = Date.now()
    const result = await upload()
    expect(result.exitCode).toBe(0)
    // Every request was answered at once, none sent again (unpaced, 40 would
    // be refused); one delayed on a busy machine may arrive a little late.
    expect(posts().length).toBeLessThanOrEqual(CASES + 2)
    expect(stored()).toHaveLength(CASES)
    // 61 requests at 20 a second take three seconds at least.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000)
  }, 30_000)

  it('set above it: refused requests wait as Retry-After says, and every result is stored once', async () => {
    const result = await upload({ 'rate-limit': '100' })
    expect(result.exitCode).toBe(0)
    expect(posts().length).toBeGreaterThan(CASES)
    expect(stored()).toHaveLength(CASES)
    expect(new Set(stored()).size).toBe(CASES)
  }, 30_000)
})
