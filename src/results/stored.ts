/** What became of planned results once posted: their ids, counted by status. Pure. */
import type { PlannedResult } from './plan.js'
import type { StatusId } from './statuses.js'

/** A result's id; null when it was stored but its id is unknown; undefined when not stored. */
export type StoredId = number | null | undefined

/** Results by status: those stored, or all of them (a dry run stores none). */
export function countStatuses(
  planned: readonly PlannedResult[],
  resultIds: readonly StoredId[],
  includeUnstored: boolean
): Partial<Record<StatusId, number>> &
  Record<'passed' | 'failed' | 'blocked' | 'skipped', number> {
  const counts: Partial<Record<StatusId, number>> &
    Record<'passed' | 'failed' | 'blocked' | 'skipped', number> = {
    passed: 0,
    failed: 0,
    blocked: 0,
    skipped: 0
  }
  planned.forEach((result, i) => {
    if (includeUnstored || resultIds[i] !== undefined) {
      counts[result.status] = (counts[result.status] ?? 0) + 1
    }
  })
  return counts
}
