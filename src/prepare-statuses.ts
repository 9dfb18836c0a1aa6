/**
 * The statuses of an upload, before anything is posted: configure-statuses
 * planned, status-map resolved against the account's statuses.
 */
import type { Config } from './config.js'
import { info } from './log.js'
import { QaSphereApiError, type QaSphereClient } from './qasphere/client.js'
import type { StatusScheme } from './results/plan.js'
import {
  DEFAULT_STATUSES,
  neededUpdates,
  needsAccountStatuses,
  resolveStatusMap,
  statusName,
  type StatusInfo
} from './results/statuses.js'

/** The statuses of this upload, and the change to the account it needs. */
export interface StatusPlan {
  scheme: StatusScheme
  /** The account's statuses as they will be once `apply` has run. */
  statuses: StatusInfo[]
  /** Makes configure-statuses' changes (a write: once there is something to post). */
  apply: () => Promise<void>
}

/**
 * The statuses of this upload: configure-statuses planned (opt-in, admin
 * key), status-map resolved by id or display name against the statuses as
 * they will be. Asks QA Sphere only when a custom status is involved; the
 * defaults' names are fixed. Writes nothing: a status-map that cannot be
 * resolved stops the upload before any change.
 */
export async function prepareStatuses(
  client: QaSphereClient,
  config: Config
): Promise<StatusPlan> {
  let statuses: StatusInfo[] = [...DEFAULT_STATUSES]
  if (
    config.configureStatuses.length > 0 ||
    needsAccountStatuses(config.statusMap)
  ) {
    statuses = await client.getStatuses()
  }
  const updates = neededUpdates(config.configureStatuses, statuses)
  if (config.configureStatuses.length > 0 && updates.length === 0) {
    info('Custom statuses are already as configure-statuses says')
  }
  const described = updates
    .map((u) => `${u.id}=${u.name}:${u.color}`)
    .join(', ')
  if (updates.length > 0) {
    if (config.dryRun)
      info(`Dry run: would update custom statuses ${described}`)
    statuses = statuses.map((s) => {
      const update = updates.find((u) => u.id === s.id)
      return update
        ? { ...s, name: update.name, color: update.color, isActive: true }
        : s
    })
  }
  const statusOf = resolveStatusMap(config.statusMap, statuses)
  let applied = false
  const apply = async (): Promise<void> => {
    if (applied || updates.length === 0 || config.dryRun) return
    applied = true
    try {
      await client.updateStatuses(
        updates.map((u) => ({ ...u, isActive: true }))
      )
    } catch (error) {
      throw explainStatusUpdateError(error, described)
    }
    info(`Updated custom statuses: ${described}`)
  }
  return {
    scheme: { statusOf, nameOf: (id) => statusName(id, statuses) },
    statuses,
    apply
  }
}

function explainStatusUpdateError(error: unknown, described: string): Error {
  if (!(error instanceof QaSphereApiError))
    return error instanceof Error ? error : new Error(String(error))
  if (error.status === 409) {
    return new Error(
      `configure-statuses: QA Sphere refused to change the custom statuses (${described}): HTTP 409 "${error.apiMessage}". QA Sphere refuses changes to the five default statuses, and changes it does not allow to a custom status that results already use (its message, quoted here, says which). Change it in QA Sphere's settings, or configure another of custom1..custom4.`
    )
  }
  if (error.status === 403) {
    return new Error(
      `configure-statuses: QA Sphere refused to change the custom statuses (HTTP 403): changing statuses needs an API key with the Admin or Owner role. Use such a key, or configure the statuses in QA Sphere and drop configure-statuses.`
    )
  }
  return error
}
