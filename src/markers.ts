/**
 * QA Sphere test-case markers in test names. Pure.
 *
 * `BD-12` (code, hyphen, sequence number; `BD-012` and `bd-12` too) not
 * touching a letter or digit, and where a name cannot hold a hyphen the
 * identifier forms `test_bd12_login` and `TestBd12Login`.
 */
export interface MarkerSource {
  name: string
  /** The name attribute when `name` is a display name (see TestCase). */
  reportedName?: string
  classname: string
  suites: readonly string[]
  markerProperties: readonly string[]
  /** `BD 12` is `BD-12` in its name and suites' names (see TestCase). */
  spacedMarkers?: boolean
  /** `BD_12` is `BD-12` in its name and suites' names (see TestCase). */
  underscoredMarkers?: boolean
  /** Its classname is its suites' names joined: markers are read from its suites alone (see TestCase). */
  classnameOfSuites?: boolean
  /** Its name's first characters are not its own (its suite's name, its blocks' titles): its markers are read after them (see TestCase). */
  nameAfterSuite?: number
  /** Titles of its describe blocks, nearest first, where the report joins them: read after its own title and before its classname (see TestCase). */
  blocks?: readonly string[]
}

/** What a tool wrote for the hyphen of `BD-12` (see MarkerSource). */
type Hyphen = ' ' | '_'

/** `BD-12`: the canonical spelling used in logs, summaries and outputs. */
export function formatMarker(projectCode: string, seq: number): string {
  return `${projectCode.toUpperCase()}-${seq}`
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'
const MIGHT_BE_IDENTIFIER = /test/i
/** An identifier starting with `test`: `test_login_bd012`, `TestLoginBd012`. */
const TEST_IDENTIFIER = /(?<![\p{L}\p{N}])[Tt][Ee][Ss][Tt][\p{L}\p{N}_]*/gu

export class MarkerFinder {
  readonly projectCode: string
  private readonly hyphenated: RegExp
  /** `BD 12` and `BD_12`, where a tool wrote a space or `_` for hyphens (see MarkerSource). */
  private readonly writtenFor: Record<Hyphen, RegExp>
  /** Where an identifier's run of markers may start: `test_`, `Test`. */
  private readonly identifierStart: RegExp
  /** One marker of that run, at a given position (sticky). */
  private readonly identifierMarker: RegExp
  private readonly laterInIdentifier: RegExp
  private readonly suiteCache = new WeakMap<readonly string[], number[]>()
  /** The blocks last read and their markers (see ofBlocks). */
  private lastBlocks: readonly string[] | undefined
  private lastBlocksMarkers: number[] = []

  constructor(projectCode: string) {
    this.projectCode = projectCode.toUpperCase()
    // Boundaries are checked by hand (see codeAndNumberIn): lookarounds made
    // this the slowest part of reading a big report.
    // Case-insensitive letters spelled out: the `i` flag would also fold
    // look-alikes (`ſ` is an `S`, the Kelvin sign a `K`), and the camel-case
    // boundary (an upper-case letter after the number) stays case-sensitive.
    const codeAnyCase = anyCase(this.projectCode)
    this.hyphenated = new RegExp(`${codeAnyCase}-(\\d+)`, 'gu')
    // As written: a word like the code is too common in prose (`to 3`,
    // which testthat writes `to_3`).
    const code = escapeRegExp(this.projectCode)
    this.writtenFor = {
      ' ': new RegExp(`${code} (\\d+)`, 'gu'),
      _: new RegExp(`${code}_(\\d+)`, 'gu')
    }
    // The run is read a marker at a time: as one repeated group, a run of
    // millions overflowed the regular expression engine's stack.
    this.identifierStart = new RegExp(
      `${NOT_WORD_BEFORE}${anyCase('test')}_?`,
      'gu'
    )
    // The number is the digits after the code: a code may hold a digit (P2).
    this.identifierMarker = new RegExp(
      `${codeAnyCase}(\\d{1,9})(?:_|(?=\\p{Lu})|${NOT_WORD_AFTER})`,
      'uy'
    )
    // QA Sphere's CLI also reads a marker later in the identifier, where it
    // asks for three digits or more (it writes BD-012): `test_login_bd012_x`,
    // and at the very end of the text `test_login_bd012`, `TestLoginBd012`:
    // there at a camel-case boundary (`Bd`), not inside a word
    // (`test_get_http404` is no TP-404, `test_abd012` no BD-12).
    const camelCode =
      escapeRegExp(this.projectCode[0]) + anyCase(this.projectCode.slice(1))
    this.laterInIdentifier = new RegExp(
      `_${codeAnyCase}(\\d{3,9})(?=_|$)|(?<=\\p{Ll})${camelCode}(\\d{3,9})$`,
      'gu'
    )
  }

  /**
   * Sequence numbers marked in one text, in order of appearance, without
   * repeats; once more than MAX_MARKERS_PER_TEST are found, no more are
   * looked for (see FoundMarkers).
   */
  inText(text: string, hyphen?: Hyphen): number[] {
    if (text === '') return []
    const found = new FoundMarkers()
    // Cheap pre-checks: most names have no marker of one form or the other.
    if (text.includes('-')) this.codeAndNumberIn(text, found, this.hyphenated)
    if (hyphen && !found.isFull() && text.includes(hyphen))
      this.codeAndNumberIn(text, found, this.writtenFor[hyphen])
    if (!found.isFull() && MIGHT_BE_IDENTIFIER.test(text))
      this.identifiersIn(text, found)
    return found.distinct()
  }

  /** The identifier forms: `test_bd12_login`, `TestBd12Login`, `test_login_bd012`. */
  private identifiersIn(text: string, found: FoundMarkers): void {
    const start = this.identifierStart
    const marker = this.identifierMarker
    start.lastIndex = 0
    while (start.exec(text) !== null) {
      marker.lastIndex = start.lastIndex
      let runEnd = -1
      let match: RegExpExecArray | null
      while ((match = marker.exec(text)) !== null) {
        if (found.add(Number(match[1]))) return
        runEnd = marker.lastIndex
      }
      if (runEnd >= 0) start.lastIndex = runEnd
    }
    for (const { 0: identifier, index } of text.matchAll(TEST_IDENTIFIER)) {
      if (found.isFull()) return
      // The name's end: the text's, or where pytest's parameters
      // (`test_login_bd081[firefox]`) or a go subtest's name
      // (`TestCheckoutBd160/voucher`) follow it.
      const after = text.charCodeAt(index + identifier.length)
      const endsName =
        index + identifier.length === text.length ||
        after === 0x5b /* [ */ ||
        after === 0x2f /* / */
      for (const match of identifier.matchAll(this.laterInIdentifier)) {
        // As the CLI: a marker ending the identifier counts only at the end
        // of the name (`test_name_C120013()` is a TestRail id, not C-120013).
        const end = match.index + match[0].length
        if (end < identifier.length || endsName) {
          found.add(Number(match[1] ?? match[2]))
        }
      }
    }
  }

  /** The code and a number (`BD-12`, or `BD 12`: as `pattern` joins them) not touching a letter or digit, with at most 9 digits. */
  private codeAndNumberIn(
    text: string,
    found: FoundMarkers,
    pattern: RegExp
  ): void {
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      const digits = match[1]
      const end = match.index + match[0].length
      if (
        // Leading zeros change no marker, nor count against its length.
        (digits.length <= MAX_SEQ_DIGITS ||
          digits.replace(LEADING_ZEROS, '').length <= MAX_SEQ_DIGITS) &&
        !isWordCharBefore(text, match.index) &&
        !isWordCharAt(text, end)
      ) {
        if (found.add(Number(digits))) return
      } else {
        // Not a marker here; one may still start right after this position.
        pattern.lastIndex = match.index + 1
      }
    }
  }

  /**
   * Markers of a test case: its names (but the start that is its suite's
   * name) and `qasphere` properties; where those have none, the describe
   * blocks its name or classname holds, nearest first; then its classname
   * (unless that only joins its suites' names); then its suites, nearest
   * first.
   */
  ofTestCase(testCase: MarkerSource): number[] {
    const hyphen: Hyphen | undefined = testCase.spacedMarkers
      ? ' '
      : testCase.underscoredMarkers
        ? '_'
        : undefined
    let own = this.inText(
      testCase.nameAfterSuite
        ? testCase.name.slice(testCase.nameAfterSuite)
        : testCase.name,
      hyphen
    )
    const more = testCase.reportedName
      ? [testCase.reportedName, ...testCase.markerProperties]
      : testCase.markerProperties
    if (more.length > 0) {
      const found = new FoundMarkers(own)
      for (const value of more) {
        if (found.isFull()) break
        for (const seq of this.inText(value)) found.add(seq)
      }
      own = found.distinct()
    }
    if (own.length > 0) return own
    if (testCase.blocks) {
      const fromBlocks = this.ofBlocks(testCase.blocks, hyphen)
      if (fromBlocks.length > 0) return fromBlocks
    }
    if (!testCase.classnameOfSuites) {
      const fromClass = this.inText(testCase.classname)
      if (fromClass.length > 0) return fromClass
    }
    return this.ofSuites(testCase.suites, hyphen)
  }

  /**
   * The nearest marked block's markers. A suite's tests of one class or
   * block share their list (see TestCase.blocks), read in a row: the last
   * list's markers are kept. `hyphen` is the same for every test of a list.
   */
  private ofBlocks(blocks: readonly string[], hyphen?: Hyphen): number[] {
    if (blocks === this.lastBlocks) return this.lastBlocksMarkers
    let found: number[] = []
    for (const block of blocks) {
      found = this.inText(block, hyphen)
      if (found.length > 0) break
    }
    this.lastBlocks = blocks
    this.lastBlocksMarkers = found
    return found
  }

  /** A report's suites are named one way: `hyphen` is the same for every test of `suites`. */
  private ofSuites(suites: readonly string[], hyphen?: Hyphen): number[] {
    let cached = this.suiteCache.get(suites)
    if (!cached) {
      cached = []
      for (const suite of suites) {
        cached = this.inText(suite, hyphen)
        if (cached.length > 0) break
      }
      this.suiteCache.set(suites, cached)
    }
    return cached
  }
}

/**
 * Markers one test carries at most (MarkerGroups refuses a report with more):
 * no test marks this many, and a 256 MiB name of them would take gigabytes.
 */
export const MAX_MARKERS_PER_TEST = 1000

/**
 * Markers found in a test's texts, in order of appearance. Full once it
 * holds more than MAX_MARKERS_PER_TEST different ones: then no more are
 * looked for, and distinct() gives the first MAX_MARKERS_PER_TEST + 1.
 */
class FoundMarkers {
  /** Length when repeats were last dropped; dropped again only once it has doubled. */
  private compacted = 0

  constructor(private seqs: number[] = []) {}

  /** Adds one; whether it is full now. */
  add(seq: number): boolean {
    this.seqs.push(seq)
    return this.isFull()
  }

  // Repeats are dropped only when the list has doubled since the last time,
  // so that a name of a thousand markers and then a million repeats stays
  // linear; in between, at most as many more finds are made.
  isFull(): boolean {
    const length = this.seqs.length
    if (length <= MAX_MARKERS_PER_TEST || length <= 2 * this.compacted)
      return false
    this.seqs = withoutRepeats(this.seqs)
    this.compacted = this.seqs.length
    return this.seqs.length > MAX_MARKERS_PER_TEST
  }

  distinct(): number[] {
    const seqs = withoutRepeats(this.seqs)
    return seqs.length > MAX_MARKERS_PER_TEST + 1
      ? seqs.slice(0, MAX_MARKERS_PER_TEST + 1)
      : seqs
  }
}

/** A sequence number, never a timestamp or hash. */
const MAX_SEQ_DIGITS = 9
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Whether text[index…] starts with a letter or digit (any script). */
function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiLetterOrDigit(code)
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? code))
}

/** Whether the character before text[index] is a letter or digit (surrogate pairs whole). */
function isWordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false
  const code = text.charCodeAt(index - 1)
  if (code < 0x80) return isAsciiLetterOrDigit(code)
  const pairStart =
    code >= 0xdc00 &&
    code <= 0xdfff &&
    index >= 2 &&
    text.charCodeAt(index - 2) >= 0xd800 &&
    text.charCodeAt(index - 2) <= 0xdbff
  return isWordCharAt(text, pairStart ? index - 2 : index - 1)
}

function isAsciiLetterOrDigit(code: number): boolean {
  const lower = code | 0x20
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)
}

/** The list in order without repeats; linear, as a hostile name may hold 100,000 markers. */
function withoutRepeats(list: number[]): number[] {
  if (list.length < 2) return list
  if (list.length === 2) return list[0] === list[1] ? [list[0]] : list
  return [...new Set(list)]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
}

const LEADING_ZEROS = /^0+(?=\d)/

function anyCase(text: string): string {
  return [...text]
    .map((c) => {
      const lower = c.toLowerCase()
      const upper = c.toUpperCase()
      return lower === upper ? escapeRegExp(c) : `[${upper}${lower}]`
    })
    .join('')
}
