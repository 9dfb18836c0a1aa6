/** Test cases from a few lines of JUnit XML, or from a fixture report, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MarkerFinder } from '../../src/markers.js'
import { decodeReport } from '../../src/reports/decode.js'
import { parseJUnit } from '../../src/reports/junit.js'
import type { TestCase } from '../../src/reports/test-case.js'
import { MarkerGroups, type PlannedResult } from '../../src/results/plan.js'

/** Test cases of `<testsuite name="suite">` + body. */
export function parseSuite(body: string, file = 'r.xml'): TestCase[] {
  const report = parseJUnit(`<testsuite name="suite">${body}</testsuite>`, file)
  if (report.kind !== 'junit') throw new Error('not junit')
  return report.testCases
}

/** Test cases of a whole JUnit document. */
export function parseReportText(xml: string, file = 'junit.xml'): TestCase[] {
  const report = parseJUnit(xml, file)
  if (report.kind !== 'junit') throw new Error(`${file} is not junit`)
  return report.testCases
}

/** __fixtures__/reports/ as a path: Gradle's file names hold `#` (TEST-int#29.xml), which a URL would read as a fragment. */
const FIXTURE_REPORTS = fileURLToPath(
  new URL('../../__fixtures__/reports/', import.meta.url)
)

/** A fixture file that is a report: XML, or WebdriverIO's default `.log` name. */
export const isReportFile = (name: string) => /\.(?:xml|log)$/.test(name)

/**
 * The reports in a tool's folder of __fixtures__/reports/ (its subfolders
 * too), relative to that folder (`gradle/TEST-demo.CartTest.xml`), sorted.
 */
export function fixtureReports(tool: string): string[] {
  return readdirSync(join(FIXTURE_REPORTS, tool), {
    recursive: true,
    encoding: 'utf8'
  })
    .filter(isReportFile)
    .map((name) => `${tool}/${name}`)
    .sort()
}

/** Test cases of a real report in __fixtures__/reports/, decoded as the action decodes it. */
export function fixtureTestCases(relative: string): TestCase[] {
  const report = parseJUnit(
    decodeReport(readFileSync(join(FIXTURE_REPORTS, relative))),
    relative
  )
  if (report.kind !== 'junit') throw new Error(`${relative} is not junit`)
  return report.testCases
}

/** The results planned for a run holding BD test cases 1..`count`. */
export function plannedForBd(
  testCases: readonly TestCase[],
  count = 30
): PlannedResult[] {
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(testCases)
  const run = new Map(
    Array.from({ length: count }, (_, i) => [i + 1, `tcase-${i + 1}`] as const)
  )
  return groups.plan(run, {}).results
}

/** Each planned result's status by its marker, for a run of BD 1..`count`. */
export function statusByMarker(
  testCases: readonly TestCase[],
  count = 30
): Record<string, string> {
  return Object.fromEntries(
    plannedForBd(testCases, count).map((r) => [r.marker, r.status])
  )
}
