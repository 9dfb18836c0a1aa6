/**
 * End to end: the bundled action (`node dist/index.js`) against the loopback
 * QA Sphere test server, on reports produced by real tools.
 */
import { describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { runAction } from './helpers/run-action.js'
import { useTestServer, type ActionInputs } from './helpers/test-server.js'

const PYTEST = { fixture: '__fixtures__/reports/pytest/pytest-xunit1.xml' }
const PHPUNIT = { fixture: '__fixtures__/reports/phpunit/phpunit-nested.xml' }
const GO = { fixture: '__fixtures__/reports/go/gotestsum.xml' }

/** Markers of pytest-xunit1.xml and their combined status (see its README). */
const PYTEST_STATUSES: Record<string, string> = {
  'BD-1': 'passed',
  'BD-2': 'failed',
  'BD-3': 'blocked',
  'BD-4': 'skipped',
  'BD-5': 'passed',
  'BD-6': 'failed',
  'BD-7': 'passed',
  'BD-8': 'passed',
  'BD-9': 'failed',
  'BD-10': 'failed',
  'BD-11': 'passed',
  'BD-13': 'passed'
}

const ctx = useTestServer()

function action(options: ActionInputs = {}) {
  return ctx.action({
    ...options,
    files: options.files ?? { 'reports/junit-pytest.xml': PYTEST }
  })
}

function tcaseIdOf(seq: number): string {
  const tcase = ctx.server.state.projects[0].tcases.find((t) => t.seq === seq)
  if (!tcase) throw new Error(`no test case ${seq}`)
  return tcase.id
}

/** A pull_request event to acme/shop from this repository (a fork unless acme/shop). */
function pullRequestFrom(headRepository: string) {
  return {
    name: 'pull_request',
    payload: {
      pull_request: {
        head: {
          repo: {
            full_name: headRepository,
            fork: headRepository !== 'acme/shop'
          }
        },
        base: { repo: { full_name: 'acme/shop' } }
      }
    }
  }
}

interface ResultOutput {
  marker: string
  tcaseId: string
  status: string
  resultId: number | null
}

describe('uploading real reports', () => {
  it('posts one result per marked test case and sets every output', async () => {
    const result = await action()
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)

    const stored = ctx.server.resultsFor('BD', 42)
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    expect(Object.fromEntries(posted.map((r) => [r.marker, r.status]))).toEqual(
      PYTEST_STATUSES
    )
    expect(JSON.parse(result.outputs['result-ids'])).toEqual(
      stored.map((r) => r.id)
    )
    for (const [i, output] of posted.entries()) {
      expect(output.resultId).toBe(stored[i].id)
      expect(output.tcaseId).toBe(stored[i].tcaseId)
      expect(output.tcaseId).toBe(tcaseIdOf(Number(output.marker.slice(3))))
      expect(output.status).toBe(stored[i].status)
    }
    expect(result.outputs).toMatchObject({
      total: '12',
      passed: '6',
      failed: '4',
      blocked: '1',
      skipped: '1',
      unmatched: '[]',
      'run-url': `${ctx.server.url}/project/BD/run/42`
    })
  })

  it('makes exactly one listing request and ceil(N / batch-size) batch requests, authenticated with ApiKey', async () => {
    const result = await action({ inputs: { 'batch-size': '5' } })
    expect(result.exitCode).toBe(0)
    const api = ctx.server.requests.map((r) => `${r.method} ${r.path}`)
    expect(api).toEqual([
      'GET /api/public/v0/project/BD/run/42/tcase',
      'POST /api/public/v0/project/BD/run/42/result/batch',
      'POST /api/public/v0/project/BD/run/42/result/batch',
      'POST /api/public/v0/project/BD/run/42/result/batch'
    ])
    for (const request of ctx.server.requests) {
      expect(request.headers.authorization).toBe(`ApiKey ${DEMO_KEYS.runner}`)
    }
    const sizes = ctx.server.requests
      .filter((r) => r.method === 'POST')
      .map((r) => (JSON.parse(r.body) as { items: unknown[] }).items.length)
    // Batches go out a few at a time: they may arrive in any order.
    expect(sizes.sort()).toEqual([2, 5, 5])
    // result-ids follow the plan (marker) order; each id is its case's result.
    const stored = new Map(
      ctx.server.resultsFor('BD', 42).map((r) => [r.id, r.tcaseId])
    )
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    expect(JSON.parse(result.outputs['result-ids'])).toEqual(
      posted.map((r) => r.resultId)
    )
    for (const r of posted) expect(stored.get(r.resultId ?? -1)).toBe(r.tcaseId)
    expect(posted.map((r) => Number(r.marker.slice(3)))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13
    ])
  })

  it('combines several test cases on one marker to the worst outcome, sums their time and lists them in the comment', async () => {
    await action()
    const bd6 = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.tcaseId === tcaseIdOf(6))
    expect(bd6?.status).toBe('failed')
    // Three parametrized cases: their names are in the comment, escaped.
    expect(bd6?.comment).toContain('test_bd6_discount_code[SAVE10-10]')
    expect(bd6?.comment).toContain('test_bd6_discount_code[BOGUS-99]')
    expect(bd6?.comment).toContain('assert 0 == 99')
    expect(bd6?.comment).toContain('<pre><code>')
    expect(bd6?.comment).toContain(
      'https://github.com/acme/shop/actions/runs/4242'
    )
    expect(bd6?.comment).toContain(
      'https://github.com/acme/shop/commit/0123456789abcdef0123456789abcdef01234567'
    )
    expect(bd6?.timeTaken).toEqual(expect.any(Number))

    const bd5 = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.tcaseId === tcaseIdOf(5))
    expect(bd5?.status).toBe('passed') // a class-level marker: TestBD5Checkout
    expect(bd5?.comment).toContain('3 tests (2 passed, 1 skipped)')
  })

  it('posts the error of a suite that failed before its tests ran (no testcase) to the suite marker', async () => {
    const run = await action({
      files: {
        'reports/junit-ant.xml': {
          content: `<?xml version="1.0"?>
<testsuites>
  <testsuite name="BD-12 shop.CheckoutTest" tests="1" errors="1">
    <error message="class failed to load" type="java.lang.NoClassDefFoundError">java.lang.NoClassDefFoundError: shop/Cart
    at shop.CheckoutTest.&lt;clinit&gt;(CheckoutTest.java:9)</error>
  </testsuite>
</testsuites>`
        }
      }
    })
    expect(run.exitCode).toBe(0)
    const [bd12] = ctx.server.resultsFor('BD', 42)
    expect(bd12.tcaseId).toBe(tcaseIdOf(12))
    expect(bd12.status).toBe('blocked')
    expect(bd12.comment).toContain(
      '<code>(suite)</code> in BD-12 shop.CheckoutTest'
    )
    expect(bd12.comment).toContain('java.lang.NoClassDefFoundError: shop/Cart')
    expect(run.outputs.blocked).toBe('1')
  })

  it('leaves out the times of a report whose times cannot be seconds, with a warning', async () => {
    const run = await action({
      files: {
        'reports/junit-cst.xml': {
          content: `<testsuites><testsuite>
  <testcase name="BD-1 Command Test: apt-get upgrade" time="999638317"></testcase>
  <testcase name="BD-2 Metadata Test" time="250000"></testcase>
</testsuite></testsuites>`
        }
      }
    })
    expect(run.exitCode).toBe(0)
    const stored = ctx.server.resultsFor('BD', 42)
    expect(stored).toHaveLength(2)
    for (const result of stored) expect(result.timeTaken ?? null).toBeNull()
    expect(run.stdout).toContain(
      '::warning::reports/junit-cst.xml: a test time of 999638317 seconds is impossible'
    )
  })

  it('never lets report text become markup in QA Sphere', async () => {
    await action()
    const bd9 = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.tcaseId === tcaseIdOf(9))
    expect(bd9?.comment).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'
    )
    for (const stored of ctx.server.resultsFor('BD', 42)) {
      expect(stored.comment).not.toMatch(/<script|<img|onerror=|javascript:/i)
    }
  })

  it('reads several report formats in one upload and combines markers across files', async () => {
    const result = await action({
      files: {
        'py/junit.xml': PYTEST,
        'php/junit.xml': PHPUNIT,
        'go/junit.xml': GO
      }
    })
    expect(result.exitCode).toBe(0)
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    const markers = posted.map((r) => r.marker)
    expect(new Set(markers).size).toBe(markers.length) // one result per test case
    // BD-1 passes in all three reports; BD-2 fails in all.
    expect(posted.find((r) => r.marker === 'BD-1')?.status).toBe('passed')
    expect(posted.find((r) => r.marker === 'BD-2')?.status).toBe('failed')
    const bd1 = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.tcaseId === tcaseIdOf(1))
    expect(bd1?.comment).toMatch(/3 tests \(3 passed\)/)
  })

  it('accepts run-url instead of url, project and run', async () => {
    const result = await runAction(ctx.workspaces, {
      files: { 'junit.xml': PYTEST },
      inputs: {
        'run-url': `${ctx.server.url}/project/BD/run/42`,
        'api-key': DEMO_KEYS.runner
      }
    })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(12)
    expect(result.outputs['run-url']).toBe(
      `${ctx.server.url}/project/BD/run/42`
    )
  })

  it('tolerates a trailing slash on url and a lower-case project code', async () => {
    const result = await action({
      inputs: { url: `${ctx.server.url}/`, project: 'bd' }
    })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(12)
  })

  it('accepts a project id instead of its code', async () => {
    const result = await action({
      inputs: { project: ctx.server.state.projects[0].id }
    })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['result-ids'])).toHaveLength(12)
  })

  it('writes a job summary with counts, a table of results and a link to the run', async () => {
    const result = await action()
    expect(result.summary).toContain(
      `<a href="${ctx.server.url}/project/BD/run/42">BD run 42</a>`
    )
    expect(result.summary).toContain(
      '🟢 6 Passed · 🔴 4 Failed · 🟠 1 Blocked · ⚪ 1 Skipped'
    )
    expect(result.summary).toContain(
      '<td><code>BD-6</code></td><td>🔴 Failed</td>'
    )
    expect(result.summary).toContain('test_bd6_discount_code[BOGUS-99]')
    expect(result.summary).not.toContain('<script>')
  })

  it('annotates failed tests as errors, at the line where each failed', async () => {
    // The test files the report names, as in the checkout that ran pytest.
    const result = await action({
      files: {
        'junit.xml': PYTEST,
        'tests/test_auth.py': { content: '# tests\n' },
        'tests/conftest.py': { content: '# fixtures\n' }
      }
    })
    const annotations = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error '))
    expect(annotations).toHaveLength(5) // BD-2, BD-3, BD-6[BOGUS], BD-9, BD-10
    expect(annotations[0]).toMatch(
      /^::error title=BD-2%3A test_bd2_user_sees_error_on_bad_password,file=tests\/test_auth\.py,line=18::AssertionError: login error banner mismatch/
    )
    // BD-3 failed in a fixture, in conftest.py.
    expect(annotations[1]).toMatch(
      /^::error title=BD-3%3A test_bd3_session_is_stored,file=tests\/conftest\.py,line=12::/
    )
  })

  it('a job summary that cannot be written is a warning: it neither fails the step nor hides why it fails', async () => {
    const env = { GITHUB_STEP_SUMMARY: '/nonexistent/dir/summary' }
    const posted = await action({ env })
    expect(posted.exitCode).toBe(0)
    expect(posted.stdout).toContain(
      '::warning::The job summary could not be written:'
    )
    expect(Number(posted.outputs.total)).toBeGreaterThan(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(
      Number(posted.outputs.total)
    )
    const failing = await action({
      env,
      inputs: { 'fail-on-test-failure': 'true' }
    })
    expect(failing.exitCode).toBe(1)
    expect(failing.stdout).toMatch(
      /::error::\d+ tests? in the reports failed \(fail-on-test-failure is true\)\./
    )
  })

  it("annotates at most 9 errors with the unusable reports' ones, keeping the tenth for the step's failure", async () => {
    const failing = Array.from(
      { length: 12 },
      (_, i) =>
        `<testcase name="BD-${i + 1} t"><failure message="m${i + 1}"/></testcase>`
    ).join('')
    const result = await action({
      files: {
        'junit.xml': { content: `<testsuite name="s">${failing}</testsuite>` },
        'junit-bad-1.xml': { content: '<testsuite>' },
        'junit-bad-2.xml': { content: '<testsuite name="x"><testcase>' }
      }
    })
    expect(result.exitCode).toBe(1)
    const errors = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
    expect(errors).toHaveLength(10)
    expect(
      errors.filter((line) => line.startsWith('::error file=junit-bad'))
    ).toHaveLength(2)
    expect(
      errors.filter((line) => line.startsWith('::error title=BD-'))
    ).toHaveLength(7)
    expect(errors[9]).toMatch(
      /^::error::Report junit-bad-1\.xml could not be used/
    )
    expect(result.stdout).toContain('5 more failed tests not annotated')
  })

  it('annotates a test that failed on every rerun once, not once per attempt (gotestsum)', async () => {
    const result = await action({
      files: {
        'go/junit.xml': {
          fixture: '__fixtures__/reports/go/gotestsum-reruns.xml'
        }
      }
    })
    const annotations = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error title=BD-2%3A'))
    expect(annotations).toHaveLength(1)
  })

  it('annotates a JavaScript failure at its line in the test file, from a stack written in another checkout, past the dependencies', async () => {
    const result = await action({
      files: {
        'web/junit.xml': {
          fixture: '__fixtures__/reports/jest/jest-junit.xml'
        },
        // The test file jest ran; the stack names it (and jest-circus's
        // frames) by the absolute paths of the machine that ran it.
        'web/__tests__/shop.test.js': { content: '// tests\n' },
        'node_modules/jest-circus/build/jestAdapterInit.js': { content: '' }
      }
    })
    const annotations = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error '))
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=BD-2%3A \[BD-2\] cart total is wrong,file=web\/__tests__\/shop\.test\.js,line=26::/
      )
    )
    expect(result.stdout).not.toContain('file=node_modules')
    // The job summary links the row to that line of the tested commit.
    expect(result.summary).toContain(
      '(<a href="https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/web/__tests__/shop.test.js#L26">web/__tests__/shop.test.js:26</a>)'
    )
  })

  it('annotates a failed test on its file when the report names one in the workspace, on none that is not there', async () => {
    const inWorkspace = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 a" file="src/a.test.ts"><failure message="boom"/></testcase>' +
            // A failure written only as a status attribute (Catch2, CTest).
            '<testcase name="BD-2 b" file="src/a.test.ts" status="failed"/></testsuite>'
        },
        'src/a.test.ts': { content: '' }
      }
    })
    expect(inWorkspace.stdout).toContain(
      '::error title=BD-1%3A BD-1 a,file=src/a.test.ts::boom'
    )
    expect(inWorkspace.stdout).toContain(
      '::error title=BD-2%3A BD-2 b,file=src/a.test.ts::The test failed with no message.'
    )
    const missing = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 a" file="../../etc/passwd"><failure message="boom /etc/passwd:1"/></testcase></testsuite>'
        }
      }
    })
    expect(missing.stdout).toContain('::error title=BD-1%3A BD-1 a::boom')
  })

  it("annotates with a failure's text: its details when the message is blank, without colour codes", async () => {
    const result = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s">' +
            '<testcase name="BD-1 a"><failure message=" ">AssertionError: boom</failure></testcase>' +
            '<testcase name="BD-2 b"><failure message="\u001b[31mexpected 1\u001b[39m to be 2"/></testcase>' +
            '</testsuite>'
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(
      result.stdout.split('\n').filter((line) => line.startsWith('::error '))
    ).toEqual([
      '::error title=BD-1%3A BD-1 a::AssertionError: boom',
      '::error title=BD-2%3A BD-2 b::expected 1 to be 2'
    ])
  })

  it('says what failed in go and PHPUnit reports, whose messages do not (summary and annotations)', async () => {
    const result = await action({
      files: { 'go/junit.xml': GO, 'php/junit.xml': PHPUNIT }
    })
    expect(result.exitCode).toBe(0)
    // gotestsum's message is `Failed`; PHPUnit's details start with the test's name.
    expect(result.summary).toMatch(
      /<code>BD-2<\/code>.*<em>auth_test\.go:26: login error banner mismatch; expected: Invalid username or password; actual: Something went wrong<\/em>/
    )
    expect(result.summary).not.toMatch(/<em>Failed<\/em>|<em>BdFixtures/)
    const annotations = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error '))
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=BD-2%3A TestBd2UserSeesErrorOnBadPassword::auth_test\.go:26: login error banner mismatch/
      )
    )
    expect(annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=BD-2%3A testBd2UserSeesErrorOnBadPassword.*::login error banner mismatch/
      )
    )
  })

  it("says what failed in a Rust libtest report, whose failures are bare (the panic is in the test's output)", async () => {
    const result = await action({
      files: {
        'junit.xml': {
          fixture: '__fixtures__/reports/rust-libtest/libtest-lib.xml'
        }
      },
      inputs: { 'on-unmatched': 'ignore' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toMatch(
      /<code>BD-2<\/code>.*<em>assertion `left == right` failed: cart total<\/em>/
    )
    expect(result.stdout).toMatch(
      /^::error title=BD-2%3A test_bd2_cart_total_is_wrong::assertion `left == right` failed: cart total/m
    )
    const comment = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.comment.includes('test_bd2_cart_total_is_wrong'))?.comment
    expect(comment).toContain(
      '<p>failure assert:</p><pre><code>thread &#39;tests::test_bd2_cart_total_is_wrong&#39; (3655) panicked at src/lib.rs:32:9:\nassertion `left == right` failed: cart total'
    )
    expect(comment).toContain(
      '<p>Output:</p><pre><code>cart has 3 items\nwarning: price list is stale</code></pre>'
    )
  })

  it('reads a UTF-16 report with a BOM', async () => {
    const utf8 = (await import('node:fs')).readFileSync(
      new URL(
        '../__fixtures__/reports/pytest/pytest-xunit2.xml',
        import.meta.url
      ),
      'utf8'
    )
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        utf8.replace('encoding="utf-8"', 'encoding="UTF-16"'),
        'utf16le'
      )
    ])
    const result = await action({ files: { 'junit.xml': { content: utf16 } } })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42).length).toBeGreaterThan(5)
    expect(result.outputs.total).toBe(
      String(ctx.server.resultsFor('BD', 42).length)
    )
  })
})

/** Combined statuses per marker, from the generating projects' READMEs. */
const COMMON =
  'BD-1=passed BD-2=failed BD-4=skipped BD-5=passed BD-6=failed BD-7=passed BD-8=passed'
const REAL_REPORTS: [string, string][] = [
  [
    'jest/jest-junit.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed BD-13=failed`
  ],
  [
    'vitest/vitest-junit.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed BD-11=passed BD-12=passed`
  ],
  [
    'vitest5/vitest-junit.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed BD-11=passed BD-12=passed`
  ],
  [
    'mocha/mocha-junit-reporter.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed`
  ],
  [
    'playwright/playwright-junit.xml',
    `${COMMON} BD-3=blocked BD-9=blocked BD-10=blocked BD-11=passed BD-12=passed BD-14=failed BD-15=passed`
  ],
  [
    'playwright/playwright-junit-include-retries.xml',
    `${COMMON} BD-3=blocked BD-9=blocked BD-10=blocked BD-11=passed BD-12=passed BD-14=failed BD-15=passed`
  ],
  [
    'node-test/node-test-junit.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed`
  ],
  [
    'pytest/pytest-xunit2.xml',
    `${COMMON} BD-3=blocked BD-9=failed BD-10=failed BD-11=passed BD-13=passed`
  ],
  // BD-16..18 are not in run 42 (it holds 1-15).
  ['ctest/ctest.xml', `${COMMON} BD-3=failed BD-9=failed BD-10=failed`],
  [
    'go/gotestsum.xml',
    `${COMMON} BD-3=failed BD-9=failed BD-10=failed BD-14=passed BD-15=failed`
  ],
  // PHPUnit's class Bd5CheckoutTest does not start with "Test": no BD-5 (see README).
  [
    'phpunit/phpunit-nested.xml',
    `${COMMON.replace(' BD-5=passed', '')} BD-3=blocked BD-9=failed BD-10=failed BD-14=passed BD-15=failed`
  ],
  // cargo test's one document per test binary (BD-16 is not in run 42).
  [
    'rust-libtest/libtest-all.xml',
    'BD-2=failed BD-3=failed BD-5=passed BD-6=failed BD-7=passed BD-8=passed BD-9=failed BD-10=failed BD-11=passed BD-13=passed BD-14=failed BD-15=failed'
  ],
  // PHPUnit 9 warnings: BD-13's @depends target does not exist (never ran).
  [
    'phpunit/phpunit-warnings.xml',
    'BD-11=passed BD-12=passed BD-13=skipped BD-14=failed BD-15=passed'
  ],
  // PHPUnit 9's risky tests (BD-1..3), which it writes as errors but counts
  // as risky, exiting 0.
  [
    'phpunit/phpunit-risky.xml',
    'BD-1=passed BD-2=passed BD-3=passed BD-4=failed BD-5=passed'
  ]
]

describe.each(REAL_REPORTS)('the report %s', (fixture, expected) => {
  it('uploads the status each marker should have', async () => {
    const result = await action({
      files: { 'junit.xml': { fixture: `__fixtures__/reports/${fixture}` } },
      inputs: { 'on-unmatched': 'ignore' }
    })
    expect(result.exitCode).toBe(0)
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    const stored = ctx.server.resultsFor('BD', 42)
    expect(posted.map((r) => r.resultId)).toEqual(stored.map((r) => r.id))
    const got = posted.map((r) => `${r.marker}=${r.status}`)
    expect(got.sort()).toEqual(expected.split(' ').sort())
    for (const r of stored) expect(r.comment).not.toMatch(/<script|<img/i)
  })
})

describe('PHPUnit 9 warnings', () => {
  /** The comment of each stored result, by test case id. */
  const storedComments = () =>
    new Map(ctx.server.resultsFor('BD', 42).map((r) => [r.tcaseId, r.comment]))

  it("are shown in the result's comment; a test that never ran says why it was skipped", async () => {
    const result = await action({
      files: {
        'junit.xml': {
          fixture: '__fixtures__/reports/phpunit/phpunit-warnings.xml'
        }
      }
    })
    expect(result.exitCode).toBe(0)
    const comments = storedComments()
    expect(comments.get(tcaseIdOf(11))).toContain(
      '<p>warning PHPUnit\\Framework\\Warning:</p><pre><code>BdFixtures\\Warnings\\WarningsTest::testBd11PassesWithAWarning\ncache &lt;disabled&gt; &amp; slow\nsecond line</code></pre>'
    )
    expect(comments.get(tcaseIdOf(12))).toContain(
      'assertObjectHasAttribute() is deprecated'
    )
    expect(comments.get(tcaseIdOf(13))).toContain(
      'Reason: This test depends on &quot;BdFixtures\\Warnings\\WarningsTest::testDoesNotExist&quot; which does not exist.'
    )
    expect(comments.get(tcaseIdOf(15))).not.toContain('warning')
  })

  it("and its risky tests: passed, why they are risky in the result's comment, no annotation", async () => {
    const result = await action({
      files: {
        'junit.xml': {
          fixture: '__fixtures__/reports/phpunit/phpunit-risky.xml'
        }
      }
    })
    expect(result.exitCode).toBe(0)
    const comments = storedComments()
    expect(comments.get(tcaseIdOf(1))).toContain(
      '<p>warning PHPUnit\\Framework\\RiskyTestError:</p><pre><code>BdFixtures\\Risky\\RiskyTest::testBd1PerformsNoAssertion\nThis test did not perform any assertions'
    )
    expect(comments.get(tcaseIdOf(2))).toContain(
      'This test printed output: debug: cart has 2 items'
    )
    expect(result.stdout.match(/^::error /gm)).toHaveLength(1)
  })
})

describe('markers that are not in the run', () => {
  const outsideRun = `<testsuite name="s"><testcase name="BD-1 in run" time="1"/><testcase name="BD-16 not in run" time="1"/><testcase name="BD-999 unknown"/></testsuite>`

  it('warns, posts the rest and lists them in the unmatched output', async () => {
    const result = await action({
      files: { 'junit.xml': { content: outsideRun } }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::2 markers are not test cases of run 42'
    )
    expect(JSON.parse(result.outputs.unmatched)).toEqual(['BD-16', 'BD-999'])
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(1)
    expect(result.summary).toContain('<code>BD-16</code>, <code>BD-999</code>')
  })

  it('in a dry run, says they would not be uploaded', async () => {
    const result = await action({
      files: { 'junit.xml': { content: outsideRun } },
      inputs: { 'dry-run': 'true' }
    })
    expect(result.stdout).toContain(
      '::warning::2 markers are not test cases of run 42 and would not be uploaded: BD-16, BD-999'
    )
  })

  it('with no marker of the project at all, says which project', async () => {
    const result = await action({
      files: {
        'junit.xml': {
          content: '<testsuite><testcase name="XY-1 a"/></testsuite>'
        }
      }
    })
    expect(result.stdout).toContain(
      '::warning::No test in the reports carries a marker of project BD (like BD-12): nothing to upload.'
    )
  })

  it('names the first 100 in the warning; the output holds them all', async () => {
    const unknown = Array.from({ length: 1150 }, (_, i) => `BD-${1001 + i}`)
    // Two tests: one may carry 1,000 markers at most.
    const tests = [unknown.slice(0, 575), unknown.slice(575)]
      .map((markers) => `<testcase name="${markers.join(' ')}"/>`)
      .join('')
    const result = await action({
      files: {
        'junit.xml': {
          content: `<testsuite name="s"><testcase name="BD-1 in run"/>${tests}</testsuite>`
        }
      }
    })
    expect(result.exitCode).toBe(0)
    const warning = result.stdout
      .split('\n')
      .find((line) => line.startsWith('::warning::1,150 markers'))
    expect(warning).toContain(
      `${unknown.slice(0, 100).join(', ')} and 1,050 more`
    )
    expect(warning).not.toContain('BD-1101')
    expect(JSON.parse(result.outputs.unmatched)).toEqual(unknown)
  })

  it('fails the step after posting the rest with on-unmatched: fail', async () => {
    const result = await action({
      files: { 'junit.xml': { content: outsideRun } },
      inputs: { 'on-unmatched': 'fail' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::2 markers are not test cases of run 42.*BD-16, BD-999/
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(1)
  })

  it('says nothing with on-unmatched: ignore', async () => {
    const result = await action({
      files: { 'junit.xml': { content: outsideRun } },
      inputs: { 'on-unmatched': 'ignore' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('::warning::')
  })
})

describe('fail-on-test-failure', () => {
  const run42 = () => ctx.server.state.projects[0].runs.find((r) => r.id === 42)

  it('posts every result, closes the run, then fails the step naming how many tests failed', async () => {
    const result = await action({
      inputs: { 'fail-on-test-failure': 'true', 'close-run': 'true' }
    })
    expect(result.exitCode).toBe(1)
    // pytest-xunit1.xml: 4 failures and 1 error.
    expect(result.stdout).toContain(
      '::error::5 tests in the reports failed (fail-on-test-failure is true).'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(12)
    expect(result.outputs.total).toBe('12')
    expect(result.outputs.failed).toBe('4')
    expect(run42()?.closed).toBe(true)
    // The upload itself succeeded: its summary, not the failure summary.
    expect(result.summary).toContain('QA Sphere: 12 results posted')
  })

  it('counts failed tests without a marker and not flaky ones; passes when none failed', async () => {
    const unmarked = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 passes"/><testcase name="no marker"><failure message="boom"/></testcase></testsuite>'
        }
      },
      inputs: { 'fail-on-test-failure': 'true' }
    })
    expect(unmarked.exitCode).toBe(1)
    expect(unmarked.stdout).toContain(
      '::error::1 test in the reports failed (fail-on-test-failure is true).'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(1)

    const passing = await action({
      files: {
        'junit.xml': {
          content:
            // A go report (gotestsum --rerun-fails): BD-3 failed, then passed on a retry.
            '<testsuite name="s"><properties><property name="go.version" value="go1.22.0"/></properties>' +
            '<testcase name="BD-1 passes"/><testcase name="BD-2 skipped"><skipped/></testcase>' +
            '<testcase name="BD-3 retried"><failure message="first try"/></testcase><testcase name="BD-3 retried"/></testsuite>'
        }
      },
      inputs: { 'fail-on-test-failure': 'true' }
    })
    expect(passing.exitCode).toBe(0)
    expect(passing.stdout).not.toContain('::error::')
  })

  it('still fails the step when the upload is skipped on a pull request from a fork', async () => {
    const result = await action({
      inputs: { 'api-key': '', 'fail-on-test-failure': 'true' },
      event: pullRequestFrom('someone/shop')
    })
    expect(result.stdout).toContain('::notice::QA Sphere upload skipped')
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::5 tests in the reports failed (fail-on-test-failure is true).'
    )
    expect(ctx.server.requests).toHaveLength(0)
    expect(result.summary).toBe(
      '<h2>QA Sphere: the upload was skipped (api-key is empty), and the step failed</h2>\n<p>❌ 5 tests in the reports failed (fail-on-test-failure is true).</p>\n'
    )
  })

  it('says the upload was skipped also when the skipped upload finds no report', async () => {
    const result = await action({
      files: {},
      inputs: {
        'api-key': '',
        'fail-on-test-failure': 'true',
        'if-no-files-found': 'error'
      },
      event: pullRequestFrom('someone/shop')
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::No report files match')
    expect(result.summary).toContain(
      '<h2>QA Sphere: the upload was skipped (api-key is empty), and the step failed</h2>'
    )
  })

  it('applies if-no-files-found: error when the upload is skipped, without fail-on-test-failure', async () => {
    const missing = await action({
      files: {},
      inputs: { 'api-key': '', 'if-no-files-found': 'error' },
      event: pullRequestFrom('someone/shop')
    })
    expect(missing.stdout).toContain('::notice::QA Sphere upload skipped')
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toContain('::error::No report files match')
    expect(missing.summary).toContain(
      '<h2>QA Sphere: the upload was skipped (api-key is empty), and the step failed</h2>'
    )
    // Reports found: failed tests alone do not fail it (fail-on-test-failure is false).
    const found = await action({
      inputs: { 'api-key': '', 'if-no-files-found': 'error' },
      event: pullRequestFrom('someone/shop')
    })
    expect(found.exitCode).toBe(0)
    expect(found.stdout).not.toContain('::error::')
    // An unusable report fails it, as it fails an upload.
    const broken = await action({
      files: { 'junit.xml': { content: '<testsuite><testcase>' } },
      inputs: { 'api-key': '', 'if-no-files-found': 'error' },
      event: pullRequestFrom('someone/shop')
    })
    expect(broken.exitCode).toBe(1)
    expect(broken.stdout).toContain(
      '::error::Report junit.xml could not be used'
    )
    expect(ctx.server.requests).toHaveLength(0)
  })

  it('still names the failed tests and unusable reports when an error ends the upload', async () => {
    ctx.server.faults.add({ method: 'GET', status: 500, times: 10 })
    const result = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 a"><failure message="m"/></testcase></testsuite>'
        },
        'junit-bad.xml': { content: '<testsuite>' }
      },
      inputs: { 'fail-on-test-failure': 'true', retries: '0' }
    })
    expect(result.exitCode).toBe(1)
    const [failure] = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error::'))
    expect(failure).toContain('::error::QA Sphere answered GET')
    expect(failure).toContain(
      '%0AReport junit-bad.xml could not be used (see its error above); nothing from it was uploaded.%0A1 test in the reports failed (fail-on-test-failure is true).'
    )
  })

  it('is off by default: failed tests alone do not fail the step', async () => {
    const result = await action()
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('fail-on-test-failure')
  })
})

describe('dry run', () => {
  it('resolves and shows what would be posted, posts nothing', async () => {
    const result = await action({ inputs: { 'dry-run': 'true' } })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
    // The run's test cases, and the runs (is it closed?).
    expect(ctx.server.requests.map((r) => r.method)).toEqual(['GET', 'GET'])
    expect(result.outputs['result-ids']).toBe('[]')
    expect(result.outputs.total).toBe('12')
    const planned = JSON.parse(result.outputs.results) as ResultOutput[]
    expect(planned.every((r) => r.resultId === null)).toBe(true)
    expect(result.stdout).toContain('Would post 12 results')
    expect(result.summary).toContain('(dry run): 12 results would be posted')
    expect(result.stdout).not.toContain('is closed')
  })

  it('logs the request bodies it would post, comments and all (the first 10)', async () => {
    const result = await action({ inputs: { 'dry-run': 'true' } })
    expect(result.exitCode).toBe(0)
    const lines = result.stdout.split('\n')
    const heading = lines.findIndex((line) =>
      line.startsWith('::group::Would post these bodies')
    )
    expect(lines[heading]).toBe(
      '::group::Would post these bodies (the first 10 of 12 results) to POST /api/public/v0/project/BD/run/42/result/batch as {"items": [...]}'
    )
    const bodies = lines
      .slice(heading + 1, lines.indexOf('::endgroup::', heading))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(bodies).toHaveLength(10)
    const planned = JSON.parse(result.outputs.results) as ResultOutput[]
    bodies.forEach((body, i) => {
      expect(body.tcaseId).toBe(planned[i].tcaseId)
      expect(body.status).toBe(planned[i].status)
      expect(body.comment).toMatch(/^<p><strong>/)
    })
    expect(bodies.some((body) => typeof body.timeTaken === 'number')).toBe(true)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
  })

  it('warns that a closed run would take none of the results', async () => {
    const result = await action({ inputs: { 'dry-run': 'true', run: '43' } })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Dry run: run 43 is closed: QA Sphere would take none of the results (HTTP 409)'
    )
    expect(ctx.server.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})

describe('QA Sphere errors are explained', () => {
  it.each([
    [
      'a wrong key',
      { 'api-key': 't1.nobody.wrong-token' },
      401,
      /key is missing, malformed or not valid/
    ],
    ['a viewer key', { 'api-key': DEMO_KEYS.viewer }, 403, /Test Runner role/],
    [
      'an unknown run',
      { run: '777' },
      404,
      /project, the run or a test case was not found/
    ],
    ['a closed run', { run: '43' }, 409, /the run is closed/],
    ['an archived project', { project: 'ARC', run: '1' }, 403, /archived/]
  ])('%s', async (_name, inputs, status, meaning) => {
    const report = '<testsuite><testcase name="BD-1 ARC-1 works"/></testsuite>'
    const result = await action({
      inputs,
      files: { 'junit.xml': { content: report } }
    })
    expect(result.exitCode).toBe(1)
    const error =
      result.stdout.split('\n').find((line) => line.startsWith('::error::')) ??
      ''
    expect(error).toContain(`HTTP ${status}`)
    expect(error).toMatch(meaning)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
    // Later steps can still parse the outputs.
    expect(result.outputs['result-ids']).toBe('[]')
    expect(result.outputs.results).toBe('[]')
    expect(result.outputs.total).toBe('0')
  })

  it('an unknown run fails the step also when no test is marked', async () => {
    // Nothing to post, but the run named is wrong: the next upload would fail.
    const result = await action({
      inputs: { run: '777' },
      files: {
        'junit.xml': { content: '<testsuite><testcase name="a"/></testsuite>' }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::.*HTTP 404.*project, the run or a test case was not found/
    )
  })

  it.each([
    ['marked tests', '<testsuite><testcase name="BD-1 a"/></testsuite>'],
    ['no marked test', '<testsuite><testcase name="a"/></testsuite>']
  ])(
    'an unknown run leaves run-id and run-url empty (%s): there is no run',
    async (_, report) => {
      const result = await action({
        inputs: { run: '777' },
        files: { 'junit.xml': { content: report } }
      })
      expect(result.exitCode).toBe(1)
      expect(result.outputs['run-id']).toBe('')
      expect(result.outputs['run-url']).toBe('')
      expect(result.outputs['run-created']).toBe('false')
    }
  )

  it('a known run given by number: run-id and run-url name it, also when the upload fails', async () => {
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: 'result/batch',
      status: 400,
      times: 10,
      body: { message: 'bad' }
    })
    const result = await action({
      files: {
        'junit.xml': {
          content: '<testsuite><testcase name="BD-1 a"/></testsuite>'
        }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['run-id']).toBe('42')
    expect(result.outputs['run-url']).toMatch(/\/project\/BD\/run\/42$/)
  })

  it('goes on after a batch QA Sphere refuses, and fails the step saying what was not stored', async () => {
    // Before the first batch is processed, BD-6..BD-10 (the whole second
    // batch of 5) leave the run: that batch fails for good, the others land.
    ctx.server.faults.add({
      method: 'POST',
      mutate: (state) => {
        const project = state.projects[0]
        const run = project.runs.find((r) => r.id === 42)
        const gone = new Set(
          project.tcases
            .filter((t) => t.seq >= 6 && t.seq <= 10)
            .map((t) => t.id)
        )
        if (run) run.tcaseIds = run.tcaseIds.filter((id) => !gone.has(id))
      }
    })
    const result = await action({ inputs: { 'batch-size': '5' } })
    expect(result.exitCode).toBe(1)
    const stored = ctx.server.resultsFor('BD', 42)
    expect(stored).toHaveLength(7)
    expect(
      (JSON.parse(result.outputs['result-ids']) as number[]).sort()
    ).toEqual(stored.map((r) => r.id).sort())
    expect(result.outputs.total).toBe('7')
    expect(result.stdout).toContain('7 of 12 results were stored.')
    expect(result.stdout).toContain(
      'Not stored: QA Sphere answered POST /project/BD/run/42/result/batch with HTTP 404'
    )
    expect(result.stdout).toMatch(/BD-6.*BD-7.*BD-8.*BD-9.*BD-10/)
  })

  it('never prints the API key, even with debug logging', async () => {
    const result = await action({
      inputs: { 'api-key': 't1.nobody.wrong-token' },
      env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    })
    expect(result.exitCode).toBe(1)
    const everything =
      result.stdout +
      result.stderr +
      result.summary +
      JSON.stringify(result.outputs)
    expect(
      everything.replace('::add-mask::t1.nobody.wrong-token', '')
    ).not.toContain('wrong-token')
  })
})

describe('reports that cannot be used', () => {
  it('posts from good files, names the malformed file and line, and fails the step', async () => {
    const result = await action({
      files: {
        'a/junit.xml': PYTEST,
        'b/junit.xml': {
          content: '<testsuite>\n<testcase name="BD-14 x">\n<failure>'
        }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error file=b\/junit.xml,line=3::Report b\/junit.xml:3: malformed XML/
    )
    // Said once: the step's failure points at it.
    expect(result.stdout.match(/malformed XML/g)).toHaveLength(1)
    expect(result.stdout).toContain(
      '::error::Report b/junit.xml could not be used (see its error above); nothing from it was uploaded.'
    )
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    expect(posted.map((r) => r.marker)).not.toContain('BD-14')
    expect(posted).toHaveLength(12)
  })

  it('warns about a matched file that is not JUnit, naming it and, for a known format, what to do', async () => {
    const result = await action({
      files: {
        'junit.xml': PYTEST,
        'junit-other.xml': {
          content: '<?xml version="1.0"?><project><name>x</name></project>'
        },
        'TestResults/TestResult.xml': {
          fixture: '__fixtures__/reports/not-junit/nunit2-TestResult.xml'
        },
        'junit-unknown.xml': { content: '<results><test/></results>' }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      "::warning::TestResults/TestResult.xml is not a JUnit report (its root element is <test-results>: NUnit 2's own XML; nunit-console 2 writes no JUnit; with dotnet test, JunitXml.TestLogger does: `dotnet test --logger junit`); skipped"
    )
    expect(result.stdout).toContain(
      '::warning::junit-unknown.xml is not a JUnit report (its root element is <results>); skipped'
    )
    expect(JSON.parse(result.outputs.results)).toHaveLength(12)
    expect(result.stdout).toContain(
      "::warning::junit-other.xml is not a JUnit report (its root element is <project>: a build file such as Maven's pom.xml or Ant's build.xml; not test results: leave it out of `reports`); skipped"
    )
  })

  it.each([
    ['warn', 0, '::warning::No report files match'],
    ['error', 1, '::error::No report files match'],
    ['ignore', 0, 'No report files match']
  ])('if-no-files-found: %s', async (mode, exitCode, message) => {
    const result = await action({
      files: { 'notes.txt': { content: 'no reports here' } },
      inputs: { 'if-no-files-found': mode }
    })
    expect(result.exitCode).toBe(exitCode)
    expect(result.stdout).toContain(message)
    expect(result.stdout).toContain(
      'check that the tests write JUnit XML (the README lists how each tool does)'
    )
    if (mode === 'ignore') expect(result.stdout).not.toContain('::warning::')
    // A warning is said in the summary too.
    if (mode === 'warn')
      expect(result.summary).toContain('<p>⚠️ No report files match')
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(0)
  })

  it('says which matching files were not read because they are symbolic links', async () => {
    const report = '<testsuite name="s"><testcase name="BD-1 a"/></testsuite>'
    const linkTo = (target: string, link: string) => (workspace: string) =>
      symlinkSync(path.join(workspace, target), path.join(workspace, link))
    // Only a link: the step's failure says why nothing was found.
    const only = await action({
      files: { 'build/junit-2024.xml': { content: report } },
      inputs: { reports: 'junit.xml', 'if-no-files-found': 'error' },
      prepare: linkTo('build/junit-2024.xml', 'junit.xml')
    })
    expect(only.exitCode).toBe(1)
    expect(only.stdout).toContain(
      '::error::No report files match junit.xml in '
    )
    expect(only.stdout).toContain(
      '; 1 matching file is a symbolic link, not read (a link could lead out of the workspace): junit.xml. Name the file it leads to instead.'
    )
    // Beside a report that is read: a warning, and the report is posted.
    // (A link to a file read under its own name is not named.)
    const beside = await action({
      files: {
        'out/junit-a.xml': { content: report },
        'build/results-b.xml': { content: report }
      },
      inputs: { reports: '**/junit-*.xml' },
      prepare: (workspace) => {
        linkTo('out/junit-a.xml', 'junit-a.xml')(workspace)
        linkTo('build/results-b.xml', 'junit-b.xml')(workspace)
      }
    })
    expect(beside.exitCode).toBe(0)
    expect(beside.stdout).toContain(
      '::warning::1 matching file is a symbolic link, not read (a link could lead out of the workspace): junit-b.xml. Name the file it leads to instead.'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(1)
  })

  it("says a malformed report's and an unmatched marker's failure once in the summary, as warnings", async () => {
    const result = await action({
      files: {
        'a/junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 a"/><testcase name="BD-999 b"/></testsuite>'
        },
        'b/junit.xml': {
          content: '<testsuite name="s">\n<testcase name="BD-2 x">\n<failure>'
        }
      },
      inputs: { 'on-unmatched': 'fail' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.summary).not.toContain('❌')
    expect(result.summary).toContain('<p>⚠️ Report b/junit.xml:')
    expect(result.summary).toContain(
      '<p>⚠️ 1 marker found in reports but not in the run'
    )
  })

  it('says in the summary why results were not stored (a key QA Sphere refuses to write with)', async () => {
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/result/batch',
      status: 403,
      times: 10,
      body: { message: 'Forbidden' }
    })
    const result = await action()
    expect(result.exitCode).toBe(1)
    expect(result.summary).toMatch(/<p>❌ [^<]*HTTP 403/)
  })

  it.each([
    [
      'warn',
      0,
      '::warning::None of the 2 files matching **/*.xml is a JUnit report'
    ],
    [
      'error',
      1,
      '::error::None of the 2 files matching **/*.xml is a JUnit report'
    ],
    ['ignore', 0, 'None of the 2 files matching **/*.xml is a JUnit report']
  ])(
    'if-no-files-found: %s, when the files that match are none of them JUnit',
    async (mode, exitCode, message) => {
      const project = { content: '<?xml version="1.0"?><project/>' }
      const result = await action({
        files: { 'pom.xml': project, 'web/pom.xml': project },
        inputs: { reports: '**/*.xml', 'if-no-files-found': mode }
      })
      expect(result.exitCode).toBe(exitCode)
      expect(result.stdout).toContain(message)
      expect(ctx.server.requests.filter((r) => r.method === 'POST')).toEqual([])
    }
  )

  it('finds reports by the default patterns and skips node_modules', async () => {
    const result = await action({
      files: {
        'target/surefire-reports/TEST-bd.xml': {
          content: '<testsuite><testcase name="BD-1 a"/></testsuite>'
        },
        'web/junit.xml': {
          content:
            '<testsuites><testsuite><testcase name="BD-2 b"/></testsuite></testsuites>'
        },
        'node_modules/pkg/junit.xml': {
          content: '<testsuite><testcase name="BD-3 c"/></testsuite>'
        }
      }
    })
    expect(result.exitCode).toBe(0)
    const posted = JSON.parse(result.outputs.results) as ResultOutput[]
    expect(posted.map((r) => r.marker)).toEqual(['BD-1', 'BD-2'])
  })
})

describe('the API key', () => {
  it('skips cleanly with a notice on a pull request from a fork, where secrets are empty', async () => {
    const result = await action({
      inputs: { 'api-key': '' },
      event: pullRequestFrom('someone/shop')
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('::notice::QA Sphere upload skipped')
    expect(ctx.server.requests).toHaveLength(0)
  })

  it('is an error when empty on a pull request inside a repository that is itself a fork: those get secrets', async () => {
    // GitHub's `fork` says the repository forks another one, not that the
    // pull request comes from elsewhere.
    const inFork = { full_name: 'acme/shop', fork: true }
    const result = await action({
      inputs: { 'api-key': '' },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: { head: { repo: inFork }, base: { repo: inFork } }
        }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Input "api-key" is empty')
    expect(result.stdout).not.toContain('::notice::QA Sphere upload skipped')
  })

  it('skips cleanly with a notice in a run Dependabot started, which gets only Dependabot secrets', async () => {
    const result = await action({
      inputs: { 'api-key': '' },
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
      event: pullRequestFrom('acme/shop')
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::notice::QA Sphere upload skipped: api-key is empty because GitHub passes only Dependabot secrets'
    )
    expect(ctx.server.requests).toHaveLength(0)
  })

  it("skips cleanly on pull_request_target of Dependabot's own pull request, which gets no secrets", async () => {
    const result = await action({
      inputs: { 'api-key': '' },
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
      event: {
        name: 'pull_request_target',
        payload: {
          pull_request: {
            user: { login: 'dependabot[bot]' },
            head: { repo: { full_name: 'acme/shop' } },
            base: { repo: { full_name: 'acme/shop' } }
          }
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('::notice::QA Sphere upload skipped')
  })

  it.each(['pull_request_review', 'pull_request_review_comment'])(
    'skips cleanly on %s of a pull request from a fork, which gets no secrets',
    async (name) => {
      const result = await action({
        inputs: { 'api-key': '' },
        event: { ...pullRequestFrom('someone/shop'), name }
      })
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toContain('::notice::QA Sphere upload skipped')
    }
  )

  it('is an error when empty in a workflow_run Dependabot started: those get the repository secrets', async () => {
    const result = await action({
      inputs: { 'api-key': '' },
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
      event: {
        name: 'workflow_run',
        payload: { workflow_run: { event: 'pull_request', pull_requests: [] } }
      }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Input "api-key" is empty')
  })

  it('is an error when empty anywhere else', async () => {
    const result = await action({ inputs: { 'api-key': '' } })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Input "api-key" is empty')
    expect(ctx.server.requests).toHaveLength(0)
  })
})

describe('inputs are validated before anything is sent', () => {
  it.each([
    [{ url: 'not a url' }, 'Input "url": "not a url" is not a URL'],
    [
      { url: 'http://qas.example.com' },
      'Input "url": "http://qas.example.com" must use https://'
    ],
    [{ run: '0' }, 'Input "run": run id "0" is not a positive integer'],
    [{ run: 'abc' }, 'Input "run": run id "abc" is not a positive integer'],
    [{ 'run-url': 'https://acme.qasphere.com/project/BD' }, 'Input "run-url"'],
    [
      { 'if-no-files-found': 'maybe' },
      'Input "if-no-files-found": "maybe" is not one of warn, error, ignore'
    ],
    [{ 'dry-run': 'yes' }, 'Input "dry-run": "yes" is not true or false'],
    [{ 'batch-size': '0' }, 'Input "batch-size"'],
    [
      { retries: '-1' },
      'Input "retries": "-1" is not a whole number from 0 to 20'
    ],
    [{ timeout: 'soon' }, 'Input "timeout": "soon" is not a whole number']
  ])('%j', async (inputs, message) => {
    const result = await action({ inputs })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::error::${message}`)
    expect(ctx.server.requests).toHaveLength(0)
    // Later steps can parse the outputs all the same.
    expect(result.outputs).toMatchObject({
      'result-ids': '[]',
      results: '[]',
      total: '0',
      unmatched: '[]',
      'run-id': '',
      'run-created': 'false'
    })
  })
})
