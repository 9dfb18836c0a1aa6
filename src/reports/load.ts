/** Reads one report file from disk and parses it: size-limited, any supported encoding. */
import { readFile, stat } from 'node:fs/promises'
import { decodeReport, ReportDecodeError } from './decode.js'
import { parseJUnit, ReportParseError, type ParsedReport } from './junit.js'

/** Larger files are refused rather than risking the runner's memory. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024

export async function loadReport(
  file: string,
  displayName: string
): Promise<ParsedReport> {
  const { size } = await stat(file).catch((error: unknown) => {
    throw unreadable(error, displayName)
  })
  if (size > MAX_REPORT_BYTES) {
    throw new ReportParseError(
      displayName,
      undefined,
      `the file is ${Math.round(size / 1024 / 1024)} MiB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit for one report; split the report`
    )
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw unreadable(error, displayName)
  })
  let text: string
  try {
    text = decodeReport(bytes)
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      throw new ReportParseError(displayName, undefined, error.message)
    }
    throw error
  }
  return parseJUnit(text, displayName)
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
    EISDIR: 'it is a directory'
  }
  return new ReportParseError(
    displayName,
    undefined,
    `the file cannot be read: ${reasons[code] ?? code}`
  )
}
