/**
 * Turns a report file's bytes into text: UTF-8 (with or without BOM), UTF-16
 * (LE/BE), or the 8-bit or Asian encoding its XML declaration names.
 */
import { isUtf8 } from 'node:buffer'

export class ReportDecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: false })
const utf16le = new TextDecoder('utf-16le', { fatal: false })

export function decodeReport(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withoutNul(utf8.decode(bytes.subarray(3)))
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return withoutNul(utf16le.decode(bytes.subarray(2)))
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return withoutNul(utf16le.decode(swapByteOrder(bytes.subarray(2))))
  }
  const order = bomlessUtf16(bytes)
  if (order === 'le') return withoutNul(utf16le.decode(bytes))
  if (order === 'be') return withoutNul(utf16le.decode(swapByteOrder(bytes)))
  const hasNul = bytes.includes(0)
  if (hasNul && !startsWithTag(bytes)) {
    throw new ReportDecodeError(
      bytes[0] === SUBUNIT_V2_SIGNATURE
        ? "it starts with a subunit stream, not XML: subunit2junitxml passes the tests' output through before the XML unless given --no-passthrough (or -o FILE)"
        : 'it is a binary file, not XML text (it contains NUL bytes)'
    )
  }
  const text = declaredEncoding(bytes)?.decode(bytes) ?? utf8.decode(bytes)
  return hasNul ? withoutNul(text) : text
}

/**
 * A NUL in an XML report (a test's captured output) replaced, as invalid
 * bytes are, rather than every result of the file lost.
 */
function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text
}

/** The first byte of a subunit v2 packet. */
const SUBUNIT_V2_SIGNATURE = 0xb3

/** Whether the first byte after any whitespace is `<`: XML text, not a binary file. */
function startsWithTag(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, LEADING_SPACE_LIMIT)
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x3c) return true
    if (!isXmlSpace(bytes[i])) return false
  }
  return false
}

/** Bytes of whitespace a file may start with before its first '<'. */
const LEADING_SPACE_LIMIT = 4096

/**
 * UTF-16 without a BOM: the first '<', after any whitespace, sits next to a
 * zero byte, on its right (little-endian) or left (big-endian).
 */
function bomlessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const end = Math.min(bytes.length - 1, LEADING_SPACE_LIMIT)
  for (let i = 0; i < end; i += 2) {
    const first = bytes[i]
    const second = bytes[i + 1]
    if (first === 0x3c && second === 0x00) return 'le'
    if (first === 0x00 && second === 0x3c) return 'be'
    const space =
      (second === 0x00 && isXmlSpace(first)) ||
      (first === 0x00 && isXmlSpace(second))
    if (!space) return undefined
  }
  return undefined
}

function isXmlSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
}

/** The encoding an XML declaration names, if any. */
const DECLARED_ENCODING =
  /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/
/**
 * Windows-1252's 0x80-0x9F, as WHATWG maps them (also for a declared
 * ISO-8859-1). By hand: node 20.18 and later decode them as C1 control
 * characters (`€`, curly quotes and dashes were lost).
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'
const C1 = /[\u0080-\u009f]/g
const windows1252 = {
  decode(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80])
  }
}

/**
 * The decoder of the encoding the XML declaration names (windows-1250,
 * ISO-8859-2, Shift_JIS …), as XML parsers read it; undefined for UTF-8,
 * UTF-16 (in ASCII-compatible bytes) and labels node does not know, which are
 * read as UTF-8. Also for x-user-defined: not a character set (WHATWG's
 * bytes-as-private-use-characters for binary data, which no XML parser
 * knows); node 20 does not know it, node 24's TextDecoder turns every byte
 * above 0x7F into U+F780-U+F7FF, so the report's non-ASCII text was lost.
 */
function declaredEncoding(
  bytes: Uint8Array
): { decode(input: Uint8Array): string } | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200))
  const label = DECLARED_ENCODING.exec(head)?.[1]
  if (label === undefined || /^utf-?8$/i.test(label)) return undefined
  let decoder = knownDecoder(label)
  if (decoder === undefined) {
    // Python's spelling (`latin-1`, `iso8859_15`), which its ElementTree,
    // and so the junit_xml library, writes as given. junit_xml's documented
    // use writes the text to a file opened as UTF-8 under that declaration:
    // bytes that are UTF-8 are read so.
    const python = pythonSpelling(label)
    decoder = python === undefined ? undefined : knownDecoder(python)
    if (decoder !== undefined && isUtf8(bytes)) return undefined
  }
  if (
    decoder === undefined ||
    decoder.encoding.startsWith('utf-') ||
    decoder.encoding === 'x-user-defined'
  )
    return undefined
  // Also ISO-8859-1 and ASCII: WHATWG reads them as windows-1252.
  return decoder.encoding === 'windows-1252' ? windows1252 : decoder
}

/** A label as Python spells it, as WHATWG does (`latin-1` is `latin1`); undefined if none. */
function pythonSpelling(label: string): string | undefined {
  const spelled = label
    .toLowerCase()
    .replaceAll('_', '-')
    .replace(/^latin-(\d)$/, 'latin$1')
  return spelled === label.toLowerCase() ? undefined : spelled
}

/** A decoder of that label, if node knows it. */
function knownDecoder(
  label: string
): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}

function swapByteOrder(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2))
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]
    swapped[i + 1] = bytes[i]
  }
  return swapped
}
