/**
 * Every real report of the fixtures, damaged at random: text swapped for
 * markup, entities, control characters, markers and odd times (the report
 * stays well-formed), or cut, spliced and repeated (it mostly does not). What
 * the action makes of it, from the parse to the comments and the job
 * summary, must either be a refusal that names the file or hold only the
 * action's own markup: nothing from a report becomes a tag, an entity or a
 * link, and every time posted is a whole number of milliseconds.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { MarkerFinder } from '../src/markers.js'
import { decodeReport } from '../src/reports/decode.js'
import { parseJUnit, ReportParseError } from '../src/reports/junit.js'
import { MarkerGroups } from '../src/results/plan.js'
import { renderSummary } from '../src/summary.js'
import { pickWith, seeded } from './helpers/random.js'

const REPORTS = fileURLToPath(
  new URL('../__fixtures__/reports', import.meta.url)
)

function xmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name)
    if (entry.isDirectory()) return xmlFiles(file)
    return entry.name.endsWith('.xml') ? [file] : []
  })
}

/** What a hostile test would put in a name, message or body (before the report escapes it). */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '"><b>',
  "'",
  '&amp;',
  '&lt;b&gt;',
  '&#60;b&#62;',
  '&nbsp;',
  '&',
  ']]>',
  '\u001b[31mred\u001b[0m',
  '\u0000',
  '\u202e',
  '\ud800',
  '\r\n',
  '@octocat',
  '#12',
  '| --- |',
  '`code`',
  '**bold**',
  'BD-1',
  'BD-0',
  'bd-2',
  'BD-99999999999999999999',
  '[BD-3]',
  'test_bd4_x'
]

/** Whatever breaks the XML itself. */
const DAMAGE = [
  '<',
  '>',
  '&',
  '"',
  '</testcase>',
  '<testcase name="BD-7">',
  '<failure message="m">',
  '<![CDATA[',
  ']]>',
  '<!--',
  '&#0;',
  '&#xD800;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '&a;',
  '<properties><property name="qasphere" value="BD-3"/></properties>',
  '<skipped/>',
  '<error/>',
  '<flakyFailure/>',
  '<testsuite name="s">',
  '</testsuite>',
  '<constructor/>'
]

const TIMES = [
  '1e400',
  'NaN',
  '-1',
  '1,5',
  '1m 1m',
  '80.803us',
  '',
  '0x10',
  'Infinity',
  '1e-400',
  '9007199254740993',
  '1h 0m 5s'
]

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** `breakXml`: some changes may break the XML (else it stays well-formed). */
function damaged(
  report: string,
  random: () => number,
  breakXml: boolean
): string {
  const pick = pickWith(random)
  const at = (text: string): number => Math.floor(random() * (text.length + 1))
  let text = report
  const changes = 1 + Math.floor(random() * 5)
  for (let change = 0; change < changes; change++) {
    const roll = breakXml ? random() : 0
    if (roll < 0.5) {
      // Still well-formed: an attribute's value or an element's text replaced.
      const hostile = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        pick(HOSTILE)
      ).join(pick(['', ' ', '\n']))
      const target = pick([
        /\bname="[^"]*"/g,
        /\bclassname="[^"]*"/g,
        /\bmessage="[^"]*"/g,
        /\bfile="[^"]*"/g,
        /\btime="[^"]*"/g,
        /<(failure|error|skipped|system-out|system-err)\b[^>]*[^/]>/g
      ])
      const found = [...text.matchAll(target)]
      if (found.length === 0) continue
      const { 0: match, index } = pick(found)
      const replacement = match.startsWith('<')
        ? match +
          (random() < 0.5
            ? escapeXml(hostile)
            : `<![CDATA[${hostile.replaceAll(']]>', '')}]]>`)
        : match.startsWith('time=')
          ? `time="${pick(TIMES)}"`
          : match.replace(/"[^"]*"$/, `"${escapeXml(hostile)}"`)
      text =
        text.slice(0, index) + replacement + text.slice(index + match.length)
    } else if (roll < 0.75) {
      const where = at(text)
      text = text.slice(0, where) + pick(DAMAGE) + text.slice(where)
    } else if (roll < 0.85) {
      const where = at(text)
      text = text.slice(0, where) + text.slice(where + 1 + random() * 20)
    } else if (roll < 0.9) {
      text = text.slice(0, at(text))
    } else {
      const where = at(text)
      const length = Math.floor(random() * 300)
      text =
        text.slice(0, where) +
        text.slice(where, where + length) +
        text.slice(where)
    }
  }
  return text
}

/** The action's own markup in a comment: tags and entities it writes itself. */
const COMMENT_TAG =
  /^<\/?(?:a|code|h4|li|p|pre|strong|ul)(?: href="https:\/\/[^"<>]*")?>/
const SUMMARY_TAG =
  /^<\/?(?:a|br|code|em|h2|p|table|tbody|td|th|thead|tr)(?: href="https:\/\/[^"<>]*")?>/
const ENTITY = /^&(?:amp|lt|gt|quot|#39|middot);/

/** Each `<` and `&` of `html` that is not the action's own markup, with what follows it. */
function foreignMarkup(html: string, ownTag: RegExp): string[] {
  const foreign: string[] = []
  for (const { 0: char, index } of html.matchAll(/[<&]/g)) {
    const rest = html.slice(index, index + 200)
    if (!(char === '<' ? ownTag : ENTITY).test(rest))
      foreign.push(rest.slice(0, 60))
  }
  return foreign
}

const LINKS = {
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  runLabel: 'CI #1',
  commitUrl: 'https://github.com/acme/shop/commit/0123456',
  sha: '0123456'
}

const SUMMARY = {
  projectCode: 'BD',
  run: 1,
  runUrl: 'https://acme.eu.qasphere.com/project/BD/run/1',
  dryRun: false,
  reportFiles: 1
}

describe('real reports, damaged at random', () => {
  const files = xmlFiles(REPORTS)

  it('has reports to damage', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it.each([20261123, 7, 42])(
    'are refused by name or give comments and a summary with only the action’s markup (seed %i)',
    (seed) => {
      const random = seeded(seed)
      let read = 0
      let refused = 0
      let comments = 0
      for (const file of files) {
        const original = decodeReport(readFileSync(file))
        for (let attempt = 0; attempt < 2; attempt++) {
          const text = damaged(original, random, attempt === 1)
          let report: ReturnType<typeof parseJUnit>
          try {
            // Small pieces too: the damage then falls on piece boundaries.
            report = parseJUnit(
              text,
              'damaged.xml',
              random() < 0.5 ? 300 : undefined
            )
          } catch (error) {
            // A refusal names the file; anything else would be a crash.
            expect(error).toBeInstanceOf(ReportParseError)
            expect((error as Error).message).toContain('damaged.xml')
            refused++
            // The summary quotes the refusal, which may quote the report.
            const summary = renderSummary({
              ...SUMMARY,
              planned: [],
              resultIds: [],
              unmatched: [],
              unmarkedTestCases: 0,
              testCaseCount: 0,
              problems: [(error as Error).message]
            })
            expect(foreignMarkup(summary, SUMMARY_TAG)).toEqual([])
            continue
          }
          read++
          if (report.kind === 'not-junit') continue
          const groups = new MarkerGroups(new MarkerFinder('BD'))
          const tooMuch = groups.add(report.testCases, report.textLength)
          const problems = tooMuch ? [tooMuch] : []
          const idBySeq = new Map(groups.seqs().map((seq) => [seq, `tc${seq}`]))
          const plan = groups.plan(idBySeq, LINKS)
          for (const result of plan.results) {
            comments++
            expect(foreignMarkup(result.comment, COMMENT_TAG)).toEqual([])
            if (result.timeTaken !== undefined) {
              expect(Number.isSafeInteger(result.timeTaken)).toBe(true)
              expect(result.timeTaken).toBeGreaterThanOrEqual(0)
            }
          }
          const summary = renderSummary({
            ...SUMMARY,
            planned: plan.results,
            resultIds: plan.results.map((_, index) => index + 1),
            unmatched: plan.unmatched,
            unmarkedTestCases: plan.unmarkedTestCases,
            testCaseCount: report.testCases.length,
            problems
          })
          expect(foreignMarkup(summary, SUMMARY_TAG)).toEqual([])
        }
      }
      // Well-formed damage leaves the reports readable, with results to check.
      expect(read).toBeGreaterThan(files.length)
      expect(refused).toBeGreaterThan(0)
      expect(comments).toBeGreaterThan(files.length)
    }
  )
})
