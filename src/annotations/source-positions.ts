/**
 * Where a failure happened, as its text says: the file:line positions of
 * stack traces and tool messages, in the order they appear. Pure: which of
 * them are files in the workspace is for workspace-files.ts to say.
 */

export interface SourcePosition {
  /** As written: absolute, relative to somewhere, or a bare file name. */
  path: string
  /** 1-based. */
  line: number
  /**
   * JVM frames give only the file's name; their class's package says where
   * it is (`demo.CartTest` in `CartTest.java`: `demo/CartTest.java`).
   */
  packageDirs?: string
}

/** A failure's text can be megabytes; where it failed is said near its start. */
const READ_CHARS = 20_000
/** Positions read at most: a deep stack holds hundreds of frames. */
const MAX_POSITIONS = 40

/** A path with a file extension: `src/a.test.ts`, `C:\src\A.cs`, `file:///w/a.js`. */
const PATH = String.raw`(?:file:\/\/)?(?:[A-Za-z]:)?[\w.\/\\@~+%$-]*\.[A-Za-z]\w*`

/**
 * The forms, in one expression so that each position is read once, by the
 * most specific form that starts there.
 */
const POSITION = new RegExp(
  [
    // Python: File "tests/test_auth.py", line 18, in test_x
    String.raw`File "(?<python>[^"\n]+)", line (?<pythonLine>\d+)`,
    // JVM: at demo.CartTest.failsAssertion(CartTest.java:7)
    String.raw`\bat\s+(?:[\w.$-]+\/)?(?<jvmClass>[\w$.]+)\.[^()\n]+\((?<jvm>[\w$-]+\.(?:java|kt|kts|scala|groovy)):(?<jvmLine>\d+)\)`,
    // .NET: in C:\src\Tests\CartTests.cs:line 42
    String.raw`\bin (?<dotnet>${PATH}):line (?<dotnetLine>\d+)`,
    // Boost.Test's `- file   : x.cpp` / `- line   : 11`, node-tap's YAML `fileName:` / `lineNumber:`
    String.raw`^[ \t]*(?:- )?file(?:Name)?[ \t]*:[ \t]*(?<pair>[^\n]*?)[ \t]*\n[ \t]*(?:- )?line(?:Number)?[ \t]*:[ \t]*(?<pairLine>\d+)`,
    // MSVC and Boost.Test's compiler style: cart_test.cpp(11): error
    String.raw`(?<msvc>${PATH})\((?<msvcLine>\d+)\)(?=\s*:)`,
    // Everything else: src/a.test.ts:10:21, auth_test.go:26:, /w/AuthTest.php:25
    String.raw`(?<plain>${PATH}):(?<plainLine>\d+)`
  ].join('|'),
  'gm'
)

const FORMS = ['python', 'jvm', 'dotnet', 'pair', 'msvc', 'plain'] as const

/**
 * Positions in the order the text gives them, except Playwright's header
 * (`[chromium] › cart.spec.ts:11:5 › title`): that is where the test is
 * declared, not where it failed, so it comes last.
 */
export function sourcePositions(text: string): SourcePosition[] {
  const positions: SourcePosition[] = []
  const declarations: SourcePosition[] = []
  for (const match of text.slice(0, READ_CHARS).matchAll(POSITION)) {
    const groups = match.groups ?? {}
    const form = FORMS.find((name) => groups[name] !== undefined)
    if (!form) continue
    const path = groups[form]
    const line = Number(groups[`${form}Line`])
    // Line 0 is "unknown" (Boost.Test's `unknown location`).
    if (!path || !Number.isSafeInteger(line) || line < 1) continue
    const position: SourcePosition = { path, line }
    if (form === 'jvm') {
      const className = groups.jvmClass
      const lastDot = className.lastIndexOf('.')
      if (lastDot > 0)
        position.packageDirs = className.slice(0, lastDot).replace(/\./g, '/')
    }
    const declared = text.slice(Math.max(0, match.index - 2), match.index)
    if (declared === '\u203a ') declarations.push(position)
    else positions.push(position)
    if (positions.length + declarations.length === MAX_POSITIONS) break
  }
  return positions.concat(declarations)
}
