/**
 * A fast structural check of XML: every element closed, in order, one root,
 * nothing after it. fast-xml-parser accepts a truncated file that ends
 * between elements (a killed test run) without complaint; this finds it, and
 * mismatched tags, with the line, at a fraction of a full validator's cost.
 * Attribute syntax is left to the parser.
 */
import { grouped } from '../util/counted.js'

export interface StructureError {
  line: number
  message: string
  /** Well-formed, but beyond what the action reads (nesting, side by side); the message says so. */
  overLimit?: true
  /**
   * A second root element: where the first root ended and the second
   * begins (libtest writes one document per test binary, one after another).
   */
  secondRoot?: { firstEnd: number; start: number }
}

/** Where elements are: lets a big report be parsed piece by piece. */
export interface Structure {
  root: string
  /** [start, end) of the root's open tag. */
  rootOpenTag: [number, number]
  /**
   * Where each element directly inside the root starts and ends, as
   * `start, end, start, end, …` (one flat array: there may be 100,000).
   */
  children: number[]
  /**
   * The same one level down, inside the root's first child element: a lone
   * big suite (pytest's shape, the commonest) needs no second scan.
   * `openTagEnd` is just after its open tag, -1 when it has none apart.
   */
  firstChild: { openTagEnd: number; children: number[] }
}

export function emptyStructure(): Structure {
  return {
    root: '',
    rootOpenTag: [-1, -1],
    children: [],
    firstChild: { openTagEnd: -1, children: [] }
  }
}

/**
 * No test tool nests this deep. fast-xml-parser refuses deeper nesting in
 * what it parses at once (its maxNestedTags), and a report read in pieces
 * would otherwise go deeper, until the call stack runs out.
 */
export const MAX_NESTING = 100

/**
 * Elements side by side in one element at most (their bounds are kept to cut
 * the report into pieces): above a report's 2,000,000 testcases in one
 * suite, far below the 67 million `<a/>` that fit in 256 MiB, whose bounds
 * would take gigabytes.
 */
export const MAX_SIDE_BY_SIDE = 3_000_000

/** An XML declaration at the start of a line. */
const LATER_DECLARATION = /\n<\?xml\s/g
/** A JUnit report's root element. */
const JUNIT_ROOT = /^<(testsuites?)[\s>]/
/** Why a report starts with text, and what to do. */
const REDIRECTED =
  'console output written into the report, as when a report on standard output is redirected into the file; write the report to a file of its own'

export function checkStructure(
  xml: string,
  structure?: Structure
): StructureError | undefined {
  const open: string[] = []
  let childStart = -1
  let grandchildStart = -1
  let rootClosed = false
  /** Where the root element ended. */
  let rootEnd = -1
  let pos = 0
  const fail = (at: number, message: string): StructureError => ({
    line: lineAt(xml, at),
    message
  })

  for (;;) {
    const start = xml.indexOf('<', pos)
    if (start < 0) break
    if (open.length === 0 && hasText(xml, pos, start)) {
      if (rootClosed) return fail(pos, 'text after the root element')
      // A report written to standard output and redirected into the file
      // (`rspec --format RspecJunitFormatter > junit.xml`) starts with what
      // the tests printed.
      LATER_DECLARATION.lastIndex = pos
      const declaration = LATER_DECLARATION.exec(xml)
      // Some write no declaration (@hapi/lab's `-r junit` without `-o`):
      // then a JUnit root after the text tells.
      const junitRoot = JUNIT_ROOT.exec(xml.slice(start, start + 12))
      return fail(
        pos,
        declaration !== null
          ? `text before the root element and its XML declaration (line ${lineAt(xml, declaration.index + 1)}): ${REDIRECTED}`
          : junitRoot !== null
            ? `text before the root element <${junitRoot[1]}> (line ${lineAt(xml, start)}): ${REDIRECTED}`
            : 'text before the root element'
      )
    }
    const next = xml.charCodeAt(start + 1)
    if (next === 0x21 /* ! */) {
      const skip = skipSpecial(xml, start)
      if (skip < 0)
        return fail(start, 'a comment or CDATA section is never closed')
      pos = skip
      continue
    }
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', start + 2)
      if (end < 0)
        return fail(start, 'a processing instruction is never closed')
      // The parser skips quoted values in it, so an open quote would make it
      // read on past this `?>`, over elements, or fail.
      if (hasOpenQuote(xml, start + 2, end)) {
        return fail(
          start,
          'a processing instruction (<?…?>) has a quote that is not closed before its ?>'
        )
      }
      pos = end + 2
      continue
    }
    const end = tagEnd(xml, start + 1)
    if (end < 0)
      return fail(start, 'the file ends inside a tag (it looks truncated)')
    if (next === 0x2f /* / */) {
      const name = xml.slice(start + 2, end).trim()
      const expected = open.pop()
      if (expected !== name) {
        return fail(
          start,
          expected === undefined
            ? `</${name}> closes an element that was never opened`
            : `</${name}> where </${expected}> was expected`
        )
      }
      if (open.length === 0) {
        rootClosed = true
        rootEnd = end + 1
      }
      if (structure) {
        if (open.length === 1) structure.children.push(childStart, end + 1)
        else if (open.length === 2 && structure.children.length === 0)
          structure.firstChild.children.push(grandchildStart, end + 1)
      }
    } else {
      if (rootClosed) {
        return {
          ...fail(start, 'a second root element'),
          secondRoot: { firstEnd: rootEnd, start }
        }
      }
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f /* / */
      if (structure) {
        if (open.length === 0) {
          structure.root = tagName(xml, start + 1, end)
          structure.rootOpenTag = [start, end + 1]
        } else if (open.length === 1) {
          if (selfClosing) structure.children.push(start, end + 1)
          else {
            childStart = start
            if (structure.children.length === 0)
              structure.firstChild.openTagEnd = end + 1
          }
        } else if (open.length === 2 && structure.children.length === 0) {
          if (selfClosing) structure.firstChild.children.push(start, end + 1)
          else grandchildStart = start
        }
      }
      if (
        structure &&
        (structure.children.length > 2 * MAX_SIDE_BY_SIDE ||
          structure.firstChild.children.length > 2 * MAX_SIDE_BY_SIDE)
      ) {
        return {
          ...fail(
            start,
            `more than ${grouped(MAX_SIDE_BY_SIDE)} elements side by side, more than any test tool writes; the action reads no more (memory)`
          ),
          overLimit: true
        }
      }
      if (!selfClosing) {
        if (open.length >= MAX_NESTING) {
          return {
            ...fail(
              start,
              `elements nested more than ${MAX_NESTING} deep, more than any test tool writes; the action reads no deeper`
            ),
            overLimit: true
          }
        }
        open.push(tagName(xml, start + 1, end))
      } else if (open.length === 0) {
        rootClosed = true
        rootEnd = end + 1
      }
    }
    pos = end + 1
  }
  if (open.length > 0) {
    return fail(
      xml.length,
      `the file ends inside <${open.join(' > ')}> (it looks truncated)`
    )
  }
  if (hasText(xml, pos, xml.length))
    return fail(pos, 'text after the root element')
  if (!rootClosed) return fail(0, 'there is no XML element in it')
  return undefined
}

/**
 * The root element's name, found without reading further; undefined when
 * something other than white space, comments and processing instructions
 * comes first (checkStructure says what).
 */
export function rootName(xml: string): string | undefined {
  let pos = 0
  for (;;) {
    const start = xml.indexOf('<', pos)
    if (start < 0 || hasText(xml, pos, start)) return undefined
    const next = xml.charCodeAt(start + 1)
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end =
        next === 0x21 ? skipSpecial(xml, start) : instructionEnd(xml, start)
      if (end < 0) return undefined
      pos = end
      continue
    }
    const end = tagEnd(xml, start + 1)
    if (end < 0 || next === 0x2f /* / */) return undefined
    return tagName(xml, start + 1, end)
  }
}

/** Index of the `>` ending a tag that starts after `from`, skipping quoted values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) {
      quote = c
    } else if (c === 0x3e /* > */) {
      return i
    } else if (c === 0x3c /* < */) {
      return -1 // a new tag before this one ended
    }
  }
  return -1
}

/** The name of the tag whose name starts at `from`, looking no further than `end`. */
export function tagName(xml: string, from: number, end: number): string {
  let i = from
  while (i < end) {
    const c = xml.charCodeAt(i)
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x2f /* / */ ||
      c === 0x3e /* > */
    )
      break
    i++
  }
  return xml.slice(from, i)
}

/** Past a comment, CDATA section or declaration starting at `start`; -1 if unclosed. */
function skipSpecial(xml: string, start: number): number {
  if (xml.startsWith('<!--', start)) {
    const end = xml.indexOf('-->', start + 4)
    return end < 0 ? -1 : end + 3
  }
  if (xml.startsWith('<![CDATA[', start)) {
    const end = xml.indexOf(']]>', start + 9)
    return end < 0 ? -1 : end + 3
  }
  const end = xml.indexOf('>', start + 2)
  return end < 0 ? -1 : end + 1
}

/** Past a processing instruction starting at `start`; -1 if unclosed. */
function instructionEnd(xml: string, start: number): number {
  const end = xml.indexOf('?>', start + 2)
  return end < 0 ? -1 : end + 2
}

/** Whether xml[from, to) leaves a ' or " quote open. */
function hasOpenQuote(xml: string, from: number, to: number): boolean {
  let quote = 0
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) {
      quote = c
    }
  }
  return quote !== 0
}

function hasText(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff)
      return true
  }
  return false
}

/**
 * Elements and attributes in xml[from, to), as fast-xml-parser would find
 * them, counted no further than `limit + 1`; comments (unless `comments`:
 * where the parser keeps them), CDATA sections and processing instructions
 * skipped. (Values in quotes are skipped as the parser skips them: only
 * right after `=`.)
 */
export function countNodes(
  xml: string,
  from: number,
  to: number,
  limit: number,
  comments = false
): number {
  let count = 0
  let pos = from
  while (count <= limit) {
    const start = xml.indexOf('<', pos)
    if (start < 0 || start >= to) break
    const next = xml.charCodeAt(start + 1)
    if (next === 0x21 /* ! */) {
      if (comments && xml.startsWith('<!--', start)) count++
      pos = skipSpecial(xml, start)
      if (pos < 0) break
      continue
    }
    if (next === 0x3f /* ? */) {
      pos = instructionEnd(xml, start)
      if (pos < 0) break
      continue
    }
    const end = tagEnd(xml, start + 1)
    if (end < 0) break
    // The tag's name is the element; each word after it an attribute (the
    // `/` of `/>` is not one).
    if (next !== 0x2f /* / */) {
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f /* / */
      count += wordsInTag(xml, start + 1, selfClosing ? end - 1 : end)
    }
    pos = end + 1
  }
  return count
}

/**
 * Words in a tag's text xml[from, to) as the parser's attribute pattern
 * (`[^\s=]+`, then optionally `=` and a quoted value) matches them.
 */
function wordsInTag(xml: string, from: number, to: number): number {
  let words = 0
  let i = from
  while (i < to) {
    const c = xml.charCodeAt(i)
    if (isSpace(c) || c === 0x3d /* = */) {
      i++
      continue
    }
    while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d)
      i++
    words++
    let j = i
    while (j < to && isSpace(xml.charCodeAt(j))) j++
    if (xml.charCodeAt(j) !== 0x3d) continue
    j++
    while (j < to && isSpace(xml.charCodeAt(j))) j++
    const quote = xml.charCodeAt(j)
    if (quote !== 0x22 && quote !== 0x27) continue
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", j + 1)
    if (close >= 0 && close < to) i = close + 1
  }
  return words
}

/** JavaScript's `\s`: the parser's patterns split words there. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

export function lineAt(xml: string, position: number): number {
  let line = 1
  for (
    let i = xml.indexOf('\n');
    i >= 0 && i < position;
    i = xml.indexOf('\n', i + 1)
  )
    line++
  return line
}
