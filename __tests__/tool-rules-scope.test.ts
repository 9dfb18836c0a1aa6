/**
 * Rules for one tool's reports (Criterion, Ginkgo v1, Qt 5, tasty,
 * Cucumber-Ruby, CppUTest, CUnit, clojure.test, LuaUnit, Nim's unittest,
 * Crystal's spec runner, CxxTest, Python's junit_xml, Groovy, Spock, JUnit 5's vintage engine) left
 * alone on other tools' reports that happen to share a word or a shape with
 * them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { TestCase } from '../src/reports/test-case.js'
import {
  failurePositions,
  sourcePositions
} from '../src/annotations/source-positions.js'
import { MarkerFinder } from '../src/markers.js'
import { buildComment } from '../src/results/comment.js'
import { failureText, summaryLine } from '../src/results/failure-text.js'
import { parseJUnit } from '../src/reports/junit.js'
import { SUITE_OWN_TOOL_SHAPES } from '../src/reports/junit/tools.js'
import {
  fixtureReports,
  isReportFile,
  parseReportText,
  parseSuite
} from './helpers/reports.js'

function headline(testCase: TestCase): string {
  const problem = testCase.problems.find(
    (p) => p.kind === 'failure' || p.kind === 'error'
  )
  if (!problem) throw new Error(`${testCase.name} did not fail`)
  return failureText(problem, testCase.name).headline
}

describe("rules for one tool's reports, on other tools'", () => {
  it("passes a suite over by the attribute after its name only where its tool's pattern could not match it (every fixture's suites)", () => {
    // A path: Gradle's file names hold `#`, which a URL reads as a fragment.
    const reports = fileURLToPath(
      new URL('../__fixtures__/reports/', import.meta.url)
    )
    const starts = readdirSync(reports)
      .filter((tool) => !isReportFile(tool) && tool !== 'README.md')
      .flatMap(fixtureReports)
      .flatMap((file) => {
        // As the reader gives each suite's start: its first 1,000 characters.
        const text = readFileSync(join(reports, file), 'latin1')
        return [...text.matchAll(/<testsuite\b/g)].map(({ index }) =>
          text.slice(index, index + 1000)
        )
      })
    const afterName = (start: string) =>
      /^<testsuite name="[^"]*" ([\w:-]+)=/.exec(start)?.[1]
    for (const [tool, { pattern, afterName: needed }] of Object.entries(
      SUITE_OWN_TOOL_SHAPES
    )) {
      const matching = starts.filter((start) => pattern.test(start))
      // Every tool's shape is met in the fixtures, each with the attribute
      // after its name that its pattern is passed over without.
      expect([tool, matching.length > 0]).toEqual([tool, true])
      if (needed !== undefined)
        expect([tool, [...new Set(matching.map(afterName))]]).toEqual([
          tool,
          [needed]
        ])
    }
  })

  it("reads a failure's type as its message only in LuaUnit's suite (its name and properties), not in another's", () => {
    const failure = `<testcase classname="TestCart" name="TestCart.test_bd5" time="0.000"><failure type="test_cart.lua:3: expected: 5, actual: 4"><![CDATA[stack traceback:]]></failure></testcase>`
    const properties = `<properties><property name="Lua Version" value="Lua 5.4"/><property name="LuaUnit Version" value="3.4"/></properties>`
    const open = (name: string) =>
      `<testsuite name="${name}" id="00001" package="" hostname="localhost" tests="1" timestamp="2024-01-01T00:00:00" time="0.001" errors="0" failures="1" skipped="0">`
    const read = (xml: string) => parseReportText(xml)[0].problems[0]
    expect(
      read(
        `<testsuites>${open('LuaUnit')}${properties}${failure}</testsuite></testsuites>`
      )
    ).toMatchObject({
      message: 'test_cart.lua:3: expected: 5, actual: 4',
      type: ''
    })
    // Another tool's suite, also one named LuaUnit without its properties,
    // or a suite after LuaUnit's in a merged report.
    for (const xml of [
      `<testsuites>${open('shop')}${properties}${failure}</testsuite></testsuites>`,
      `<testsuites>${open('LuaUnit')}${failure}</testsuite></testsuites>`,
      `<testsuite name="LuaUnit" tests="1" failures="1">${properties}${failure}</testsuite>`
    ])
      expect(read(xml)).toMatchObject({
        message: '',
        type: 'test_cart.lua:3: expected: 5, actual: 4'
      })
    const [, other] = parseReportText(
      `<testsuites>${open('LuaUnit')}${properties}${failure}</testsuite><testsuite name="pytest">${failure}</testsuite></testsuites>`
    )
    expect(other.problems[0].type).toBe(
      'test_cart.lua:3: expected: 5, actual: 4'
    )
  })

  it("reads a name's start as its method's display name only in Surefire 3's suites (its schema and version), not in other JVM tools'", () => {
    const name = 'testBd858Discounts() BD-859 ten percent'
    const testcase = `<testcase name="${name}" classname="shop.PriceTest" time="0.0"/>`
    const markers = (open: string) =>
      parseReportText(`${open}${testcase}</testsuite>`).map((tc) =>
        new MarkerFinder('BD').ofTestCase(tc).sort((a, b) => a - b)
      )
    const schema =
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd"'
    expect(
      markers(
        `<testsuite ${schema} version="3.0.2" name="shop.PriceTest" time="0" tests="1" errors="0" skipped="0" failures="0" flakes="0">`
      )
    ).toEqual([[859]])
    for (const open of [
      // Surefire 2.22.3, Ant <junitlauncher>'s legacy-xml listener, the
      // ConsoleLauncher: the name is read whole.
      `<testsuite ${schema} name="shop.PriceTest" time="0" tests="1" errors="0" skipped="0" failures="0">`,
      '<testsuite name="shop.PriceTest" time="0" timestamp="2024-01-01T00:00:00" tests="1" failures="0" skipped="0" aborted="0">',
      '<testsuite name="JUnit Jupiter" tests="1" skipped="0" failures="0" errors="0" time="0" hostname="h" timestamp="2024-01-01T00:00:00">'
    ])
      expect(markers(open)).toEqual([[858, 859]])
  })

  it("reads a message's position first only when it is a failed check of a Nim module, not another file's `(line, col)`", () => {
    const positions = (message: string) =>
      failurePositions({ message, details: 'src/later.c:9: then this' }).map(
        (p) => `${p.path}:${p.line}`
      )
    expect(positions('tests/cart.nim(3, 5): Check failed: a == b')).toEqual([
      'tests/cart.nim:3',
      'src/later.c:9'
    ])
    expect(positions('src/cart.c(3, 5): Check failed: a == b')).toEqual([
      'src/later.c:9'
    ])
    expect(positions('tests/cart.nim(3, 5): something else')).toEqual([
      'src/later.c:9',
      'tests/cart.nim:3'
    ])
  })

  it("reads CUnit's footer as </testsuites> only where it ends a <testsuites> document; hints at CUnit's abort only under its root", () => {
    const footer =
      '<CUNIT_FOOTER> File Generated By CUnit v2.1-3 - Mon Jan  1 00:00:00 2024\n </CUNIT_FOOTER> \n</CUNIT_TEST_RUN_REPORT>'
    const cases = '<testsuite name="s"><testcase name="t"/></testsuite>\n'
    // Another root, or more after the footer: malformed, as before.
    expect(() => parseJUnit(`<testsuite name="s">${footer}`, 'r.xml')).toThrow(
      '</CUNIT_TEST_RUN_REPORT> where </testsuite> was expected'
    )
    expect(() =>
      parseJUnit(`<testsuites>${cases}${footer}\n<x/>`, 'r.xml')
    ).toThrow('</CUNIT_TEST_RUN_REPORT> where </testsuites> was expected')
    // The footer's text in a test's output is output.
    const [test] = parseReportText(
      `<testsuites><testsuite name="s"><testcase name="t"><failure/><system-out><![CDATA[${footer}]]></system-out></testcase></testsuite></testsuites>`
    )
    expect(test.output).toBe(footer)
    // Another tool's truncated <testsuites>: no word of CUnit.
    expect(() =>
      parseJUnit(`<testsuites name="">\n  ${cases.slice(0, -30)}`, 'r.xml')
    ).toThrow(/looks truncated\)$/)
  })

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

  it("reads an error's class as its reason only where its text is a Crystal backtrace (an error, no message)", () => {
    const [java, failure] = parseSuite(
      `<testcase classname="c" name="t"><error type="OutOfStock">demo.OutOfStock\n\tat demo.Cart.add(Cart.java:8)</error></testcase>` +
        `<testcase classname="c" name="u"><failure type="OutOfStock">spec/cart_spec.cr:71:5 in &apos;-&gt;&apos;</failure></testcase>`
    )
    expect(headline(java)).toBe('demo.OutOfStock')
    expect(headline(failure)).toBe("spec/cart_spec.cr:71:5 in '->'")
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

  it("reads Groovy's closure frames (a class with a string-named method's hyphens) only in .groovy files: Java's as before", () => {
    expect(
      sourcePositions(
        '\tat demo.CartTest$_BD-5_every_item_closure3.doCall(CartTest.groovy:81)\n\tat demo.CartTest$_BD-5_x_closure1.doCall(CartTest.java:9)'
      )
    ).toEqual([
      {
        path: 'CartTest.groovy',
        line: 81,
        className: 'demo.CartTest$_BD-5_every_item_closure3',
        packageDirs: 'demo'
      },
      // A Java frame's class holds no hyphen: read as before.
      { path: 'CartTest.java', line: 9, className: 'demo' }
    ])
  })

  it("takes only the line of Spock's `Condition not satisfied:`, and every line after another tool's headline ending in a colon", () => {
    const line = (message: string, details: string) =>
      summaryLine(
        failureText({ kind: 'failure', message, type: '', details }, 't'),
        500
      )
    const diagram = 'cart.total == 5\n|    |     |\n|    2     false'
    expect(
      line(
        `Condition not satisfied:\n\n${diagram}`,
        `Condition not satisfied:\n\n${diagram}`
      )
    ).toBe('Condition not satisfied: cart.total == 5')
    expect(
      line(`Values differ:\n${diagram}`, `Values differ:\n${diagram}`)
    ).toBe('Values differ: cart.total == 5 |    |     | |    2     false')
  })

  it("reads `<unknown>` as no skip reason only as the whole text of a skip without a message (JUnit 5's vintage engine)", () => {
    const reason = (skipped: string) =>
      /<p>Reason: (.*?)<\/p>/.exec(
        buildComment(
          'skipped',
          'Skipped',
          parseSuite(`<testcase name="t">${skipped}</testcase>`),
          {}
        )
      )?.[1] ?? ''
    expect(reason('<skipped><![CDATA[<unknown>]]></skipped>')).toBe('')
    expect(reason('<skipped message="&lt;unknown&gt;"/>')).toBe(
      '&lt;unknown&gt;'
    )
    expect(reason('<skipped><![CDATA[<unknown> host]]></skipped>')).toBe(
      '&lt;unknown&gt; host'
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

  it("reads the exception after `actual:` only under clojure.test's `Uncaught exception, not in assertion.` and its `expected: nil`", () => {
    const [otherMessage, otherDetails] = parseSuite(
      `<testcase classname="c" name="t1"><error message="Uncaught exception">Uncaught exception, not in assertion.
expected: nil
  actual: java.lang.RuntimeException: x</error></testcase>` +
        `<testcase classname="c" name="t2"><error message="Uncaught exception, not in assertion.">Uncaught exception, not in assertion.
expected: 2
  actual: 3</error></testcase>`
    )
    expect(headline(otherMessage)).toBe('Uncaught exception, not in assertion.')
    expect(headline(otherDetails)).toBe('Uncaught exception, not in assertion.')
  })

  it("leaves `line`, repeated output and retries as they were outside @web/test-runner's suites (its attributes without its properties, or properties of another order)", () => {
    const body = (properties: string) =>
      `<testsuite name="s" id="0" tests="2" skipped="0" errors="1" failures="1" time="0">${properties}` +
      '<testcase name="t" classname="c" file="a.test.js" line="1"><failure message="boom"/></testcase>' +
      '<testcase name="t" classname="c" file="a.test.js"/>' +
      '<system-out>log</system-out><system-out>log</system-out></testsuite>'
    const wtr = (name: string) => `<property name="${name}" value="x"/>`
    for (const properties of [
      '',
      `<properties>${wtr('browser.name')}${wtr('test.fileName')}${wtr('browser.launcher')}</properties>`
    ]) {
      const [retried] = parseReportText(
        `<testsuites>${body(properties)}</testsuites>`
      )
      expect(retried.outcome).toBe('flaky')
      expect(retried.line).toBe(1)
      expect(retried.output).toBe('log\nlog')
    }
    // @web/test-runner's own: two tests, no line, the repeated logs once.
    const [failed, passed] = parseReportText(
      `<testsuites>${body(`<properties>${wtr('test.fileName')}${wtr('browser.name')}${wtr('browser.launcher')}</properties>`)}</testsuites>`
    )
    expect([failed.outcome, passed.outcome]).toEqual(['failure', 'passed'])
    expect(failed.line).toBeUndefined()
    expect(failed.output).toBe('log')
  })
  it("takes a failure's `file` and `line` as where a test failed only in CxxTest's suites, not in another's (Catch2's) of the same failure", () => {
    const failure = `<testcase classname="CartTest" name="testBd1" line="12"><failure file="tests/CartTest.h" line="14" type="failedAssertEquals" >Error: Expected (1 == 2), found (1 != 2)</failure></testcase>`
    const place = (xml: string) => {
      const [test] = parseReportText(xml)
      return `${test.file}:${test.line}`
    }
    expect(
      place(
        `<testsuite name="cxxtest" date="Mon Jan  1 00:00:00 2024" tests="1" errors="0" failures="1" time="0" >${failure}</testsuite>`
      )
    ).toBe('tests/CartTest.h:14')
    for (const xml of [
      `<testsuite name="cxxtest" tests="1" errors="0" failures="1" time="0">${failure}</testsuite>`,
      `<testsuites><testsuite name="all" errors="0" failures="1" tests="1" hostname="h" time="0" timestamp="2024-01-01T00:00:00">${failure}</testsuite></testsuites>`
    ])
      expect(place(xml)).toBe(':12')
  })

  it("counts a .py test's line from 1 in junit_xml's suites (a `disabled` attribute), from 0 in pytest's, with a hostname", () => {
    const line = (attributes: string) =>
      parseReportText(
        `<testsuites><testsuite name="shop" ${attributes} tests="1"><testcase name="t" file="tests/test_x.py" line="8"><failure message="m"/></testcase></testsuite></testsuites>`
      )[0].line
    expect(line('disabled="0" errors="0" failures="1" hostname="ci"')).toBe(8)
    expect(line('errors="0" failures="1" hostname="ci"')).toBe(9)
    expect(line('disabled="0" errors="0" failures="1"')).toBe(8)
  })

  it("splits a name at ` > ` into describe blocks only in vitest's suite, not in Qt 6's, whose attributes come in the same order", () => {
    const bd = new MarkerFinder('BD')
    const markers = (xml: string) =>
      parseReportText(xml).map((testCase) => bd.ofTestCase(testCase))
    // Qt 6's QtTest: a data row's tag holding ` > ` is part of the name.
    const qt6 =
      '<testsuite name="CartTest" timestamp="2026&#x002D;11&#x002D;24T14:55:26" hostname="vm" tests="2" failures="0" errors="0" skipped="0" time="0.6">' +
      '<properties><property name="QTestVersion" value="6.4.2"/></properties>' +
      '<testcase name="testDiscount(BD&#x002D;5 a &gt; BD&#x002D;6 b)" classname="CartTest" time="0"/>' +
      '<testcase name="testBd12Discount(x &gt; BD&#x002D;6 b)" classname="CartTest" time="0"/>' +
      '</testsuite>'
    expect(markers(qt6)).toEqual([
      [5, 6],
      [6, 12]
    ])
    // vitest's: the last title is the test's own, the others its blocks'.
    const vitest =
      '<testsuites name="vitest tests"><testsuite name="a.test.js" timestamp="2026-11-24T21:29:38.755Z" hostname="h" tests="1" failures="0" errors="0" skipped="0" time="0.1">' +
      '<testcase classname="a.test.js" name="BD-5 outer &gt; BD-6 inner &gt; fails" time="0"/>' +
      '<testcase classname="a.test.js" name="BD-5 outer &gt; BD-6 inner &gt; BD-7 own" time="0"/>' +
      '</testsuite></testsuites>'
    expect(markers(vitest)).toEqual([[6], [7]])
  })

  it("reads a backslash-quote in an attribute as a quote only in @reporters/junit's report (node's head and tags), and leaves a value ending in a backslash alone", () => {
    const read = (xml: string) =>
      parseReportText(xml).map((t) => [t.name, t.problems[0]?.message])
    // @reporters/junit's: a quote inside a value.
    expect(
      read(
        '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n\t<testcase name="say \\"hi\\"" time="0.000100" classname="test"/>\n</testsuites>\n'
      )
    ).toEqual([['say "hi"', undefined]])
    // Another tool's bare <testsuites> (not node's head): the value ends at the backslash, as before.
    expect(
      read(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="s" tests="1">\n\t<testcase name="say \\"hi\\"" classname="c"/>\n</testsuite>\n</testsuites>\n'
      )
    ).toEqual([['say \\', undefined]])
    // node's built-in reporter: a name and message ending in a backslash.
    expect(
      read(
        '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n\t<testcase name="C:\\" time="0.000100" classname="test" failure="a\\">\n\t\t<failure type="testCodeFailure" message="a\\">\nx\n\t\t</failure>\n\t</testcase>\n</testsuites>\n'
      )
    ).toEqual([['C:\\', 'a\\']])
  })
})
