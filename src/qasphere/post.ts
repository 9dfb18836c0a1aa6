/**
 * Posting planned results in batches so that nothing is lost and nothing is
 * stored twice, and what happened to each result is always known.
 *
 * - A batch is all-or-nothing: when QA Sphere refuses one (400/404/413), it is
 *   split in halves until the refused items are alone; the others are stored.
 * - An ambiguous failure (a 5xx, a connection dropped after sending, no
 *   answer in time) is never resent blindly: when QA Sphere may still be
 *   working on it, it is given time to finish; then the run's listing shows
 *   each case's latest status;
 *   compared with the listing taken before posting, and because a batch is
 *   atomic, it tells whether the batch landed. Only a batch that did not land
 *   is sent again.
 * - A batch that fails for good does not stop the others, except failures
 *   that every batch would meet (401, 403, 409, timeout, the run deleted).
 * - A result refused with its issue links is sent once more without them: a
 *   link QA Sphere will not take never costs the result.
 */
import { counted, grouped } from '../util/counted.js'
import { errorMessage } from '../util/error-message.js'
import type { PlannedResult } from '../results/plan.js'
import {
  QaSphereAmbiguousError,
  QaSphereApiError,
  QaSphereTimeoutError,
  type BatchItems,
  type QaSphereClient,
  type ResultItem
} from './client.js'

export type PostState =
  | { kind: 'stored'; id: number }
  /** Stored, as the run's listing proved, but QA Sphere's answer with the id was lost. */
  | { kind: 'stored-without-id' }
  | { kind: 'not-stored'; reason: string }
  | { kind: 'undecided'; reason: string }

export function isStored(
  state: PostState
): state is Extract<PostState, { kind: 'stored' | 'stored-without-id' }> {
  return state.kind === 'stored' || state.kind === 'stored-without-id'
}

export interface PostOutcome {
  /** Per planned result, in plan order. */
  states: PostState[]
  /**
   * Why QA Sphere refused a result with its issue links and took it without
   * (a wrong issue-integration-id): such results are stored without links,
   * rather than not at all.
   */
  linksRefused?: string
  /** Indexes of results stored without their links. */
  storedWithoutLinks: Set<number>
}

/** Builds the comment: made while the batch body is serialized (see BatchItems). */
export function toResultItem(
  result: PlannedResult,
  withLinks = true
): ResultItem {
  const item: ResultItem = {
    tcaseId: result.tcaseId,
    status: result.status,
    comment: result.comment
  }
  if (result.timeTaken !== undefined) item.timeTaken = result.timeTaken
  if (withLinks && result.links && result.links.length > 0)
    item.links = result.links
  return item
}

/** Results stored only without their links before the rest are sent without. */
const LINK_REFUSALS_TO_DROP = 2

const hasLinks = (result: PlannedResult): boolean =>
  result.links !== undefined && result.links.length > 0

/**
 * How long to let QA Sphere finish a batch whose answer never came before
 * looking for it in the run: twice as long as the request took (a slow
 * failure means slow work), within 1 to 30 seconds.
 */
export function settleTime(elapsedMs: number): number {
  return Math.min(Math.max(2 * elapsedMs, 1000), 30_000)
}

/** Refusals that concern items of the batch, not the whole run. */
const ITEM_REFUSALS = new Set([400, 404, 413, 422])

export interface PostOptions {
  batchSize: number
  /** Latest status per test case id before posting (from the run's listing); absent means open. */
  statusBefore: ReadonlyMap<string, string>
  /** How often an ambiguous batch that provably did not land is sent again. */
  resends: number
  /** Batches in flight at a time (default 1). */
  concurrency?: number
  onProgress?: (message: string) => void
  /** Progress is said at most this often, and after the last batch (default a second). */
  progressEveryMs?: number
}

const PROGRESS_EVERY_MS = 1000

/**
 * Result ids QA Sphere gave an upload's batches, kept as each batch's own ids
 * with their range: QA Sphere numbers results in order, so a batch's range
 * meets no earlier one's and nothing more is compared. (A set of every id
 * took 7 MB more peak memory for 100,000 results.)
 */
export class GivenIds {
  private readonly batches: {
    min: number
    max: number
    ids: readonly number[]
  }[] = []

  /** Records a batch's ids, unless one of them was given before (false). */
  addIfNew(ids: readonly number[]): boolean {
    if (ids.length === 0) return true
    let min = ids[0]
    let max = ids[0]
    for (const id of ids) {
      if (id < min) min = id
      else if (id > max) max = id
    }
    let these: Set<number> | undefined
    for (const batch of this.batches) {
      if (batch.max < min || batch.min > max) continue
      these ??= new Set(ids)
      for (const id of batch.ids) if (these.has(id)) return false
    }
    this.batches.push({ min, max, ids })
    return true
  }
}

export async function postResults(
  client: QaSphereClient,
  project: string,
  run: number,
  planned: readonly PlannedResult[],
  options: PostOptions
): Promise<PostOutcome> {
  const states: PostState[] = planned.map(() => ({
    kind: 'not-stored',
    reason: 'not sent'
  }))
  let fatal: string | undefined
  // A result refused with its links and stored without them: the links were
  // refused. After two such (not one gateway's blip), the rest go without.
  let linksRefused: string | undefined
  let linkRefusals = 0
  const storedWithoutLinks = new Set<number>()
  let stored = 0
  const givenIds = new GivenIds()
  const say = options.onProgress ?? (() => {})
  // A 404 to a batch is usually one test case removed from the run; asked
  // once whether it is the run itself that is gone.
  let runGone: Promise<boolean> | undefined
  const runIsGone = (): Promise<boolean> =>
    (runGone ??= client.runExists(project, run).then(
      (exists) => !exists,
      () => false
    ))

  /** Posts planned[indexes], recording each result's state. */
  const postBatch = async (
    indexes: number[],
    resendsLeft: number,
    links = true
  ): Promise<void> => {
    if (fatal) {
      for (const i of indexes) states[i] = { kind: 'not-stored', reason: fatal }
      return
    }
    // Cancelled: nothing more is sent.
    const stopped = client.stopReason()
    if (stopped) {
      const reason = `${stopped}; it was not sent`
      for (const i of indexes) states[i] = { kind: 'not-stored', reason }
      return
    }
    const withLinks = links && linkRefusals < LINK_REFUSALS_TO_DROP
    const items: BatchItems = {
      length: indexes.length,
      itemAt: (n) => toResultItem(planned[indexes[n]], withLinks)
    }
    try {
      const ids = await client.addResults(project, run, items)
      if (!givenIds.addIfNew(ids))
        throw new QaSphereAmbiguousError(
          `QA Sphere answered POST /project/${project}/run/${run}/result/batch with result ids it had already given other results of this upload`,
          true
        )
      indexes.forEach((i, n) => (states[i] = { kind: 'stored', id: ids[n] }))
      if (!withLinks)
        for (const i of indexes)
          if (hasLinks(planned[i])) storedWithoutLinks.add(i)
    } catch (error) {
      if (
        error instanceof QaSphereApiError &&
        error.status === 404 &&
        (await runIsGone())
      ) {
        // Splitting would refuse every result one by one.
        fatal = `${error.message} (run ${run} no longer exists in ${project})`
        for (const i of indexes)
          states[i] = { kind: 'not-stored', reason: fatal }
        return
      }
      if (
        error instanceof QaSphereApiError &&
        ITEM_REFUSALS.has(error.status)
      ) {
        if (indexes.length === 1) {
          const [i] = indexes
          // An issue link QA Sphere will not take must not cost the result.
          // (A 413 is the comment's size: without links it is no smaller.)
          if (withLinks && hasLinks(planned[i]) && error.status !== 413) {
            await postBatch(indexes, resendsLeft, false)
            if (isStored(states[i])) {
              linksRefused ??= error.message
              linkRefusals++
            }
            return
          }
          states[i] = { kind: 'not-stored', reason: error.message }
          return
        }
        // Find the refused items: the rest of the batch is fine to store.
        const half = Math.ceil(indexes.length / 2)
        await postBatch(indexes.slice(0, half), resendsLeft)
        await postBatch(indexes.slice(half), resendsLeft)
        return
      }
      if (error instanceof QaSphereAmbiguousError) {
        const stoppedMeanwhile = client.stopReason()
        if (stoppedMeanwhile) {
          // No time to let QA Sphere finish or to look at the run.
          const reason = `${error.message}; ${stoppedMeanwhile} before the run could be checked`
          for (const i of indexes) states[i] = { kind: 'undecided', reason }
          return
        }
        // A batch QA Sphere may still be storing: not found in the run is
        // proof it was not stored only once QA Sphere had time to finish.
        let mayStillBeStoring = false
        if (error.answered) {
          say(
            `${error.message}. Checking the run to see whether it was stored.`
          )
        } else {
          // QA Sphere may still be storing it (behind a gateway that gave up,
          // or past our timeout): a look at once would find it missing and
          // send it a second time.
          const settleNeeded = settleTime(error.elapsedMs)
          const settleMs = client.pauseLength(settleNeeded)
          mayStillBeStoring = settleMs < settleNeeded
          say(
            settleMs >= 500
              ? `${error.message}. Checking the run in ${Math.round(settleMs / 1000)} s, once QA Sphere is done with it, to see whether it was stored.`
              : `${error.message}. Checking the run now (the timeout leaves no time to wait for QA Sphere) to see whether it was stored.`
          )
          // Cancelled meanwhile: the run is looked at once (and the look
          // stops at once too), rather than the step failing without outputs.
          await client.pause(settleMs).catch(() => {})
        }
        const landed = await batchLanded(
          client,
          project,
          run,
          indexes.map((i) => planned[i]),
          options.statusBefore
        )
        if (landed === true) {
          for (const i of indexes) {
            states[i] = { kind: 'stored-without-id' }
            if (!withLinks && hasLinks(planned[i])) storedWithoutLinks.add(i)
          }
          say(`The batch was stored (${counted(indexes.length, 'result')}).`)
        } else if (landed === false && mayStillBeStoring) {
          const reason = `${error.message}; the run does not show it yet, but the timeout left no time to let QA Sphere finish storing it, so it was not sent again`
          for (const i of indexes) states[i] = { kind: 'undecided', reason }
        } else if (landed === false && resendsLeft > 0) {
          say('The batch was not stored; sending it again.')
          await postBatch(indexes, resendsLeft - 1, links)
        } else {
          const reason =
            landed === false
              ? `${error.happened}; the run shows it was not stored, and ${options.resends > 0 ? 'resending failed too' : 'it was not sent again (retries is 0)'}`
              : `${error.message}; whether it was stored cannot be decided (${landed})`
          const kind = landed === false ? 'not-stored' : 'undecided'
          for (const i of indexes) states[i] = { kind, reason }
        }
        return
      }
      // Cancelled while waiting to send it (pacing, Retry-After): not sent.
      const stoppedWhileWaiting = client.stoppedBy(error) && client.stopReason()
      const message = stoppedWhileWaiting
        ? `${stoppedWhileWaiting}; it was not sent`
        : errorMessage(error)
      for (const i of indexes)
        states[i] = { kind: 'not-stored', reason: message }
      const everyBatchWouldFail =
        error instanceof QaSphereTimeoutError ||
        (error instanceof QaSphereApiError &&
          [401, 403, 409].includes(error.status))
      if (everyBatchWouldFail) fatal = message
    }
  }

  const batches: number[][] = []
  for (let start = 0; start < planned.length; start += options.batchSize) {
    const end = Math.min(start + options.batchSize, planned.length)
    batches.push(Array.from({ length: end - start }, (_, k) => start + k))
  }
  // Results whose batch is done with: stored, refused, or not sent (cancelled, or a
  // failure every batch would meet).
  let done = 0
  let nextBatch = 0
  const progressEveryMs = options.progressEveryMs ?? PROGRESS_EVERY_MS
  // A line per batch would be 200 lines for 100,000 results.
  let progressSaidAt = Date.now()
  // A few batches in flight: the next is serialized while QA Sphere stores one.
  const worker = async (): Promise<void> => {
    while (nextBatch < batches.length) {
      const indexes = batches[nextBatch++]
      await postBatch(indexes, options.resends)
      for (const i of indexes) if (isStored(states[i])) stored++
      done += indexes.length
      const now = Date.now()
      if (done === planned.length || now - progressSaidAt >= progressEveryMs) {
        progressSaidAt = now
        say(
          `Done with ${grouped(done)} of ${counted(planned.length, 'result')} (${grouped(stored)} stored)`
        )
      }
    }
  }
  const inFlight = Math.max(
    1,
    Math.min(options.concurrency ?? 1, batches.length)
  )
  await Promise.all(Array.from({ length: inFlight }, worker))
  return { states, linksRefused, storedWithoutLinks }
}

/**
 * Whether an atomic batch was stored, from the statuses QA Sphere lists now
 * compared with before: true, false, or a reason why it cannot be told.
 */
async function batchLanded(
  client: QaSphereClient,
  project: string,
  run: number,
  results: readonly PlannedResult[],
  statusBefore: ReadonlyMap<string, string>
): Promise<boolean | string> {
  let now: Map<string, string>
  try {
    const listing = await client.listRunTestCases(project, run)
    now = new Map(listing.map((t) => [t.id, t.status]))
  } catch (error) {
    return `the run could not be read: ${errorMessage(error)}`
  }
  let landed = false
  let notLanded = false
  let unlisted = 0
  for (const { tcaseId, status } of results) {
    const before = statusBefore.get(tcaseId) ?? 'open'
    const after = now.get(tcaseId)
    if (after === undefined) unlisted++
    if (before === status || after === undefined) continue // tells nothing
    if (after === status) landed = true
    else if (after === before) notLanded = true
  }
  if (landed && !notLanded) return true
  if (notLanded && !landed) return false
  if (landed) return 'the run shows some of its results and not others'
  if (unlisted === 0)
    return 'every result has the status its test case already had'
  if (unlisted === results.length)
    return 'the run no longer lists its test cases'
  return `the run no longer lists ${grouped(unlisted)} of its test cases, and the others already had these statuses`
}
