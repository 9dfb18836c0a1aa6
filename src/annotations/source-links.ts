/**
 * Links from the job summary's failed rows to the line where each failed, in
 * the tested commit on GitHub. Pure apart from the locator's look at the
 * workspace.
 */
import { failedOrErrored } from '../reports/test-case.js'
import type { WorkflowLinks } from '../results/comment.js'
import type { PlannedResult } from '../results/plan.js'
import type { FailureLocator } from './locate.js'

/** Failed results given a link at most: each costs a look at the workspace. */
export const MAX_SOURCE_LINKS = 50

export interface SourceLink {
  href: string
  /** `path:line` */
  text: string
}

/** For the first failed results (failures and errors): where their first failed test failed. */
export function sourceLinks(
  results: readonly PlannedResult[],
  locator: FailureLocator,
  links: WorkflowLinks
): Map<PlannedResult, SourceLink> {
  const found = new Map<PlannedResult, SourceLink>()
  // The tested commit's files: …/commit/SHA → …/blob/SHA.
  const blob = links.commitUrl?.replace(/\/commit\/([0-9a-f]+)$/i, '/blob/$1')
  if (!blob || blob === links.commitUrl) return found
  let looked = 0
  for (const result of results) {
    if (!failedOrErrored(result.outcome)) continue
    if (looked++ === MAX_SOURCE_LINKS) break
    const failed = result.testCases.find((t) => failedOrErrored(t.outcome))
    const location = failed && locator.failureOf(failed)
    if (!location?.line) continue
    let path: string
    try {
      path = location.file.split('/').map(encodeURIComponent).join('/')
    } catch {
      continue // a name no URL can hold (a lone surrogate)
    }
    found.set(result, {
      href: `${blob}/${path}#L${location.line}`,
      text: `${location.file}:${location.line}`
    })
  }
  return found
}
