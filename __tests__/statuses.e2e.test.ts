/**
 * End to end: status-map by id and by display name, inactive and unknown
 * statuses, configure-statuses, and flaky tests from real tools.
 */
import { describe, expect, it } from '@jest/globals'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { useTestServer, type ActionInputs } from './helpers/test-server.js'

/** BD-1 passes, BD-2 fails, BD-3 errors, BD-4 is skipped. */
const REPORT = `<testsuite name="s">
  <testcase name="BD-1 ok"/>
  <testcase name="BD-2 bad"><failure message="nope"/></testcase>
  <testcase name="BD-3 crash"><error message="boom"/></testcase>
  <testcase name="BD-4 later"><skipped/></testcase>
</testsuite>`

const ctx = useTestServer()

function action(
  inputs: Record<string, string>,
  files: ActionInputs['files'] = { 'junit.xml': { content: REPORT } }
) {
  return ctx.action({ files, inputs })
}

interface Posted {
  marker: string
  status: string
  statusName: string
}

const posted = (outputs: Record<string, string>) =>
  Object.fromEntries(
    (JSON.parse(outputs.results) as Posted[]).map((r) => [
      r.marker,
      `${r.status}/${r.statusName}`
    ])
  )
const settingsWrites = () =>
  ctx.server.requests.filter(
    (r) =>
      r.method === 'POST' && r.path.endsWith('/settings/preferences/status')
  )

describe('status-map', () => {
  it('defaults: passed, failed, blocked, skipped, without asking for statuses', async () => {
    const result = await action({})
    expect(result.exitCode).toBe(0)
    expect(posted(result.outputs)).toEqual({
      'BD-1': 'passed/Passed',
      'BD-2': 'failed/Failed',
      'BD-3': 'blocked/Blocked',
      'BD-4': 'skipped/Skipped'
    })
    // Declared outputs are set, also for statuses no result has.
    expect(result.outputs).toMatchObject({ open: '0', custom4: '0' })
    expect(ctx.server.requests.some((r) => r.path.includes('/settings/'))).toBe(
      false
    )
  })

  it('maps by display name, case-insensitive, and by id', async () => {
    const result = await action({
      'status-map': 'error=known issue\nfailure=custom3\nskipped=open'
    })
    expect(result.exitCode).toBe(0)
    expect(posted(result.outputs)).toEqual({
      'BD-1': 'passed/Passed',
      'BD-2': 'custom3/Custom 3',
      'BD-3': 'custom1/Known Issue',
      'BD-4': 'open/Open'
    })
    const stored = Object.fromEntries(
      ctx.server.resultsFor('BD', 42).map((r) => [r.status, r.comment])
    )
    expect(stored.custom1).toContain('<strong>Known Issue</strong>')
    expect(result.summary).toContain('<td>🟦 Known Issue</td>')
    expect(result.summary).toContain('🟦 1 Known Issue')
    expect(result.outputs).toMatchObject({
      passed: '1',
      failed: '0',
      blocked: '0',
      skipped: '0',
      open: '1',
      custom1: '1',
      custom2: '0',
      custom3: '1',
      custom4: '0'
    })
  })

  it('an inactive status is an error before anything is posted, saying how to enable it', async () => {
    const result = await action({ 'status-map': 'error=Retest' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::status-map: error=Retest: the status "Retest" (custom2) is not active in QA Sphere. Enable it in QA Sphere\'s settings'
    )
    expect(result.stdout).toContain('configure-statuses: custom2=Retest:orange')
    expect(ctx.server.requests.filter((r) => r.method === 'POST')).toHaveLength(
      0
    )
  })

  it('an unknown status is an error before anything is posted, listing the known ones', async () => {
    const result = await action({ 'status-map': 'failure=Broken' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('there is no status "Broken" in QA Sphere')
    expect(result.stdout).toContain('custom1 ("Known Issue")')
    expect(ctx.server.requests.filter((r) => r.method === 'POST')).toHaveLength(
      0
    )
  })

  it('an unknown outcome is an input error', async () => {
    const result = await action({ 'status-map': 'crashed=failed' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Input "status-map": "crashed" is not an outcome'
    )
    expect(ctx.server.requests).toHaveLength(0)
  })

  it('combines outcomes first, then maps: a failure beats a mapped error', async () => {
    const report = `<testsuite name="BD-5 suite"><testcase name="a"><error/></testcase><testcase name="b"><failure/></testcase></testsuite>`
    const result = await action(
      { 'status-map': 'error=Known Issue' },
      { 'junit.xml': { content: report } }
    )
    expect(posted(result.outputs)).toEqual({ 'BD-5': 'failed/Failed' })
  })
})

describe('configure-statuses', () => {
  it('enables and names a custom status before posting, then skips what is already so', async () => {
    const inputs = {
      'api-key': DEMO_KEYS.admin,
      'configure-statuses': 'custom2=Flaky:yellow',
      'status-map': 'failure=Flaky'
    }
    const first = await action(inputs)
    expect(first.exitCode).toBe(0)
    expect(
      ctx.server.state.statuses.find((s) => s.id === 'custom2')
    ).toMatchObject({
      name: 'Flaky',
      color: 'yellow',
      isActive: true
    })
    expect(posted(first.outputs)['BD-2']).toBe('custom2/Flaky')
    expect(settingsWrites()).toHaveLength(1)
    expect(JSON.parse(settingsWrites()[0].body)).toEqual({
      statuses: [
        { id: 'custom2', name: 'Flaky', color: 'yellow', isActive: true }
      ]
    })

    ctx.server.requests.length = 0
    const second = await action(inputs)
    expect(second.exitCode).toBe(0)
    expect(settingsWrites()).toHaveLength(0)
    expect(second.stdout).toContain(
      'Custom statuses are already as configure-statuses says'
    )
  })

  it('needs an admin key, and says so', async () => {
    const result = await action({
      'configure-statuses': 'custom2=Flaky:yellow'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'needs an API key with the Admin or Owner role'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
  })

  it('explains a 409 in plain words', async () => {
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/settings/preferences/status',
      status: 409,
      body: { message: 'status is in use' }
    })
    const result = await action({
      'api-key': DEMO_KEYS.admin,
      'configure-statuses': 'custom1=Known Bug:red'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'changes it does not allow to a custom status that results already use'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
  })

  describe('changes nothing in the account when the upload stops before posting', () => {
    const configure = {
      'api-key': DEMO_KEYS.admin,
      'configure-statuses': 'custom1=Known Bug:red'
    }
    const custom1 = () =>
      ctx.server.state.statuses.find((s) => s.id === 'custom1')

    it.each([
      [
        'a status-map that cannot be resolved',
        { 'status-map': 'error=Nope' },
        undefined,
        'there is no status "Nope"'
      ],
      ['a run that does not exist', { run: '777' }, undefined, 'HTTP 404'],
      [
        'no report files, with if-no-files-found: error',
        { 'if-no-files-found': 'error' },
        {},
        'No report files match'
      ],
      [
        'no test with a marker of the run',
        {},
        {
          'junit.xml': {
            content: '<testsuite><testcase name="no marker"/></testsuite>'
          }
        },
        undefined
      ]
    ] as const)('%s', async (_, inputs, files, error) => {
      const before = structuredClone(custom1())
      const result = await action({ ...configure, ...inputs }, files)
      if (error) {
        expect(result.exitCode).toBe(1)
        expect(result.stdout).toContain(error)
      }
      expect(settingsWrites()).toHaveLength(0)
      expect(custom1()).toEqual(before)
    })
  })

  it('refuses an invalid line as an input error', async () => {
    const result = await action({ 'configure-statuses': 'custom5=X:red\n' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Input "configure-statuses"')
  })
})

describe('flaky tests from real tools', () => {
  it.each([
    [
      'playwright/playwright-junit-include-retries.xml',
      'fails on the first attempt only'
    ],
    ['go/gotestsum-reruns.xml', 'flaky failure']
  ])(
    '%s: BD-12 is flaky, posted as passed, every failed attempt in the comment',
    async (fixture, attempt) => {
      const result = await action(
        { 'on-unmatched': 'ignore' },
        { 'junit.xml': { fixture: `__fixtures__/reports/${fixture}` } }
      )
      expect(result.exitCode).toBe(0)
      expect(posted(result.outputs)['BD-12']).toBe('passed/Passed')
      const bd12 = ctx.server
        .resultsFor('BD', 42)
        .find((r) => r.comment.includes('BD-12') || r.comment.includes('Bd12'))
      expect(bd12?.comment).toContain('flaky (passed on a retry)')
      expect(bd12?.comment).toContain(attempt)
    }
  )

  it('flaky=Known Issue maps them to a custom status', async () => {
    const result = await action(
      { 'on-unmatched': 'ignore', 'status-map': 'flaky=Known Issue' },
      {
        'junit.xml': { fixture: '__fixtures__/reports/go/gotestsum-reruns.xml' }
      }
    )
    expect(posted(result.outputs)['BD-12']).toBe('custom1/Known Issue')
  })

  // As fastlane's trainer writes Xcode's retries (see
  // third-party/swift/xcode16-swifttesting-retries.xml), and any tool that
  // writes a retried test's attempts as repeated testcases.
  it.each([
    [
      'Xcode through fastlane trainer',
      `<testsuites tests='2' failures='1'><testsuite name='ShopTests' tests='2' failures='1'>
        <testcase name='testBd1Checkout()' classname='CheckoutTests' time='0.5'>
          <failure message='CheckoutTests.swift:12: XCTAssertEqual failed: ("41") is not equal to ("42")'/>
          <properties><property name='repetition' value='Retry 1'/></properties>
        </testcase>
        <testcase name='testBd1Checkout()' classname='CheckoutTests' time='0.4'>
          <properties><property name='repetition' value='Retry 2'/></properties>
        </testcase>
      </testsuite></testsuites>`,
      'BD-1',
      'XCTAssertEqual failed'
    ],
    [
      'a plain repeated testcase',
      `<testsuite name='tests.test_login'>
        <testcase classname='tests.test_login' name='test_bd2_login' time='0.1'><failure message='AssertionError: flaky'>trace</failure></testcase>
        <testcase classname='tests.test_login' name='test_bd2_login' time='0.1'/>
      </testsuite>`,
      'BD-2',
      'AssertionError: flaky'
    ]
  ])(
    '%s: a test failed then passed under one name in one suite is flaky',
    async (_tool, content, marker, attempt) => {
      const result = await action(
        { 'status-map': 'flaky=Known Issue' },
        { 'junit.xml': { content } }
      )
      expect(result.exitCode).toBe(0)
      expect(posted(result.outputs)).toEqual({
        [marker]: 'custom1/Known Issue'
      })
      const [stored] = ctx.server.resultsFor('BD', 42)
      expect(stored.comment).toContain('flaky (passed on a retry)')
      expect(stored.comment).toContain(attempt)
    }
  )
})
