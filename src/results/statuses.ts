/**
 * QA Sphere result statuses: the five defaults and four custom ones whose
 * names and colours each account sets. Pure: mapping outcomes to statuses,
 * resolving display names, and deciding which custom statuses to update.
 */
import { inputLines } from '../util/input-lines.js'
import type { Outcome } from '../reports/test-case.js'

export type StatusId =
  | 'passed'
  | 'failed'
  | 'blocked'
  | 'skipped'
  | 'open'
  | 'custom1'
  | 'custom2'
  | 'custom3'
  | 'custom4'

export interface StatusInfo {
  id: StatusId
  name: string
  color: string
  isDefault: boolean
  isActive: boolean
}

export const STATUS_IDS: readonly StatusId[] = [
  'passed',
  'failed',
  'blocked',
  'skipped',
  'open',
  'custom1',
  'custom2',
  'custom3',
  'custom4'
]
export const COLORS = [
  'blue',
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'indigo',
  'purple',
  'pink'
] as const
export const OUTCOMES: readonly Outcome[] = [
  'passed',
  'failure',
  'error',
  'skipped',
  'flaky'
]

/** The defaults cannot be renamed: their names are known without asking. */
export const DEFAULT_STATUSES: readonly StatusInfo[] = [
  { id: 'open', name: 'Open', color: 'blue', isDefault: true, isActive: true },
  {
    id: 'passed',
    name: 'Passed',
    color: 'green',
    isDefault: true,
    isActive: true
  },
  {
    id: 'failed',
    name: 'Failed',
    color: 'red',
    isDefault: true,
    isActive: true
  },
  {
    id: 'skipped',
    name: 'Skipped',
    color: 'gray',
    isDefault: true,
    isActive: true
  },
  {
    id: 'blocked',
    name: 'Blocked',
    color: 'orange',
    isDefault: true,
    isActive: true
  }
]

/** As QA Sphere's own CLI maps them; a flaky test passed in the end. */
export const DEFAULT_STATUS_MAP: Readonly<Record<Outcome, StatusId>> = {
  passed: 'passed',
  failure: 'failed',
  error: 'blocked',
  skipped: 'skipped',
  flaky: 'passed'
}

export class StatusError extends Error {}

export interface StatusMapEntry {
  outcome: Outcome
  /** A status id or a custom status's display name, as written. */
  target: string
}

/** `, flaky=` in a status: a second mapping written on the same line. */
const MAPPING_AFTER_COMMA = new RegExp(
  `,\\s*(?:${OUTCOMES.join('|')})\\s*=`,
  'i'
)

/** `status-map` lines `outcome=status`; throws on an unknown outcome. */
export function parseStatusMap(text: string): StatusMapEntry[] {
  const entries: StatusMapEntry[] = []
  for (const line of inputLines(text)) {
    const eq = line.indexOf('=')
    const outcome = line.slice(0, eq).trim().toLowerCase() as Outcome
    const target = line.slice(eq + 1).trim()
    if (eq < 0 || !target) {
      throw new StatusError(
        `"${line}" is not outcome=status (like error=Known Issue)`
      )
    }
    if (!OUTCOMES.includes(outcome)) {
      throw new StatusError(
        `"${line.slice(0, eq).trim()}" is not an outcome; outcomes are ${OUTCOMES.join(', ')}`
      )
    }
    // `error=blocked, flaky=passed`: the issues input takes commas, this does
    // not. (A status's name may hold `=`.)
    if (MAPPING_AFTER_COMMA.test(target)) {
      throw new StatusError(
        `"${line}" holds more than one mapping: write one outcome=status per line`
      )
    }
    if (entries.some((e) => e.outcome === outcome)) {
      throw new StatusError(`maps ${outcome} twice: keep one line for it`)
    }
    entries.push({ outcome, target })
  }
  return entries
}

/** Whether resolving these entries needs the account's custom statuses. */
export function needsAccountStatuses(
  entries: readonly StatusMapEntry[]
): boolean {
  return entries.some(
    (e) => !DEFAULT_STATUSES.some((s) => s.id === e.target.toLowerCase())
  )
}

/**
 * The status each outcome gets. A target is a status id or a display name
 * (case-insensitive); it must exist and be active.
 */
export function resolveStatusMap(
  entries: readonly StatusMapEntry[],
  statuses: readonly StatusInfo[]
): Record<Outcome, StatusId> {
  const map: Record<Outcome, StatusId> = { ...DEFAULT_STATUS_MAP }
  for (const { outcome, target } of entries) {
    const wanted = target.toLowerCase()
    const named = statuses.filter((s) => s.name.toLowerCase() === wanted)
    const activeNamed = named.filter((s) => s.isActive)
    const byId = statuses.find((s) => s.id === wanted)
    if (!byId && activeNamed.length > 1) {
      throw new StatusError(
        `status-map: ${outcome}=${target}: ${activeNamed.length} active statuses are named "${target}" (${activeNamed.map((s) => s.id).join(', ')}): map to the id of the one meant`
      )
    }
    // An id first; of statuses sharing a name, the active one.
    const status = byId ?? activeNamed[0] ?? named[0]
    if (!status) {
      const known = statuses
        .filter((s) => s.isActive)
        .map((s) => `${s.id} ("${s.name}")`)
      throw new StatusError(
        `status-map: ${outcome}=${target}: there is no status "${target}" in QA Sphere. Use a status id or the name of an active status: ${known.join(', ')}`
      )
    }
    if (!status.isActive) {
      throw new StatusError(
        `status-map: ${outcome}=${target}: the status "${status.name}" (${status.id}) is not active in QA Sphere. Enable it in QA Sphere's settings (Settings → Statuses), or let this action enable it with configure-statuses: ${status.id}=${status.name}:${status.color} (needs an admin API key)`
      )
    }
    map[outcome] = status.id
  }
  return map
}

export interface StatusUpdate {
  id: StatusId
  name: string
  color: string
}

/** `configure-statuses` lines `custom1=Flaky:orange`. */
export function parseStatusUpdates(text: string): StatusUpdate[] {
  const updates: StatusUpdate[] = []
  for (const line of inputLines(text)) {
    const match = /^(custom[1-4])\s*=\s*(\S.*?)\s*:\s*([a-z]+)$/i.exec(line)
    if (!match) {
      throw new StatusError(
        `"${line}" is not customN=Name:color (like custom1=Flaky:orange); N is 1 to 4`
      )
    }
    const color = match[3].toLowerCase()
    if (!(COLORS as readonly string[]).includes(color)) {
      throw new StatusError(
        `"${line}": the colour "${match[3]}" is not one of ${COLORS.join(', ')}`
      )
    }
    const id = match[1].toLowerCase() as StatusId
    if (updates.some((u) => u.id === id)) {
      throw new StatusError(`sets ${id} twice: keep one line for it`)
    }
    updates.push({ id, name: match[2], color })
  }
  return updates
}

/** The updates that change something; already-active statuses with that name and colour are skipped. */
export function neededUpdates(
  wanted: readonly StatusUpdate[],
  current: readonly StatusInfo[]
): StatusUpdate[] {
  return wanted.filter((update) => {
    const now = current.find((s) => s.id === update.id)
    return !(
      now &&
      now.isActive &&
      now.name === update.name &&
      now.color === update.color
    )
  })
}

/** Display name of a status, for comments and the summary. */
export function statusName(
  id: StatusId,
  statuses: readonly StatusInfo[]
): string {
  return statuses.find((s) => s.id === id)?.name ?? id
}
