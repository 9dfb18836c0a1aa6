/**
 * Generic readers of a testcase's (and a suite's) child elements: problems,
 * outcome, output, attachments, marker properties, times and lines. They know
 * no tool beyond what every report shares, so that testcase.ts, the tree walk
 * and the per-tool readers can all use them.
 */
import type { Outcome, Problem } from '../test-case.js'
import { decodeEntities, decodeRawContent } from '../xml-text.js'
import { RAW_ELEMENTS } from './parser-options.js'
import {
  attribute,
  childrenOf,
  elements,
  NONE,
  rawAttribute,
  rawContent,
  tagOf,
  type XmlNode
} from './xml-nodes.js'

const SKIPPED_STATUS = /^(?:skip|skipped|disabled|notrun|not_run|ignored)$/i

const FAILED_STATUS = /^(?:fail|failed|failure)$/i

const ERROR_STATUS = /^(?:error|errored)$/i

/** A line number as written (digits only), counted from 1. */
export function lineNumber(
  text: string,
  fromZero: boolean
): number | undefined {
  if (!/^\s*\d{1,9}\s*$/.test(text)) return undefined
  const line = Number(text) + (fromZero ? 1 : 0)
  return line > 0 ? line : undefined
}

/**
 * `[[ATTACHMENT|path]]`: how Playwright, Jenkins and QA Sphere's own CLI
 * name a test's files (screenshots, traces) in its output or failures.
 */
/** Where they are written: the output and every raw element (failures, skips). */
const ATTACHMENT_HOLDERS = new Set(RAW_ELEMENTS)

const ATTACHMENT_START = '[[ATTACHMENT|'

export function attachmentsOf(children: readonly XmlNode[]): readonly string[] {
  let paths: Set<string> | undefined
  for (const child of children) {
    const tag = tagOf(child)
    if (!ATTACHMENT_HOLDERS.has(tag)) continue
    // Rare: looked for before anything is decoded. A failure's message too,
    // as QA Sphere's CLI reads it.
    const message = rawAttribute(child, 'message')
    if (message.includes(ATTACHMENT_START))
      paths = attachmentPaths(decodeEntities(message), paths)
    const raw = rawContent(child, tag)
    if (raw.includes(ATTACHMENT_START))
      paths = attachmentPaths(decodeRawContent(raw), paths)
  }
  return paths ? [...paths] : NONE
}

/**
 * The closed `[[ATTACHMENT|path]]` paths of a text, added to `paths`. A path
 * runs to the end of its line or the next `[[ATTACHMENT|`, and ends at its
 * first `]]` (a `]` before it is the path's: `shots/login[chromium].png`,
 * `case[1]]]`). Found with indexOf, each looked for once per position: a
 * line of millions of `[[ATTACHMENT|` is read in linear time (a regular
 * expression with a lookahead per character overflowed the stack).
 */
function attachmentPaths(
  text: string,
  paths: Set<string> | undefined
): Set<string> | undefined {
  // Next positions at or after the current one (-1: none left).
  let lineFeed = -2
  let carriageReturn = -2
  let closing = -2
  const START = ATTACHMENT_START.length
  for (let at = text.indexOf(ATTACHMENT_START); at >= 0;) {
    const start = at + START
    const next = text.indexOf(ATTACHMENT_START, start)
    if (lineFeed !== -1 && lineFeed < start)
      lineFeed = text.indexOf('\n', start)
    if (carriageReturn !== -1 && carriageReturn < start)
      carriageReturn = text.indexOf('\r', start)
    let end = text.length
    for (const stop of [next, lineFeed, carriageReturn])
      if (stop >= 0 && stop < end) end = stop
    if (closing !== -1 && closing < start) closing = text.indexOf(']]', start)
    if (closing >= 0 && closing + 2 <= end) {
      let close = closing
      while (close + 2 < end && text.charCodeAt(close + 2) === 0x5d) close++
      const path = text.slice(start, close).trim()
      if (path) (paths ??= new Set()).add(path)
    }
    at = next
  }
  return paths
}

/**
 * `result`: googletest's (`status="run" result="skipped"`); before 1.11 a
 * skipped test had no `<skipped>` element.
 */
export function outcomeOf(
  problems: Problem[],
  status: string,
  result = ''
): Outcome {
  if (problems.some((p) => p.kind === 'failure')) return 'failure'
  if (problems.some((p) => p.kind === 'error')) return 'error'
  // Surefire/Playwright: failed attempts recorded on a test that passed in the end.
  if (
    problems.some((p) => p.kind === 'flaky failure' || p.kind === 'flaky error')
  ) {
    return 'flaky'
  }
  if (problems.some((p) => p.kind === 'skipped')) return 'skipped'
  if (FAILED_STATUS.test(status)) return 'failure'
  if (ERROR_STATUS.test(status)) return 'error'
  if (SKIPPED_STATUS.test(status) || SKIPPED_STATUS.test(result))
    return 'skipped'
  return 'passed'
}

/** Surefire's rerun elements wrap their text in these child elements. */
const RERUN_CHILD_TAGS = /<\/?(?:stackTrace|system-out|system-err)\s*>/g

export function collectProblems(
  children: readonly XmlNode[],
  tag: string,
  kind: Problem['kind'],
  into: Problem[],
  isRerun = false
): void {
  for (const element of elements(children, tag)) {
    let raw = rawContent(element, tag)
    if (isRerun) raw = raw.replace(RERUN_CHILD_TAGS, '\n')
    into.push({
      kind,
      message: attribute(element, 'message'),
      type: attribute(element, 'type'),
      details: decodeRawContent(raw).trim()
    })
  }
}

export const OUTPUT_TAGS: readonly string[] = ['system-out', 'system-err']

/**
 * A suite's output as @web/test-runner-junit-reporter writes it with
 * `reportLogs`: every test of a file carries the file's browser logs, so
 * they are written once per test, each logged value in a <system-out> of
 * its own. Read once, as the runner's console shows them.
 */
export function webTestRunnerOutput(
  children: readonly XmlNode[],
  tests: number
): string {
  const parts: string[] = []
  for (const element of elements(children, 'system-out')) {
    const text = decodeRawContent(rawContent(element, 'system-out'))
    if (text.trim()) parts.push(text)
  }
  const size = parts.length / tests
  const repeated =
    tests > 1 &&
    Number.isInteger(size) &&
    parts.every((part, i) => part === parts[i % size])
  return (repeated ? parts.slice(0, size) : parts).join('\n')
}

export function outputOf(
  children: readonly XmlNode[],
  tags: readonly string[] = OUTPUT_TAGS
): string {
  const parts: string[] = []
  for (const tag of tags) {
    for (const element of elements(children, tag)) {
      const text = decodeRawContent(rawContent(element, tag)).replace(
        CONSOLE_LAUNCHER_IDS,
        ''
      )
      if (text.trim()) parts.push(text)
    }
  }
  return parts.join('\n')
}

/**
 * JUnit 5's ConsoleLauncher names a testcase by its method (`addsItem()`) and
 * writes the display name, where `@DisplayName("BD-12 adds an item")` puts the
 * marker, only at the start of its system-out.
 */
const CONSOLE_LAUNCHER_IDS =
  /^\s*unique-id: \[engine:[^\n]*\n(?:display-name: ([^\n]*)(?:\n|$))?/

/** The display name the ConsoleLauncher wrote for a testcase, if any. */
export function consoleLauncherName(children: readonly XmlNode[]): string {
  const [output] = elements(children, 'system-out')
  if (!output) return ''
  // Raw, as written: in a CDATA section (read only as far as the name).
  const raw = rawContent(output, 'system-out').trimStart()
  const cdata = raw.startsWith('<![CDATA[')
  const match = CONSOLE_LAUNCHER_IDS.exec(cdata ? raw.slice(9) : raw)
  if (!match?.[1]) return ''
  const name = cdata
    ? match[1].replace(/\]\]>[\s\S]*$/, '')
    : decodeRawContent(match[1])
  return name.trim()
}

const MARKER_PROPERTY = /^qasphere$/i

/** The `<property>` elements of every `<properties>` among `children`. */
function properties(children: readonly XmlNode[]): XmlNode[] {
  return elements(children, 'properties').flatMap((group) =>
    elements(childrenOf(group, 'properties'), 'property')
  )
}

/** `<property name="skip|todo" value="reason">` (node-tap); `false` or empty is no skip. */
export function skipProperty(children: readonly XmlNode[]): boolean {
  return properties(children).some((property) => {
    const name = attribute(property, 'name')
    if (name !== 'skip' && name !== 'todo') return false
    const value = (
      attribute(property, 'value') || rawContent(property, 'property')
    ).trim()
    return value !== '' && value !== 'false'
  })
}

/** The value of the first `<property name="…">` of that name, '' when none. */
export function propertyValue(
  children: readonly XmlNode[],
  name: string
): string {
  const property = properties(children).find(
    (p) => attribute(p, 'name') === name
  )
  return property ? attribute(property, 'value') : ''
}

export function markerProperties(children: readonly XmlNode[]): string[] {
  return properties(children)
    .filter((property) => MARKER_PROPERTY.test(attribute(property, 'name')))
    .map(
      (property) =>
        attribute(property, 'value') ||
        decodeRawContent(rawContent(property, 'property'))
    )
}

/**
 * Thousands separators where no decimal comma could be meant: `2,503.1`,
 * `1,234,567`. A lone `1,234` is 1.234 s in a decimal-comma locale and
 * `0,123` always is: both refused, as no reader can tell.
 */
const THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3}(?:\.\d*)|(?:,\d{3}){2,}(?:\.\d*)?)$/

/** Decimal only: Number() would also read `0x10`, `0b11` and `Infinity`. */
// Each digit can belong to one part only: a long run of digits ending in junk
// must fail at once (a hostile report's `time`), not backtrack quadratically.
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** Longer is no time a tool writes (a double prints in at most 24 characters). */
const MAX_TIME_CHARS = 64

/** JUnit `time` in seconds: `1.5`, `2,503.1`, `1.2E-4`, `80.803us`; negative or junk → undefined. */
export function parseSeconds(value: string): number | undefined {
  let text = value.trim()
  if (text === '' || text.length > MAX_TIME_CHARS) return undefined
  // After its last digit: a unit (or junk, refused there too).
  if (text.charCodeAt(text.length - 1) > 0x39) return durationSeconds(text)
  if (text.includes(',')) {
    if (!THOUSANDS.test(text)) return undefined
    text = text.replace(/,/g, '')
  }
  if (!DECIMAL.test(text)) return undefined
  const seconds = Number(text)
  return Number.isFinite(seconds) ? seconds : undefined
}

/** A number and its unit, as Kotlin's Duration.toString() writes them. */
const DURATION_PART = /^(\d+(?:\.\d+)?)(d|h|m|s|ms|us|µs|μs|ns)$/

/** Each unit's seconds as a factor and a power of ten (exact: `80.803us` is 80.803e-6). */
const UNIT_SCALES: Record<string, readonly [factor: number, exponent: number]> =
  {
    d: [86_400, 0],
    h: [3_600, 0],
    m: [60, 0],
    s: [1, 0],
    ms: [1, -3],
    us: [1, -6],
    µs: [1, -6], // U+00B5, the micro sign
    μs: [1, -6], // U+03BC, Greek mu
    ns: [1, -9]
  }

/**
 * A time with units, as kotest 5.0 wrote Kotlin's Duration.toString():
 * `80.803us`, `12ms`, `1.5s`, `1m 30.340s`. Each unit once, largest first.
 */
function durationSeconds(text: string): number | undefined {
  let seconds = 0
  let previousUnit = Infinity
  for (const part of text.split(' ')) {
    const match = DURATION_PART.exec(part)
    if (!match) return undefined
    const [factor, exponent] = UNIT_SCALES[match[2]]
    const unit = factor * 10 ** exponent
    if (unit >= previousUnit) return undefined
    previousUnit = unit
    seconds += Number(`${match[1]}e${exponent}`) * factor
  }
  return Number.isFinite(seconds) ? seconds : undefined
}
