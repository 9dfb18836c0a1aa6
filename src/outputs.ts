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

/** Array items serialized at a time. */
const ITEMS_PER_WRITE = 1000

/** The array's items are made as they are written: `itemAt(0)` … `itemAt(length - 1)`. */
export function setJsonArrayOutput(
  name: string,
  length: number,
  itemAt: (index: number) => unknown
): void {
  const items = (from: number, to: number): unknown[] =>
    Array.from({ length: to - from }, (_, k) => itemAt(from + k))
  const file = process.env.GITHUB_OUTPUT
  if (!file || length <= ITEMS_PER_WRITE) {
    core.setOutput(name, JSON.stringify(items(0, length)))
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  const fd = openSync(file, 'a')
  try {
    writeSync(fd, `${name}<<${delimiter}${EOL}[`)
    for (let from = 0; from < length; from += ITEMS_PER_WRITE) {
      const to = Math.min(from + ITEMS_PER_WRITE, length)
      const json = JSON.stringify(items(from, to))
      // The next items of the one array: without this piece's brackets.
      const piece = from === 0 ? json.slice(1, -1) : `,${json.slice(1, -1)}`
      // As core.setOutput: a value holding the delimiter would end it early.
      if (piece.includes(delimiter)) {
        throw new Error(
          `Unexpected input: value should not contain the delimiter "${delimiter}"`
        )
      }
      writeSync(fd, piece)
    }
    writeSync(fd, `]${EOL}${delimiter}${EOL}`)
  } finally {
    closeSync(fd)
  }
}
