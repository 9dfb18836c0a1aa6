/**
 * Error annotations of failed tests (src/annotations/annotate.ts): which
 * tests, once each, and their text, as the runner reads it on stdout.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { annotateFailures } from '../src/annotations/annotate.js'
import { FailureLocator } from '../src/annotations/locate.js'
import { WorkspaceFiles } from '../src/annotations/workspace-files.js'
import { MarkerFinder } from '../src/markers.js'
import { MarkerGroups } from '../src/results/plan.js'
import { parseSuite } from './helpers/reports.js'

/** The results planned for BD test cases 1..30 from inline testcases. */
function planned(testcases: string) {
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(parseSuite(testcases))
  const run = new Map(
    Array.from({ length: 30 }, (_, i) => [i + 1, `tcase-${i + 1}`] as const)
  )
  return groups.plan(run, {}).results
}

/** The workflow command lines annotateFailures writes. */
function annotate(testcases: string): string[] {
  const lines: string[] = []
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk).trimEnd())
      return true
    })
  try {
    annotateFailures(
      planned(testcases),
      new FailureLocator(new WorkspaceFiles('/nonexistent'))
    )
  } finally {
    write.mockRestore()
  }
  return lines
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
