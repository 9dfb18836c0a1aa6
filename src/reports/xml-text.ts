/**
 * Text as it appears in a report, made plain. The parser runs with entity
 * processing off (no DTD entity can ever expand), so the five predefined XML
 * entities and numeric character references are decoded here, and nothing
 * else: an undeclared `&foo;` stays literal text.
 */

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g
const NAMED: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'"
}

/** The longest entity decoded: `&#x10FFFF;`. */
const LONGEST_ENTITY = 10

/**
 * Big text is decoded a piece at a time: String.replace keeps every match of
 * its input until it returns, gigabytes for a failure of millions of `&lt;`.
 */
export function decodeEntities(text: string, pieceChars = 1 << 20): string {
  if (!text.includes('&')) return text
  surrogateDecoded = false
  const decoded = decodeInPieces(text, pieceChars)
  return surrogateDecoded ? wellFormed(decoded) : decoded
}

/** Set when a reference to half a surrogate pair was decoded. */
let surrogateDecoded = false

const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * References to the two halves of a pair, one after the other (a writer
 * escaping UTF-16 units), make their character; a half alone is no character
 * and could make a server refuse the whole batch: U+FFFD, as HTML parsers do.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd')
}

function decodeInPieces(text: string, pieceChars: number): string {
  if (text.length <= pieceChars) return decodePiece(text)
  let out = ''
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + pieceChars, text.length)
    // An entity that would straddle the cut goes whole to the next piece.
    const amp = text.lastIndexOf('&', end - 1)
    if (end < text.length && amp > end - LONGEST_ENTITY && amp > start)
      end = amp
    out += decodePiece(text.slice(start, end))
    start = end
  }
  return out
}

function decodePiece(text: string): string {
  // A numeric reference may stand for `&`: one pass, nothing decoded twice.
  if (text.includes('&#')) return text.replace(ENTITY, decodeEntity)
  // No replacement makes a new entity, and `&amp;` comes last: the same
  // result, several times faster than a callback per match.
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
}

function decodeEntity(
  whole: string,
  name: string | undefined,
  dec?: string,
  hex?: string
): string {
  if (name) return NAMED[name]
  const codePoint = dec ? Number(dec) : parseInt(hex ?? '', 16)
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
    surrogateDecoded = true
    return String.fromCharCode(codePoint)
  }
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole
}

/** What raw content may hold besides text: kept literally (CDATA) or left out. */
const SECTIONS = [
  { open: '<![CDATA[', close: ']]>', keep: true },
  { open: '<!--', close: '-->', keep: false },
  { open: '<?', close: '?>', keep: false }
]

/**
 * Raw element content (kept unparsed by the parser) as an XML parser reads
 * it: CDATA taken literally, comments and processing instructions left out,
 * the rest entity-decoded. A nested tag stays as text.
 */
export function decodeRawContent(raw: string): string {
  if (!raw.includes('<')) return decodeEntities(raw)
  let out = ''
  let pos = 0
  let from = 0
  for (;;) {
    const start = raw.indexOf('<', from)
    if (start < 0) break
    const section = SECTIONS.find((s) => raw.startsWith(s.open, start))
    if (!section) {
      from = start + 1
      continue
    }
    out += decodeEntities(raw.slice(pos, start))
    const contentStart = start + section.open.length
    const end = raw.indexOf(section.close, contentStart)
    const contentEnd = end < 0 ? raw.length : end
    if (section.keep) out += raw.slice(contentStart, contentEnd)
    pos = from = end < 0 ? raw.length : end + section.close.length
  }
  return out + decodeEntities(raw.slice(pos))
}

/** What the prolog holds before the root: a DOCTYPE, comments, processing instructions. */
const PROLOG_MARKUP = /<!DOCTYPE|<!--|<\?|<[A-Za-z_]/gi

/**
 * Where the DOCTYPE starts: before the root element, and not inside one of
 * the prolog's comments or processing instructions (`<!-- no <!DOCTYPE -->`
 * is text); -1 when there is none.
 */
function doctypeStart(xml: string): number {
  PROLOG_MARKUP.lastIndex = 0
  for (;;) {
    const match = PROLOG_MARKUP.exec(xml)
    if (match === null) return -1
    const [markup] = match
    if (markup !== '<!--' && markup !== '<?') {
      // The DOCTYPE, or the root element: none can come after it.
      return markup[1] === '!' ? match.index : -1
    }
    const close = markup === '<?' ? '?>' : '-->'
    const end = xml.indexOf(close, match.index + markup.length)
    // One never closed is malformed; a DOCTYPE after its start is still
    // removed, whatever the parser then makes of it.
    PROLOG_MARKUP.lastIndex =
      end < 0 ? match.index + markup.length : end + close.length
  }
}

/**
 * Removes a DOCTYPE declaration (with its internal subset) from the prolog,
 * so that no DTD, internal or external, is ever processed.
 */
export function stripDoctype(xml: string): {
  xml: string
  hadDoctype: boolean
} {
  const start = doctypeStart(xml)
  if (start < 0) return { xml, hadDoctype: false }
  let depth = 0
  let quote = ''
  for (let i = start + 2; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '<' && (xml.startsWith('<!--', i) || xml[i + 1] === '?')) {
      // A comment or processing instruction in the internal subset: its
      // quotes and brackets are text.
      const close = xml.startsWith('<!--', i) ? '-->' : '?>'
      const end = xml.indexOf(close, i + 2)
      if (end < 0) break
      i = end + close.length - 1
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '[') {
      depth++
    } else if (c === ']') {
      depth--
    } else if (c === '>' && depth <= 0) {
      // Keep the line count so parse errors still point at the right line.
      const removed = xml.slice(start, i + 1).replace(/[^\n]/g, '')
      return {
        xml: xml.slice(0, start) + removed + xml.slice(i + 1),
        hadDoctype: true
      }
    }
  }
  return { xml: xml.slice(0, start), hadDoctype: true }
}
