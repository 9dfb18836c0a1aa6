/**
 * End to end: the step cancelled (the runner sends SIGINT, then SIGTERM).
 * What QA Sphere stored must still be in the outputs and the job summary,
 * and the step must fail saying so, rather than node dying with the empty
 * outputs of the step's start.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { parseOutputFile, REPO_ROOT } from './helpers/run-action.js'
import { useTestServer } from './helpers/test-server.js'

/** BD-1..BD-15, all passed: three batches of five. */
const REPORT = `<testsuite name="shop">${Array.from(
  { length: 15 },
  (_, i) => `<testcase name="BD-${i + 1} t" time="0.1"/>`
).join('')}</testsuite>`

const ctx = useTestServer()

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Runs the action, sends `signal` once `when` holds, and waits for its end. */
async function cancelled(
  inputs: Record<string, string>,
  when: () => boolean,
  signal: NodeJS.Signals = 'SIGINT'
) {
  const home = await mkdtemp(path.join(os.tmpdir(), 'qas-cancel-'))
  try {
    const workspace = path.join(home, 'workspace')
    await mkdir(workspace)
    await writeFile(path.join(workspace, 'junit.xml'), REPORT)
    const output = path.join(home, 'output')
    const summary = path.join(home, 'summary')
    await writeFile(output, '')
    await writeFile(summary, '')
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'dist', 'index.js')],
      {
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
          INPUT_URL: ctx.server.url,
          'INPUT_API-KEY': DEMO_KEYS.runner,
          INPUT_PROJECT: 'BD',
          INPUT_RUN: '42',
          'INPUT_BATCH-SIZE': '5',
          ...Object.fromEntries(
            Object.entries(inputs).map(([k, v]) => [
              `INPUT_${k.toUpperCase()}`,
              v
            ])
          )
        }
      }
    )
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    const exited = new Promise<{ code: number | null; signal: string | null }>(
      (resolve) =>
        child.on('close', (code, sig) => resolve({ code, signal: sig }))
    )
    const started = Date.now()
    while (!when() && Date.now() - started < 15_000) await sleep(20)
    child.kill(signal)
    const exit = await exited
    return {
      exit,
      stdout,
      outputs: parseOutputFile(await readFile(output, 'utf8')),
      summary: await readFile(summary, 'utf8')
    }
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

describe('cancelled', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while posting: the outputs and the summary hold what was stored, and the step fails saying so',
    async (signal) => {
      const result = await cancelled(
        // One request a second: the listing at 0 s, batches at about 1.1,
        // 2.2 and 3.3 s. The signal comes between the second and the third.
        { 'rate-limit': '1' },
        () => ctx.server.resultsFor('BD', 42).length >= 10,
        signal
      )
      const stored = ctx.server.resultsFor('BD', 42)
      expect(stored).toHaveLength(10)
      // Nothing is sent once the signal came.
      await sleep(1500)
      expect(
        ctx.server.requests.filter((r) => r.method === 'POST')
      ).toHaveLength(2)
      expect(result.stdout).toMatch(
        /Not stored: The step was cancelled \(SIG(INT|TERM)\); it was not sent \(5: BD-11/
      )
      // The step ends by itself, failed, not killed by the signal.
      expect(result.exit).toEqual({ code: 1, signal: null })
      expect(result.stdout).toMatch(/::error::.*cancel/i)
      // What was stored is in the outputs...
      expect(result.outputs.total).toBe('10')
      expect(JSON.parse(result.outputs['result-ids'])).toEqual(
        stored.map((r) => r.id)
      )
      // ...and in the summary.
      expect(result.summary).toContain('10 results posted')
    },
    30_000
  )

  it('in a dry run: says nothing was posted, not that the results were', async () => {
    ctx.server.faults.add({
      method: 'GET',
      pathIncludes: '/tcase',
      delayMs: 1_000
    })
    const result = await cancelled({ 'dry-run': 'true' }, () =>
      ctx.server.requests.some((q) => q.path.includes('/tcase'))
    )
    expect(result.stdout).toMatch(/Would post 15 results/)
    expect(result.stdout).not.toMatch(/while the results were posted/)
  }, 30_000)
})
