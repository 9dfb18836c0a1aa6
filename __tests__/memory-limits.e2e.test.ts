/**
 * End to end: the upload's limits on what it keeps follow the heap node
 * actually has. Node takes about a quarter of the machine's memory (1 GB on
 * a 4 GB self-hosted runner or container): a report within the limits sized
 * for a 7 GB runner killed the process with V8's "heap out of memory" there
 * (880,000 flaky tests, 250 MB, under --max-old-space-size=1024). Scaled
 * down here: a 28 MB report of 100,000 marked tests under a 128 MB heap.
 */
import { describe, expect, it } from '@jest/globals'
import { demoSeed, makeProject } from '../test-server/qasphere-server.mjs'
import { useTestServer } from './helpers/test-server.js'

const TESTS = 100_000
const ctx = useTestServer({
  fast: true,
  seed: {
    ...demoSeed(),
    projects: [
      makeProject({ code: 'BD', tcaseCount: TESTS, runs: [{ id: 42 }] })
    ]
  }
})

function report(): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n']
  for (let s = 1; s <= TESTS; s += 1000) {
    parts.push(`<testsuite name="s${s}">\n`)
    for (let seq = s; seq < s + 1000; seq++)
      parts.push(
        `<testcase name="BD-${seq} x" classname="c" time="0.01"><flakyFailure message="m${seq}" type="T">a\nb\nc</flakyFailure><flakyError message="e" type="U">z</flakyError><system-out>out ${seq}\nline2</system-out><system-err>err</system-err></testcase>\n`
      )
    parts.push('</testsuite>\n')
  }
  parts.push('</testsuites>\n')
  return parts.join('')
}

describe('the limits of what an upload keeps, on a small heap', () => {
  it('refuse a report with a message rather than die of "heap out of memory"', async () => {
    const result = await ctx.action({
      files: { 'junit.xml': { content: report() } },
      env: { NODE_OPTIONS: '--max-old-space-size=128' }
    })
    expect(result.stderr).not.toMatch(/heap out of memory/)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error.*junit\.xml.*would keep more than .* \(memory, limits made smaller for node's heap of \d+ MiB, they are sized for 1,792 MiB\)/
    )
    expect(ctx.server.requests.filter((r) => r.method === 'POST')).toEqual([])
  }, 120_000)
})
