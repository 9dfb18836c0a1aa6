/** Posting planned results in batches; what was stored is always known. */
import type { PlannedResult } from '../results/plan.js'
import type { QaSphereClient, ResultItem } from './client.js'

export interface PostOutcome {
  /** Per planned result, in plan order: its result id, or undefined when not stored. */
  resultIds: (number | undefined)[]
  /** Why the rest was not stored. */
  error?: Error
}

export function toResultItem(result: PlannedResult): ResultItem {
  const item: ResultItem = {
    tcaseId: result.tcaseId,
    status: result.status,
    comment: result.comment
  }
  if (result.timeTaken !== undefined) item.timeTaken = result.timeTaken
  if (result.links && result.links.length > 0) item.links = result.links
  return item
}

export async function postResults(
  client: QaSphereClient,
  project: string,
  run: number,
  planned: readonly PlannedResult[],
  batchSize: number,
  onBatch: (stored: number, total: number) => void = () => {}
): Promise<PostOutcome> {
  const resultIds = new Array<number | undefined>(planned.length).fill(
    undefined
  )
  for (let start = 0; start < planned.length; start += batchSize) {
    const batch = planned.slice(start, start + batchSize)
    try {
      const ids = await client.addResults(project, run, batch.map(toResultItem))
      ids.forEach((id, i) => (resultIds[start + i] = id))
      onBatch(start + batch.length, planned.length)
    } catch (error) {
      return { resultIds, error: error as Error }
    }
  }
  return { resultIds }
}
