/**
 * QA Sphere test-case markers in test names. Pure.
 *
 * `BD-12` (code, hyphen, sequence number; `BD-012` and `bd-12` too) not
 * touching a letter or digit, and where a name cannot hold a hyphen the
 * identifier forms `test_bd12_login` and `TestBd12Login`.
 */
export interface MarkerSource {
  name: string
  classname: string
  suites: readonly string[]
  markerProperties: readonly string[]
}

/** `BD-12`: the canonical spelling used in logs, summaries and outputs. */
export function formatMarker(projectCode: string, seq: number): string {
  return `${projectCode.toUpperCase()}-${seq}`
}

/** Up to 9 digits: a sequence number, never a timestamp or hash. */
const SEQ = '(\\d{1,9})'
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'
const MIGHT_BE_IDENTIFIER = /test/i

export class MarkerFinder {
  readonly projectCode: string
  private readonly hyphenated: RegExp
  private readonly identifier: RegExp
  private readonly suiteCache = new WeakMap<readonly string[], number[]>()

  constructor(projectCode: string) {
    this.projectCode = projectCode.toUpperCase()
    const code = escapeRegExp(this.projectCode)
    this.hyphenated = new RegExp(
      `${NOT_WORD_BEFORE}${code}-${SEQ}${NOT_WORD_AFTER}`,
      'giu'
    )
    // Case-insensitive letters spelled out, so that the camel-case boundary
    // (an upper-case letter after the number) stays case-sensitive.
    const codeAnyCase = anyCase(this.projectCode)
    this.identifier = new RegExp(
      `${NOT_WORD_BEFORE}${anyCase('test')}_?((?:${codeAnyCase}\\d{1,9}(?:_|(?=\\p{Lu})|${NOT_WORD_AFTER}))+)`,
      'gu'
    )
  }

  /** Sequence numbers marked in one text, in order of appearance, without repeats. */
  inText(text: string): number[] {
    const found: number[] = []
    if (text === '') return found
    // Cheap pre-checks: most names have no marker of one form or the other.
    if (text.includes('-')) {
      for (const match of text.matchAll(this.hyphenated)) {
        addUnique(found, Number(match[1]))
      }
    }
    if (!MIGHT_BE_IDENTIFIER.test(text)) return found
    for (const match of text.matchAll(this.identifier)) {
      for (const digits of match[1].match(/\d+/g) ?? []) {
        addUnique(found, Number(digits))
      }
    }
    return found
  }

  /**
   * Markers of a test case: its name and `qasphere` properties; where those
   * have none, its classname; then its suites, nearest first.
   */
  ofTestCase(testCase: MarkerSource): number[] {
    const own = this.inText(testCase.name)
    for (const value of testCase.markerProperties) {
      for (const seq of this.inText(value)) addUnique(own, seq)
    }
    if (own.length > 0) return own
    const fromClass = this.inText(testCase.classname)
    if (fromClass.length > 0) return fromClass
    return this.ofSuites(testCase.suites)
  }

  private ofSuites(suites: readonly string[]): number[] {
    let cached = this.suiteCache.get(suites)
    if (!cached) {
      cached = []
      for (const suite of suites) {
        cached = this.inText(suite)
        if (cached.length > 0) break
      }
      this.suiteCache.set(suites, cached)
    }
    return cached
  }
}

function addUnique(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
}

function anyCase(text: string): string {
  return [...text]
    .map((c) => {
      const lower = c.toLowerCase()
      const upper = c.toUpperCase()
      return lower === upper ? escapeRegExp(c) : `[${upper}${lower}]`
    })
    .join('')
}
