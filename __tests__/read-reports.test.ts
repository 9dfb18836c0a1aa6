/**
 * The reports stage (src/read-reports.ts): one report at a time into marked
 * test cases, within the upload's limits.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { MarkerFinder } from '../src/markers.js'

// Stand-ins: the real ones would print workflow commands (an ::error line
// is an annotation of this repository's own CI run).
jest.unstable_mockModule('@actions/core', () => core)
const { readReports } = await import('../src/read-reports.js')

const workspace = mkdtempSync(path.join(tmpdir(), 'read-reports-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('readReports', () => {
  it('refuses a report that would take the upload over its limits, and reads the others', async () => {
    const suite = (cases: string) => `<testsuite name="s">${cases}</testsuite>`
    writeFileSync(
      path.join(workspace, 'junit-1.xml'),
      suite('<testcase name="BD-1 a"/><testcase name="BD-2 b"/>')
    )
    writeFileSync(
      path.join(workspace, 'junit-2.xml'),
      suite(
        '<testcase name="BD-3 c"/><testcase name="BD-4 d"><failure/></testcase>'
      )
    )
    writeFileSync(
      path.join(workspace, 'junit-3.xml'),
      suite('<testcase name="unmarked"><failure/></testcase>'.repeat(5))
    )
    const read = await readReports(
      {
        reports: ['junit-*.xml'],
        ifNoFilesFound: 'error',
        apiKey: '',
        githubToken: ''
      },
      workspace,
      new MarkerFinder('BD'),
      { testCases: 3, problems: 10, chars: 1_000_000 }
    )
    expect(read.groups.seqs()).toEqual([1, 2])
    expect(read.files).toBe(2)
    expect(read.testCases).toBe(7)
    expect(read.failedTests).toBe(5)
    expect(read.failures).toEqual([
      'Report junit-2.xml could not be used (see its error above); nothing from it was uploaded.'
    ])
    expect(read.problems).toEqual([
      'Report junit-2.xml: with its marked testcases the upload would keep more than 3 marked testcases (one per marker on it), the most one upload keeps (memory); upload the reports in several steps. Nothing from this file was uploaded.'
    ])
  })

  it('names the first 10 reports that could not be used in the step failure and counts the rest', async () => {
    const dir = mkdtempSync(path.join(workspace, 'malformed-'))
    for (let i = 1; i <= 25; i++)
      writeFileSync(
        path.join(dir, `junit-${String(i).padStart(2, '0')}.xml`),
        '<testsuite><testcase name="BD-1 a">'
      )
    writeFileSync(
      path.join(dir, 'junit-ok.xml'),
      '<testsuite><testcase name="BD-2 b"/></testsuite>'
    )
    const read = await readReports(
      {
        reports: ['junit-*.xml'],
        ifNoFilesFound: 'error',
        apiKey: '',
        githubToken: ''
      },
      dir,
      new MarkerFinder('BD')
    )
    expect(read.files).toBe(1)
    expect(read.problems).toHaveLength(25)
    expect(read.failures).toEqual([
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `Report junit-${String(i + 1).padStart(2, '0')}.xml could not be used (see its error above); nothing from it was uploaded.`
      ),
      '… and 15 more reports could not be used (see the errors above); nothing from them was uploaded.'
    ])
  })
})
