/**
 * Error annotations for failed tests: GitHub shows them on the run's page
 * and, when the report names a file in the workspace, on that file.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { info } from './log.js'
import type { TestCase } from './reports/junit.js'
import { failureText } from './results/failure-text.js'
import { plainText } from './results/html.js'
import type { PlannedResult } from './results/plan.js'

/** GitHub shows at most 10 error annotations per step; one is kept for the step's own failure. */
const MAX_TEST_ANNOTATIONS = 9

/** Annotates the first failed tests, and says how many more there are. */
export function annotateFailures(
  results: readonly PlannedResult[],
  workspace: string
): void {
  const failing: { marker: string; testCase: TestCase }[] = []
  for (const result of results) {
    for (const testCase of result.testCases) {
      if (testCase.outcome === 'failure' || testCase.outcome === 'error') {
        failing.push({ marker: result.marker, testCase })
      }
    }
  }
  for (const { marker, testCase } of failing.slice(0, MAX_TEST_ANNOTATIONS)) {
    const problem = testCase.problems.find(
      (p) => p.kind === 'failure' || p.kind === 'error'
    )
    const text =
      (problem && failureText(problem, testCase.name).text) || testCase.outcome
    // Colour codes removed: GitHub shows them as text. Only the start is read.
    const message = firstLines(plainText(text.slice(0, 10_000)), 12, 1000)
    core.error(message, {
      title: `${marker}: ${testCase.name}`.slice(0, 255),
      file: annotationFile(testCase.file, workspace)
    })
  }
  if (failing.length > MAX_TEST_ANNOTATIONS) {
    info(
      `${failing.length - MAX_TEST_ANNOTATIONS} more failed test(s) not annotated (GitHub shows at most 10 error annotations per step); see the job summary.`
    )
  }
}

function firstLines(text: string, lines: number, chars: number): string {
  const kept = text.split('\n', lines + 1)
  const cut = kept.length > lines || text.length > chars
  return kept.slice(0, lines).join('\n').slice(0, chars) + (cut ? '\n…' : '')
}

/** A workspace-relative path for GitHub to link; never outside the workspace. */
function annotationFile(file: string, workspace: string): string | undefined {
  if (!file) return undefined
  const absolute = path.resolve(workspace, file)
  const relative = path.relative(workspace, absolute)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}
