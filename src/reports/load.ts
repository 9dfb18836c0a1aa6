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
  const { size } = await stat(file)
  if (size > MAX_REPORT_BYTES) {
    throw new ReportParseError(
      displayName,
      undefined,
      `the file is ${Math.round(size / 1024 / 1024)} MiB, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit for one report; split the report`
    )
  }
  let text: string
  try {
    text = decodeReport(await readFile(file))
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      throw new ReportParseError(displayName, undefined, error.message)
    }
    throw error
  }
  return parseJUnit(text, displayName)
}
