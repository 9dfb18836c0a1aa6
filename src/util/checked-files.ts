/**
 * Reading a file found in the workspace as that very file: opened without
 * following a link swapped in for it and without waiting on a FIFO (Windows
 * has neither flag), and read no further than the size it had when checked.
 * Reports and attachments alike.
 */
import { constants, readSync } from 'node:fs'

export const OPEN_CHECKED =
  constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

/**
 * The open file's bytes, at most `size` of them (one that grows is read no
 * further). Synchronous: each asynchronous read waits for a thread of node's
 * pool (see readReportFile in reports/load.ts); an attachment is read the same
 * way.
 */
export function readUpTo(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const bytesRead = readSync(fd, bytes, filled, size - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return bytes.subarray(0, filled)
}
