/**
 * The reports stage: every report the patterns find, read one at a time into
 * test cases grouped by marker (only compact results are kept), each file's
 * problems logged and collected for the summary.
 */
import { realpath } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getHeapStatistics } from 'node:v8'
import * as core from '@actions/core'
import { counted, firstAndMore } from './util/counted.js'
import type { Config } from './config.js'
import { error, info, warning } from './log.js'
import type { MarkerFinder } from './markers.js'
import { keptLimits, MarkerGroups } from './results/plan.js'
import { heapForKeptLimits, nodeOptionsWords } from './util/node-heap.js'
import { findReports } from './reports/find.js'
import { ReportParseError } from './reports/junit.js'
import { failedOrErrored } from './reports/test-case.js'
import { loadReport } from './reports/load.js'
import { isCompanionFile, otherFormatNote } from './reports/other-formats.js'
import { clipped } from './util/text.js'

/** Characters of a report's problem in the log: enough for any real message. */
const MAX_PROBLEM_CHARS = 1000
/** Unusable reports named in the step's failure; each has its own error above. */
const MAX_NAMED_UNUSABLE = 10

export interface ReadReports {
  groups: MarkerGroups
  files: number
  testCases: number
  /** Test cases that failed or errored, marked or not. */
  failedTests: number
  failures: string[]
  problems: string[]
}

export async function readReports(
  config: Pick<Config, 'reports' | 'ifNoFilesFound' | 'apiKey' | 'githubToken'>,
  workspace: string,
  finder: MarkerFinder,
  /** Tests make them small. */
  limits?: ConstructorParameters<typeof MarkerGroups>[1]
): Promise<ReadReports> {
  const result: ReadReports = {
    groups: new MarkerGroups(finder, limits ?? keptLimits(heapOfThisProcess())),
    files: 0,
    testCases: 0,
    failedTests: 0,
    failures: [],
    problems: []
  }
  const found = await findReports(config.reports, workspace)
  for (const refused of found.refused)
    warning(`Report pattern ignored: ${refused}`)
  const links = linksNotRead(found.links)
  if (links && found.files.length > 0) warning(links)
  if (found.files.length === 0) {
    noReports(
      config,
      `No report files match ${config.reports.join(', ')} in ${workspace}` +
        (links ? `; ${links}` : ''),
      result
    )
    return result
  }

  // Each report read must still be inside it (see loadReport).
  const root = await realpath(workspace)
  let unusable = 0
  // The first file a tool writes beside its reports (see isCompanionFile).
  let companion: string | undefined
  core.startGroup(`Reading ${counted(found.files.length, 'report file')}`)
  try {
    for (const file of found.files) {
      const name = path.relative(workspace, file) || file
      try {
        const report = loadReport(file, name, root, {
          'api-key': config.apiKey,
          'github-token': config.githubToken
        })
        for (const secret of report.removedSecrets ?? []) {
          warning(
            `${name} holds the ${secret} (a test may print its environment); it was replaced by *** in everything taken from the report`
          )
        }
        if (report.kind === 'not-junit' && isCompanionFile(report.root)) {
          companion ??= `${name}${otherFormatNote(report.root)}`
          info(`${name}: no JUnit report${otherFormatNote(report.root)}`)
          continue
        }
        if (report.kind === 'not-junit') {
          const problem = `${name} is not a JUnit report (its root element is <${clipped(report.root, 100)}>${otherFormatNote(report.root)}); skipped`
          warning(problem)
          result.problems.push(problem)
          continue
        }
        if (report.impossibleSeconds !== undefined) {
          warning(
            `${name}: a test time of ${report.impossibleSeconds} seconds is impossible (the tool may write another unit, such as nanoseconds); this file's test times are left out`
          )
        }
        if (report.doctypeIgnored) {
          warning(
            `${name}: its DOCTYPE was ignored; entities it declares are not expanded`
          )
        }
        const refused = result.groups.add(report.testCases, report.textLength)
        if (refused) throw new ReportParseError(name, undefined, refused)
        result.files++
        result.testCases += report.testCases.length
        for (const testCase of report.testCases)
          if (failedOrErrored(testCase.outcome)) result.failedTests++
        info(`${name}: ${counted(report.testCases.length, 'test')}`)
      } catch (caught) {
        if (!(caught instanceof ReportParseError)) throw caught
        // A malformed report's tag names can be megabytes long.
        const message = `Report ${clipped(caught.message, MAX_PROBLEM_CHARS)}. Nothing from this file was uploaded.`
        error(message, { file: name, startLine: caught.line })
        // The step's failure names the file; the annotation above says why.
        if (++unusable <= MAX_NAMED_UNUSABLE)
          result.failures.push(
            `Report ${name} could not be used (see its error above); nothing from it was uploaded.`
          )
        result.problems.push(message)
      }
    }
  } finally {
    core.endGroup()
  }
  const unnamed = unusable - MAX_NAMED_UNUSABLE
  if (unnamed > 0)
    result.failures.push(
      `… and ${counted(unnamed, 'more report')} could not be used (see the errors above); nothing from ${unnamed === 1 ? 'it' : 'them'} was uploaded.`
    )
  // Files matched, none of them JUnit (a pattern like **/*.xml before the
  // tests wrote any): as if none had matched.
  if (result.files === 0 && result.failures.length === 0) {
    noReports(
      config,
      `None of the ${counted(found.files.length, 'file')} matching ${config.reports.join(', ')} is a JUnit report` +
        (companion ? ` (${companion})` : ''),
      result
    )
  }
  return result
}

/** What to check when no report is found. */
const NO_REPORTS_HINT =
  ': check that the tests write JUnit XML (the README lists how each tool does) and where, against the reports input'

/** Report files named in the warning that they are links, at most. */
const MAX_LISTED_LINKS = 10

/** Why files the patterns match were not read: they are symbolic links. */
function linksNotRead(links: readonly string[]): string | undefined {
  if (links.length === 0) return undefined
  const listed = firstAndMore(links, MAX_LISTED_LINKS, String)
  const one = links.length === 1
  return `${counted(links.length, 'matching file')} ${one ? 'is a symbolic link' : 'are symbolic links'}, not read (a link could lead out of the workspace): ${listed}. Name the ${one ? 'file it leads' : 'files they lead'} to instead.`
}

/**
 * if-no-files-found: the step fails, or a warning (also in the summary) or
 * a line says so.
 */
function noReports(
  config: Pick<Config, 'ifNoFilesFound'>,
  message: string,
  result: ReadReports
): void {
  const said = message + NO_REPORTS_HINT
  if (config.ifNoFilesFound === 'error') throw new Error(said)
  if (config.ifNoFilesFound === 'warn') {
    warning(said)
    result.problems.push(said)
  } else info(said)
}

/** The heap this process has for what it keeps (see heapForKeptLimits). */
function heapOfThisProcess(): number {
  // Node takes the memory a percentage is of as the cgroup's limit, if any.
  const constrained = process.constrainedMemory()
  return heapForKeptLimits(
    getHeapStatistics().heap_size_limit,
    [...nodeOptionsWords(process.env.NODE_OPTIONS ?? ''), ...process.execArgv],
    constrained > 0 ? Math.min(os.totalmem(), constrained) : os.totalmem()
  )
}
