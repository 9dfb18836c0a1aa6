/**
 * Log lines safe from report text. The runner reads a line that starts with
 * `::` (after spaces) or holds `##[` as a workflow command, so a test name
 * like `x\n::add-mask::…` or `::stop-commands::…` could steer the job.
 * logLine is pure; info writes through it.
 */
import * as core from '@actions/core'
import { plainText } from './results/html.js'

// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]+/g
const LEADING_COMMAND = /^(\s*):(?=:)/
const LEGACY_COMMAND = /##\[/g

/**
 * One line that the runner shows and never runs: breaks become spaces,
 * terminal sequences and other control characters go (a report's ESC could
 * colour or retitle a terminal the log is read in), commands are broken up
 * (a zero-width space).
 */
export function logLine(message: string): string {
  return plainText(message.replace(LINE_BREAKS, ' '))
    .replace(LEADING_COMMAND, '$1:\u200b')
    .replace(LEGACY_COMMAND, '#\u200b#[')
}

/** Every info line of the action goes through logLine: report and server text never runs as a workflow command. */
export function info(message: string): void {
  core.info(logLine(message))
}
