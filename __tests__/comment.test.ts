/**
 * The HTML that goes into QA Sphere: html.ts helpers and buildComment.
 * Test cases come from inline JUnit XML through the real parser.
 */
import { describe, expect, it } from '@jest/globals'
import { fixtureTestCases, parseSuite as parse } from './helpers/reports.js'
import { readFileSync } from 'node:fs'
import {
  buildComment,
  COMMENT_LIMITS,
  formatSeconds
} from '../src/results/comment.js'
import { escapeHtml, safeHref, safeText } from '../src/results/html.js'
import { clipEnd, clipStart, plainText } from '../src/util/text.js'
import { parseJUnit } from '../src/reports/junit.js'
import type { TestCase } from '../src/reports/test-case.js'

const ESC = '\u001b'

function one(body: string): TestCase {
  const [testCase] = parse(body)
  return testCase
}

/** Text with an unpaired UTF-16 surrogate. */
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    )
  })

  it('leaves other text alone', () => {
    expect(escapeHtml('plain ✓ text 😀')).toBe('plain ✓ text 😀')
  })
})

describe('plainText', () => {
  it('removes bidirectional overrides and isolates, which could make a name read as another', () => {
    expect(plainText('BD-1 report\u202egnp.exe')).toBe('BD-1 reportgnp.exe')
    expect(plainText('a\u2066b\u2069c\u202ad\u202ce')).toBe('abcde')
    // Right-to-left text itself stays.
    expect(plainText('BD-1 בדיקה')).toBe('BD-1 בדיקה')
  })

  it('removes ANSI colour (CSI) sequences', () => {
    expect(
      plainText(`${ESC}[31mred${ESC}[0m and ${ESC}[1;32mgreen${ESC}[39m`)
    ).toBe('red and green')
  })

  it('removes other CSI sequences such as cursor moves and erase', () => {
    expect(plainText(`a${ESC}[2Kb${ESC}[1Ac${ESC}[?25ld`)).toBe('abcd')
  })

  it('removes OSC sequences (hyperlinks, titles) ended by BEL or ST', () => {
    expect(
      plainText(
        `${ESC}]8;;https://x.example\u0007link${ESC}]8;;\u0007 ${ESC}]0;title${ESC}\\done`
      )
    ).toBe('link done')
  })

  it('removes colour codes whose ESC byte was already dropped', () => {
    expect(plainText('[31mexpected[39m [1;32m+ actual[0m')).toBe(
      'expected + actual'
    )
  })

  it('keeps text that only looks like such a code, where no reset shows colours: pytest ids', () => {
    expect(plainText('test_poll[1m30s-90]')).toBe('test_poll[1m30s-90]')
    expect(plainText('test_delay[5m-300] \u0007')).toBe('test_delay[5m-300] ')
    expect(plainText(`test_poll[1m30s-90] ${ESC}[31mred${ESC}[0m`)).toBe(
      'test_poll[1m30s-90] red'
    )
    // logback's compound reset is evidence too.
    expect(plainText('[2m10:00[0;39m [32m INFO[0;39m started')).toBe(
      '10:00  INFO started'
    )
    // Gradle writes the ESC byte, which XML cannot hold, as `?`.
    expect(plainText('?[31mred balance?[0m: 5?')).toBe('red balance: 5?')
    expect(plainText('why?[1m30s-90]')).toBe('why?[1m30s-90]')
  })

  it('keeps a question mark before a code whose ESC was dropped (mocha, vitest): only Gradle writes ESC as `?`', () => {
    expect(plainText("[32m- 'in stock?'[39m\n[31m+ 'sold out?'[39m")).toBe(
      "- 'in stock?'\n+ 'sold out?'"
    )
    expect(plainText('[31mIs the cart empty?[0m')).toBe('Is the cart empty?')
    expect(plainText('\\e[31mready?\\e[0m')).toBe('ready?')
  })

  it('removes colour codes whose ESC rspec_junit_formatter spelled out as \\e', () => {
    // As in rspec/rspec-junit-formatter.xml.
    expect(
      plainText(
        'Failure/Error: \\e[0m\\e[32mit\\e[0m { \\e[32mexpect\\e[0m(url) }'
      )
    ).toBe('Failure/Error: it { expect(url) }')
    expect(plainText('\\033[1;31mred\\x1b[0m \\u001b[2mdim\\u001B[22m')).toBe(
      'red dim'
    )
    // A backslash-e that is no colour code stays.
    expect(plainText('C:\\env\\e[1] = x')).toBe('C:\\env\\e[1] = x')
  })

  it('removes control characters but keeps newline and tab', () => {
    expect(
      plainText('a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg\u0085h\tI\nJ')
    ).toBe('abcdefgh\tI\nJ')
  })

  it('turns CRLF and lone CR into LF', () => {
    expect(plainText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n')
  })

  it('leaves ordinary brackets alone', () => {
    expect(plainText('arr[1] = [a, b]; m[key]')).toBe('arr[1] = [a, b]; m[key]')
  })
})

describe('safeText', () => {
  it('cleans and escapes', () => {
    expect(safeText(`${ESC}[31m<b>"x"</b>${ESC}[0m`)).toBe(
      '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
    )
  })
})

describe('clipStart / clipEnd', () => {
  it('leave short text whole', () => {
    expect(clipStart('abc', 3)).toEqual({ text: 'abc', omitted: 0 })
    expect(clipEnd('abc', 3)).toEqual({ text: 'abc', omitted: 0 })
  })

  it('keep the start or the end', () => {
    expect(clipStart('abcdef', 4)).toEqual({ text: 'abcd', omitted: 2 })
    expect(clipEnd('abcdef', 4)).toEqual({ text: 'cdef', omitted: 2 })
  })

  it('never split a surrogate pair', () => {
    // a b 😀 c d: the emoji is two UTF-16 units at index 2 and 3
    const text = 'ab😀cd'
    const start = clipStart(text, 3)
    expect(start).toEqual({ text: 'ab', omitted: 4 })
    const end = clipEnd(text, 3)
    expect(end).toEqual({ text: 'cd', omitted: 4 })
    expect(clipStart(text, 4).text).toBe('ab😀')
    expect(clipEnd(text, 4).text).toBe('😀cd')
  })

  it('know the surrogate range to its ends: U+E000 on is one unit, U+10000 and U+103FF two', () => {
    // private use, CJK compatibility, fullwidth forms: one UTF-16 unit each
    const bmp = '\uf900\uff41\ue000\uffef'
    expect(clipStart(bmp, 2)).toEqual({ text: '\uf900\uff41', omitted: 2 })
    expect(clipEnd(bmp, 2)).toEqual({ text: '\ue000\uffef', omitted: 2 })
    // U+103FF is \ud800\udfff: the last low surrogate
    expect(clipStart('a\u{103ff}b', 2)).toEqual({ text: 'a', omitted: 3 })
    expect(clipEnd('a\u{103ff}b', 2)).toEqual({ text: 'b', omitted: 3 })
    // U+10000 is \ud800\udc00, the first low surrogate; U+10FC00 starts with \udbff, the last high one
    expect(clipStart('a\u{10000}b', 2)).toEqual({ text: 'a', omitted: 3 })
    expect(clipEnd('a\u{10000}b', 2)).toEqual({ text: 'b', omitted: 3 })
    expect(clipStart('ab\u{10fc00}', 2)).toEqual({ text: 'ab', omitted: 2 })
  })

  it('never leave a lone surrogate, at any limit', () => {
    const text = '😀a😀😀b😀'.repeat(3)
    for (let limit = 0; limit <= text.length; limit++) {
      for (const clip of [clipStart(text, limit), clipEnd(text, limit)]) {
        expect(clip.text).not.toMatch(LONE_SURROGATE)
        expect(clip.text.length).toBeLessThanOrEqual(limit)
        expect(clip.text.length + clip.omitted).toBe(text.length)
      }
    }
  })
})

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/owner/repo/actions/runs/1',
    '//evil.example/x',
    'actions/runs/1',
    ''
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })

  it('accepts http(s) URLs, escaped for an attribute', () => {
    expect(safeHref('https://github.com/o/r/actions/runs/1')).toBe(
      'https://github.com/o/r/actions/runs/1'
    )
    expect(safeHref('http://127.0.0.1:3000/a?x=1&y=2')).toBe(
      'http://127.0.0.1:3000/a?x=1&amp;y=2'
    )
    const quoted = safeHref(`https://x.example/"><script>'`)
    expect(quoted).toBeDefined()
    expect(quoted).not.toMatch(/["'<>]/)
  })
})

describe('buildComment escapes everything from a report', () => {
  const hostile = one(
    `<testcase name="&lt;script&gt;alert(1)&lt;/script&gt;" classname="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" file="t/&lt;b&gt;.ts" time="0.5">` +
      `<failure message="expected &quot;a&quot; to be 'b' &lt;a href=&quot;javascript:alert(2)&quot;&gt;x&lt;/a&gt;" type="Assert&lt;Error&gt;">` +
      `<![CDATA[at <script>evil()</script> ]]]]><![CDATA[> <img src=y onerror=z> end]]></failure>` +
      `<system-out>log &lt;iframe src=javascript:alert(3)&gt;</system-out></testcase>`
  )
  const html = buildComment('failure', 'Failed', [hostile], {})

  it('has no raw markup from the report', () => {
    expect(hostile.name).toBe('<script>alert(1)</script>')
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<iframe/i)
    expect(html).not.toMatch(/<a[\s>]/i)
    expect(html).not.toContain(']]>')
  })

  it('shows the escaped text', () => {
    expect(html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>')
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;, t/&lt;b&gt;.ts'
    )
    expect(html).toContain(
      'expected &quot;a&quot; to be &#39;b&#39; &lt;a href=&quot;javascript:alert(2)&quot;&gt;x&lt;/a&gt;'
    )
    expect(html).toContain('failure Assert&lt;Error&gt;:')
    expect(html).toContain(
      'at &lt;script&gt;evil()&lt;/script&gt; ]]&gt; &lt;img src=y onerror=z&gt; end'
    )
    expect(html).toContain('log &lt;iframe src=javascript:alert(3)&gt;')
  })

  it('escapes the status label and the run label', () => {
    const labelled = buildComment('failure', '<b>Failed</b>', [hostile], {
      runUrl: 'https://github.com/o/r/actions/runs/1',
      runLabel: '<script>x</script> #1'
    })
    expect(labelled).toContain('<strong>&lt;b&gt;Failed&lt;/b&gt;</strong>')
    expect(labelled).toContain('&lt;script&gt;x&lt;/script&gt; #1</a>')
    expect(labelled).not.toMatch(/<script/i)
  })
})

describe('buildComment content', () => {
  it('puts message and body of a failure in <pre><code>', () => {
    const testCase = one(
      `<testcase name="BD-1 checkout"><failure message="boom" type="AssertionError">stack line 1\nstack line 2</failure></testcase>`
    )
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain(
      '<p>failure AssertionError:</p><pre><code>boom\n\nstack line 1\nstack line 2</code></pre>'
    )
  })

  it("shows the message once when the details repeat it with their line breaks (node:test's reporter removes them from the message)", () => {
    const report = parseJUnit(
      readFileSync(
        new URL(
          '../__fixtures__/reports/node-test/node-test-junit.xml',
          import.meta.url
        ),
        'utf8'
      ),
      'node-test-junit.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const testCase = report.testCases.find(
      (t) => t.name === '[BD-2] cart total is wrong'
    )
    if (!testCase) throw new Error('no BD-2')
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain(
      '<p>failure testCodeFailure:</p><pre><code>[Error [ERR_TEST_FAILURE]: Expected values to be strictly deep-equal:\n+ actual - expected'
    )
    expect(html).not.toContain('deep-equal:+ actual')
  })

  it('heads a failure whose type repeats its kind once (bats writes type="failure")', () => {
    const testCase = one(
      `<testcase name="BD-1 checkout"><failure type="failure">(in test file t.bats, line 3)\n  \`false' failed</failure></testcase>`
    )
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain('<p>failure:</p><pre><code>(in test file')
  })

  it("says a suite's output is the suite's (jest-junit writes no other), and shows it once", () => {
    const [first, second] = parse(
      '<testcase name="BD-1 a"><failure message="boom"/></testcase>' +
        '<testcase name="BD-1 b"><failure message="bang"/></testcase>' +
        '<system-out>cart debug: items=3</system-out>'
    )
    const html = buildComment('failure', 'Failed', [first, second], {})
    expect(html).toContain(
      "<p>Output of its suite <code>suite</code>, all its tests' (the report has none for this test alone):</p><pre><code>cart debug: items=3</code></pre>"
    )
    expect(html.split('cart debug')).toHaveLength(2)
    expect(html).toContain('<p>Output of its suite: as above.</p>')
    const own = one(
      '<testcase name="BD-2 c"><failure message="x"/><system-out>mine</system-out></testcase>'
    )
    expect(buildComment('failure', 'Failed', [own], {})).toContain(
      '<p>Output:</p><pre><code>mine</code></pre>'
    )
  })

  it('says one test in one line, without repeating what the label says', () => {
    const [passed, failed, errored] = parse(
      `<testcase name="BD-1 pays" classname="shop.Checkout" time="0.019"/>` +
        `<testcase name="BD-2 ships"><failure message="boom"/></testcase>` +
        `<testcase name="BD-3 bills"><error message="down"/></testcase>`
    )
    expect(buildComment('passed', 'Passed', [passed], {})).toBe(
      '<p><strong>Passed</strong>: <code>BD-1 pays</code> in shop.Checkout (19 ms)</p>'
    )
    const failedHtml = buildComment('failure', 'Failed', [failed], {})
    expect(failedHtml).toMatch(
      /^<p><strong>Failed<\/strong>: <code>BD-2 ships<\/code><\/p><p>failure:<\/p>/
    )
    // The name is in the first line; the details do not repeat it.
    expect(failedHtml.split('BD-2 ships')).toHaveLength(2)
    expect(buildComment('error', 'Blocked', [errored], {})).toContain(
      '<p><strong>Blocked</strong>: error: <code>BD-3 bills</code></p>'
    )
  })

  it('shows a failure that says nothing as such, without an empty block', () => {
    const testCase = one(
      '<testcase name="t"><failure type="AssertionError"/></testcase>'
    )
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain('<p>failure AssertionError, with no message.</p>')
    expect(html).not.toContain('<pre><code></code></pre>')
  })

  it('shows a message without details as it is, with no blank lines after it', () => {
    const testCase = one(
      `<testcase name="t"><failure message="boom" type="AssertionError"/></testcase>`
    )
    expect(buildComment('failure', 'Failed', [testCase], {})).toContain(
      '<p>failure AssertionError:</p><pre><code>boom</code></pre>'
    )
  })

  it("shows a passed test's warnings (PHPUnit 9), and those of a passed test beside a failed one", () => {
    const warned = one(
      '<testcase name="testBd11"><warning type="PHPUnit\\Framework\\Warning">T::testBd11\ncache &lt;off&gt;</warning></testcase>'
    )
    expect(warned.outcome).toBe('passed')
    expect(buildComment('passed', 'Passed', [warned], {})).toBe(
      '<p><strong>Passed</strong>: <code>testBd11</code></p>' +
        '<p>warning PHPUnit\\Framework\\Warning:</p><pre><code>T::testBd11\ncache &lt;off&gt;</code></pre>'
    )
    const [failed, passed] = parse(
      '<testcase name="BD-1 a"><failure message="boom"/></testcase>' +
        '<testcase name="BD-1 b"><warning>slow</warning></testcase>'
    )
    const html = buildComment('failure', 'Failed', [failed, passed], {})
    expect(html).toContain(
      '<p><strong>BD-1 b</strong></p><p>warning:</p><pre><code>slow</code></pre>'
    )
  })

  it('lists the files of a single passed test too', () => {
    const html = buildComment(
      'passed',
      'Passed',
      [one('<testcase name="t"/>')],
      {},
      [{ name: 'shot.png', url: 'https://x.test/f/1' }]
    )
    expect(html).toContain(
      '<h4>Attachments:</h4><ul><li><a href="https://x.test/f/1">shot.png</a></li></ul>'
    )
  })

  it('describes a test skipped only by its status attribute, without a reason', () => {
    const testCase = one('<testcase name="t" status="disabled"/>')
    expect(testCase.outcome).toBe('skipped')
    const html = buildComment('skipped', 'Skipped', [testCase], {})
    expect(html).toContain('<code>t</code>')
    expect(html).not.toContain('Reason')
  })

  it('does not repeat a message that the stack trace starts with', () => {
    const testCase = one(
      `<testcase name="t"><failure message="expected 1 to be 2" type="AssertionError">AssertionError: expected 1 to be 2\n    at t.test.ts:3:9</failure></testcase>`
    )
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain(
      '<pre><code>AssertionError: expected 1 to be 2\n    at t.test.ts:3:9</code></pre>'
    )
  })

  it('reads a stack trace Nightwatch escaped before writing it in CDATA once, as the message it repeats', () => {
    const [error] = fixtureTestCases(
      'nightwatch/CHROME_156.0.8078.79__errors.xml'
    ).filter((t) => t.name.startsWith('BD-409'))
    const html = buildComment('error', 'Blocked', [error], {})
    expect(html).toContain(
      '<p>error:</p><pre><code>Error: bad markup: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; ]]&gt; end\n' +
        '    at BD-409 renders &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; (/work/main/'
    )
    expect(html).not.toContain('&amp;lt;')
    expect(html).not.toContain('&amp;#34;')
    // Not read twice: an escaped reference where the text also has the
    // characters references stand for is the test's own text.
    const own = one(
      `<testcase name="t"><failure message="m"><![CDATA[expected "&lt;b&gt;"]]></failure></testcase>`
    )
    expect(buildComment('failure', 'Failed', [own], {})).toContain(
      '<pre><code>m\n\nexpected &quot;&amp;lt;b&amp;gt;&quot;</code></pre>'
    )
  })

  it("reads a stack trace @hapi/lab's Handlebars template escaped in CDATA once, its `&#x27;` and `&#x3D;` too", () => {
    const [failed] = fixtureTestCases('lab/lab-junit.xml').filter((t) =>
      t.name.startsWith('BD-192')
    )
    const html = buildComment('failure', 'Failed', [failed], {})
    expect(html).toContain(
      '<p>failure Error:</p><pre><code>Error: label with &#39;x&#39; = 1: Expected &#39;a = &lt;b&gt; &amp; &quot;c&quot;&#39; to equal specified value: &quot;it&#39;s = &lt;d&gt;&quot;\n    at internals.equal ('
    )
    expect(html).not.toContain('&amp;#x27;')
    expect(html).not.toContain('&amp;#x3D;')
  })

  it("shows references in another tool's details as written, with no stack trace Nightwatch escaped", () => {
    // go test's log of a test of an HTML escaper: what it got is escaped text.
    const own = one(
      `<testcase name="TestRender"><failure message="Failed"><![CDATA[render_test.go:14: got &lt;b&gt;hi&lt;/b&gt;, want &amp;lt;b&amp;gt;hi]]></failure></testcase>`
    )
    expect(buildComment('failure', 'Failed', [own], {})).toContain(
      'render_test.go:14: got &amp;lt;b&amp;gt;hi&amp;lt;/b&amp;gt;, want &amp;amp;lt;b&amp;amp;gt;hi'
    )
  })
  it('names each failed test in the details when several report to one marker', () => {
    const cases = parse(
      `<testcase name="BD-4 a"><failure message="x"/></testcase>` +
        `<testcase name="BD-4 b"><failure message="y"/></testcase>`
    )
    const html = buildComment('failure', 'Failed', cases, {})
    expect(html).toContain('<p><strong>Failed</strong>: 2 tests (2 failed)</p>')
    expect(html).toContain('<p><strong>BD-4 a</strong></p><p>failure:</p>')
    expect(html).toContain('<p><strong>BD-4 b</strong></p><p>failure:</p>')
  })

  it('does not repeat a message that equals the body', () => {
    const testCase = one(
      `<testcase name="t"><error message="same text">same text</error></testcase>`
    )
    const html = buildComment('error', 'Blocked', [testCase], {})
    expect(html).toContain('<pre><code>same text</code></pre>')
  })

  it('lists passed and skipped tests, with why the skipped one was skipped', () => {
    const cases = parse(
      `<testcase name="ok" classname="c" time="1.5"/>` +
        `<testcase name="later"><skipped message="not now"/></testcase>`
    )
    const html = buildComment('passed', 'Passed', cases, {})
    expect(html).toContain('2 tests (1 passed, 1 skipped)')
    expect(html).toContain('<li>passed: <code>ok</code> in c (1.5 s)</li>')
    expect(html).toContain('<li>skipped: <code>later</code>')
    expect(html).not.toContain('<pre>')
    expect(html).toContain('</ul><p><strong>later</strong>: not now</p>')
  })

  it('gives skip reasons after the failure details of a failed result', () => {
    const cases = parse(
      `<testcase name="bad"><failure message="broke"/></testcase>` +
        `<testcase name="later"><skipped message="not now"/></testcase>`
    )
    const html = buildComment('failure', 'Failed', cases, {})
    expect(
      html.indexOf('<p><strong>later</strong>: not now</p>')
    ).toBeGreaterThan(html.indexOf('broke'))
    expect(html.indexOf('broke')).toBeGreaterThan(0)
  })

  it('lists 25 tests; cut short, those that failed first', () => {
    const cases = parse(
      Array.from({ length: 30 }, (_, i) =>
        i === 27
          ? `<testcase name="case ${i}"><failure message="m"/></testcase>`
          : `<testcase name="case ${i}"/>`
      ).join('')
    )
    const html = buildComment('failure', 'Failed', cases, {})
    const listed = [...html.matchAll(/<li>\w+: <code>(case \d+)<\/code>/g)].map(
      (m) => m[1]
    )
    expect(listed).toEqual([
      'case 27',
      ...Array.from({ length: 24 }, (_, i) => `case ${i}`)
    ])
    expect(html).toContain('<li>… and 5 more tests, not listed.</li>')
  })

  it("gives a skip reason without the stack after it, nor the exception of JUnit's assumption (JUnit 5's assumption, busted's pending)", () => {
    const reasonOf = (relative: string, name: string): string => {
      const report = parseJUnit(
        readFileSync(
          new URL(`../__fixtures__/reports/${relative}`, import.meta.url),
          'utf8'
        ),
        relative
      )
      if (report.kind !== 'junit') throw new Error('not junit')
      const testCase = report.testCases.find((t) => t.name === name)
      if (!testCase) throw new Error(`no ${name}`)
      return (
        /<p>Reason: (.*?)<\/p>/.exec(
          buildComment('skipped', 'Skipped', [testCase], {})
        )?.[1] ?? ''
      )
    }
    expect(
      reasonOf('junit5-console/junit-jupiter.xml', 'assumptionFails()')
    ).toBe('Assumption failed: assumption not met')
    // Kotlin through the ConsoleLauncher and Ant's junitlauncher (`<aborted>`)
    expect(
      reasonOf(
        'kotlin/console/TEST-junit-jupiter.xml',
        'BD-179 needs the stock service()'
      )
    ).toBe('Assumption failed: stock service is down')
    const busted = parseJUnit(
      readFileSync(
        new URL(
          '../__fixtures__/reports/busted/busted-junit.xml',
          import.meta.url
        ),
        'utf8'
      ),
      'busted-junit.xml'
    )
    if (busted.kind !== 'junit') throw new Error('not junit')
    const pending = busted.testCases.find((t) =>
      t.problems.some((p) => p.details.includes('carrier API not ready'))
    )
    if (!pending) throw new Error('no pending test')
    expect(reasonOf('busted/busted-junit.xml', pending.name)).toBe(
      'spec/cart_spec.lua:57: carrier API not ready'
    )
  })

  it("gives no reason for the vintage engine's `<unknown>` (a JUnit 4 runner's ignored test without an @Ignore: Spock's), the assumption's and @Ignore's as written", () => {
    const reasonsOf = (relative: string): Record<string, string> =>
      Object.fromEntries(
        fixtureTestCases(relative)
          .filter((t) => t.outcome === 'skipped')
          .map((t) => [
            t.name,
            /<p>Reason: (.*?)<\/p>/.exec(
              buildComment('skipped', 'Skipped', [t], {})
            )?.[1] ?? ''
          ])
      )
    expect(reasonsOf('groovy/console/TEST-junit-vintage.xml')).toEqual({
      'BD-574 applies a coupon': '',
      'BD-555 applies a coupon': 'coupons are not ready',
      'BD-556 needs the stock service': 'stock service is down'
    })
    expect(
      reasonsOf('groovy/junit4/TEST-com.example.shop.CartTest.xml')
    ).toEqual({
      'BD-555 applies a coupon': 'coupons are not ready',
      'BD-556 needs the stock service': 'stock service is down'
    })
    // Ant's report of Spock's @Ignore: `<skipped />`, no reason either.
    expect(
      reasonsOf('groovy/spock/TEST-com.example.shop.CartSpec.xml')
    ).toEqual({ 'BD-574 applies a coupon': '' })
  })

  it('gives the first five skip reasons and counts the others', () => {
    const cases = parse(
      Array.from(
        { length: 8 },
        (_, i) =>
          `<testcase name="t${i}"><skipped message="reason ${i}"/></testcase>`
      ).join('')
    )
    const html = buildComment('skipped', 'Skipped', cases, {})
    expect(html).toContain('<p><strong>t4</strong>: reason 4</p>')
    expect(html).not.toContain('reason 5')
    expect(html).toContain(
      '<p>Why 3 more tests were skipped is in the workflow run.</p>'
    )
  })

  it('shows output only for failed tests', () => {
    const [failed, passed] = parse(
      `<testcase name="bad"><failure message="m"/><system-out>FAILED-OUTPUT</system-out></testcase>` +
        `<testcase name="good"/>`
    )
    // A passed test's output is normally dropped by the parser; give it some anyway.
    const chatty: TestCase = { ...passed, output: 'PASSED-OUTPUT' }
    const html = buildComment('failure', 'Failed', [failed, chatty], {})
    expect(html).toContain(
      '<p>Output:</p><pre><code>FAILED-OUTPUT</code></pre>'
    )
    expect(html).not.toContain('PASSED-OUTPUT')

    const passedOnly = buildComment('passed', 'Passed', [chatty], {})
    expect(passedOnly).not.toContain('PASSED-OUTPUT')
    expect(passedOnly).not.toContain('Output')
  })

  it('keeps only the end of long output, with a note', () => {
    const limit = COMMENT_LIMITS.outputChars
    const testCase: TestCase = {
      ...one(`<testcase name="t"><failure message="m"/></testcase>`),
      output: 'A'.repeat(1000) + 'B'.repeat(limit - 3) + 'END'
    }
    const html = buildComment('failure', 'Failed', [testCase], {})
    expect(html).toContain(`(last ${limit} characters; 1000 cut)`)
    expect(html).toContain(
      `<pre><code>${'B'.repeat(limit - 3)}END</code></pre>`
    )
    expect(html).not.toContain('AB')
  })

  it('cuts a long problem body, with a note', () => {
    const limit = COMMENT_LIMITS.problemChars
    const testCase = one(
      `<testcase name="t"><failure message="boom">${'x'.repeat(limit + 500)}</failure></testcase>`
    )
    const html = buildComment('failure', 'Failed', [testCase], {})
    // 'boom' + '\n\n' + details, cut to the limit
    const omitted = 4 + 2 + limit + 500 - limit
    expect(html).toContain(`<p>(${omitted} more characters cut)</p>`)
    const shown = /<pre><code>([^<]*)<\/code><\/pre>/.exec(html)?.[1] ?? ''
    expect(shown).toHaveLength(limit)
    expect(shown.startsWith('boom\n\nxxx')).toBe(true)
  })

  it('lists at most listedTestCases test cases and counts the rest', () => {
    const total = COMMENT_LIMITS.listedTestCases + 7
    const cases = parse(
      Array.from(
        { length: total },
        (_, i) => `<testcase name="case ${i}"/>`
      ).join('')
    )
    const html = buildComment('passed', 'Passed', cases, {})
    expect(html.match(/<li>passed:/g)).toHaveLength(
      COMMENT_LIMITS.listedTestCases
    )
    expect(html).toContain(`case ${COMMENT_LIMITS.listedTestCases - 1}<`)
    expect(html).not.toContain(`case ${COMMENT_LIMITS.listedTestCases}<`)
    expect(html).toContain('<li>… and 7 more tests, not listed.</li>')
    expect(html).toContain(`${total} tests (${total} passed)`)
  })

  it('does not say "and N more" when all fit', () => {
    const cases = parse(
      Array.from(
        { length: COMMENT_LIMITS.listedTestCases },
        (_, i) => `<testcase name="case ${i}"/>`
      ).join('')
    )
    expect(buildComment('passed', 'Passed', cases, {})).not.toContain('more')
  })

  it('details at most detailedTestCases failing tests', () => {
    const total = COMMENT_LIMITS.detailedTestCases + 2
    const cases = parse(
      Array.from(
        { length: total },
        (_, i) =>
          `<testcase name="f${i}"><failure message="msg-${i}"/></testcase>`
      ).join('')
    )
    const html = buildComment('failure', 'Failed', cases, {})
    expect(html).toContain(`msg-${COMMENT_LIMITS.detailedTestCases - 1}`)
    expect(html).not.toContain(`msg-${COMMENT_LIMITS.detailedTestCases}`)
    expect(html).toContain('Details of 2 more failed tests')
  })

  it('says nothing of more failed tests when all are detailed', () => {
    const cases = parse(
      Array.from(
        { length: COMMENT_LIMITS.detailedTestCases },
        (_, i) =>
          `<testcase name="f${i}"><failure message="msg-${i}"/></testcase>`
      ).join('')
    )
    const html = buildComment('failure', 'Failed', cases, {})
    expect(html).toContain(`msg-${COMMENT_LIMITS.detailedTestCases - 1}`)
    expect(html).not.toContain('Details of')
  })

  it('details failures and errors before flaky tests, wherever they are', () => {
    const flaky = Array.from(
      { length: COMMENT_LIMITS.detailedTestCases },
      (_, i) =>
        `<testcase name="flaky${i}"><flakyFailure message="timeout-${i}"/></testcase>`
    ).join('')
    const cases = parse(
      `${flaky}<testcase name="real"><failure message="expected 100 but was 90"/></testcase>`
    )
    const html = buildComment('failure', 'Failed', cases, {})
    expect(html).toContain('expected 100 but was 90')
    expect(html.indexOf('expected 100')).toBeLessThan(html.indexOf('timeout-0'))
    expect(html).not.toContain(
      `timeout-${COMMENT_LIMITS.detailedTestCases - 1}`
    )
    expect(html).toContain('Details of 1 more failed test are')
  })

  it('shows at most problemsPerTest failures of one test: a comment stays bounded', () => {
    const count = 200
    const failures = Array.from(
      { length: count },
      (_, i) =>
        `<failure message="assertion-${i}">${'x'.repeat(5000)}</failure>`
    ).join('')
    const [testCase] = parse(`<testcase name="t">${failures}</testcase>`)
    const html = buildComment('failure', 'Failed', [testCase], {})
    const shown = COMMENT_LIMITS.problemsPerTest
    expect(html).toContain(`assertion-${shown - 1}\n`)
    expect(html).not.toContain(`assertion-${shown}\n`)
    expect(html).toContain(
      `… and ${count - shown} more failures and errors of this test, not shown.`
    )
    expect(html.length).toBeLessThan(shown * 5200 + 1000)
  })

  it('clips names, classnames, files and failure types of any length', () => {
    const huge = 'n'.repeat(200_000)
    const limit = COMMENT_LIMITS.nameChars
    const [testCase] = parse(
      `<testcase name="${huge}" classname="c${huge}" file="f${huge}"><failure type="T${huge}" message="m"/></testcase>`
    )
    for (const cases of [[testCase], [testCase, testCase]]) {
      const html = buildComment('failure', 'Failed', cases, {})
      expect(html.length).toBeLessThan(12 * limit)
      expect(html).toContain(`<code>${'n'.repeat(limit)}…</code>`)
      expect(html).toContain(`c${'n'.repeat(limit - 1)}…`)
      expect(html).toContain(`f${'n'.repeat(limit - 1)}…`)
      expect(html).toContain(`failure T${'n'.repeat(limit - 10)}`)
    }
  })

  it('gives no reason where node:test writes message="true", and go\'s own line of its log', () => {
    const [flagged] = parse(
      '<testcase name="t"><skipped message="true"/></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', [flagged], {})).not.toContain(
      'Reason'
    )
    const report = parseJUnit(
      readFileSync('__fixtures__/reports/go/gotestsum.xml', 'utf8'),
      'gotestsum.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const go = report.testCases.filter((t) => t.outcome === 'skipped')
    const html = go.map((t) => buildComment('skipped', 'Skipped', [t], {}))
    expect(html.join('\n')).toContain(
      '<p>Reason: BD-4 blocked by upstream bug #123</p>'
    )
    expect(html.join('\n')).toContain(
      '<p>Reason: gift wrapping not implemented</p>'
    )
    const [logged] = parse(
      '<testcase name="t"><skipped message="=== RUN   TestDb&#xA;    db_test.go:12: connecting to localhost:5432&#xA;    db_test.go:14: no database here&#xA;--- SKIP: TestDb (0.00s)&#xA;"/></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', [logged], {})).toContain(
      '<p>Reason: no database here</p>'
    )
  })

  it('reads a skip reason of a million blank lines in linear time', () => {
    const [blank] = parse(
      `<testcase name="t"><skipped>x${'\n'.repeat(1_000_000)}x</skipped></testcase>`
    )
    const started = performance.now()
    expect(buildComment('skipped', 'Skipped', [blank], {})).toContain(
      '<p>Reason: x</p>'
    )
    // Quadratic matching took minutes.
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it("gives a skipped test's reason, escaped and kept short", () => {
    const [withReason] = parse(
      '<testcase name="t"><skipped message="not on &lt;Windows&gt;\n  yet"/></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', [withReason], {})).toContain(
      '<p>Reason: not on &lt;Windows&gt; yet</p>'
    )
    const [bodyOnly] = parse(
      '<testcase name="t"><skipped>tests/x.py:3: needs a GPU</skipped></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', [bodyOnly], {})).toContain(
      '<p>Reason: tests/x.py:3: needs a GPU</p>'
    )
    const [bare] = parse('<testcase name="t"><skipped/></testcase>')
    expect(buildComment('skipped', 'Skipped', [bare], {})).not.toContain(
      'Reason'
    )
    const [long] = parse(
      `<testcase name="t"><skipped message="${'w'.repeat(5000)}"/></testcase>`
    )
    const html = buildComment('skipped', 'Skipped', [long], {})
    expect(html).toContain(
      `Reason: ${'w'.repeat(COMMENT_LIMITS.skipReasonChars)}…</p>`
    )
    const several = parse(
      '<testcase name="a"><skipped message="flag off"/></testcase><testcase name="b"><skipped/></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', several, {})).toContain(
      '<p><strong>a</strong>: flag off</p>'
    )
  })

  it("common_test: the skip reason is the <skipped> text, not its 'Test X skipped!' message", () => {
    const report = parseJUnit(
      readFileSync('__fixtures__/reports/common-test/cth-surefire.xml', 'utf8'),
      'cth-surefire.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const named = (start: string): TestCase => {
      const found = report.testCases.find((t) => t.name.startsWith(start))
      if (!found) throw new Error(`no ${start}`)
      return found
    }
    expect(buildComment('skipped', 'Skipped', [named('BD-4 ')], {})).toContain(
      '<p>Reason: feature not ready: &lt;b&gt;later&lt;/b&gt; &amp; soon</p>'
    )
    // An auto-skip's crash is only in the text: which function failed, and why.
    expect(buildComment('skipped', 'Skipped', [named('BD-12 ')], {})).toContain(
      '<p>Reason: init_per_testcase failed: {database_down,&quot;connection refused&quot;}</p>'
    )
    // A message that says more than that the test was skipped is kept.
    const [told] = parse(
      '<testcase name="t"><skipped message="t skipped because the flag is off, not skipped">trace</skipped></testcase>'
    )
    expect(buildComment('skipped', 'Skipped', [told], {})).toContain(
      'Reason: t skipped because the flag is off, not skipped</p>'
    )
  })

  it('gives the reason of a pytest module skipped whole (importorskip), not its `collection skipped`', () => {
    const skipped = fixtureTestCases('pytest/pytest-outcomes.xml').filter(
      (t) => t.name === 'tests_outcomes.test_bd337_payments'
    )
    expect(skipped.map((t) => t.problems[0].message)).toEqual([
      'collection skipped'
    ])
    expect(buildComment('skipped', 'Skipped', skipped, {})).toContain(
      '<p>Reason: BD-337 needs the payments SDK</p>'
    )
    // Python's repr escapes quotes and line breaks.
    const [quoted] = parse(
      `<testcase name="m"><skipped message="collection skipped">("/w/t.py", 3, "Skipped: isn't\\nready")</skipped></testcase>`
    )
    expect(buildComment('skipped', 'Skipped', [quoted], {})).toContain(
      '<p>Reason: isn&#39;t ready</p>'
    )
  })

  it('describes a real pytest report', () => {
    const report = parseJUnit(
      readFileSync('__fixtures__/reports/pytest/pytest-xunit1.xml', 'utf8'),
      'pytest-xunit1.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const bd2 = report.testCases.filter((t) => t.name.startsWith('test_bd2_'))
    expect(bd2).toHaveLength(1)
    const html = buildComment('failure', 'Failed', bd2, {})
    expect(html).toContain(
      '<code>test_bd2_user_sees_error_on_bad_password</code>'
    )
    expect(html).toContain('in tests.test_auth, tests/test_auth.py')
    expect(html).toContain('AssertionError: login error banner mismatch')
    expect(html).toContain('&gt;       assert actual == expected')
    expect(html).toContain('BD-2: server answered 401')
  })
})

describe('buildComment: the same test in several Playwright projects', () => {
  const projects = fixtureTestCases('playwright/playwright-junit-projects.xml')
  const tests = (name: string) => projects.filter((t) => t.name === name)

  it("names each test's project where a result's tests ran in more than one", () => {
    const html = buildComment(
      'failure',
      'Failed',
      tests('BD-1101 fails only in firefox'),
      {}
    )
    expect(html).toContain(
      '<p><strong>Failed</strong>: 3 tests (1 failed, 2 passed)</p><ul><li>passed: <code>[chromium] BD-1101 fails only in firefox</code> in projects.spec.js ('
    )
    expect(html).toContain(
      '<li>failed: <code>[firefox] BD-1101 fails only in firefox</code> in projects.spec.js ('
    )
    expect(html).toContain(
      '<li>passed: <code>[webkit] BD-1101 fails only in firefox</code>'
    )
    // The failure's details are headed by the test that failed.
    expect(html).toContain(
      '<p><strong>[firefox] BD-1101 fails only in firefox</strong></p>'
    )
    expect(html).not.toContain('<strong>[chromium]')
  })

  it('names no project where all ran in one, or the result is one test', () => {
    const firefox = projects.filter((t) => t.runsIn === 'firefox')
    const one = buildComment(
      'failure',
      'Failed',
      firefox.filter((t) => t.name.startsWith('BD-1103')),
      {}
    )
    expect(one).toContain(
      '<p><strong>Failed</strong>: <code>BD-1103 fails in every project</code> in projects.spec.js ('
    )
    const two = buildComment(
      'failure',
      'Failed',
      firefox.filter((t) => /^BD-110[13]/.test(t.name)),
      {}
    )
    expect(two).toContain(
      '<li>failed: <code>BD-1101 fails only in firefox</code>'
    )
    expect(two).not.toContain('<code>[firefox] BD-')
    expect(two).not.toContain('<strong>[firefox]')
  })
})

describe('buildComment links', () => {
  const testCase = one('<testcase name="t"/>')

  it('links the workflow run and the commit when given', () => {
    const html = buildComment('passed', 'Passed', [testCase], {
      runUrl: 'https://github.com/o/r/actions/runs/123',
      runLabel: 'CI #7',
      commitUrl: 'https://github.com/o/r/commit/0123456789abcdef',
      sha: '0123456789abcdef'
    })
    expect(html).toContain(
      '<a href="https://github.com/o/r/actions/runs/123">CI #7</a>'
    )
    expect(html).toContain(
      'commit <a href="https://github.com/o/r/commit/0123456789abcdef">0123456</a>'
    )
  })

  it('stays ASCII for an ASCII test, so a batch body encodes fast', () => {
    const html = buildComment('passed', 'Passed', [testCase], {
      runUrl: 'https://github.com/o/r/actions/runs/123',
      commitUrl: 'https://github.com/o/r/commit/0123456789abcdef',
      sha: '0123456789abcdef'
    })
    expect(html).toContain('</a> &middot; commit <a')
    expect(html).toMatch(/^[\x20-\x7e]*$/)
  })

  it('has no links when none are given', () => {
    const html = buildComment('passed', 'Passed', [testCase], {})
    expect(html).not.toContain('<a ')
    expect(html).not.toContain('commit')
  })

  it('uses "Workflow run" when the run has no label', () => {
    const html = buildComment('passed', 'Passed', [testCase], {
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(html).toContain('>Workflow run</a>')
  })

  it('drops a link whose URL is not http(s)', () => {
    const html = buildComment('passed', 'Passed', [testCase], {
      runUrl: 'javascript:alert(1)',
      runLabel: 'Run',
      commitUrl: 'data:text/html,<script>alert(1)</script>',
      sha: 'abcdef0123'
    })
    expect(html).not.toContain('<a ')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:')
    expect(html).not.toMatch(/<script/i)
  })

  it('keeps the valid link when the other is dropped', () => {
    const html = buildComment('passed', 'Passed', [testCase], {
      runUrl: 'javascript:alert(1)',
      commitUrl: 'https://github.com/o/r/commit/abc',
      sha: 'abcdef0123'
    })
    expect(html).toContain(
      '<p>commit <a href="https://github.com/o/r/commit/abc">abcdef0</a></p>'
    )
  })
})

describe('times', () => {
  it.each([
    [0.0004, '0 ms'],
    [0.25, '250 ms'],
    [0.9996, '1 s'],
    [0.9994999999999999, '1 s'],
    [1.15, '1.15 s'],
    [1.5, '1.5 s'],
    [59.994, '59.99 s'],
    [59.996, '1 min 0 s'],
    [61, '1 min 1 s'],
    [119.6, '2 min 0 s'],
    [3599.7, '60 min 0 s']
  ])('%d s reads %j (never 1000 ms, 60 s or 1 min 60 s)', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text)
  })
})
