/**
 * Rules for one tool's reports (Criterion, Ginkgo v1, Qt 5, tasty,
 * Cucumber-Ruby, CppUTest) left alone on other tools' reports that happen to share a
 * word or a shape with them.
 */
import { describe, expect, it } from '@jest/globals'
import type { TestCase } from '../src/reports/junit.js'
import { sourcePositions } from '../src/annotations/source-positions.js'
import { buildComment } from '../src/results/comment.js'
import { failureText, summaryLine } from '../src/results/failure-text.js'
import { parseReportText, parseSuite } from './helpers/reports.js'

function headline(testCase: TestCase): string {
  const problem = testCase.problems.find(
    (p) => p.kind === 'failure' || p.kind === 'error'
  )
  if (!problem) throw new Error(`${testCase.name} did not fail`)
  return failureText(problem, testCase.name).headline
}

describe("rules for one tool's reports, on other tools'", () => {
  it("reorders only Criterion's assertions, not another tool's text after `N assertion(s) failed.`", () => {
    const [test] = parseSuite(
      `<testcase classname="c" name="t"><failure message="1 assertion(s) failed." type="AssertionError">Traceback (most recent call last):
  File "t.py", line 3, in test
    assert x
AssertionError: x is false</failure></testcase>`
    )
    expect(test.problems[0].details).toMatch(/^Traceback/)
  })

  it("reads Ginkgo v1's locations only where they are Go files (a Surefire root has Ginkgo v1's attributes)", () => {
    const [test] = parseReportText(
      `<testsuite name="com.x.DbTest" tests="1" failures="1" errors="0" time="0.1"><testcase name="connects" classname="com.x.DbTest" time="0.1"><failure type="java.lang.AssertionError">db.local:5432
unreachable
com/x/DbTest.java:12</failure></testcase></testsuite>`
    )
    expect(test.problems[0].message).toBe('')
    expect(test.problems[0].details).toMatch(/^db\.local:5432\n/)
    expect(test.file).toBe('')
  })

  it('keeps the errors, skips and output of a testcase Qt 5 would not write (a QTestVersion property, a merged report)', () => {
    const tests = parseReportText(
      `<testsuites><testsuite name="TestCart" tests="1" failures="0" errors="0" time="0"><properties><property value="5.15.2" name="QTestVersion"/></properties><testcase name="initTestCase" classname="TestCart" time="0" result="pass"/></testsuite><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="3" time="0.1"><testcase classname="t" name="test_bd5_skip" time="0"><skipped message="later"/></testcase><testcase classname="t" name="test_bd6_error" time="0"><error message="RuntimeError: boom">Traceback</error></testcase><testcase classname="t" name="test_bd7_fail" time="0"><failure message="assert 1 == 2">details</failure><system-out>printed</system-out></testcase></testsuite></testsuites>`
    )
    expect(tests.map((t) => [t.name, t.outcome, t.output])).toEqual([
      ['initTestCase', 'passed', ''],
      ['test_bd5_skip', 'skipped', ''],
      ['test_bd6_error', 'error', ''],
      ['test_bd7_fail', 'failure', 'printed']
    ])
  })

  it("takes HUnit's failure after steps only from a bare <failure> (tasty), not from another tool's message naming a .hs file", () => {
    const [fromMessage, fromDetails] = parseSuite(
      `<testcase classname="t" name="test_compile"><failure message="AssertionError: compile failed&#10;  src/Main.hs:12:&#10;  parse error on input">tests/test_ghc.py:9: AssertionError</failure></testcase>` +
        `<testcase classname="c" name="lint"><failure type="AssertionError">expected the linter to flag it
lint output:
  app/Main.hs:12:
  redundant bracket</failure></testcase>`
    )
    expect(headline(fromMessage)).toBe('AssertionError: compile failed')
    expect(headline(fromDetails)).toBe('expected the linter to flag it')
  })

  it("reads Kotlin's frames (classes named with spaces and hyphens) only in .kt and .kts files: Java's and Scala's as before", () => {
    expect(
      sourcePositions(
        '\tat demo.CartSpec.$anonfun$new$1(CartSpec.scala:12)\n\tat demo.CartTest.total(CartTest.java:7)'
      )
    ).toEqual([
      {
        path: 'CartSpec.scala',
        line: 12,
        className: 'demo.CartSpec',
        packageDirs: 'demo'
      },
      {
        path: 'CartTest.java',
        line: 7,
        className: 'demo.CartTest',
        packageDirs: 'demo'
      }
    ])
  })

  it("takes a repeated testcase for two tests only in @hapi/lab's suites: another tool's retry is still merged", () => {
    const retried = (suite: string) =>
      parseReportText(
        `<testsuites>${suite}<testcase classname="c" name="t"><failure message="boom"/></testcase><testcase classname="c" name="t"/></testsuite></testsuites>`
      ).map((t) => t.outcome)
    expect(
      retried(
        '<testsuite name="c" tests="2" failures="1" errors="0" skipped="0" time="0.1">'
      )
    ).toEqual(['flaky'])
    expect(
      retried(
        '<testsuite name="c" tests="2" skipped="0" errors="1" time="0.1">'
      )
    ).toEqual(['failure', 'passed'])
  })

  it("decodes Handlebars' `&#x27;` once only in an escaped JavaScript stack, not in another tool's text", () => {
    const [test] = parseSuite(
      `<testcase classname="c" name="t"><failure message="m"><![CDATA[render_test.go:14: got it&#x27;s, want it&#x3D;s]]></failure></testcase>`
    )
    expect(buildComment('failure', 'Failed', [test], {})).toContain(
      'got it&amp;#x27;s, want it&amp;#x3D;s'
    )
  })

  it("completes only JUnit's `expected: <…> but was: <…>` over several lines, not Hamcrest's `Expected:`", () => {
    const [hamcrest] = parseSuite(
      `<testcase classname="c" name="t"><failure message="&#10;Expected: &lt;a&#10;b&gt;&#10;     but: was &lt;c&gt;" type="java.lang.AssertionError"/></testcase>`
    )
    const problem = hamcrest.problems[0]
    expect(summaryLine(failureText(problem, hamcrest.name), 300)).toBe(
      'Expected: <a'
    )
  })

  it("goes on with `expected:<` only up to JUnit's `but was:<`: another text's open value is not joined to the lines after it", () => {
    const [test] = parseSuite(
      `<testcase classname="c" name="t"><failure type="java.lang.AssertionError">java.lang.AssertionError: expected:&lt;see the attached log
the log says the cart is empty
retried twice
\tat demo.CartTest.total(CartTest.java:7)</failure></testcase>`
    )
    expect(summaryLine(failureText(test.problems[0], test.name), 200)).toBe(
      'java.lang.AssertionError: expected:<see the attached log'
    )
  })

  it("takes a Kotlin frame's class with spaces only after a `$` (a lambda's), not from words before the frame on its line", () => {
    expect(
      sourcePositions(
        'IllegalStateException: failed at step 3 at com.x.CartTest.total(CartTest.kt:12)'
      )
    ).toEqual([
      {
        path: 'CartTest.kt',
        line: 12,
        className: 'com.x.CartTest',
        packageDirs: 'com/x'
      }
    ])
    expect(
      sourcePositions('AssertionError at line 5 of checkout.flow(Cart.kt:9)')
    ).toEqual([{ path: 'Cart.kt', line: 9 }])
  })

  it("reads Cucumber-Ruby's `Message:` only where the type is a Cucumber status", () => {
    const [test] = parseSuite(
      `<testcase classname="c" name="t"><failure type="AssertionError" message="AssertionError raised in step">Scenario: checkout

Given a cart

Message:
  expected 2 got 1</failure></testcase>`
    )
    expect(headline(test)).toBe('AssertionError raised in step')
  })

  it("reads `{newline}` as a line break only in CppUTest's suites, not in a Catch2 v2 suite of the same attributes", () => {
    const [catch2, other] = parseReportText(
      `<testsuites><testsuite errors="0" failures="1" hostname="tbd" name="s" tests="1" time="0.000" timestamp="2022-12-29T02:23:00Z"><properties><property name="filters" value="x"/></properties><testcase classname="s" name="t" time="0.000"><failure message="a {newline} b" type="REQUIRE">c {newline} d</failure></testcase></testsuite>` +
        `<testsuite errors="0" failures="1" hostname="h" name="u" tests="1" time="0.000" timestamp="2022-12-29T02:23:00Z"><properties></properties><testcase classname="u" name="v" time="0.000"><failure message="e {newline} f"/></testcase><system-out>g {newline} h</system-out></testsuite></testsuites>`
    )
    expect(catch2.problems[0].message).toBe('a {newline} b')
    expect(catch2.problems[0].details).toBe('c {newline} d')
    expect(other.problems[0].message).toBe('e {newline} f')
    expect(other.output).toBe('g {newline} h')
  })

  it('joins `but was <…>` to `expected <…>` only as CppUTest aligns them (`but was` and two spaces)', () => {
    const [test] = parseSuite(
      `<testcase classname="c" name="t"><failure message="expected &lt;4&gt;&#10;but was &lt;3&gt;"/></testcase>`
    )
    const said = failureText(test.problems[0], test.name)
    expect(summaryLine(said, 200)).toBe('expected <4>')
  })
})
