/** Reads one report file from disk and parses it: size-limited, any supported encoding. */
import type { Stats } from 'node:fs'
import { open, realpath, stat } from 'node:fs/promises'
import { OPEN_CHECKED, readUpTo } from '../checked-files.js'
import { isInside } from '../inside.js'
import { decodeReport, ReportDecodeError } from './decode.js'
import { parseJUnit, ReportParseError, type ParsedReport } from './junit.js'

/** Larger files are refused rather than risking the runner's memory. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024

const MIN_SECRET_CHARS = 8

/** Set when the report held the secret given to loadReport; it was replaced. */
export type LoadedReport = ParsedReport & { secretRemoved?: true }

/**
 * `root`: the workspace's real path; the file read must still be inside it.
 * A file found in the workspace can be swapped for a link out of it before
 * it is read; the open file is then compared with what its path now
 * resolves to. `secret` (the API key): replaced by `***` before the report is
 * parsed, so no comment, summary or log line can hold it (a test that prints
 * its environment writes it into its output).
 */
export async function loadReport(
  file: string,
  displayName: string,
  root?: string,
  secret = ''
): Promise<LoadedReport> {
  const handle = await open(file, OPEN_CHECKED).catch((error: unknown) => {
    throw unreadable(error, displayName)
  })
  let bytes: Buffer
  try {
    const info = await handle.stat()
    if (!info.isFile()) {
      throw new ReportParseError(
        displayName,
        undefined,
        `the file cannot be read: ${info.isDirectory() ? 'it is a directory' : 'it is not a regular file'}`
      )
    }
    if (root !== undefined && !(await stillInside(file, info, root)))
      throw unreadable({ code: 'EMOVED' }, displayName)
    if (info.size > MAX_REPORT_BYTES) {
      throw new ReportParseError(
        displayName,
        undefined,
        `the file is ${Math.round(info.size / 1024 / 1024)} MiB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit for one report; split the report`
      )
    }
    bytes = await readUpTo(handle, info.size).catch((error: unknown) => {
      throw unreadable(error, displayName)
    })
  } finally {
    await handle.close()
  }
  let text: string
  try {
    text = decodeReport(bytes)
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      throw new ReportParseError(displayName, undefined, error.message)
    }
    throw error
  }
  // No key is this short; replacing a placeholder like `x` would mangle the report.
  if (secret.length >= MIN_SECRET_CHARS && text.includes(secret)) {
    return {
      ...parseJUnit(text.replaceAll(secret, '***'), displayName),
      secretRemoved: true
    }
  }
  return parseJUnit(text, displayName)
}

/** Whether the open file is the one its path resolves to, inside the workspace. */
async function stillInside(
  file: string,
  opened: Stats,
  root: string
): Promise<boolean> {
  const real = await realpath(file).catch(() => undefined)
  if (real === undefined || !isInside(root, real)) return false
  const now = await stat(real).catch(() => undefined)
  return now?.dev === opened.dev && now.ino === opened.ino
}

/**
 * A file the system would not let us read (permissions, removed since it was
 * found) is that file's problem, like a malformed one: the others still count.
 */
function unreadable(error: unknown, displayName: string): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (typeof code !== 'string') return error
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'the file is gone (removed after it was found)',
    EISDIR: 'it is a directory',
    ELOOP: 'it became a symbolic link after it was found (not followed)',
    EMOVED:
      'it was moved or replaced after it was found, by a link out of the workspace or another file'
  }
  return new ReportParseError(
    displayName,
    undefined,
    `the file cannot be read: ${reasons[code] ?? code}`
  )
}
