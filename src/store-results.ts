/**
 * The posting stage: planned results → QA Sphere in batches (or, in a dry
 * run, only the log) → each result's id, or why it was not stored.
 */
import * as core from '@actions/core'
import type { Config } from './config.js'
import { counted, grouped } from './util/counted.js'
import { info, warning } from './log.js'
import { resultBatchPath, type QaSphereClient } from './qasphere/client.js'
import {
  isStored,
  postResults,
  toResultItem,
  type PostState
} from './qasphere/post.js'
import type { PlannedResult } from './results/plan.js'
import type { StoredId } from './results/stored.js'
import { clipped } from './util/text.js'

/** Batches in flight at a time, within the rate limit. */
const PARALLEL_BATCHES = 3
/** A log of 100,000 lines helps nobody; the summary and outputs hold everything. */
const MAX_LOGGED_RESULTS = 1000
/** Request bodies a dry run shows: enough to see what QA Sphere would get. */
const MAX_SHOWN_BODIES = 10
/** Characters of a comment in a shown body. */
const SHOWN_COMMENT_CHARS = 2000

/** Per planned result: its id, null when stored without a known id, undefined when not stored; and which could not be decided. */
export interface StoredResults {
  resultIds: StoredId[]
  undecided: Set<number>
  /** Why some results were not stored: the step fails with it. */
  unstored?: string
}

/** A dry run: the results are shown, not posted (a run it would create has no id). */
export function showPlanOnly(
  results: readonly PlannedResult[],
  project: string,
  runId: number | undefined
): StoredResults {
  logPlan(results, 'Would post')
  showBodies(results, project, runId)
  return { resultIds: results.map(() => undefined), undecided: new Set() }
}

/**
 * Posts the results in batches (`statusBefore`, the run's statuses before,
 * tells a stored batch whose answer was lost).
 */
export async function storeResults(
  client: QaSphereClient,
  config: Config,
  runId: number,
  results: PlannedResult[],
  statusBefore: Map<string, string>
): Promise<StoredResults> {
  const outcome = await postResults(client, config.project, runId, results, {
    batchSize: config.batchSize,
    statusBefore,
    resends: config.retries,
    concurrency: PARALLEL_BATCHES,
    onProgress: (message) => info(message)
  })
  const resultIds = outcome.states.map((state) =>
    state.kind === 'stored'
      ? state.id
      : state.kind === 'stored-without-id'
        ? null
        : undefined
  )
  const undecided = new Set<number>()
  outcome.states.forEach((state, i) => {
    if (state.kind === 'undecided') undecided.add(i)
  })
  if (outcome.storedWithoutLinks.size > 0) {
    // The summary lists only the links QA Sphere took.
    for (const i of outcome.storedWithoutLinks) results[i].links = undefined
    warning(
      `QA Sphere refused the issue links (${outcome.linksRefused ?? 'refused with them'}): it stored ${counted(outcome.storedWithoutLinks.size, 'result')} without them. Check issue-integration-id: it must be the id of the project's GitHub integration.`
    )
  }
  logPlan(
    results.filter((_, i) => resultIds[i] !== undefined),
    'Posted'
  )
  return {
    resultIds,
    undecided,
    unstored: describeUnstored(results, outcome.states)
  }
}

function logPlan(results: readonly PlannedResult[], verb: string): void {
  if (results.length === 0) return
  core.startGroup(`${verb} ${counted(results.length, 'result')}`)
  for (const result of results.slice(0, MAX_LOGGED_RESULTS)) {
    const names = result.testCases
      .slice(0, 3)
      .map((t) => clipForLog(t.name))
      .join(' | ')
    info(
      `${result.marker} ${result.status}: ${names}${result.testCases.length > 3 ? ` (+${result.testCases.length - 3})` : ''}`
    )
  }
  if (results.length > MAX_LOGGED_RESULTS) {
    info(
      `… and ${results.length - MAX_LOGGED_RESULTS} more: the results output holds them all`
    )
  }
  core.endGroup()
}

/** What the first results would post, one body per line (JSON escapes line breaks). */
function showBodies(
  results: readonly PlannedResult[],
  project: string,
  runId: number | undefined
): void {
  if (results.length === 0) return
  const shown = results.slice(0, MAX_SHOWN_BODIES)
  const path = `/api/public/v0${resultBatchPath(project, runId ?? '<the new run>')}`
  core.startGroup(
    `Would post these bodies (the first ${shown.length} of ${counted(results.length, 'result')}) to POST ${path} as {"items": [...]}`
  )
  for (const result of shown) {
    const item = toResultItem(result)
    info(
      JSON.stringify({
        ...item,
        comment: clipped(item.comment, SHOWN_COMMENT_CHARS)
      })
    )
  }
  core.endGroup()
}

/** Which results were not stored, and why, grouped by reason; undefined when all were. */
function describeUnstored(
  planned: readonly PlannedResult[],
  states: readonly PostState[]
): string | undefined {
  const byReason = new Map<string, string[]>()
  let stored = 0
  states.forEach((state, i) => {
    if (isStored(state)) {
      stored++
      return
    }
    const key = `${state.kind === 'undecided' ? 'Undecided' : 'Not stored'}: ${state.reason}`
    const markers = byReason.get(key) ?? []
    markers.push(planned[i].marker)
    byReason.set(key, markers)
  })
  if (byReason.size === 0) return undefined
  const lines = [...byReason].map(
    ([reason, markers]) =>
      `${reason} (${markers.length}: ${markers.slice(0, 50).join(', ')}${markers.length > 50 ? ', …' : ''})`
  )
  return [
    `${grouped(stored)} of ${counted(planned.length, 'result')} ${planned.length === 1 ? 'was' : 'were'} stored.`,
    ...lines
  ].join('\n')
}

/** A name in the log: report text of any length. */
function clipForLog(text: string): string {
  return clipped(text, 200)
}
