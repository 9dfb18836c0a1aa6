/**
 * The report parser against a conforming XML parser: random well-formed
 * reports (nested suites, entities and character references, CDATA,
 * comments and processing instructions in bodies, CRLF, odd spacing in tags)
 * must give the same test cases as Python's expat read by the same rules
 * (helpers/expat-testcases.py).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parseJUnit } from '../src/reports/junit.js'
import { pickWith, seeded } from './helpers/random.js'

const EXPAT = fileURLToPath(
  new URL('helpers/expat-testcases.py', import.meta.url)
)

function randomReports(count: number, seed: number): string[] {
  const random = seeded(seed)
  const pick = pickWith(random)
  let uid = 0
  const space = () => pick(['', ' ', '\n', '\r\n', '\t', '  '])
  const special = () =>
    pick([
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&apos;',
      '&#65;',
      '&#x42;',
      '&#x1F600;',
      '&#10;',
      '&#9;',
      '&#13;',
      '&#160;',
      'é',
      '\u2028',
      '>',
      "'",
      '"'
    ])
  const word = () =>
    pick(['BD-1', 'x', 'a b', 'lorem', '', ' lead', 'trail ', 'ü', '中文'])
  const value = (quote: string) => {
    let text = ''
    for (let n = Math.floor(random() * 4); n > 0; n--)
      text += random() < 0.5 ? word() : special()
    return text.replaceAll(quote, quote === '"' ? '&quot;' : '&apos;')
  }
  const attribute = (name: string) => {
    const quote = pick(['"', '"', "'"])
    return `${space() || ' '}${name}${pick(['=', ' = '])}${quote}${value(quote)}${quote}`
  }
  const body = () => {
    let text = ''
    for (let n = Math.floor(random() * 5); n > 0; n--) {
      const r = random()
      text +=
        r < 0.4
          ? word() + pick([' ', '\n', '\r\n', ''])
          : r < 0.7
            ? special()
            : r < 0.8
              ? `<![CDATA[${pick(['<b>&amp;</b>', ' x ', '', ']]', '\r\n', '<!--no-->'])}]]>`
              : r < 0.9
                ? pick(['<!--c-->', '<!-- <x/> -->'])
                : '<?pi x?>'
    }
    return text
  }
  const testcase = () => {
    let attributes = ` name="t${uid++}${random() < 0.5 ? value('"') : ''}"`
    if (random() < 0.7) attributes += attribute('classname')
    if (random() < 0.4) return `<testcase${attributes}${space()}/>`
    let children = ''
    const kind = pick([
      'failure',
      'error',
      'skipped',
      'system-out',
      'system-err',
      'none'
    ])
    if (kind !== 'none') {
      children +=
        space() +
        (random() < 0.3
          ? `<${kind}${attribute('message')}/>`
          : `<${kind}${random() < 0.6 ? attribute('message') : ''}>${body()}</${kind}>`)
    }
    if (random() < 0.2) children += `<system-out>${body()}</system-out>`
    if (random() < 0.2)
      children += `<properties><property name="qasphere"${attribute('value')}/></properties>`
    return `<testcase${attributes}>${children}${space()}</testcase${space()}>`
  }
  const suite = (depth: number): string => {
    let children = ''
    for (let n = Math.floor(random() * 6); n > 0; n--)
      children +=
        space() +
        (random() < 0.75 || depth >= 3 ? testcase() : suite(depth + 1))
    return `<testsuite${random() < 0.8 ? attribute('name') : ''}>${children}${space()}</testsuite>`
  }
  return Array.from({ length: count }, () => {
    let suites = ''
    for (let n = Math.floor(random() * 5); n > 0; n--)
      suites += space() + suite(0)
    return (
      pick(['', '<?xml version="1.0" encoding="UTF-8"?>\n']) +
      pick(['', '<!-- top -->']) +
      (random() < 0.7 ? `<testsuites>${suites}</testsuites>` : suite(0)) +
      space()
    )
  })
}

const byJson = (a: unknown, b: unknown) =>
  JSON.stringify(a) < JSON.stringify(b) ? -1 : 1

describe('the parser reads what a conforming XML parser reads', () => {
  it('300 random well-formed reports: the same test cases as expat', () => {
    const reports = randomReports(300, 20261122)
    const python = spawnSync('python3', [EXPAT], {
      input: JSON.stringify(reports),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    if (python.error) {
      throw new Error(
        `this test runs python3 (its expat is the conforming parser compared with): ${python.error.message}; install python3 (apt-get install python3)`
      )
    }
    expect(python.stderr).toBe('')
    const expected = JSON.parse(python.stdout) as (
      object[] | { error: string }
    )[]
    let compared = 0
    reports.forEach((report, i) => {
      const theirs = expected[i]
      expect([report, theirs]).not.toEqual([
        report,
        { error: expect.anything() }
      ])
      const parsed = parseJUnit(report, 'random.xml')
      if (parsed.kind !== 'junit') throw new Error(`not JUnit: ${report}`)
      const ours = parsed.testCases.map((t) => ({
        name: t.name,
        classname: t.classname,
        suites: t.suites,
        outcome: t.outcome,
        problems: t.problems.map((p) => [p.kind, p.message, p.details]),
        markerProperties: t.markerProperties,
        output: t.output
      }))
      expect([report, ours.sort(byJson)]).toEqual([
        report,
        (theirs as object[]).sort(byJson)
      ])
      compared += ours.length
    })
    // Enough test cases to mean something.
    expect(compared).toBeGreaterThan(2000)
  })
})
