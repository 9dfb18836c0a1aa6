/**
 * The job summary: counts, escaped rows, unmatched markers, and the 1 MiB cap.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { TestCase } from '../src/reports/test-case.js'
import {
  fixtureReports,
  fixtureTestCases,
  parseReportText,
  parseSuite as parse,
  plannedForBd
} from './helpers/reports.js'
import { MarkerFinder } from '../src/markers.js'
import { MarkerGroups, type PlannedResult } from '../src/results/plan.js'
import {
  renderFailureSummary,
  renderSummary,
  SUMMARY_LIMIT_BYTES,
  type UploadSummary
} from '../src/summary.js'

const MiB = 1024 * 1024

/** Plans BD results from inline test cases against a run holding seqs 1..15. */
function plan(body: string) {
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(parse(body))
  const run = new Map(
    Array.from({ length: 15 }, (_, i) => [i + 1, `tcase-${i + 1}`] as const)
  )
  return groups.plan(run, {})
}

function summary(over: Partial<UploadSummary>): UploadSummary {
  return {
    projectCode: 'BD',
    run: 42,
    runUrl: 'https://acme.qasphere.com/project/BD/run/42',
    dryRun: false,
    planned: [],
    resultIds: [],
    unmatched: [],
    unmarkedTestCases: 0,
    testCaseCount: 0,
    reportFiles: 1,
    problems: [],
    ...over
  }
}

/** The summary of `testCases` as one result: all marked BD-1, the run's only test case. */
function summaryOfOne(testCases: readonly TestCase[]): string {
  const planned = plannedForBd(
    testCases.map((t) => ({ ...t, markerProperties: ['BD-1'] })),
    1
  )
  return renderSummary(summary({ planned, resultIds: [7] }))
}

/** The failure line of that result. */
function failureLineOfOne(testCases: readonly TestCase[]): string {
  return /<em>(.*?)<\/em>/.exec(summaryOfOne(testCases))?.[1] ?? ''
}

/** The summary of these results, every one stored. */
function summaryOfStored(planned: PlannedResult[]): string {
  return renderSummary(
    summary({ planned, resultIds: planned.map((_, i) => i + 1) })
  )
}

/** The summary's table of posted results as `marker status reason` per row. */
function rowsOf(planned: PlannedResult[]): string[] {
  return summaryOfStored(planned)
    .split('<tr>')
    .slice(2)
    .map((row) =>
      [
        /<code>(BD-\d+)<\/code>/.exec(row)?.[1],
        /<\/code><\/td><td>\S+ (\w+)/.exec(row)?.[1],
        /<em>(.*?)<\/em>/.exec(row)?.[1]
      ]
        .filter(Boolean)
        .join(' ')
    )
}

/** The summary of a fixture report's results, posted to a run of BD-1..30. */
function fixtureSummary(relative: string): string {
  return summaryOfStored(plannedForBd(fixtureTestCases(relative)))
}

const FOUR =
  '<testcase name="BD-1 ok"/>' +
  '<testcase name="BD-2 bad"><failure message="m"/></testcase>' +
  '<testcase name="BD-3 broken"><error message="m"/></testcase>' +
  '<testcase name="BD-4 later"><skipped/></testcase>' +
  '<testcase name="BD-99 elsewhere"/>' +
  '<testcase name="unmarked"/>'

describe('renderSummary', () => {
  it('cuts a long name after removing its colour codes, so none is left half', () => {
    const name = `BD-1 ${'x'.repeat(190)}\u001b[31mred\u001b[39m${'y'.repeat(50)}`
    const { results } = plan(`<testcase name="${name}"/>`)
    const md = renderSummary(summary({ planned: results, resultIds: [7] }))
    expect(md).toContain(`BD-1 ${'x'.repeat(190)}red${'y'.repeat(2)}…`)
    expect(md).not.toMatch(/\[3\d?/)
  })

  it("says how each test ended where a row's tests did not all end alike, and not where they did", () => {
    const { results } = plan(
      '<testcase name="BD-1 a"/><testcase name="BD-1 b"><skipped/></testcase>' +
        '<testcase name="BD-2 a"/><testcase name="BD-2 b"/>' +
        '<testcase name="BD-3 a"><skipped/></testcase><testcase name="BD-3 b"><skipped/></testcase>'
    )
    const md = renderSummary(
      summary({ planned: results, resultIds: [7, 8, 9] })
    )
    expect(md).toContain('<td>passed: BD-1 a<br>skipped: BD-1 b</td>')
    expect(md).toContain('<td>BD-2 a<br>BD-2 b</td>')
    // Those it does not name, counted.
    const { results: many } = plan(
      Array.from({ length: 6 }, (_, i) =>
        i === 5
          ? `<testcase name="BD-4 t${i}"><failure/></testcase>`
          : i % 2
            ? `<testcase name="BD-4 t${i}"><skipped/></testcase>`
            : `<testcase name="BD-4 t${i}"/>`
      ).join('')
    )
    expect(
      renderSummary(summary({ planned: many, resultIds: [10] }))
    ).toContain(
      '<td>failed: BD-4 t5<br>passed: BD-4 t0<br>skipped: BD-4 t1<br>… and 3 more (2 passed, 1 skipped)</td>'
    )
    expect(md).toContain('<td>BD-3 a<br>BD-3 b</td>')
  })

  it("names each test's Playwright project or browser where a row's tests ran in more than one", () => {
    const planned = plannedForBd(
      fixtureTestCases('playwright/playwright-junit-projects.xml'),
      1200
    )
    const md = summaryOfStored(planned)
    expect(md).toContain(
      '<td>failed: [firefox] BD-1101 fails only in firefox<br>passed: [chromium] BD-1101 fails only in firefox<br>passed: [webkit] BD-1101 fails only in firefox<br><em>fails in the second project only</em></td>'
    )
    expect(md).toContain(
      '<td>[chromium] BD-1100 passes in every project<br>[firefox] BD-1100 passes in every project<br>[webkit] BD-1100 passes in every project</td>'
    )
    // karma's browsers, one report each.
    const karma = plannedForBd(
      ['chromium', 'firefox'].flatMap((browser) =>
        fixtureTestCases(`karma/karma-mocha-junit-browsers-${browser}.xml`)
      ),
      1200
    )
    expect(summaryOfStored(karma)).toContain(
      '<td>failed: [Firefox 153.0 (Linux 0.0.0)] BD-1121 fails only in Firefox<br>passed: [Chrome Headless 156.0.0.0 (Linux 0.0.0)] BD-1121 fails only in Firefox<br><em>expected &quot;other&quot;, got &quot;firefox&quot;</em></td>'
    )
    // TestNG's report per <test> (JUnitXMLReporter), one per browser.
    const testng = plannedForBd(
      ['Chrome', 'Firefox'].flatMap((test) =>
        fixtureTestCases(`testng/testng-browsers-${test}.xml`)
      ),
      1200
    )
    expect(summaryOfStored(testng)).toContain(
      '<td>failed: [Firefox] testBd1141ChecksOut<br>passed: [Chrome] testBd1141ChecksOut<br><em>checkout fails on firefox</em></td>'
    )
    // One project beside another tool's test: no project named.
    const one = plannedForBd(
      [
        ...fixtureTestCases('playwright/playwright-junit.xml'),
        ...parse('<testcase name="BD-14 unit check"/>')
      ],
      30
    )
    expect(summaryOfStored(one)).toContain(
      '<td>failed: BD-14 fails on every try<br>passed: BD-14 unit check<br>'
    )
    // One project: as before.
    const firefox = plannedForBd(
      fixtureTestCases('playwright/playwright-junit-projects.xml').filter(
        (t) => t.runsIn === 'firefox'
      ),
      1200
    )
    expect(
      renderSummary(
        summary({ planned: firefox, resultIds: [1, 2, 3, 4, 5, 6] })
      )
    ).toContain('<td>BD-1100 passes in every project</td>')
  })

  it('a project name from the report is text, clipped so that the test name shows', () => {
    const text = readFileSync(
      new URL(
        '../__fixtures__/reports/playwright/playwright-junit-projects.xml',
        import.meta.url
      ),
      'utf8'
    )
      .replaceAll(
        'hostname="firefox"',
        `hostname="<img src=x onerror=alert(1)>${'p'.repeat(300)}"`
      )
      .replaceAll('hostname="webkit"', 'hostname="   "')
    const planned = plannedForBd(parseReportText(text, 'junit.xml'), 1200)
    const md = summaryOfStored(planned)
    expect(md).toContain(
      `<td>failed: [&lt;img src=x onerror=alert(1)&gt;${'p'.repeat(60 - 28)}…] BD-1101 fails only in firefox<br>passed: [chromium] BD-1101 fails only in firefox<br>passed: BD-1101 fails only in firefox<br>`
    )
    expect(md).not.toContain('<img')
  })

  it("names a failed result's failed tests first: the row shows which one failed", () => {
    const { results } = plan(
      Array.from({ length: 6 }, (_, i) =>
        i === 4
          ? `<testcase name="BD-1 case ${i}"><failure message="boom in case ${i}"/></testcase>`
          : `<testcase name="BD-1 case ${i}"/>`
      ).join('')
    )
    const md = renderSummary(summary({ planned: results, resultIds: [7] }))
    expect(md).toContain(
      'failed: BD-1 case 4<br>passed: BD-1 case 0<br>passed: BD-1 case 1<br>… and 3 more (3 passed)<br><em>boom in case 4</em>'
    )
  })

  it('names the failed test first also in a row of two or three, and says whose failure line a later one is', () => {
    const { results } = plan(
      '<testcase name="BD-1 adds 1"/><testcase name="BD-1 adds 2"><failure message="3 !== 4"/></testcase>' +
        '<testcase name="BD-2 todo"><failure message=""/></testcase><testcase name="BD-2 real"><failure message="expected 40"/></testcase>'
    )
    const md = renderSummary(summary({ planned: results, resultIds: [7, 8] }))
    expect(md).toContain(
      '<td>failed: BD-1 adds 2<br>passed: BD-1 adds 1<br><em>3 !== 4</em></td>'
    )
    expect(md).toContain(
      '<td>BD-2 todo<br>BD-2 real<br><em>BD-2 real: expected 40</em></td>'
    )
  })

  it("takes the failure line of a failed test beyond the three listed when theirs say nothing, and links no other test's line to the first one's place", () => {
    const { results } = plan(
      Array.from(
        { length: 3 },
        (_, i) =>
          `<testcase name="BD-1 todo ${i}"><failure message=""/></testcase>`
      ).join('') +
        '<testcase name="BD-1 real"><failure message="expected 40"/></testcase>'
    )
    const html = renderSummary(
      summary({
        planned: results,
        resultIds: [7],
        sourceLinks: new Map([
          [
            results[0],
            { href: 'https://github.com/a/b/blob/c/t.py#L3', text: 't.py:3' }
          ]
        ])
      })
    )
    expect(html).toContain('<em>BD-1 real: expected 40</em>')
    expect(html).not.toContain('t.py:3')
  })

  it("takes the failure line of a failed step or subtest when the first failed test's only says it failed (deno, go)", () => {
    for (const [relative, prefix, line] of [
      [
        'deno/deno-junit.xml',
        'BD-5 checkout',
        '<em>BD-5 checkout &gt; shipping &gt; BD-15 free over 100: Uncaught Error: Values are not equal: 0 !== 5</em>'
      ],
      [
        'third-party/go/go-junit-report-subtests.xml',
        'TestSubtests',
        '<em>TestSubtests/Subtest#01: subtests_test.go:10: error message</em>'
      ]
    ]) {
      // The test and its steps or subtests, in one result.
      const tests = fixtureTestCases(relative).filter((t) =>
        t.name.startsWith(prefix)
      )
      expect(summaryOfOne(tests)).toContain(line)
    }
  })

  it("gives the last line of a failed test's own output when its failure has no text (CTest, meson)", () => {
    const html = fixtureSummary('ctest/ctest.xml')
    expect(html).toContain(
      'BD-2 user sees error on bad password<br><em>no message; its output ends: actual: Something went wrong</em>'
    )
    expect(html).toContain(
      'failed: BD-6 discount code [BOGUS]<br>passed: BD-6 discount code [SAVE10]<br>passed: BD-6 discount code [SAVE20]<br><em>no message; its output ends: discount for BOGUS: got 0, want 99</em>'
    )
    // A suite's output is not the test's own: no line of it.
    const suite = plan(
      '<testsuite name="s"><system-out>ok 1 - other test</system-out><testcase name="BD-1 t"><failure/></testcase></testsuite>'
    )
    expect(
      renderSummary(summary({ planned: suite.results, resultIds: [1] }))
    ).not.toContain('output ends')
  })

  it("completes a failure line that ends with a colon, or is followed by expected and actual values, as the tool's console shows them", () => {
    const lineOf = (relative: string, name: string): string =>
      failureLineOfOne(
        fixtureTestCases(relative)
          .filter((t) => t.name === name)
          .slice(0, 1)
      )
    // googletest, mocha (node:assert), a Rust panic (nextest): what the colon announces.
    expect(lineOf('googletest/googletest.xml', 'total_is_wrong')).toBe(
      'Expected equality of these values: 2 + 2 Which is: 4 5 total mismatch'
    )
    // …up to its SCOPED_TRACE, in its own report and printed under CTest.
    expect(
      lineOf('googletest/googletest-shapes.xml', 'test_bd24_scoped_trace')
    ).toBe(
      'Expected equality of these values: 2 + 2 Which is: 4 5 total mismatch'
    )
    expect(
      lineOf('ctest/ctest-more.xml', 'Cart.test_bd21_total_in_a_trace')
    ).toBe(
      'Expected equality of these values: 2 + 2 Which is: 4 5 total mismatch'
    )
    expect(
      lineOf('mocha/mocha-junit-reporter.xml', 'BD-6 adds 3 + 3 = 7')
    ).toBe('Expected values to be strictly equal: 6 !== 7')
    // node:test writes its message without line breaks, and whole in the details.
    expect(lineOf('node-test/node-test-junit.xml', 'BD-6 adds 3 + 3 = 7')).toBe(
      'Expected values to be strictly equal: 6 !== 7'
    )
    expect(
      lineOf('node-test/node-test-junit.xml', '[BD-2] cart total is wrong')
    ).toBe(
      'Expected values to be strictly deep-equal: { items: [ ... &#39;plum&#39; ], + total: 42 - total: 40 }'
    )
    expect(
      lineOf('third-party/rust/nextest-basic.xml', 'test_failure')
    ).toMatch(
      /^thread &#39;test_failure&#39; panicked at tests\/parry3d.rs:154:5: assertion `left == right` failed: 0 must equal 1 left: 0 right: 1/
    )
    // Expected and actual values: NUnit, minitest (whose message the reporter cut), Test::More, jest.
    expect(
      lineOf('third-party/dotnet/junit-testlogger-utf8-bom.xml', 'FailTest11')
    ).toBe('Expected: False; But was: True')
    expect(lineOf('minitest/minitest-reporters.xml', 'test_is_even_3')).toBe(
      'Expected: 0; Actual: 1'
    )
    expect(
      lineOf('minitest/minitest-reporters.xml', 'test_total_is_wrong')
    ).toBe('total &lt;&amp;&gt;.; Expected: 5; Actual: 4')
    // A unified diff (minitest's for long values, and for all with
    // make_my_diffs_pretty!; PHPUnit's): its removed and added lines.
    const pretty = 'minitest/minitest-pretty-diffs.xml'
    expect(lineOf(pretty, 'test_BD-29 hyphenated name fails')).toBe(
      'Expected: 1; Actual: 2'
    )
    expect(lineOf(pretty, 'test_bd20_pretty_hash_diff')).toBe(
      'Expected: {:name=&gt;&quot;Alice&quot;, :items=&gt;[1, 2, 3], :total=&gt;10}; Actual: {:name=&gt;&quot;Alice&quot;, :items=&gt;[1, 2, 4], :total=&gt;11}'
    )
    expect(lineOf(pretty, 'test_bd27_assert_output')).toBe(
      'In stdout.; Expected: &quot;hello; Actual: &quot;goodbye'
    )
    expect(lineOf(pretty, 'test_bd22_assert_raises_wrong')).toBe(
      '[ArgumentError] exception expected, not; Class: &lt;TypeError&gt;; Message: &lt;&quot;wrong kind&quot;&gt;'
    )
    expect(
      lineOf(
        'phpunit/phpunit-single-class.xml',
        'testBd2UserSeesErrorOnBadPassword'
      )
    ).toBe(
      'login error banner mismatch; expected: Invalid username or password; actual: Something went wrong'
    )
    expect(
      lineOf(
        'tap-formatter-junit/tap-formatter-junit.xml',
        '7 - BD-6 adds 3 + 3 = 7'
      )
    ).toBe('got: &#39;6&#39;; expected: &#39;7&#39;')
    expect(lineOf('jest/jest-junit.xml', 'BD-6 adds 3 + 3 = 7')).toBe(
      'Error: expect(received).toBe(expected) // Object.is equality; Expected: 7; Received: 6'
    )
    // Hamcrest's actual value is `but: was`, indented under `Expected:` (Gradle, JUnit 4's assertThat).
    expect(lineOf('gradle/TEST-demo.CartTest.xml', 'testBd209Discount')).toBe(
      'java.lang.AssertionError: discounted total; Expected: is &lt;9&gt;; but: was &lt;10&gt;'
    )
    // A line that says it all stays as it is.
    expect(lineOf('jest/jest-junit.xml', 'BD-3: crashes with an error')).toBe(
      'TypeError: boom'
    )
    // RSpec: what its colon announces is a backtrace, whose frames are not values.
    expect(
      lineOf('rspec/rspec.xml', 'Cart BD-105 raises the right error')
    ).toBe(
      'expected TypeError with message matching /quantity/, got #&lt;ArgumentError: bad quantity&gt; with backtrace:'
    )
    expect(lineOf('rspec/rspec.xml', 'Cart BD-103 shows the receipt')).toBe(
      'expected: {:items=&gt;[&quot;apple&quot;, &quot;plum&quot;], :total=&gt;11}; got: {:items=&gt;[&quot;apple&quot;, &quot;pear&quot;], :total=&gt;10}'
    )
    expect(
      lineOf(
        'tap-harness-junit/tap-harness-junit-merge.xml',
        'BD-158 doubles 3'
      )
    ).toBe('got: &#39;6&#39;; expected: &#39;7&#39;')
    // Qt's QCOMPARE, its values after their expressions (Qt 5 and Qt 6 alike).
    for (const qt of ['qt5', 'qt6']) {
      expect(lineOf(`qtest/${qt}/cart.xml`, 'test_bd102_total_is_wrong')).toBe(
        'Compared values are not the same; Actual (total): 4; Expected (5) : 5'
      )
      expect(lineOf(`qtest/${qt}/cart.xml`, 'testBd115Lists')).toBe(
        'Compared lists differ at index 1.; Actual (actual): &quot;pear&quot;; Expected (expected): &quot;plum&quot;'
      )
    }
    // Gomega's bare `Expected`, its values and matcher after it (Ginkgo v1).
    expect(lineOf('ginkgo/junit.xml', 'Cart [BD-162] computes the total')).toBe(
      'Expected &lt;int&gt;: 4 to equal &lt;int&gt;: 5'
    )
    expect(
      lineOf(
        'ginkgo/junit.xml',
        'Cart checkout with a coupon [BD-172] refuses an expired coupon'
      )
    ).toBe('Expected &lt;int&gt;: 100 to be &lt; &lt;int&gt;: 90')
    // QuickCheck's counterexample (tasty), without its advice (`Use
    // --quickcheck-replay=1 to reproduce.`) or an exception's CallStack.
    const tasty = 'tasty/tasty-ant-xml.xml'
    expect(lineOf(tasty, 'BD-239 sum is always small')).toBe(
      '*** Failed! Falsified (after 10 tests and 5 shrinks): [4,6]'
    )
    expect(lineOf(tasty, 'BD-240 counterexample text')).toBe(
      '*** Failed! Falsified (after 7 tests): 5 x was 5 &lt;&amp;&gt;'
    )
    expect(lineOf(tasty, 'BD-241 property throws')).toBe(
      '*** Failed! (after 5 tests): Exception: too big'
    )
    // HUnit's failure after the labels of tasty's testCaseSteps.
    expect(lineOf(tasty, 'BD-250 steps')).toBe('expected: 3; but got: 2')
  })

  it("reads Spock's failed condition as its line without the diagram of values under it, Groovy's power assertion as its expression", () => {
    const lineOf = (relative: string, name: string): string =>
      failureLineOfOne(
        fixtureTestCases(relative).filter((t) => t.name === name)
      )
    const spock = 'groovy/spock/TEST-com.example.shop.CartSpec.xml'
    expect(lineOf(spock, 'BD-571 total is wrong')).toBe(
      'Condition not satisfied: cart.total == 5'
    )
    expect(lineOf(spock, 'BD-576 output then fail & <escape>')).toBe(
      'Condition not satisfied: cart.receipt() == &#39;apple 1&#39;'
    )
    expect(lineOf(spock, 'BD-573 not unrolled')).toBe(
      'Condition not satisfied: Math.max(a, b) == c'
    )
    expect(
      lineOf(
        'groovy/junit4/TEST-com.example.shop.CartTest.xml',
        'BD-552 total is wrong'
      )
    ).toBe('assert cart.total == 5')
  })

  it("completes JUnit's assertEquals of values of several lines up to the end of the actual value (Kotlin's tests, JUnit 5 and JUnit 4)", () => {
    const lineOf = (relative: string, name: string): string =>
      failureLineOfOne(
        fixtureTestCases(relative).filter((t) => t.name === name)
      )
    expect(
      lineOf(
        'kotlin/console/TEST-junit-jupiter.xml',
        'BD-172 receipt lists items()'
      )
    ).toBe('expected: &lt;apple 1 bread 3&gt; but was: &lt;apple 1 bread 2&gt;')
    expect(
      lineOf(
        'kotlin/junit4/TEST-com.example.shop.CartJUnit4Test.xml',
        'BD-189 receipt'
      )
    ).toBe(
      'expected:&lt;apple 1 bread [3]&gt; but was:&lt;apple 1 bread [2]&gt;'
    )
    // Values of one line stay as they are, a message before them too.
    expect(
      lineOf('kotlin/console/TEST-junit-jupiter.xml', 'BD-171 total is wrong()')
    ).toBe(
      'total &lt;&amp;&gt; &quot;quoted&quot; ==&gt; expected: &lt;5&gt; but was: &lt;4&gt;'
    )
    // Nothing after the values is taken: the stack trace starts.
    const [open] = parse(
      '<testcase name="t"><failure message="expected: &lt;a&#10;b&gt; but was: &lt;a">java.lang.AssertionError: expected: &lt;a\nb&gt; but was: &lt;a\n\tat demo.T.t(T.java:3)</failure></testcase>'
    )
    expect(failureLineOfOne([open])).toBe(
      'expected: &lt;a b&gt; but was: &lt;a'
    )
  })

  it("leaves a console's advice and legend out of a failure line: Rust's `note: run with RUST_BACKTRACE`, node:assert's `+ actual - expected`", () => {
    const lineOf = (body: string): string => {
      const { results } = plan(body)
      const html = renderSummary(summary({ planned: results, resultIds: [7] }))
      return /<em>(.*?)<\/em>/.exec(html)?.[1] ?? ''
    }
    expect(
      lineOf(
        `<testcase name="BD-1 t"><failure type="test failure">thread 'main' panicked at src/lib.rs:3:5:
assertion \`left == right\` failed
  left: 1
 right: 2
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace</failure></testcase>`
      )
    ).toBe(
      'thread &#39;main&#39; panicked at src/lib.rs:3:5: assertion `left == right` failed left: 1 right: 2'
    )
    // mocha's node:assert message: the diff, not its legend.
    const row = fixtureSummary('mocha/mocha-junit-reporter.xml')
      .split('\n')
      .find((l) => l.includes('<code>BD-2</code>'))
    expect(/<em>(.*?)<\/em>/.exec(row ?? '')?.[1]).toBe(
      'Expected values to be strictly deep-equal: { items: [ ... &#39;plum&#39; ], + total: 42 - total: 40 }'
    )
  })

  it("gives no stack frame as the end of a failed test's output (CTest's `Call Stack`)", () => {
    const row = fixtureSummary('ctest/ctest.xml')
      .split('\n')
      .find((l) => l.includes('<code>BD-10</code>'))
    expect(row).toContain('no message; its output ends:')
    expect(row).not.toMatch(/output ends: [^<]*\.cmake:\d+ \(/)
  })

  it('says why the step fails, up to 20 reasons and how many more', () => {
    const failures = Array.from({ length: 25 }, (_, i) => `reason ${i}`)
    const html = renderSummary(summary({ failures }))
    expect(html).toContain('<p>❌ reason 0</p>')
    expect(html).toContain('<p>❌ reason 19</p>')
    expect(html).not.toContain('reason 20')
    expect(html).toContain(
      '<p>❌ … and 5 more reasons the step fails; see the log.</p>'
    )
  })

  it("lists up to 20 of the reports' problems and counts the rest", () => {
    const problems = Array.from({ length: 21 }, (_, i) => `problem ${i}`)
    const html = renderSummary(summary({ problems }))
    expect(html).toContain('<p>⚠️ problem 19</p>')
    expect(html).not.toContain('problem 20')
    expect(html).toContain('<p>⚠️ … and 1 more problem; see the log.</p>')
  })

  it('counts the results stored with links, not those that were not stored', () => {
    const { results } = plan(FOUR)
    const issue = {
      ref: { owner: 'acme', repo: 'shop', number: 12 },
      url: 'https://github.com/acme/shop/pull/12',
      title: 'Fix cart rounding'
    }
    for (const result of results)
      result.links = [
        { integrationId: 'int', url: issue.url, text: issue.title }
      ]
    const md = renderSummary(
      summary({
        planned: results,
        resultIds: [11, undefined, null, undefined],
        linkedIssues: [issue]
      })
    )
    expect(md).toContain(
      '🔗 2 results link to <a href="https://github.com/acme/shop/pull/12">'
    )
    const dry = renderSummary(
      summary({ planned: results, dryRun: true, linkedIssues: [issue] })
    )
    expect(dry).toContain('🔗 4 results link to')
  })

  it('says what was posted, with a count line and one row per result', () => {
    const { results, unmatched, unmarkedTestCases } = plan(FOUR)
    const md = renderSummary(
      summary({
        planned: results,
        resultIds: [11, 12, 13, 14],
        unmatched,
        unmarkedTestCases,
        testCaseCount: 6,
        reportFiles: 2
      })
    )
    expect(md).toContain(
      '<h2>QA Sphere: 4 results posted to <a href="https://acme.qasphere.com/project/BD/run/42">BD run 42</a></h2>'
    )
    expect(md).toContain(
      '🟢 1 Passed · 🔴 1 Failed · 🟠 1 Blocked · ⚪ 1 Skipped'
    )
    expect(md).toContain('From 6 tests in 2 report files')
    expect(md).toContain('1 test without a BD marker, not uploaded')
    expect(md).toContain(
      '<tr><td><code>BD-2</code></td><td>🔴 Failed</td><td>#12</td><td>BD-2 bad<br><em>m</em></td></tr>'
    )
    expect(md.match(/<tr><td>/g)).toHaveLength(4)
    expect(md).toContain(
      '1 marker found in reports but not in the run, not uploaded: <code>BD-99</code>'
    )
    expect(md).not.toContain('dry run')
    expect(md).not.toContain('cut')
  })

  it('lists failed tests and results not stored first, the rest in posting order', () => {
    const { results } = plan(FOUR)
    const rows = (md: string) =>
      [...md.matchAll(/<tr><td><code>(BD-\d+)<\/code>/g)].map((m) => m[1])
    const posted = renderSummary(
      summary({ planned: results, resultIds: [11, 12, 13, 14] })
    )
    expect(rows(posted)).toEqual(['BD-2', 'BD-3', 'BD-1', 'BD-4'])
    const partly = renderSummary(
      summary({ planned: results, resultIds: [11, 12, 13, undefined] })
    )
    expect(rows(partly)).toEqual(['BD-2', 'BD-3', 'BD-4', 'BD-1'])
    const undecided = renderSummary(
      summary({
        planned: results,
        resultIds: [undefined, 12, 13, 14],
        undecided: new Set([0])
      })
    )
    expect(rows(undecided)).toEqual(['BD-1', 'BD-2', 'BD-3', 'BD-4'])
    // In a dry run nothing is stored: only the failed tests come first.
    const dry = renderSummary(
      summary({
        dryRun: true,
        planned: results,
        resultIds: results.map(() => undefined)
      })
    )
    expect(rows(dry)).toEqual(['BD-2', 'BD-3', 'BD-1', 'BD-4'])
  })

  it('shows failed tests at the end of a long upload in a table cut at 1 MiB', () => {
    const [base] = parse('<testcase name="x"/>')
    const planned: PlannedResult[] = Array.from({ length: 20_000 }, (_, i) => {
      const failed = i >= 19_900
      return {
        marker: `BD-${i + 1}`,
        seq: i + 1,
        tcaseId: `t${i + 1}`,
        outcome: failed ? 'failure' : 'passed',
        status: failed ? 'failed' : 'passed',
        statusName: failed ? 'Failed' : 'Passed',
        timeTaken: 1,
        comment: '',
        testCases: [{ ...base, name: `BD-${i + 1} ${'long name '.repeat(10)}` }]
      }
    })
    const md = summaryOfStored(planned)
    expect(md).toMatch(/The table is cut after [\d,]+ of 20,000 results/)
    // Big counts are grouped, as people write them.
    expect(md).toContain('QA Sphere: 20,000 results posted to')
    expect(md).toContain('🟢 19,900 Passed · 🔴 100 Failed')
    expect(md).toContain('<code>BD-19901</code>')
    expect(md).toContain('<code>BD-20000</code>')
    expect(md.match(/🔴 Failed<\/td>/g)).toHaveLength(100)
    expect(md.indexOf('<code>BD-20000</code>')).toBeLessThan(
      md.indexOf('<code>BD-1</code>')
    )
  })

  it("gives a failed result's first failure line, cleaned and escaped", () => {
    const long = 'x'.repeat(300)
    const { results } = plan(
      '<testcase name="BD-1 a"><failure message="&#10;  \u001b[31mexpected &lt;b&gt; to be 2\u001b[0m&#10;# not a heading"/></testcase>' +
        '<testcase name="BD-2 b"><error type="E">&#10;Traceback (most recent call last):&#10;  File "x.py"</error></testcase>' +
        `<testcase name="BD-3 c"><failure message="${long}"/></testcase>` +
        '<testcase name="BD-4 d"><flakyFailure message="timeout"/></testcase>' +
        '<testcase name="BD-5 e"><failure/></testcase>'
    )
    const md = renderSummary(
      summary({ planned: results, resultIds: [1, 2, 3, 4, 5] })
    )
    const cell = (marker: string) =>
      new RegExp(
        `<code>${marker}</code></td><td>[^<]*</td><td>[^<]*</td><td>([^\\n]*)</td></tr>`
      ).exec(md)?.[1]
    expect(cell('BD-1')).toBe('BD-1 a<br><em>expected &lt;b&gt; to be 2</em>')
    expect(cell('BD-2')).toBe(
      'BD-2 b<br><em>Traceback (most recent call last):</em>'
    )
    expect(cell('BD-3')).toBe(`BD-3 c<br><em>${'x'.repeat(200)}…</em>`)
    expect(cell('BD-4')).toBe('BD-4 d')
    expect(cell('BD-5')).toBe('BD-5 e')
    // Only the first line: the second would be a markdown heading.
    expect(md).not.toContain('heading')
  })

  it('links a failed result to the line where it failed, escaped, and never to a script URL', () => {
    const { results } = plan(FOUR)
    const html = renderSummary(
      summary({
        planned: results,
        resultIds: [11, 12, 13, 14],
        sourceLinks: new Map([
          [
            results[1],
            {
              href: 'https://github.com/acme/shop/blob/abc/src/a<b>.ts#L7',
              text: 'src/a<b>.ts:7'
            }
          ],
          [results[2], { href: 'javascript:alert(1)', text: 'src/c.ts:3' }]
        ])
      })
    )
    expect(html).toContain(
      '<em>m (<a href="https://github.com/acme/shop/blob/abc/src/a%3Cb%3E.ts#L7">src/a&lt;b&gt;.ts:7</a>)</em>'
    )
    expect(html).toContain('<em>m (src/c.ts:3)</em>')
    expect(html).not.toContain('javascript:')
  })

  it('finds the first line wherever it starts, and says when it was cut', () => {
    const spaces = ' '.repeat(1850)
    const { results } = plan(
      // a blank message: the details say what failed
      '<testcase name="BD-1 a"><failure message=" ">AssertionError: boom</failure></testcase>' +
        `<testcase name="BD-2 b"><failure message="${'&#10;'.repeat(60)}late"/></testcase>` +
        // a long line that starts far into the message
        `<testcase name="BD-3 c"><failure message="${spaces}&#10;${'q'.repeat(100)}${'w'.repeat(3000)}"/></testcase>` +
        // an emoji where a cut at a fixed offset would split it
        `<testcase name="BD-4 d"><failure message="${spaces}&#10;${'q'.repeat(199)}😀tail"/></testcase>` +
        `<testcase name="BD-5 e"><failure message="&#10;   &#10;"/></testcase>`
    )
    const md = renderSummary(
      summary({ planned: results, resultIds: [1, 2, 3, 4, 5] })
    )
    const line = (marker: string) =>
      new RegExp(`<code>${marker}</code>.*<em>(.*)</em>`).exec(md)?.[1]
    expect(line('BD-1')).toBe('AssertionError: boom')
    expect(line('BD-2')).toBe('late')
    expect(line('BD-3')).toBe(`${'q'.repeat(100)}${'w'.repeat(100)}…`)
    expect(line('BD-4')).toBe(`${'q'.repeat(199)}…`)
    expect(md).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    expect(line('BD-5')).toBeUndefined()
  })

  it('says one result, one test and one file in the singular', () => {
    const { results } = plan('<testcase name="BD-1 logs in"/>')
    const md = renderSummary(
      summary({
        planned: results,
        resultIds: [11],
        testCaseCount: 1,
        reportFiles: 1
      })
    )
    expect(md).toContain('QA Sphere: 1 result posted to')
    expect(md).toContain('From 1 test in 1 report file.')
  })

  it('counts only stored results and marks the rest "not stored"', () => {
    const { results } = plan(FOUR)
    const md = renderSummary(
      summary({ planned: results, resultIds: [11, 12, undefined, undefined] })
    )
    expect(md).toContain('2 results posted')
    expect(md).toContain(
      '🟢 1 Passed · 🔴 1 Failed · 🟠 0 Blocked · ⚪ 0 Skipped'
    )
    expect(md).toContain('<td>🟠 Blocked</td><td>not stored</td>')
  })

  it('has a dry-run heading and counts every planned result', () => {
    const { results } = plan(FOUR)
    const md = renderSummary(
      summary({
        dryRun: true,
        planned: results,
        resultIds: results.map(() => undefined)
      })
    )
    expect(md).toContain(
      '<h2>QA Sphere (dry run): 4 results would be posted to <a href='
    )
    expect(md).toContain(
      '🟢 1 Passed · 🔴 1 Failed · 🟠 1 Blocked · ⚪ 1 Skipped'
    )
    expect(md.match(/<td>dry run<\/td>/g)).toHaveLength(4)
    expect(md).not.toContain('results posted to')
  })

  it('escapes test names and problems', () => {
    const { results } = plan(
      '<testcase name="BD-1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"/>' +
        '<testcase name="BD-1 &lt;img src=x onerror=alert(1)&gt; | pipe"/>'
    )
    const md = renderSummary(
      summary({
        planned: results,
        resultIds: [1],
        problems: ['bad.xml is not JUnit (its root element is <html>)']
      })
    )
    expect(md).not.toMatch(/<script|<img|<html>/i)
    expect(md).toContain(
      'BD-1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>BD-1 &lt;img src=x onerror=alert(1)&gt; | pipe'
    )
    expect(md).toContain(
      '<p>⚠️ bad.xml is not JUnit (its root element is &lt;html&gt;)</p>'
    )
  })

  it('puts each name on one line with single spaces', () => {
    const { results } = plan(
      '<testcase name="BD-1 two  spaces"/>' +
        '<testcase name="BD-1 a&#9;tab&#10;a line"/>' +
        '<testcase name="BD-1 plain name"/>'
    )
    const md = renderSummary(summary({ planned: results, resultIds: [1] }))
    expect(md).toContain(
      'BD-1 two spaces<br>BD-1 a tab a line<br>BD-1 plain name</td>'
    )
  })

  it('shows three names per row and counts the rest', () => {
    const { results } = plan(
      Array.from({ length: 5 }, (_, i) => `<testcase name="BD-1 n${i}"/>`).join(
        ''
      )
    )
    const md = renderSummary(summary({ planned: results, resultIds: [1] }))
    expect(md).toContain('BD-1 n0<br>BD-1 n1<br>BD-1 n2<br>… and 2 more</td>')
    expect(md).not.toContain('n3')
  })

  it('lists at most 200 unmatched markers', () => {
    const unmatched = Array.from({ length: 250 }, (_, i) => `BD-${i + 100}`)
    const md = renderSummary(summary({ unmatched }))
    expect(md).toContain('250 markers found in reports but not in the run')
    expect(md).toContain('<code>BD-299</code>')
    expect(md).not.toContain('<code>BD-300</code>')
    expect(md).toContain(' and 50 more</p>')
    expect(md).not.toContain('<table>')
  })

  it('stays within 1 MiB for 20,000 results with long names, and says so', () => {
    const [base] = parse('<testcase name="x"/>')
    const longName = (i: number, j: number) =>
      `BD-${i} <&"é😀> ${j} `.repeat(40)
    const planned: PlannedResult[] = Array.from({ length: 20_000 }, (_, i) => ({
      marker: `BD-${i + 1}`,
      seq: i + 1,
      tcaseId: `t${i + 1}`,
      outcome: 'failure',
      status: 'failed',
      statusName: 'Failed',
      timeTaken: 1,
      comment: '',
      testCases: [0, 1, 2, 3].map((j) => ({ ...base, name: longName(i, j) }))
    }))
    const md = summaryOfStored(planned)
    expect(SUMMARY_LIMIT_BYTES).toBe(MiB)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MiB)
    const note = /The table is cut after ([\d,]+) of 20,000 results/.exec(md)
    expect(note).not.toBeNull()
    const shown = Number(note?.[1].replaceAll(',', ''))
    expect(shown).toBeGreaterThan(100)
    expect(shown).toBeLessThan(20_000)
    expect(md.match(/<tr><td>/g)).toHaveLength(shown)
    expect(md).toContain('</tbody></table>')
    expect(md).toContain('1 MiB')
    // the count line still counts everything
    expect(md).toContain('🔴 20,000 Failed')
  })

  it('keeps every row of a plan that fits', () => {
    const { results } = plan(FOUR)
    const md = renderSummary(
      summary({ planned: results, resultIds: [1, 2, 3, 4] })
    )
    expect(md).not.toContain('The table is cut')
    expect(Buffer.byteLength(md)).toBeLessThan(4096)
  })

  it('does not split a surrogate pair when it truncates a long name', () => {
    // 198 letters, then an emoji at units 198-199: cutting at 199 splits it
    const [base] = parse('<testcase name="x"/>')
    const planned: PlannedResult[] = [
      {
        marker: 'BD-1',
        seq: 1,
        tcaseId: 't1',
        outcome: 'passed',
        status: 'passed',
        statusName: 'Passed',
        timeTaken: undefined,
        comment: '',
        testCases: [{ ...base, name: `${'a'.repeat(198)}😀 and more` }]
      }
    ]
    const md = renderSummary(summary({ planned, resultIds: [1] }))
    expect(md).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
    )
  })

  it('stays within 1 MiB when there are thousands of problems', () => {
    // One problem per unreadable report file; a glob over a big tree can find many.
    const problems = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Report build/test-results/module-${i}/output.xml:1: malformed XML: the file ends inside <testsuites > testsuite> (it looks truncated). Nothing from this file was uploaded.`
    )
    const md = renderSummary(summary({ problems }))
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MiB)
  })
})

describe("WebdriverIO's reports (the reporter's defaults, both capabilities)", () => {
  const testCases = [
    'wdio/wdio-0-0-junit-reporter.log',
    'wdio/wdio-0-1-junit-reporter.log',
    'wdio/wdio-1-0-junit-reporter.log',
    'wdio/wdio-1-1-junit-reporter.log'
  ].flatMap((relative) => fixtureTestCases(relative))

  it("posts each test to its own marker (written `BD 203`), with wdio's status and its message as the reason", () => {
    const planned = plannedForBd(testCases, 230)
    const rows = rowsOf(planned)
    expect(rows).toEqual([
      'BD-203 Failed Expect $(`#total`) to have text; Expected: &quot;$40.00&quot;; Received: &quot;$42.00&quot;',
      'BD-204 Failed Cannot read properties of null (reading &#39;items&#39;)',
      'BD-205 Failed Can&#39;t call click on element with selector &quot;#pay-now&quot; because element wasn&#39;t found',
      'BD-206 Failed element (&quot;#banner&quot;) still not displayed after 500ms',
      'BD-211 Failed bad markup: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; ]]&gt; end',
      'BD-212 Failed could not seed the cart: 503 from /api/cart',
      'BD-215 Failed element (&quot;#admin-login&quot;) still not existing after 500ms',
      'BD-218 Failed Expect $(`#heading`) to have text; Expected: &quot;Checkout&quot;; Received: &quot;Shop&quot;',
      'BD-201 Passed',
      'BD-202 Passed',
      'BD-207 Skipped',
      'BD-208 Skipped',
      'BD-209 Passed',
      'BD-210 Passed',
      'BD-213 Skipped',
      // Flaky: passed on mocha's third try.
      'BD-217 Passed',
      'BD-219 Passed',
      // Failed, then passed when the spec file was rerun: the rerun's
      // report overwrote the first run's.
      'BD-221 Passed',
      'BD-222 Passed'
    ])
    const flaky = planned.find((r) => r.marker === 'BD-217')
    expect(flaky?.testCases.map((t) => t.outcome)).toEqual(['flaky', 'flaky'])
    // Each capability's test once: nothing lost or counted twice.
    for (const result of planned) expect(result.testCases).toHaveLength(2)
  })
})

describe("CppUTest's reports (a cpputest_<group>.xml per group)", () => {
  it("the reason is CppUTest's failure with both its values, `expected <…>` and `but was <…>`, which it writes on lines of their own", () => {
    const rows = rowsOf(
      plannedForBd(
        fixtureReports('cpputest/ojunit').flatMap(fixtureTestCases),
        200
      )
    )
    expect(rows).toEqual([
      'BD-131 Failed tests/CartTest.cpp:21: expected &lt;4&gt;; but was &lt;3&gt;',
      'BD-132 Failed tests/CartTest.cpp:26: expected &lt;cart &lt;b&gt; &amp; &quot;quoted&quot; &#39;x&#39;&gt;; but was &lt;cart &lt;i&gt; &amp; &quot;quoted&quot; &#39;y&#39;&gt;',
      'BD-133 Failed tests/CartTest.cpp:31: LONGS_EQUAL(10, total(4, 5)) failed; expected &lt;10 (0xa)&gt;; but was &lt; 9 (0x9)&gt;',
      'BD-134 Failed tests/CartTest.cpp:36: gave up: no stock for &lt;sku&gt; &amp; &quot;more&quot;',
      'BD-135 Failed tests/CartTest.cpp:41: CHECK(total(1, 1) == 3) failed',
      'BD-136 Failed tests/CartTest.cpp:46: Message: the total of two items; expected &lt;5&gt;; but was &lt;4&gt;',
      'BD-137 Failed tests/CartTest.cpp:51: expected &lt;9.99&gt;; but was &lt;10.5&gt; threshold used was &lt;0.01&gt;',
      'BD-140 Failed tests/CartTest.cpp:70: expected &lt;unicode: é€✓&gt;; but was &lt;unicode: e&gt;',
      'BD-141 Failed tests/CartTest.cpp:73: Memory leak(s) found.',
      'BD-142 Failed tests/CartTest.cpp:82: expected &lt;7&gt;; but was &lt;6&gt;',
      'BD-146 Failed tests/PaymentTest.cpp:25: Mock Failure: Unexpected parameter value to parameter &quot;amount&quot; to function &quot;charge&quot;: &lt;7 (0x7)&gt;',
      'BD-147 Failed tests/PaymentTest.cpp:32: Mock Failure: Expected call WAS NOT fulfilled.',
      'BD-150 Failed tests/CheckoutTest.cpp:8: setup: the payment gateway did not start',
      'BD-151 Failed tests/CheckoutTest.cpp:21: Message: teardown: the cart was not emptied; expected &lt;0&gt;; but was &lt;1&gt;',
      'BD-152 Failed tests/CheckoutTest.cpp:41: Message: the coupon was not applied',
      'BD-130 Passed',
      'BD-138 Skipped',
      'BD-139 Passed',
      'BD-145 Passed'
    ])
  })
})

describe("subunit2junitxml's and testthat's reports", () => {
  it("subunit: a failure's line is its traceback's exception, not testtools' wrapper", () => {
    const rows = rowsOf(
      plannedForBd(fixtureTestCases('subunit/subunit-run-junit.xml'), 200)
    )
    expect(rows).toEqual([
      'BD-171 Failed AssertionError: 3 != 4',
      'BD-172 Failed AssertionError: {&#39;items&#39;: [&#39;apple&#39;, &#39;pear&#39;, &#39;fig&#39;], &#39;total&#39;: 4} != {&#39;items&#39;: [&#39;apple&#39;, &#39;pear&#39;, &#39;plum&#39;], &#39;total&#39;: 3}',
      'BD-173 Failed ValueError: negative price: -1',
      'BD-177 Failed Unexpected success: the test is marked as an expected failure, but it passed.',
      'BD-178 Failed AssertionError: False is not true : cart should be empty',
      'BD-179 Failed AssertionError: 3 not less than 3 : qty 3 is out of stock',
      'BD-180 Failed AssertionError: &#39;café &lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; \\&#39;a\\&#39;&#39; != &#39;cafe&#39;',
      'BD-183 Failed ValueError: negative price: -3',
      'BD-184 Failed AssertionError: &#39;refund&#39; not found in [&#39;pay&#39;]',
      'BD-186 Failed OSError: fixture file missing',
      'BD-187 Failed ConnectionError: inventory service &lt;down&gt; &amp; &quot;unreachable&quot;',
      'BD-189 Failed RuntimeError: module set-up failed: no config',
      'BD-170 Passed',
      'BD-174 Skipped',
      'BD-175 Skipped',
      'BD-176 Passed',
      'BD-182 Passed',
      'BD-185 Passed'
    ])
  })

  it('testthat: each test once, its marker written `BD_102`, its first failed expectation the line', () => {
    const rows = rowsOf(
      plannedForBd(fixtureTestCases('testthat/testthat-progress.xml'), 200)
    )
    expect(rows).toEqual([
      'BD-102 Failed cart_total(c(1, 2)) not equal to 4. (&#39;test-cart.R:9&#39;)',
      'BD-103 Failed `cart` not identical to list(items = c(&quot;apple&quot;, &quot;pear&quot;, &quot;fig&quot;), total = 4, currency = &quot;EUR&quot;). (&#39;test-cart.R:14&#39;)',
      'BD-104 Failed 1:20 not equal to c(1:9, 100L, 11:20). (&#39;test-cart.R:18&#39;)',
      'BD-105 Failed `cart_total(c(1, -2))` threw an error with unexpected message. (&#39;test-cart.R:22&#39;)',
      'BD-106 Blocked Error in `cart_total(c(5, -1))`: negative price: -1 (&#39;test-cart.R:26&#39;)',
      'BD-107 Failed `cart_total(c(1, 2))` did not throw an error. (&#39;test-cart.R:30&#39;)',
      'BD-108 Failed cart_total(c(2, 2)) not equal to 5. (&#39;test-cart.R:34&#39;)',
      'BD-109 Blocked Error in `f()`: cart is locked (&#39;test-cart.R:40&#39;)',
      'BD-116 Failed 1 not equal to 2. (&#39;test-skips.R:31&#39;)',
      'BD-122 Failed 2 not equal to 3. (&#39;test-output.R:14&#39;)',
      'BD-123 Failed `1 + 1` did not produce any warnings. (&#39;test-output.R:18&#39;)',
      'BD-124 Failed `cat\\(&quot;hello&quot;\\)` does not match &quot;goodbye&quot;. (&#39;test-output.R:22&#39;)',
      'BD-125 Failed `message(&quot;hi&quot;)` produced unexpected messages. (&#39;test-output.R:26&#39;)',
      'BD-130 Failed &quot;café&quot; not equal to &quot;cafe&quot;. (&#39;test-unicode.R:2&#39;)',
      'BD-131 Failed &quot;&lt;b&gt;&amp;amp;&lt;/b&gt;&quot; not equal to &quot;&lt;b&gt;&amp;&lt;/b&gt;&quot;. (&#39;test-unicode.R:6&#39;)',
      'BD-132 Blocked Error in `eval(code, test_env)`: bad input: &lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt; (&#39;test-unicode.R:10&#39;)',
      'BD-134 Failed FALSE is not TRUE (&#39;test-unicode.R:18&#39;)',
      'BD-140 Failed &quot;sent&quot; not equal to &quot;queued&quot;. (&#39;test-describe.R:6&#39;)',
      'BD-143 Failed `qty` is not strictly less than 3. Difference: 0 (&#39;test-describe.R:26&#39;)',
      'BD-144 Failed price 2 not equal to case$out. (&#39;test-describe.R:33&#39;)',
      'BD-165 Failed cart_total(c(1, 1)) not equal to 3. (&#39;test-order.R:4&#39;)',
      'BD-166 Blocked Error in `eval(code, test_env)`: late failure (&#39;test-order.R:10&#39;)',
      'BD-101 Passed',
      'BD-110 Skipped',
      'BD-111 Skipped',
      'BD-112 Skipped',
      'BD-113 Skipped',
      'BD-114 Skipped',
      'BD-115 Passed',
      'BD-120 Passed',
      'BD-121 Passed',
      'BD-133 Passed',
      'BD-141 Passed',
      'BD-142 Skipped',
      'BD-150 Passed'
    ])
  })
})

describe("Nightwatch's reports (one per spec file)", () => {
  const testCases = fixtureReports('nightwatch').flatMap((relative) =>
    fixtureTestCases(relative)
  )

  it("posts each test to its marker with Nightwatch's outcome and the assertion's message as the reason", () => {
    const planned = plannedForBd(testCases, 430)
    // Nightwatch's messages end with the time the assertion took.
    const rows = rowsOf(planned).map((row) =>
      row.replace(/\(\d+ms\)$/, '(…ms)')
    )
    expect(rows).toEqual([
      'BD-405 Failed Testing if element&#39;s &lt;#total&gt; inner text equals &#39;$40.00&#39; in 1000ms - expected &quot;equals &#39;$40.00&#39;&quot; but got: &quot;$42.00&quot; (…ms)',
      'BD-407 Failed Cannot read properties of null (reading &#39;items&#39;)',
      'BD-408 Blocked An error occurred while running .click() command on &lt;#pay-now&gt;: Timed out while waiting for element &quot;#pay-now&quot; with &quot;css selector&quot; to be present for 1000 milliseconds.',
      'BD-409 Blocked bad markup: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; ]]&gt; end',
      'BD-412 Failed Expected element &lt;#total&gt; text to equal: &quot;$40.00&quot; - expected &quot;equal &#39;$40.00&#39;&quot; but got: &quot;$42.00&quot; (…ms)',
      'BD-413 Failed Timed out while waiting for element &lt;#banner&gt; to be visible for 500 milliseconds. - expected &quot;visible&quot; but got: &quot;not visible&quot; (…ms)',
      'BD-414 Failed Expected element &lt;#pay-now&gt; to be present - element was not found - expected &quot;present&quot; but got: &quot;not present&quot; (…ms)',
      'BD-417 Failed Cannot read properties of undefined (reading &#39;total&#39;)',
      'BD-420 Blocked could not seed the cart: 503 from /api/cart',
      // The failed before hook: the suite's own error, the suite's marker.
      'BD-422 Blocked Timed out while waiting for element &lt;#admin-login&gt; to be present for 500 milliseconds. - expected &quot;found&quot; but got: &quot;not found&quot; (…ms)',
      'BD-401 Passed',
      'BD-402 Passed',
      'BD-403 Passed',
      'BD-404 Passed',
      'BD-406 Skipped',
      'BD-410 Passed',
      'BD-411 Skipped',
      'BD-418 Passed',
      'BD-421 Skipped',
      'BD-423 Skipped'
    ])
    // Each test once: nothing lost or counted twice.
    for (const result of planned) expect(result.testCases).toHaveLength(1)
  })
})

describe('renderFailureSummary', () => {
  it('lists the first 20 reasons and counts the rest', () => {
    const message = Array.from({ length: 25 }, (_, i) => `reason ${i + 1}`)
    const html = renderFailureSummary(message.join('\n'))
    expect(html.match(/<p>❌ reason/g)).toHaveLength(20)
    expect(html).toContain('<p>❌ reason 20</p>')
    expect(html).not.toContain('reason 21')
    expect(html).toContain('<p>❌ … and 5 more lines; see the log.</p>')
  })

  it('counts nothing when every line is shown', () => {
    const html = renderFailureSummary('one\n\ntwo')
    expect(html.match(/<p>❌/g)).toHaveLength(2)
    expect(html).not.toContain('more')
  })
})

describe('unmatched markers', () => {
  it('say where they were looked for: the project when no run was created', () => {
    const md = renderSummary(
      summary({ unmatched: ['BD-98', 'BD-99'], unmatchedIn: 'project BD' })
    )
    expect(md).toContain(
      '2 markers found in reports but not in project BD, not uploaded'
    )
    expect(md).not.toContain('not in the run')
  })
})
