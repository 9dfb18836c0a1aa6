/**
 * A JSON array step output written to GITHUB_OUTPUT piece by piece, in the
 * format core.setOutput writes (`name<<delimiter`, value, delimiter). The
 * results of 100,000 test cases are 10 MB of JSON, which core.setOutput
 * would hold as one string three times over at the end of a big upload.
 */
import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from '@actions/core'
import { jsonArrayPieces } from './json-pieces.js'

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
