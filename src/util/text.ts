/** Untrusted text made plain (no terminal codes or control characters) and cut to a length. Pure. */

// ANSI CSI/OSC sequences, then the remaining C0/C1 controls except tab and newline.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u009b[0-?]*[ -/]*[@-~]|\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g
/**
 * Colour codes whose ESC byte a reporter dropped (mocha, vitest: `[31m`),
 * spelled out (rspec_junit_formatter: `\e[31m`) or wrote as `?` (Gradle,
 * since XML cannot hold it: `?[31m`).
 */
const ORPHANED_SGR =
  /(?:\\(?:e|033|x1[bB]|u001[bB]))?\[\d{1,3}(?:;\d{1,3})*m(?!\])/g
/**
 * Gradle's codes: read so only when every code has its `?` (mocha's text
 * may well hold a `?` right before a code: `[31mIs it empty?[0m`).
 */
const QUESTION_SGR = /\?\[\d{1,3}(?:;\d{1,3})*m(?!\])/g
const CODE_WITHOUT_QUESTION = /(?<!\?)\[\d{1,3}(?:;\d{1,3})*m(?!\])/
/**
 * What tells such codes from text that looks like one (a pytest id
 * `test_poll[1m30s-90]`): a code spelled out, or a reset (`[0m`, `[39m`,
 * logback's `[0;39m`), which colour output always ends with.
 */
const ORPHANED_SGR_EVIDENCE =
  /\\(?:e|033|x1[bB]|u001[bB])\[\d|\[(?:\d{1,3};)*(?:0{1,2}|2[2-9]|39|49)?m/
// Also bidirectional overrides and isolates: they can make a name read as
// another (U+202E turns `gnp.exe` into what looks like `exe.png`).
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069[]/

/** Terminal colours, control characters and bidirectional overrides removed; CRLF made LF. */
export function plainText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text
  let plain = text.replace(ANSI, '')
  if (ORPHANED_SGR_EVIDENCE.test(plain))
    plain = plain.replace(
      CODE_WITHOUT_QUESTION.test(plain) ? ORPHANED_SGR : QUESTION_SGR,
      ''
    )
  return plain.replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

export interface Clipped {
  text: string
  omitted: number
}

/** The first `limit` characters (code points kept whole). */
export function clipStart(text: string, limit: number): Clipped {
  if (text.length <= limit) return { text, omitted: 0 }
  let end = limit
  if (isLowSurrogate(text.charCodeAt(end))) end--
  return { text: text.slice(0, end), omitted: text.length - end }
}

/** At most `limit` characters, `…` in place of what is cut. */
export function clipped(text: string, limit: number): string {
  const { text: kept, omitted } = clipStart(text, limit)
  return omitted ? `${kept}…` : kept
}

/** The last `limit` characters: the end of a log is where a failure shows. */
export function clipEnd(text: string, limit: number): Clipped {
  if (text.length <= limit) return { text, omitted: 0 }
  let start = text.length - limit
  if (isLowSurrogate(text.charCodeAt(start))) start++
  return { text: text.slice(start), omitted: start }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * A copy of `text` that keeps nothing else in memory. A string sliced from a
 * report (a test's name, a tag name in an error) keeps the engine's whole
 * report text alive, megabytes for each file, as long as it is kept.
 */
export function detached(text: string): string {
  // Joining makes a new string that slice() must flatten into a copy; V8
  // copies strings under 13 characters when slicing anyway.
  return text.length < 13 ? text : (' ' + text).slice(1)
}
