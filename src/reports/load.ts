/** Reads one report file from disk and parses it: size-limited, any supported encoding. */
import {
  closeSync,
  fstatSync,
  openSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import { OPEN_CHECKED, readUpTo } from '../util/checked-files.js'
import { grouped } from '../util/counted.js'
import { isInside } from '../util/inside.js'
import { hideSecrets, MIN_SECRET_CHARS } from '../util/secrets.js'
import { decodeReport, ReportDecodeError } from './decode.js'
import { parseJUnit, ReportParseError, type ParsedReport } from './junit.js'

/** Larger files are refused rather than risking the runner's memory. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024

/** `removedSecrets`: the names of the secrets the report held (replaced by ***). */
export type LoadedReport = ParsedReport & { removedSecrets?: string[] }

/**
 * `root`: the workspace's real path; the file read must still be inside it.
 * A file found in the workspace can be swapped for a link out of it before
 * it is read; the open file is then compared with what its path now
 * resolves to. `secrets` (the API key, the github-token): replaced by `***`
 * before the report is parsed, so no comment, summary or log line can hold
 * them (a test that prints its environment writes them into its output).
 */
export function loadReport(
  file: string,
  displayName: string,
  root?: string,
  /** Secrets by name (`api-key`): replaced by *** wherever the report holds them. */
  secrets: Readonly<Record<string, string>> = {}
): LoadedReport {
  const bytes = readReportFile(file, displayName, root)
  let text: string
  try {
    text = decodeReport(bytes)
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      throw new ReportParseError(displayName, undefined, error.message)
    }
    throw error
  }
  const { text: shown, hidden: removedSecrets } = hideSecrets(
    text,
    secrets,
    MIN_SECRET_CHARS
  )
  const report = parseJUnit(shown, displayName)
  return removedSecrets.length > 0 ? { ...report, removedSecrets } : report
}

/**
 * The file's bytes, with the checks loadReport describes. Synchronous: each
 * asynchronous call waits for a thread of the pool, and the six per file
 * made 20,000 small reports (Surefire writes one per test class) take 6 s,
 * against 0.6 s.
 */
function readReportFile(
  file: string,
  displayName: string,
  root: string | undefined
): Buffer {
  let fd: number
  try {
    fd = openSync(file, OPEN_CHECKED)
  } catch (error) {
    throw unreadable(error, displayName)
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) {
      throw new ReportParseError(
        displayName,
        undefined,
        `the file cannot be read: ${info.isDirectory() ? 'it is a directory' : 'it is not a regular file'}`
      )
    }
    if (root !== undefined && !stillInside(file, info, root))
      throw unreadable({ code: 'EMOVED' }, displayName)
    if (info.size > MAX_REPORT_BYTES) {
      throw new ReportParseError(
        displayName,
        undefined,
        `the file is ${sizeOver(info.size)}, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit for one report; split the report`
      )
    }
    try {
      return readUpTo(fd, info.size)
    } catch (error) {
      throw unreadable(error, displayName)
    }
  } finally {
    closeSync(fd)
  }
}

/** Whether the open file is the one its path resolves to, inside the workspace. */
function stillInside(file: string, opened: Stats, root: string): boolean {
  let real: string
  let now: Stats
  try {
    real = realpathSync.native(file)
    if (!isInside(root, real)) return false
    now = statSync(real)
  } catch {
    return false
  }
  return now.dev === opened.dev && now.ino === opened.ino
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

/** A size over MAX_REPORT_BYTES, in MiB unless that would read as the limit itself. */
function sizeOver(bytes: number): string {
  const mib = Math.round(bytes / 1024 / 1024)
  return mib * 1024 * 1024 > MAX_REPORT_BYTES
    ? `${mib} MiB`
    : `${grouped(bytes)} bytes`
}
