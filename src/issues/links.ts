/** QA Sphere result links to GitHub issues. Pure. */
import type { ResultLink } from '../qasphere/client.js'
import { failedOrErrored, type Outcome } from '../reports/test-case.js'
import type { StatusId } from '../results/statuses.js'
import type { LinkedIssue } from './github-issues.js'

export type LinkIssuesMode = 'failed' | 'all' | 'none'

/**
 * `failed` means the results that need attention: failed and blocked, and
 * failed tests whatever status `status-map` gives them (e.g. a custom one).
 */
export function wantsLinks(
  mode: LinkIssuesMode,
  result: { status: StatusId; outcome: Outcome }
): boolean {
  if (mode === 'all') return true
  if (mode === 'failed')
    return (
      result.status === 'failed' ||
      result.status === 'blocked' ||
      failedOrErrored(result.outcome)
    )
  return false
}

/**
 * `meta.id` (QA Sphere then comments on the issue) only for issues of the
 * workflow's own repository: the one the project's integration can reach.
 */
export function toResultLinks(
  issues: readonly LinkedIssue[],
  integrationId: string,
  ownRepository: string
): ResultLink[] {
  const own = ownRepository.toLowerCase()
  return issues.map(({ ref, url, title }) => {
    const link: ResultLink = { integrationId, url, text: title }
    if (`${ref.owner}/${ref.repo}`.toLowerCase() === own) {
      link.meta = { id: String(ref.number) }
    }
    return link
  })
}
