import { describe, expect, it } from '@jest/globals'
import * as commonmark from 'commonmark'
import { seeded } from './helpers/random.js'
import {
  capReferences,
  closedByBody,
  dedupe,
  forkPullRequestHead,
  MAX_BODY_REFERENCES,
  parseReference,
  parseReferenceList,
  referencesFromEvent
} from '../src/issues/references.js'
import { toResultLinks, wantsLinks } from '../src/issues/links.js'

const context = { repository: 'acme/shop', serverUrl: 'https://github.com' }
const shop = (number: number) => ({ owner: 'acme', repo: 'shop', number })

describe('parseReference', () => {
  it.each([
    ['12', shop(12)],
    ['#12', shop(12)],
    [' #12 ', shop(12)],
    ['octo/lib#3', { owner: 'octo', repo: 'lib', number: 3 }],
    [
      'https://github.com/octo/lib/issues/3',
      { owner: 'octo', repo: 'lib', number: 3 }
    ],
    ['https://github.com/acme/shop/pull/12', shop(12)],
    ['https://github.com/acme/shop/pull/12/', shop(12)]
  ])('%s', (text, expected) => {
    expect(parseReference(text, context)).toEqual(expected)
  })

  it.each([
    'abc',
    '#0',
    '#12a',
    'https://evil.example/acme/shop/issues/1',
    'https://github.com/acme/shop/commit/12',
    'javascript:alert(1)',
    'acme#12'
  ])('refuses %s', (text) => {
    expect(parseReference(text, context)).toBeUndefined()
  })

  it('accepts URLs of a GitHub Enterprise Server', () => {
    const ghes = { repository: 'acme/shop', serverUrl: 'https://git.acme.corp' }
    expect(
      parseReference('https://git.acme.corp/acme/shop/issues/4', ghes)
    ).toEqual(shop(4))
    expect(
      parseReference('https://github.com/acme/shop/issues/4', ghes)
    ).toBeUndefined()
  })
})

describe('parseReferenceList', () => {
  it('splits on lines and commas and reports what it cannot read', () => {
    expect(parseReferenceList('1, #2\n octo/lib#3 ,\n\nnope', context)).toEqual(
      {
        refs: [shop(1), shop(2), { owner: 'octo', repo: 'lib', number: 3 }],
        invalid: ['nope']
      }
    )
  })
})

describe('closedByBody', () => {
  it('finds every closing keyword form', () => {
    const body = [
      'close #1',
      'Closes #2',
      'closed: #3',
      'fix #4',
      'FIXES octo/lib#5',
      'fixed https://github.com/acme/shop/issues/6',
      'resolve #7, resolves #8 and Resolved #9'
    ].join('\n')
    expect(closedByBody(body, context).map((r) => r.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9
    ])
  })

  it('ignores references without a keyword and words that only contain one', () => {
    expect(
      closedByBody('See #1. Prefix #2. unfixed #3. closesomething #4', context)
    ).toEqual([])
  })
})

describe('closedByBody reads the body as GitHub does', () => {
  it('an HTML <pre> or <code> runs on past blank lines, and text after its end counts', () => {
    const refs = (body: string) =>
      closedByBody(body, context).map((r) => r.number)
    expect(
      refs('Output: <pre>\nerror\n\nfixes #12 in the log\n</pre>\n\nThanks')
    ).toEqual([])
    expect(refs('Run <code>make test\n\nfixes #12</code> to check')).toEqual([])
    expect(refs('<pre>npm test</pre> Fixes #12')).toEqual([12])
    expect(refs('<pre>\nlog\n</pre> Fixes #13')).toEqual([13])
    expect(refs('<PRE>\nFixes #9\n\n</PRE>\n\nFixes #14')).toEqual([14])
  })

  it('an issue URL ending a paragraph, and keywords after `<pre>` written as code, still count', () => {
    expect(
      closedByBody(
        'Closes https://github.com/acme/shop/issues/12\n\n## Notes',
        context
      )
    ).toEqual([shop(12)])
    expect(
      closedByBody('Render `<pre>` blocks better.\n\nFixes #13', context)
    ).toEqual([shop(13)])
    expect(closedByBody('```html\n<code>x\n```\n\nFixes #14', context)).toEqual(
      [shop(14)]
    )
  })

  it('not across paragraphs, in indented code, HTML <pre>/<code> or inside a URL', () => {
    const body = [
      'Follow-up fix',
      '',
      '#7 stays open.',
      '',
      'Commit message format:',
      '',
      '    Fixes #8',
      '',
      '<pre>',
      'Fixes #9',
      '',
      '</pre>',
      'See <code>fixes #10</code> and https://docs.example.com/fixes #11.',
      '<prefix> Fixes #1',
      '- a list item',
      '',
      '    resolves #2 (text inside the list)'
    ].join('\n')
    expect(closedByBody(body, context)).toEqual([shop(1), shop(2)])
  })

  it('not in HTML comments, fenced code or inline code (pull request templates)', () => {
    const body = [
      'Adds rounding. Fixes #1',
      '<!-- Link the issue this fixes, e.g. "Fixes #7" -->',
      '```',
      'git commit -m "fixes #8"',
      '```',
      '~~~~ text',
      'closes #9',
      '~~~~',
      'The bot now understands `closes #10` lines; ``fixes `#11` ``.',
      '- Related:',
      '    - resolves #2',
      '<!-- an unclosed comment fixes #12'
    ].join('\n')
    expect(closedByBody(body, context)).toEqual([shop(1), shop(2)])
    expect(
      closedByBody('```\nfixes #13 (a fence never closed)', context)
    ).toEqual([])
    // Runs of backticks pair by length; an unpaired one is text.
    expect(
      closedByBody('a `` b ` fixes #14 ` c `` and ``` fixes #15', context)
    ).toEqual([shop(15)])
    expect(
      closedByBody('````\nfixes #16\n```\nfixes #17\n`````\nfixes #18', context)
    ).toEqual([shop(18)])
  })

  it.each([
    // Not a fence: a backtick fence's info string holds no backtick.
    ['```bash npm ci``` Fixes #12'],
    // A code span never crosses a blank line (it ends the paragraph).
    [
      "Don't put a ` in file names.\r\n\r\nFixes #12\r\n\r\nSee `docs/naming.md`."
    ],
    // A comment opener inside a code span is code.
    ['Strip `<!--` markers from the output.\r\n\r\nFixes #12'],
    // A closing fence has no info string: ```js opens nothing, closes nothing.
    ['```md\r\nExample:\r\n```js\r\n```\r\nFixes #12'],
    // An escaped backtick is text.
    ['\\`Fixes #12\\`'],
    ['A comment <!-- fixes #7 --> inline. Fixes #12'],
    // A comment block ends on the line holding -->, its first line too.
    ['<!-->\nFixes #12'],
    ['<!--->\n\nFixes #12'],
    // A heading is one line: a code span does not go past it.
    ['# Title with `a\nFixes #12 `'],
    // A lone CR ends a line.
    ['Use `a\r\rFixes #12 `'],
    // An escaped < opens no comment.
    ['Write \\<!-- to start. Fixes #12 -->']
  ])('as CommonMark reads %j: fixes #12 only', (body) => {
    expect(closedByBody(body, context)).toEqual([shop(12)])
  })

  it('reads a hostile body in linear time: runs of backticks and fences never closed', () => {
    const started = performance.now()
    for (const body of [
      '`'.repeat(32_768) + 'a'.repeat(32_768),
      '`'.repeat(32_768) + '\n' + 'a'.repeat(32_768),
      Array.from({ length: 250 }, (_, i) => '`'.repeat(i + 1) + 'x').join(''),
      '<!--'.repeat(16_000),
      'a <!--'.repeat(16_000),
      '\\'.repeat(30_000) + '`'.repeat(30_000),
      '\\`'.repeat(20_000),
      '```\n'.repeat(16_000) + 'fixes #1',
      '`'.repeat(32_768) + '\r'
    ])
      closedByBody(body, context)
    // Backtracking patterns took 10 s for the first.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('an issue URL before punctuation or in angle brackets', () => {
    expect(
      closedByBody(
        'Fixes https://github.com/acme/shop/issues/7. Also fixes https://github.com/acme/shop/issues/8, and closes <https://github.com/acme/shop/issues/9>; resolves https://github.com/acme/shop/pull/10!',
        context
      )
    ).toEqual([shop(7), shop(8), shop(9), shop(10)])
  })

  it('no `.` or `..` as an owner or a repository (they would move up the API path)', () => {
    expect(closedByBody('Fixes ../user#5 and fixes ./..#6', context)).toEqual(
      []
    )
    expect(parseReference('../user#5', context)).toBeUndefined()
    expect(
      parseReference('https://github.com/../user/issues/5', context)
    ).toBeUndefined()
    expect(parseReference('octo/.github#5', context)).toEqual({
      owner: 'octo',
      repo: '.github',
      number: 5
    })
  })
})

describe('referencesFromEvent', () => {
  it('pull_request: the PR and what its body closes', () => {
    const payload = { pull_request: { number: 12, body: 'Fixes #7' } }
    expect(referencesFromEvent('pull_request', payload, context).refs).toEqual([
      shop(12),
      shop(7)
    ])
    expect(
      referencesFromEvent('pull_request_target', payload, context).refs
    ).toEqual([shop(12), shop(7)])
  })

  it("a pull request into another branch than the default closes nothing: its body's keywords are not read", () => {
    const pr = (base: string) => ({
      pull_request: {
        number: 12,
        body: 'Fixes #7',
        base: { ref: base, repo: { default_branch: 'main' } }
      }
    })
    expect(
      referencesFromEvent('pull_request', pr('release/1.x'), context).refs
    ).toEqual([shop(12)])
    expect(
      referencesFromEvent('pull_request', pr('main'), context).refs
    ).toEqual([shop(12), shop(7)])
  })

  it('a pull request without a body', () => {
    const payload = { pull_request: { number: 12, body: null } }
    expect(referencesFromEvent('pull_request', payload, context).refs).toEqual([
      shop(12)
    ])
  })

  it('issues and issue_comment: that issue only', () => {
    const payload = { issue: { number: 7 }, comment: { body: 'fixes #9' } }
    expect(referencesFromEvent('issues', payload, context).refs).toEqual([
      shop(7)
    ])
    expect(referencesFromEvent('issue_comment', payload, context).refs).toEqual(
      [shop(7)]
    )
  })

  it('workflow_run: the pull requests of the triggering run', () => {
    const payload = {
      workflow_run: { pull_requests: [{ number: 3 }, { number: 4 }] }
    }
    expect(referencesFromEvent('workflow_run', payload, context).refs).toEqual([
      shop(3),
      shop(4)
    ])
    expect(
      referencesFromEvent(
        'workflow_run',
        { workflow_run: { pull_requests: null } },
        context
      ).refs
    ).toEqual([])
  })

  it("workflow_run: another repository's pull requests are not this repository's", () => {
    const pr = (number: number, id: number, name: string) => ({
      number,
      base: { repo: { id, url: `https://api.github.com/repos/${name}` } }
    })
    const payload = {
      repository: { id: 1 },
      workflow_run: {
        pull_requests: [pr(3, 1, 'acme/shop'), pr(4, 2, 'someone/shop')]
      }
    }
    expect(referencesFromEvent('workflow_run', payload, context).refs).toEqual([
      shop(3)
    ])
    // Without ids, by the base repository's API URL.
    const byUrl = {
      workflow_run: {
        pull_requests: [
          {
            number: 5,
            base: { repo: { url: 'https://api.github.com/repos/ACME/shop' } }
          },
          {
            number: 6,
            base: { repo: { url: 'https://api.github.com/repos/someone/shop' } }
          }
        ]
      }
    }
    expect(referencesFromEvent('workflow_run', byUrl, context).refs).toEqual([
      shop(5)
    ])
  })

  it("workflow_run from a fork: this repository's pull request from another head with the same branch name is not the run's", () => {
    // alice:patch-1 ran; bob's pull request from bob:patch-1 is listed too.
    const pr = (number: number, headId: number) => ({
      number,
      head: { ref: 'patch-1', repo: { id: headId } },
      base: { repo: { id: 1 } }
    })
    const payload = {
      repository: { id: 1 },
      workflow_run: {
        event: 'pull_request',
        head_branch: 'patch-1',
        head_repository: { id: 99, full_name: 'alice/shop' },
        pull_requests: [pr(20, 77), pr(21, 99)]
      }
    }
    expect(referencesFromEvent('workflow_run', payload, context).refs).toEqual([
      shop(21)
    ])
  })

  it.each([
    ['pull_request', { pull_request: { number: 12, body: 5 } }, [shop(12)]],
    ['pull_request', { pull_request: { number: 1.5, body: { a: 1 } } }, []],
    ['pull_request', { pull_request: { number: 1e21 } }, []],
    ['issues', { issue: { number: '7' } }, []],
    [
      'workflow_run',
      { workflow_run: { pull_requests: [null, 3, { number: 4 }] } },
      [shop(4)]
    ],
    ['workflow_run', { workflow_run: { pull_requests: {} } }, []],
    ['workflow_run', { workflow_run: 'x' }, []]
  ])(
    'an odd %s payload gives what it can, never an exception: %j',
    (event, payload, refs) => {
      expect(referencesFromEvent(event, payload, context).refs).toEqual(refs)
    }
  )

  it('forkPullRequestHead: odd fields are no head', () => {
    const run = (fields: object) => ({
      workflow_run: { event: 'pull_request', pull_requests: [], ...fields }
    })
    expect(
      forkPullRequestHead(
        'workflow_run',
        run({ head_repository: { full_name: 5 }, head_branch: 'b' }),
        context
      )
    ).toBeUndefined()
    expect(
      forkPullRequestHead(
        'workflow_run',
        run({
          head_repository: { full_name: 'fork/shop' },
          head_branch: ['b']
        }),
        context
      )
    ).toBeUndefined()
    expect(
      forkPullRequestHead(
        'workflow_run',
        run({ head_repository: { full_name: 'fork/shop' }, head_branch: 'b' }),
        context
      )
    ).toBe('fork:b')
  })

  it('push and others: nothing', () => {
    expect(
      referencesFromEvent(
        'push',
        { head_commit: { message: 'fixes #1' } },
        context
      ).refs
    ).toEqual([])
    expect(referencesFromEvent('schedule', {}, context).refs).toEqual([])
  })
})

describe('references a pull request body can add are capped', () => {
  it('closedByBody takes a number whole or not at all', () => {
    expect(
      closedByBody(
        'fixes #1234567890, fixes #12abc, fixes o/r#99999999999999, fixes #7.',
        context
      )
    ).toEqual([shop(7)])
  })

  it('closedByBody de-duplicates, keeping the order', () => {
    expect(
      closedByBody(
        'fixes #2, fixes #1, closes #2, resolves ACME/Shop#1',
        context
      )
    ).toEqual([shop(2), shop(1)])
  })

  it('takes the first MAX_BODY_REFERENCES distinct issues and counts the rest', () => {
    // Repeats count once: 300 distinct issues, each named twice.
    const numbers = Array.from({ length: 300 }, (_, i) => i + 1)
    const body = [...numbers, ...numbers].map((n) => `Fixes #${n}`).join(' ')
    const payload = { pull_request: { number: 1000, body } }
    expect(
      referencesFromEvent('pull_request_target', payload, context)
    ).toEqual({
      refs: [
        shop(1000),
        ...numbers.slice(0, MAX_BODY_REFERENCES).map((n) => shop(n))
      ],
      ignored: 300 - MAX_BODY_REFERENCES
    })
  })

  it('the same for issues of other repositories (a 65 KB body of owner/repo#N)', () => {
    let body = ''
    for (let n = 1; body.length < 65_000; n++) body += `fixes a/b#${n} `
    const { refs, ignored } = referencesFromEvent(
      'pull_request',
      { pull_request: { number: 1, body } },
      context
    )
    expect(refs).toHaveLength(1 + MAX_BODY_REFERENCES)
    expect(ignored).toBeGreaterThan(4000)
  })

  it('a body within the cap is taken whole, nothing ignored', () => {
    const body = Array.from(
      { length: MAX_BODY_REFERENCES },
      (_, i) => `closes #${i + 1}`
    ).join('\n')
    const { refs, ignored } = referencesFromEvent(
      'pull_request',
      { pull_request: { number: 12, body } },
      context
    )
    expect(refs).toHaveLength(1 + MAX_BODY_REFERENCES)
    expect(ignored).toBe(0)
  })

  it('capReferences de-duplicates first, then keeps the first `max`', () => {
    expect(
      capReferences([shop(1), shop(1), shop(2), shop(3), shop(2)], 2)
    ).toEqual({ refs: [shop(1), shop(2)], ignored: 1 })
    expect(capReferences([shop(1), shop(1)], 2)).toEqual({
      refs: [shop(1)],
      ignored: 0
    })
  })
})

describe('forkPullRequestHead', () => {
  const run = (overrides: Record<string, unknown>) => ({
    workflow_run: {
      event: 'pull_request',
      head_branch: 'feature',
      head_repository: {
        full_name: 'someone/shop',
        owner: { login: 'someone' }
      },
      pull_requests: [],
      ...overrides
    }
  })

  it('is the fork head when GitHub lists no pull request', () => {
    expect(forkPullRequestHead('workflow_run', run({}), context)).toBe(
      'someone:feature'
    )
  })

  it('is not needed when the run lists its pull requests, is not from a fork, or not from a pull request', () => {
    expect(
      forkPullRequestHead(
        'workflow_run',
        run({ pull_requests: [{ number: 1 }] }),
        context
      )
    ).toBeUndefined()
    expect(
      forkPullRequestHead(
        'workflow_run',
        run({ head_repository: { full_name: 'acme/shop' } }),
        context
      )
    ).toBeUndefined()
    expect(
      forkPullRequestHead('workflow_run', run({ event: 'push' }), context)
    ).toBeUndefined()
    expect(forkPullRequestHead('push', run({}), context)).toBeUndefined()
  })

  it("is needed when the run lists only other repositories' pull requests (the fork's own, with that branch)", () => {
    const inFork = {
      number: 5,
      head: { repo: { id: 99 } },
      base: {
        repo: { id: 99, url: 'https://api.github.com/repos/someone/shop' }
      }
    }
    expect(
      forkPullRequestHead(
        'workflow_run',
        {
          ...run({ pull_requests: [inFork] }),
          repository: { id: 1 }
        },
        context
      )
    ).toBe('someone:feature')
  })
})

describe('dedupe', () => {
  it('keeps the first of each issue, ignoring case of owner and repo', () => {
    expect(
      dedupe([shop(1), { owner: 'ACME', repo: 'Shop', number: 1 }, shop(2)])
    ).toEqual([shop(1), shop(2)])
  })
})

describe('links', () => {
  it('meta.id only for issues of the workflow repository', () => {
    const links = toResultLinks(
      [
        {
          ref: shop(7),
          url: 'https://github.com/acme/shop/issues/7',
          title: 'A'
        },
        {
          ref: { owner: 'octo', repo: 'lib', number: 3 },
          url: 'https://github.com/octo/lib/issues/3',
          title: 'B'
        }
      ],
      'int-1',
      'ACME/shop'
    )
    expect(links).toEqual([
      {
        integrationId: 'int-1',
        url: 'https://github.com/acme/shop/issues/7',
        text: 'A',
        meta: { id: '7' }
      },
      {
        integrationId: 'int-1',
        url: 'https://github.com/octo/lib/issues/3',
        text: 'B'
      }
    ])
  })

  it.each([
    ['failed', 'failed', 'failure', true],
    ['failed', 'blocked', 'error', true],
    // A status-map may send any outcome anywhere.
    ['failed', 'blocked', 'skipped', true],
    ['failed', 'custom3', 'failure', true],
    ['failed', 'custom1', 'error', true],
    ['failed', 'passed', 'flaky', false],
    ['failed', 'passed', 'passed', false],
    ['failed', 'skipped', 'skipped', false],
    ['all', 'passed', 'passed', true],
    ['none', 'failed', 'failure', false]
  ] as const)(
    'link-issues %s, status %s, outcome %s → %s',
    (mode, status, outcome, expected) => {
      expect(wantsLinks(mode, { status, outcome })).toBe(expected)
    }
  )
})

describe('closing keywords are read as CommonMark reads the body', () => {
  /** The text CommonMark shows: no code, no HTML, one paragraph per block. */
  function shownText(body: string): string {
    const walker = new commonmark.Parser().parse(body).walker()
    const parts: string[] = []
    for (let step = walker.next(); step; step = walker.next()) {
      const { node, entering } = step
      if (!entering) {
        if (node.isContainer && node.type !== 'document') parts.push('\n\n')
      } else if (node.type === 'text') parts.push(node.literal ?? '')
      else if (node.type === 'softbreak' || node.type === 'linebreak')
        parts.push('\n')
    }
    // Shown as text, but markup to our reader: neutral here (and no
    // indentation, which would make it code).
    return parts
      .join('')
      .replace(/`|<!--|-->|~~~|\\/g, ' ')
      .replace(/^[ \t]+/gm, '')
  }

  // Lists and quotes are left out: the reader models no containers (an
  // indented line inside a list is text to it).
  const TOKENS = [
    '`',
    '``',
    '```',
    '\\',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '<!--',
    '-->',
    '~~~',
    '# ',
    ' Fixes #12 ',
    ' fixes #13 ',
    'x',
    ' '
  ]

  it.each([1, 2, 3])(
    '3,000 random bodies (seed %d) give the references CommonMark shows',
    (seed) => {
      const random = seeded(seed)
      for (let round = 0; round < 3000; round++) {
        const body = Array.from(
          { length: 4 + Math.floor(random() * 12) },
          () => TOKENS[Math.floor(random() * TOKENS.length)]
        ).join('')
        const ours = closedByBody(body, context).map((r) => r.number)
        const shown = closedByBody(shownText(body), context).map(
          (r) => r.number
        )
        expect({ body, refs: ours }).toEqual({ body, refs: shown })
      }
    }
  )
})
