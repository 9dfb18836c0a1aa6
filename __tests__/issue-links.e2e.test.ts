/**
 * End to end: results link to the GitHub issues and pull request of the
 * workflow. The test server answers both QA Sphere's API and GitHub's
 * `GET /repos/{owner}/{repo}/issues/{number}` (GITHUB_API_URL points at it).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  DEMO_GITHUB_TOKEN,
  DEMO_KEYS
} from '../test-server/qasphere-server.mjs'
import { runAction } from './helpers/run-action.js'
import { startSlowGitHub, type SlowGitHub } from './helpers/slow-github.js'
import { useTestServer, type ActionInputs } from './helpers/test-server.js'

const INTEGRATION = '1CSWAh3ys_YniqfXepnwT8F'
/** One passing, one failing and one erroring test case. */
const REPORT = `<testsuite name="shop">
  <testcase name="BD-1 logs in" time="0.1"/>
  <testcase name="BD-2 cart total" time="0.2"><failure message="expected 40">42</failure></testcase>
  <testcase name="BD-3 session" time="0.3"><error message="db down"/></testcase>
</testsuite>`

const ctx = useTestServer()

function action(options: Pick<ActionInputs, 'inputs' | 'event'> = {}) {
  return ctx.action({
    files: { 'junit.xml': { content: REPORT } },
    event: options.event,
    env: { GITHUB_API_URL: ctx.server.url, GITHUB_REPOSITORY: 'acme/shop' },
    inputs: {
      'issue-integration-id': INTEGRATION,
      'github-token': DEMO_GITHUB_TOKEN,
      ...options.inputs
    }
  })
}

interface StoredLink {
  integrationId: string
  url: string
  text: string
  meta?: { id?: string }
}

/** Links stored per status: 'passed' | 'failed' | 'blocked'. */
function linksByStatus(): Record<string, StoredLink[]> {
  return Object.fromEntries(
    ctx.server
      .resultsFor('BD', 42)
      .map((r) => [r.status, r.links as StoredLink[]])
  )
}

function githubRequests(): string[] {
  return ctx.server.requests
    .filter((r) => r.path.startsWith('/repos/'))
    .map((r) => r.path)
}

const PR_12 = {
  integrationId: INTEGRATION,
  url: 'https://github.com/acme/shop/pull/12',
  text: 'Fix cart rounding',
  meta: { id: '12' }
}
const ISSUE_7 = {
  integrationId: INTEGRATION,
  url: 'https://github.com/acme/shop/issues/7',
  text: 'Cart total is wrong',
  meta: { id: '7' }
}
const PAYMENTS_3 = {
  integrationId: INTEGRATION,
  url: 'https://github.com/acme/payments/issues/3',
  text: 'Payments API rounds half down'
}

describe.each(['pull_request', 'pull_request_target'])('on %s', (eventName) => {
  it('links failed and blocked results to the pull request and the issues its body closes', async () => {
    const result = await action({
      event: {
        name: eventName,
        payload: {
          pull_request: {
            number: 12,
            body: 'Rounding fix.\n\nFixes #7, closes acme/payments#3\nRelated to #5 (no keyword)',
            head: { repo: { full_name: 'acme/shop' } },
            base: { repo: { full_name: 'acme/shop' } }
          }
        }
      }
    })
    expect(result.exitCode).toBe(0)
    const links = linksByStatus()
    expect(links.failed).toEqual([PR_12, ISSUE_7, PAYMENTS_3])
    expect(links.blocked).toEqual([PR_12, ISSUE_7, PAYMENTS_3])
    expect(links.passed).toEqual([])
    // One request per distinct issue, authenticated with the token.
    expect(githubRequests().sort()).toEqual([
      '/repos/acme/payments/issues/3',
      '/repos/acme/shop/issues/12',
      '/repos/acme/shop/issues/7'
    ])
    for (const r of ctx.server.requests.filter((r) =>
      r.path.startsWith('/repos/')
    )) {
      expect(r.headers.authorization).toBe(`Bearer ${DEMO_GITHUB_TOKEN}`)
    }
    expect(result.summary).toContain(
      '🔗 2 results link to <a href="https://github.com/acme/shop/pull/12">acme/shop#12: Fix cart rounding</a>'
    )
  })
})

describe.each(['issues', 'issue_comment'])('on %s', (eventName) => {
  it('links to that issue', async () => {
    const result = await action({
      event: {
        name: eventName,
        payload: { issue: { number: 7 }, comment: { body: 'fixes #12' } }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([ISSUE_7])
  })
})

describe('on workflow_run (the fork-safe pattern)', () => {
  it('links to the pull requests of the triggering run', async () => {
    const result = await action({
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: { pull_requests: [{ number: 12 }, { number: 7 }] }
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([PR_12, ISSUE_7])
  })

  it('comments link the run that tested and the commit it tested, not the uploader and the default branch', async () => {
    const headSha = 'b'.repeat(40)
    await action({
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id: 777,
            name: 'Tests',
            run_attempt: 2,
            html_url: 'https://github.com/acme/shop/actions/runs/777',
            head_sha: headSha,
            head_repository: { full_name: 'fork-owner/shop' },
            pull_requests: []
          }
        }
      }
    })
    const comment = ctx.server.resultsFor('BD', 42)[0].comment
    expect(comment).toContain(
      '<a href="https://github.com/acme/shop/actions/runs/777">Tests run 777 (attempt 2)</a>'
    )
    expect(comment).toContain(
      `commit <a href="https://github.com/fork-owner/shop/commit/${headSha}">bbbbbbb</a>`
    )
    expect(comment).not.toContain('actions/runs/4242')
    expect(comment).not.toContain('0123456')
  })
})

describe('on workflow_run from a fork, where GitHub lists no pull requests', () => {
  // Or only the fork's own pull request of that branch, into the fork.
  const forksOwn = {
    number: 5,
    head: { ref: 'fix-rounding', repo: { id: 99 } },
    base: {
      ref: 'main',
      repo: { id: 99, url: 'https://api.github.com/repos/contributor/shop' }
    }
  }
  it.each([
    ['none', []],
    ["only the fork's own", [forksOwn]]
  ])(
    'finds the pull request by its head and links it (listed: %s)',
    async (_, listed) => {
      const result = await action({
        event: {
          name: 'workflow_run',
          payload: {
            repository: { id: 1, full_name: 'acme/shop' },
            workflow_run: {
              event: 'pull_request',
              head_branch: 'fix-rounding',
              head_repository: {
                id: 99,
                full_name: 'contributor/shop',
                owner: { login: 'contributor' }
              },
              pull_requests: listed
            }
          }
        }
      })
      expect(result.exitCode).toBe(0)
      expect(linksByStatus().failed).toEqual([PR_12])
      expect(githubRequests()).toEqual([
        '/repos/acme/shop/pulls?state=open&head=contributor%3Afix-rounding',
        '/repos/acme/shop/issues/12'
      ])
    }
  )

  it('links nothing, with a warning, when the look-up fails', async () => {
    ctx.server.faults.add({
      method: 'GET',
      pathIncludes: '/pulls',
      status: 403
    })
    const result = await action({
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            event: 'pull_request',
            head_branch: 'fix-rounding',
            head_repository: { full_name: 'contributor/shop' },
            pull_requests: []
          }
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Could not find the pull request of contributor:fix-rounding: GitHub answered HTTP 403'
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
  })
})

describe('on push', () => {
  it('links only what the issues input names, in every accepted form, de-duplicated', async () => {
    const result = await action({
      event: {
        name: 'push',
        payload: { head_commit: { message: 'fixes #12' } }
      },
      inputs: {
        issues:
          '7, #7\nacme/payments#3\nhttps://github.com/acme/shop/issues/7\nnot-a-ref'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([ISSUE_7, PAYMENTS_3])
    expect(githubRequests()).toHaveLength(2)
    expect(result.stdout).toContain(
      '::warning::Input "issues": "not-a-ref" is not an issue reference'
    )
  })

  it('links nothing and asks GitHub nothing when no issue is named', async () => {
    const result = await action({ event: { name: 'push', payload: {} } })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([])
    expect(githubRequests()).toEqual([])
  })
})

describe('link-issues', () => {
  const pr = {
    name: 'pull_request',
    payload: { pull_request: { number: 12, body: '' } }
  }

  it('all: every result gets the links', async () => {
    await action({ event: pr, inputs: { 'link-issues': 'all' } })
    expect(linksByStatus()).toEqual({
      passed: [PR_12],
      failed: [PR_12],
      blocked: [PR_12]
    })
  })

  it('failed: failed tests get the links whatever status status-map gives them', async () => {
    const result = await action({
      event: pr,
      inputs: { 'status-map': 'failure=custom3\nerror=Known Issue' }
    })
    expect(result.exitCode).toBe(0)
    const linked = ctx.server
      .resultsFor('BD', 42)
      .map((r) => [r.status, (r.links as StoredLink[]).length])
    expect(linked).toHaveLength(3)
    expect(linked.filter(([status]) => status === 'passed')).toEqual([
      ['passed', 0]
    ])
    expect(linked.filter(([status]) => status !== 'passed')).toEqual([
      [expect.stringMatching(/^custom/), 1],
      [expect.stringMatching(/^custom/), 1]
    ])
  })

  it('a wrong issue-integration-id: every result is stored without links, with one warning, and the summary claims none', async () => {
    const result = await action({
      event: pr,
      inputs: { 'issue-integration-id': 'not-our-integration' }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus()).toEqual({ passed: [], failed: [], blocked: [] })
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
    const warnings = result.stdout
      .split('\n')
      .filter((line) => line.includes('refused the issue links'))
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::QA Sphere refused the issue links \(.*no integration not-our-integration.*\): it stored 2 results without them\. Check issue-integration-id/
      )
    ])
    expect(result.summary).toContain('🔗 0 results link to')
  })

  it('none: no result gets links and GitHub is not asked', async () => {
    await action({ event: pr, inputs: { 'link-issues': 'none' } })
    expect(linksByStatus()).toEqual({ passed: [], failed: [], blocked: [] })
    expect(githubRequests()).toEqual([])
  })

  it('without issue-integration-id nothing is linked', async () => {
    const result = await action({
      event: pr,
      inputs: { 'issue-integration-id': '', issues: '7' }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([])
    expect(githubRequests()).toEqual([])
    expect(result.stdout).toContain(
      '::warning::Input "issues" is set but "issue-integration-id" is not'
    )
  })
})

describe('a step that fails while GitHub is still being asked', () => {
  it('exits at once, without warnings about look-ups it no longer needs', async () => {
    ctx.server.faults.add({
      method: 'GET',
      pathIncludes: '/repos/',
      delayMs: 8000,
      times: 10
    })
    const started = Date.now()
    const result = await action({
      event: { name: 'issues', payload: { issue: { number: 7 } } },
      inputs: { reports: 'nothing-here/*.xml', 'if-no-files-found': 'error' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::No report files match')
    expect(result.stdout).not.toContain('Could not read')
    expect(Date.now() - started).toBeLessThan(6000)
  }, 30_000)
})

describe("GitHub's rate limit", () => {
  it('stops asking once GitHub says the limit is used up, and says until when', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1800
    ctx.server.faults.add({
      method: 'GET',
      pathIncludes: '/repos/',
      status: 403,
      times: 100,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset)
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    })
    const body = Array.from({ length: 10 }, (_, i) => `Fixes #${i + 1}`).join(
      '\n'
    )
    const result = await action({
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 12, body } }
      }
    })
    expect(result.exitCode).toBe(0)
    // At most the look-ups in flight (4 at once) when the first answer came.
    expect(
      ctx.server.requests.filter((r) => r.path.startsWith('/repos/')).length
    ).toBeLessThanOrEqual(4)
    const until = new Date(reset * 1000).toISOString().slice(11, 19)
    expect(result.stdout).toContain(
      `GitHub answered HTTP 403: its API rate limit is reached until ${until} UTC; no more look-ups are made`
    )
    expect(result.stdout).not.toContain('needs permissions')
  })
})

describe('when GitHub cannot answer, links never make the upload fail', () => {
  const issue7 = { name: 'issues', payload: { issue: { number: 7 } } }
  const fallback = {
    integrationId: INTEGRATION,
    url: 'https://github.com/acme/shop/issues/7',
    text: 'acme/shop#7',
    meta: { id: '7' }
  }

  it.each([
    ['a bad token', { 'github-token': 'ghs_wrong' }, undefined, 'HTTP 401'],
    [
      'a rate limit',
      {},
      { status: 403, body: { message: 'API rate limit exceeded' } },
      'HTTP 403'
    ],
    ['an unknown issue', { issues: '404' }, undefined, 'HTTP 404']
  ])('%s', async (_name, inputs, fault, message) => {
    if (fault)
      ctx.server.faults.add({
        method: 'GET',
        pathIncludes: '/repos/',
        ...fault
      })
    const result = await action({ event: issue7, inputs })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(
        `::warning::Could not read acme/shop#(7|404) from GitHub: GitHub answered ${message}`
      )
    )
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
    expect(linksByStatus().failed).toContainEqual(
      message === 'HTTP 404'
        ? {
            ...fallback,
            url: 'https://github.com/acme/shop/issues/404',
            text: 'acme/shop#404',
            meta: { id: '404' }
          }
        : fallback
    )
  })

  it('an unreachable API', async () => {
    const result = await runAction(ctx.workspaces, {
      files: { 'junit.xml': { content: REPORT } },
      event: issue7,
      env: {
        GITHUB_API_URL: 'http://127.0.0.1:1',
        GITHUB_REPOSITORY: 'acme/shop'
      },
      inputs: {
        url: ctx.server.url,
        'api-key': DEMO_KEYS.runner,
        project: 'BD',
        run: '42',
        'issue-integration-id': INTEGRATION
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Could not read acme/shop#7 from GitHub: GitHub could not be reached'
    )
    expect(linksByStatus().failed).toEqual([fallback])
  })

  it('never prints the GitHub token', async () => {
    const result = await action({
      event: issue7,
      inputs: { 'github-token': 'ghs_secret-value-1' }
    })
    const all =
      result.stdout +
      result.stderr +
      result.summary +
      JSON.stringify(result.outputs)
    expect(all.replace('::add-mask::ghs_secret-value-1', '')).not.toContain(
      'secret-value-1'
    )
  })
})

function warnings(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::warning::'))
}

describe('a pull request body that names hundreds of issues', () => {
  it('links the pull request and the first 10 issues, with one warning for the rest', async () => {
    // Issue 7 exists; the others are unknown to GitHub (404).
    const body = Array.from({ length: 300 }, (_, i) => `Fixes #${i + 1}`).join(
      '\n'
    )
    const result = await action({
      event: {
        name: 'pull_request_target',
        payload: { pull_request: { number: 12, body } }
      }
    })
    expect(result.exitCode).toBe(0)
    const failed = linksByStatus().failed
    expect(failed.map((link) => link.meta?.id)).toEqual([
      '12',
      ...Array.from({ length: 10 }, (_, i) => String(i + 1))
    ])
    expect(failed).toContainEqual(PR_12)
    expect(failed).toContainEqual(ISSUE_7)
    expect(linksByStatus().blocked).toEqual(failed)
    expect(githubRequests()).toHaveLength(11)
    // One warning for the 290 ignored, one for the 9 titles GitHub did not give.
    expect(warnings(result.stdout)).toEqual([
      '::warning::290 issue references ignored: the pull request body closes 300 issues and only the first 10 are taken.',
      expect.stringMatching(
        /^::warning::Could not read 9 issues from GitHub; they are linked without their titles: acme\/shop#1 \(GitHub answered HTTP 404.*\) and 6 more$/
      )
    ])
  })

  it("a 65 KB body of other repositories' issues: a bounded number of requests and links", async () => {
    let body = ''
    for (let n = 1; body.length < 65_000; n++) body += `fixes a/b#${n} `
    const result = await action({
      event: {
        name: 'pull_request_target',
        payload: { pull_request: { number: 12, body } }
      },
      inputs: { 'link-issues': 'all' }
    })
    expect(result.exitCode).toBe(0)
    expect(githubRequests()).toHaveLength(11)
    for (const links of Object.values(linksByStatus())) {
      expect(links).toHaveLength(11)
      // meta.id (a QA Sphere comment) only on the workflow's own pull request.
      expect(links.filter((link) => link.meta)).toEqual([PR_12])
    }
    expect(warnings(result.stdout)).toHaveLength(2)
    expect(result.stdout).toMatch(
      /::warning::\d,\d{3} issue references ignored: the pull request body closes \d,\d{3} issues/
    )
    // The batch holds 3 results of 11 links each, not thousands.
    const batches = ctx.server.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('/result/batch')
    )
    expect(batches.length).toBeGreaterThan(0)
    for (const batch of batches) expect(batch.bodyBytes).toBeLessThan(20_000)
  })

  it('the issues input: at most 50 issues in all', async () => {
    const issues = [
      ...Array.from({ length: 60 }, (_, i) => `#${i + 1}`),
      ...['x1', 'x2', 'x3', 'x4']
    ].join(',')
    const result = await action({
      event: { name: 'push', payload: {} },
      inputs: { issues }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toHaveLength(50)
    expect(githubRequests()).toHaveLength(50)
    expect(warnings(result.stdout)).toEqual([
      '::warning::Input "issues": 4 items are not issue references (12, #12, owner/repo#12 or an issue URL) and are ignored: "x1", "x2", "x3" and 1 more',
      '::warning::10 issue references ignored: at most 50 issues are linked in all.',
      expect.stringMatching(/^::warning::Could not read 48 issues from GitHub/)
    ])
  })
})

describe('a GitHub API that answers a byte at a time', () => {
  let slow: SlowGitHub | undefined
  afterEach(async () => {
    await slow?.close()
    slow = undefined
  })

  it.each(['trickle-body', 'trickle-all'] as const)(
    '%s: the step ends within the timeout input; results are posted, linked without titles',
    async (mode) => {
      slow = await startSlowGitHub({ mode, intervalMs: 1000 })
      const started = Date.now()
      const result = await runAction(ctx.workspaces, {
        files: { 'junit.xml': { content: REPORT } },
        event: {
          name: 'pull_request',
          payload: { pull_request: { number: 12, body: 'Fixes #7' } }
        },
        env: { GITHUB_API_URL: slow.url, GITHUB_REPOSITORY: 'acme/shop' },
        inputs: {
          url: ctx.server.url,
          'api-key': DEMO_KEYS.runner,
          project: 'BD',
          run: '42',
          'issue-integration-id': INTEGRATION,
          timeout: '5'
        }
      })
      const took = Date.now() - started
      expect(result.exitCode).toBe(0)
      expect(took).toBeLessThan(6000)
      expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
      expect(linksByStatus().failed).toEqual([
        {
          ...PR_12,
          url: 'https://github.com/acme/shop/issues/12',
          text: 'acme/shop#12'
        },
        { ...ISSUE_7, text: 'acme/shop#7' }
      ])
      expect(warnings(result.stdout)).toEqual([
        '::warning::Could not read acme/shop#12 from GitHub: GitHub did not answer within 2.5 s (issue titles get half the timeout input, at most 30 s). It is linked without its title.',
        '::warning::Could not read acme/shop#7 from GitHub: GitHub did not answer within 2.5 s (issue titles get half the timeout input, at most 30 s). It is linked without its title.'
      ])
      expect(slow.requests).toHaveLength(2)
    },
    20_000
  )

  it('a redirect whose body never ends: not followed, the upload goes on, linked without titles', async () => {
    slow = await startSlowGitHub({ mode: 'redirect-trickle', intervalMs: 200 })
    const result = await runAction(ctx.workspaces, {
      files: { 'junit.xml': { content: REPORT } },
      event: {
        name: 'pull_request',
        payload: { pull_request: { number: 12, body: 'Fixes #7' } }
      },
      env: { GITHUB_API_URL: slow.url, GITHUB_REPOSITORY: 'acme/shop' },
      inputs: {
        url: ctx.server.url,
        'api-key': DEMO_KEYS.runner,
        project: 'BD',
        run: '42',
        'issue-integration-id': INTEGRATION,
        timeout: '10'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
    expect(linksByStatus().failed).toEqual([
      {
        ...PR_12,
        url: 'https://github.com/acme/shop/issues/12',
        text: 'acme/shop#12'
      },
      { ...ISSUE_7, text: 'acme/shop#7' }
    ])
    expect(warnings(result.stdout)).toEqual([
      '::warning::Could not read acme/shop#12 from GitHub: GitHub answered HTTP 302 (a redirect, not followed: a renamed or moved repository?). It is linked without its title.',
      '::warning::Could not read acme/shop#7 from GitHub: GitHub answered HTTP 302 (a redirect, not followed: a renamed or moved repository?). It is linked without its title.'
    ])
    expect(slow.requests).toHaveLength(2) // one per issue, none followed
  }, 20_000)
})

describe('odd event payloads never stop the upload', () => {
  it.each([
    ['pull_request', { pull_request: { number: 12, body: 5 } }, [PR_12]],
    [
      'workflow_run',
      { workflow_run: { pull_requests: [null, { number: 12 }] } },
      [PR_12]
    ],
    [
      'workflow_run',
      {
        workflow_run: {
          event: 'pull_request',
          pull_requests: [],
          head_repository: { full_name: 5 },
          head_branch: 'x'
        }
      },
      []
    ]
  ])('%s %j', async (name, payload, links) => {
    const result = await action({ event: { name, payload } })
    expect(result.exitCode).toBe(0)
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(3)
    expect(linksByStatus().failed ?? []).toEqual(links)
  })

  it('a pull request template: references in comments and code are not links', async () => {
    const result = await action({
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 12,
            body: 'Rounds totals.\n\n<!-- Link the issue this fixes, e.g. "Fixes #7" -->\n`fixes #7` is how.'
          }
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(linksByStatus().failed).toEqual([PR_12])
  })
})
