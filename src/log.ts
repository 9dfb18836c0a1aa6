/**
 * Log lines safe from report text. The runner reads a line that starts with
 * `::` (after spaces) or holds `##[` as a workflow command, so a test name
 * like `x\n::add-mask::…` or `::stop-commands::…` could steer the job.
 * logLine is pure; info writes through it. Warnings, errors and the step's
 * failure are workflow commands @actions/core escapes; they get the same
 * control-character cleaning.
 */
import * as core from '@actions/core'
import { plainText } from './util/text.js'

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

/** Annotation text from reports (names, file names, parse errors): terminal sequences, control characters and bidirectional overrides go; line breaks stay (core escapes them). */
function annotation(
  properties: core.AnnotationProperties | undefined
): core.AnnotationProperties | undefined {
  if (!properties) return undefined
  return {
    ...properties,
    title:
      properties.title === undefined ? undefined : plainText(properties.title),
    file: properties.file === undefined ? undefined : plainText(properties.file)
  }
}

export function warning(
  message: string,
  properties?: core.AnnotationProperties
): void {
  core.warning(plainText(message), annotation(properties))
}

export function error(
  message: string,
  properties?: core.AnnotationProperties
): void {
  core.error(plainText(message), annotation(properties))
}

/** The step's failure: one error annotation, cleaned like the others. */
export function setFailed(message: string): void {
  core.setFailed(plainText(message))
}
