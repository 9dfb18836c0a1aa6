/**
 * run() in process, with @actions/core replaced by typed stand-ins
 * (__fixtures__/core.ts) and the real HTTP client talking to the loopback
 * QA Sphere test server: the orchestration and its one failure boundary.
 * The end-to-end tests run the bundle as the runner does; these show what
 * run() asks of @actions/core.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import {
  DEMO_KEYS,
  demoSeed,
  startQaSphereServer,
  type QaSphereServer
} from '../test-server/qasphere-server.mjs'
import { REPO_ROOT } from './helpers/run-action.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

/** 12 markers: 6 passed, 4 failed, 1 blocked (an error), 1 skipped (see its README). */
const PYTEST_REPORT = '__fixtures__/reports/pytest/pytest-xunit1.xml'
const PYTEST_MARKERS = 12

let server: QaSphereServer
let workspace: string
let inputs: Record<string, string>
const savedEnv = { ...process.env }

beforeAll(async () => {
  server = await startQaSphereServer({ seed: demoSeed() })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'qas-main-'))
  await mkdir(path.join(workspace, 'reports'))
  await copyFile(
    path.join(REPO_ROOT, PYTEST_REPORT),
    path.join(workspace, 'reports', 'junit-pytest.xml')
  )
})

afterAll(async () => {
  await server.close()
  await rm(workspace, { recursive: true, force: true })
  process.env = savedEnv
})

beforeEach(() => {
  server.reset()
  // Only the variables a runner sets for this step: none of the test
  // process's own (on GitHub, GITHUB_OUTPUT is this job's real file).
  process.env = Object.fromEntries(
    Object.entries(savedEnv).filter(
      ([name]) => !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(name)
    )
  )
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(workspace, 'summary-not-written'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
  })
  inputs = {
    url: server.url,
    'api-key': DEMO_KEYS.runner,
    project: 'BD',
    run: '42'
  }
  core.getInput.mockImplementation((name) => inputs[name] ?? '')
})

/** Each output's last value (run() first sets them all empty). */
function outputs(): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of core.setOutput.mock.calls)
    values[name] = String(value)
  return values
}

/** The HTML added to the job summary, all of it. */
function summaryHtml(): string {
  return core.summary.addRaw.mock.calls.map(([html]) => html).join('')
}

describe('run()', () => {
  it('posts the results, sets the outputs and writes the summary through @actions/core', async () => {
    await run()

    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith(DEMO_KEYS.runner)
    const stored = server.resultsFor('BD', 42)
    expect(stored).toHaveLength(PYTEST_MARKERS)
    const out = outputs()
    expect(out.total).toBe(String(PYTEST_MARKERS))
    expect((JSON.parse(out['result-ids']) as number[]).sort()).toEqual(
      stored.map((r) => r.id).sort()
    )
    expect(out['run-id']).toBe('42')
    expect(out.unmatched).toBe('[]')
    expect(out).toMatchObject({
      passed: '6',
      failed: '4',
      blocked: '1',
      skipped: '1'
    })
    expect(core.summary.write).toHaveBeenCalledTimes(1)
    expect(summaryHtml()).toContain(
      `${PYTEST_MARKERS} results posted to <a href="${server.url}/project/BD/run/42">BD run 42</a>`
    )
  })

  it('fails the step once, naming the input, when an input is refused, and still sets every output', async () => {
    inputs['batch-size'] = 'lots'

    await run()

    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/batch-size/)
    expect(server.resultsFor('BD', 42)).toEqual([])
    const out = outputs()
    expect(out).toMatchObject({
      total: '0',
      'result-ids': '[]',
      results: '[]',
      unmatched: '[]',
      'run-id': '',
      'run-created': 'false'
    })
    // The failure summary says why.
    expect(summaryHtml()).toContain('QA Sphere: the upload failed')
    expect(summaryHtml()).toContain('batch-size')
  })

  it('masks the key first and keeps it out of the failure summary when an input echoes it', async () => {
    inputs.project = DEMO_KEYS.runner

    await run()

    expect(core.setSecret).toHaveBeenCalledWith(DEMO_KEYS.runner)
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.setFailed.mock.invocationCallOrder[0]
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(summaryHtml()).toContain('is not a project code')
    expect(summaryHtml()).not.toContain(DEMO_KEYS.runner)
    expect(summaryHtml()).toContain('***')
  })

  it('turns a refused key into one clear failure and stores nothing', async () => {
    inputs['api-key'] = 't1.nobody.unknown-token'

    await run()

    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/401/)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/api-key/i)
    expect(server.resultsFor('BD', 42)).toEqual([])
  })

  it('posts every result before failing the step for failed tests (fail-on-test-failure)', async () => {
    inputs['fail-on-test-failure'] = 'true'

    await run()

    expect(server.resultsFor('BD', 42)).toHaveLength(PYTEST_MARKERS)
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0][0]).toMatch(/failed/i)
    // The upload's own summary, not the failure summary.
    expect(summaryHtml()).toContain('results posted')
    expect(summaryHtml()).not.toContain('the upload failed')
  })
})
