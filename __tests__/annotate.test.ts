/**
 * Error annotations of failed tests (src/annotations/annotate.ts): which
 * tests, once each, and their text, as the runner reads it on stdout.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { annotateFailures } from '../src/annotations/annotate.js'
import type { TestCase } from '../src/reports/test-case.js'
import { FailureLocator } from '../src/annotations/locate.js'
import { WorkspaceFiles } from '../src/annotations/workspace-files.js'
import {
  fixtureTestCases,
  parseSuite,
  plannedForBd
} from './helpers/reports.js'

/** The results planned for BD test cases 1..30 from inline testcases. */
function planned(testcases: string) {
  return plannedForBd(parseSuite(testcases))
}

/** The results planned for BD test cases 1..30 from a fixture report. */
function plannedFrom(relative: string) {
  return plannedForBd(fixtureTestCases(relative))
}

/** The workflow command lines annotateFailures writes. */
function annotate(testcases: string): string[] {
  return annotateResults(planned(testcases))
}

/** The ::error lines annotateFailures writes for a fixture report's failed tests. */
function annotateReport(relative: string): string[] {
  return annotateResults(plannedFrom(relative)).filter((l) =>
    l.startsWith('::error')
  )
}

function annotateResults(results: ReturnType<typeof planned>): string[] {
  const lines: string[] = []
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk).trimEnd())
      return true
    })
  try {
    annotateFailures(
      results,
      new FailureLocator(new WorkspaceFiles('/nonexistent'))
    )
  } finally {
    write.mockRestore()
  }
  return lines
}

/** An ::error line's message, unescaped. */
function message(line: string): string {
  return line
    .replace(/^::error[^:]*::/, '')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}

const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('annotateFailures', () => {
  it('a failed test with two markers is in two results and annotated once, with both markers', () => {
    const tests = Array.from(
      { length: 6 },
      (_, i) =>
        `<testcase name="BD-${2 * i + 1} BD-${2 * i + 2} t${i}"><failure message="m${i}"/></testcase>`
    ).join('')
    const errors = annotate(tests).filter((l) => l.startsWith('::error'))
    expect(errors.map((line) => line.replace(/^.*::/, ''))).toEqual([
      'm0',
      'm1',
      'm2',
      'm3',
      'm4',
      'm5'
    ])
    // Escaped as workflow command properties: , and : are %2C and %3A.
    expect(errors[0]).toContain('title=BD-1%2C BD-2%3A BD-1 BD-2 t0::m0')
  })

  it("does not annotate a test whose failure only says it failed beside its subtests' that say why (go, deno)", () => {
    const go = annotateReport('go/gotestsum.xml').map(message)
    expect(go).not.toContain('Failed')
    expect(go).toContain(
      'auth_test.go:48: discount for BOGUS: got 0, want 99\n    --- FAIL: TestBd6DiscountCode/BOGUS (0.00s)'
    )
    const deno = annotateReport('deno/deno-junit.xml').map(message)
    expect(deno.filter((m) => m.includes('test step failed'))).toEqual([])
    // A failure that only says so, with nothing better beside it, is still annotated.
    expect(
      annotate(
        '<testcase name="BD-1 alone"><failure message="Failed"/></testcase>'
      )
        .filter((l) => l.startsWith('::error'))
        .map(message)
    ).toEqual(['Failed'])
  })

  it("gives the end of a failed test's own output when its failure has no text (CTest, meson, cucumber's undefined step)", () => {
    const ctest = annotateReport('ctest/ctest.xml').map(message)
    expect(ctest[0]).toBe(
      [
        'The test failed with no message; its output ends:',
        'BD-2: submitting login form with a wrong password',
        'BD-2: server answered 401',
        'login error banner mismatch',
        'expected: Invalid username or password',
        'actual:   Something went wrong'
      ].join('\n')
    )
    const meson = annotateReport('meson/testlog.junit.xml').map(message)
    expect(meson).toContain(
      'The test failed with no message; its output ends:\nabout to crash'
    )
    // Not its suite's output, which is every test's (meson's TAP subtests).
    expect(meson).toContain('The test failed with no message.')
  })

  it("@cucumber/cucumber 13's ambiguous step, a bare <failure/> (12.x wrote the matching step definitions): the end of its step log", () => {
    const ambiguous = fixtureTestCases('cucumber13/cucumber-junit.xml')
      .filter((tc) => tc.name === 'ambiguous step')
      .map((tc) => ({ ...tc, name: `BD-13 ${tc.name}` }))
    expect(ambiguous).toHaveLength(1)
    const errors = annotateResults(plannedForBd(ambiguous))
      .filter((l) => l.startsWith('::error'))
      .map(message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^The test failed with no message; its output ends:\nGiven an ambiguous step\.+ambiguous$/
    )
  })

  it("TAP::Formatter::JUnit: a failed test's annotation ends with its diagnostics, not with the next (sub)test's lines the formatter put after them", () => {
    const bd9 = annotateReport(
      'tap-formatter-junit/tap-formatter-junit.xml'
    ).find((line) => line.includes('BD-9 renders'))
    expect(bd9).toBeDefined()
    const text = message(bd9 ?? '')
    expect(text).toMatch(/^expected <img src=x onerror=alert\(1\)>/)
    expect(text).toContain('line two <tag>')
    // BD-15's failure, which the formatter wrote after BD-9's, is not BD-9's.
    expect(text).not.toContain('BD-15')
    expect(text).not.toContain("got: '5'")
    expect(text).not.toContain('Subtest')
  })

  it('counts failed tests past the nine annotated once each, whatever their markers', () => {
    const tests = Array.from(
      { length: 12 },
      (_, i) =>
        `<testcase name="BD-${2 * i + 1} BD-${2 * i + 2} t${i}"><failure message="m${i}"/></testcase>`
    ).join('')
    const lines = annotate(tests)
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(9)
    expect(lines).toContain(
      '3 more failed tests not annotated (GitHub shows at most 10 error annotations per step); see the job summary.'
    )
  })

  it('never cuts a character in half in the title or the message', () => {
    const name = `BD-1 ${'x'.repeat(244)}😱😱😱`
    const message = `${'y'.repeat(999)}😱 and more`
    const [line] = annotate(
      `<testcase name="${name}"><failure message="${message}"/></testcase>`
    )
    expect(line).toMatch(/^::error title=BD-1%3A BD-1 x{244}::y{999}%0A…$/)
    expect(line).not.toMatch(LONE_SURROGATE)
  })
})

describe('the same test in several Playwright projects or browsers', () => {
  const titles = (lines: string[]) =>
    lines
      .filter((l) => l.startsWith('::error'))
      .map((l) => /title=([^:]*)::/.exec(l)?.[1])

  it('is annotated once, its title naming the projects it failed in', () => {
    expect(
      titles(
        annotateResults(
          plannedForBd(
            fixtureTestCases('playwright/playwright-junit-projects.xml'),
            1200
          )
        )
      )
    ).toEqual([
      'BD-1101%3A [firefox] BD-1101 fails only in firefox',
      'BD-1103%3A [chromium%2C firefox%2C webkit] BD-1103 fails in every project'
    ])
    const browsers = titles(
      annotateResults(
        plannedForBd(
          fixtureTestCases('web-test-runner/wtr-junit-browsers.xml'),
          500
        )
      )
    )
    expect(browsers).toContain(
      'BD-461%3A [Chromium desktop%2C Chromium mobile] BD-461 cart total counts the quantity'
    )
  })

  it("karma's browsers too, whose classnames start with the browser's name", () => {
    const karma = ['chromium', 'firefox'].flatMap((browser) =>
      fixtureTestCases(`karma/karma-mocha-junit-browsers-${browser}.xml`)
    )
    expect(titles(annotateResults(plannedForBd(karma, 1200)))).toEqual([
      'BD-1121%3A [Firefox 153.0 (Linux 0.0.0)] BD-1121 fails only in Firefox',
      'BD-1122%3A [Chrome Headless 156.0.0.0 (Linux 0.0.0)%2C Firefox 153.0 (Linux 0.0.0)] BD-1122 fails in both browsers'
    ])
  })

  it("WebdriverIO's capabilities too, which start its classnames by default", () => {
    const chrome = fixtureTestCases('wdio/wdio-0-0-junit-reporter.log')
    // The same spec in Firefox: its capabilities in place of Chrome's.
    const firefox = chrome.map((t) => ({
      ...t,
      runsIn: 'firefox.153_0.linux',
      classname: t.classname.replace(t.runsIn ?? '', 'firefox.153_0.linux')
    }))
    expect(chrome[0].classname.startsWith(chrome[0].runsIn ?? '-')).toBe(true)
    const lines = titles(
      annotateResults(plannedForBd([...chrome, ...firefox], 300))
    )
    expect(lines.length).toBeGreaterThan(0)
    for (const title of lines)
      expect(title).toMatch(
        /^BD-\d+%3A \[chrome\.156_0_8078_79\.linux%2C firefox\.153_0\.linux\] /
      )
  })

  it("a copy in another project that says why is annotated where the first's failure only says it failed", () => {
    const [chromium, firefox] = fixtureTestCases(
      'playwright/playwright-junit-projects.xml'
    ).filter((t) => t.name.startsWith('BD-1103'))
    const said = (testCase: TestCase, message: string): TestCase => ({
      ...testCase,
      problems: [{ ...testCase.problems[0], message, details: '' }]
    })
    expect(
      titles(
        annotateResults(
          plannedForBd(
            [said(chromium, 'Failed'), said(firefox, 'expected 1 to be 2')],
            1200
          )
        )
      )
    ).toEqual(['BD-1103%3A [firefox] BD-1103 fails in every project'])
  })

  it('names at most three projects, each clipped', () => {
    const [test] = fixtureTestCases(
      'playwright/playwright-junit-projects.xml'
    ).filter((t) => t.name.startsWith('BD-1103'))
    const projects = ['a'.repeat(70), 'b', 'c', 'd', 'e']
    const [title] = titles(
      annotateResults(
        plannedForBd(
          projects.map((runsIn) => ({ ...test, runsIn })),
          1200
        )
      )
    )
    expect(title).toBe(
      `BD-1103%3A [${'a'.repeat(60)}…%2C b%2C c and 2 more] BD-1103 fails in every project`
    )
  })

  it('so that other failed tests keep their slots', () => {
    // Three projects' failures of 5 tests, and 4 failed tests of another tool.
    const projects = fixtureTestCases(
      'playwright/playwright-junit-projects.xml'
    ).filter((t) => t.name.startsWith('BD-1103'))
    const copies = [1, 2, 3, 4, 5].flatMap((n) =>
      projects.map((t) => ({ ...t, name: `BD-${n} fails everywhere` }))
    )
    const others = parseSuite(
      [6, 7, 8, 9]
        .map(
          (n) =>
            `<testcase name="BD-${n} unit"><failure message="m${n}"/></testcase>`
        )
        .join('')
    )
    const lines = annotateResults(plannedForBd([...copies, ...others]))
    expect(titles(lines)).toEqual([
      ...[1, 2, 3, 4, 5].map(
        (n) =>
          `BD-${n}%3A [chromium%2C firefox%2C webkit] BD-${n} fails everywhere`
      ),
      ...[6, 7, 8, 9].map((n) => `BD-${n}%3A BD-${n} unit`)
    ])
    expect(lines.join('\n')).not.toContain('not annotated')
  })

  it('names no project where the result ran in one, also beside another tool', () => {
    const one = fixtureTestCases('playwright/playwright-junit.xml').filter(
      (t) => t.name.startsWith('BD-14 ')
    )
    const jest = parseSuite(
      '<testcase name="BD-14 unit check"><failure message="x"/></testcase>'
    )
    expect(titles(annotateResults(plannedForBd([...one, ...jest])))).toEqual([
      'BD-14%3A BD-14 fails on every try',
      'BD-14%3A BD-14 unit check'
    ])
  })
})
