/**
 * The step outputs. `results` and `result-ids` are JSON arrays written to
 * GITHUB_OUTPUT piece by piece, in the format core.setOutput writes
 * (`name<<delimiter`, value, delimiter): the results of 100,000 test cases
 * are 10 MB of JSON, which core.setOutput would hold as one string three
 * times over at the end of a big upload.
 */
import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { jsonArrayPieces } from './util/json-pieces.js'
import type { PlannedResult } from './results/plan.js'
import { STATUS_IDS } from './results/statuses.js'
import { countStatuses, type StoredId } from './results/stored.js'

/** Array items serialized at a time. */
const ITEMS_PER_WRITE = 1000

/** The array's items are made as they are written: `itemAt(0)` … `itemAt(length - 1)`. */
export function setJsonArrayOutput(
  name: string,
  length: number,
  itemAt: (index: number) => unknown
): void {
  const pieces = jsonArrayPieces(length, itemAt, ITEMS_PER_WRITE)
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    // Only outside a runner (local tools): the old workflow command.
    core.setOutput(name, [...pieces].join(''))
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  const fd = openSync(file, 'a')
  try {
    writeSync(fd, `${name}<<${delimiter}${EOL}`)
    for (const piece of pieces) {
      // As core.setOutput: a value holding the delimiter would end it early.
      if (piece.includes(delimiter)) {
        throw new Error(
          `Unexpected input: value should not contain the delimiter "${delimiter}"`
        )
      }
      writeSync(fd, piece)
    }
    writeSync(fd, `${EOL}${delimiter}${EOL}`)
  } finally {
    closeSync(fd)
  }
}

/**
 * Every output, empty: later steps can always parse them, also when an input
 * is refused, nothing gets stored or no run is found or created.
 */
export function setEmptyOutputs(): void {
  setOutputs([], [], [])
  setNoRunOutputs()
}

/** No run: none was given that exists, found or created. */
export function setNoRunOutputs(): void {
  core.setOutput('run-id', '')
  core.setOutput('run-url', '')
  core.setOutput('run-created', 'false')
}

/** The run's outputs: the run named or created. */
export function setRunOutputs(
  runId: number,
  runUrl: string,
  created: boolean
): void {
  core.setOutput('run-id', String(runId))
  core.setOutput('run-url', runUrl)
  core.setOutput('run-created', String(created))
}

/** The results' outputs: ids, results, counts by status, unmatched markers. */
export function setOutputs(
  planned: readonly PlannedResult[],
  resultIds: readonly StoredId[],
  unmatched: readonly string[],
  dryRun = false
): void {
  // Indexes only: an output's objects are made as it is written.
  const posted: number[] = []
  const ids: number[] = []
  planned.forEach((_, i) => {
    const resultId = resultIds[i]
    if (resultId === undefined && !dryRun) return
    posted.push(i)
    if (typeof resultId === 'number') ids.push(resultId)
  })
  const counts = countStatuses(planned, resultIds, dryRun)
  setJsonArrayOutput('result-ids', ids.length, (k) => ids[k])
  setJsonArrayOutput('results', posted.length, (k) => {
    const result = planned[posted[k]]
    return {
      marker: result.marker,
      tcaseId: result.tcaseId,
      status: result.status,
      statusName: result.statusName,
      resultId: resultIds[posted[k]] ?? null
    }
  })
  core.setOutput('total', String(posted.length))
  // Every status id, also those only a status-map uses: declared outputs are always set.
  for (const status of STATUS_IDS)
    core.setOutput(status, String(counts[status] ?? 0))
  setUnmatchedOutput(unmatched)
}

export function setUnmatchedOutput(unmatched: readonly string[]): void {
  core.setOutput('unmatched', JSON.stringify(unmatched))
}
