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
  /** A JVM frame's class (`demo.CartTest$Inner`). */
  className?: string
}

/** A failure's text can be megabytes; where it failed is said near its start. */
const READ_CHARS = 20_000
/** Positions read at most: a deep stack holds hundreds of frames. */
const MAX_POSITIONS = 40

/** Characters of a path; a match starts only where a run of them starts (see PATH). */
const PATH_CHAR = String.raw`[\w.\/\\@~+%$-]`
/**
 * A path with a file extension: `src/a.test.ts`, `C:\src\A.cs`,
 * `file:///w/a.js`. Lengths are bounded and a match starts only where a run
 * of path characters starts, so hostile text costs linear time.
 */
const PATH = String.raw`(?<!${PATH_CHAR})(?:file:\/\/\/?)?(?:[A-Za-z]:)?${PATH_CHAR}{0,400}?\.[A-Za-z]\w{0,15}`

/** A Nim module's path (`.nim`, or a NimScript's `.nims`). */
const NIM_PATH = String.raw`(?<!${PATH_CHAR})(?:[A-Za-z]:)?${PATH_CHAR}{0,400}?\.nims?`

/**
 * The forms, in one expression so that each position is read once, by the
 * most specific form that starts there.
 */
const POSITION = new RegExp(
  [
    // Python: File "tests/test_auth.py", line 18, in test_x
    String.raw`File "(?<python>[^"\n]{1,400})", line (?<pythonLine>\d{1,9})`,
    // Kotlin, whose classes' names may hold spaces and hyphens (a lambda in
    // a backtick-named function: `at demo.CartTest$BD-5 dynamic$2.execute(CartTest.kt:54)`),
    // and Groovy, whose closures' classes keep a string-named method's
    // hyphens (`at demo.CartTest$_BD-5_every_item_closure3.doCall(CartTest.groovy:81)`);
    // a JVM method's name holds no dot, so the class ends at the last one.
    // A space only after a `$` (the function's name in its lambda's class):
    // words before the frame on its line (`failed at step 3 at demo.…`) are
    // no class.
    String.raw`\bat\s{1,10}(?:[\w.$@+-]{0,100}\/){0,2}(?<kotlinClass>(?=[\w$])[\w-]{0,100}(?:\$[^$.()\n]{0,200}){0,10}(?:\.[\w-]{1,100}(?:\$[^$.()\n]{0,200}){0,10}){0,30})\.[^.()\n]{1,200}\((?<kotlin>[\w$-]{1,200}\.(?:kts?|groovy)):(?<kotlinLine>\d{1,9})\)`,
    // JVM: at demo.CartTest.failsAssertion(CartTest.java:7), after Java 9's
    // class loader and module (`app//demo.…`, `java.base@17.0.2/java.…`)
    String.raw`\bat\s{1,10}(?:[\w.$@+-]{0,100}\/){0,2}(?<jvmClass>[\w$.]{1,300})\.[^()\n]{1,200}\((?<jvm>[\w$-]{1,200}\.(?:java|kt|kts|scala|groovy)):(?<jvmLine>\d{1,9})\)`,
    // .NET: in C:\src\Tests\CartTests.cs:line 42
    String.raw`\bin (?<dotnet>${PATH}):line (?<dotnetLine>\d{1,9})`,
    // Boost.Test's `- file   : x.cpp` / `- line   : 11`, node-tap's YAML `fileName:` / `lineNumber:`
    String.raw`^[ \t]{0,20}(?:- )?file(?:Name)?[ \t]{0,20}:(?<pair>[^\n]{0,400})\n[ \t]{0,20}(?:- )?line(?:Number)?[ \t]{0,20}:[ \t]{0,20}(?<pairLine>\d{1,9})`,
    // A JavaScript frame in parentheses, whose path may hold spaces: (/w/my cart.test.js:7:21)
    String.raw`\((?<paren>(?:file:\/\/\/?)?[^()\n]{1,400}?\.[A-Za-z]\w{0,15}):(?<parenLine>\d{1,9}):\d{1,9}\)`,
    // At a line's start, a path that may hold spaces (pytest on Windows: C:\Program Files\…\x.py:90: in f)
    String.raw`^(?<located>(?:[A-Za-z]:)?[^\s:(\[\]<>"'|?*\u203a][^\n:(\[\]<>"'|?*\u203a]{0,400}?\.[A-Za-z]\w{0,15}):(?<locatedLine>\d{1,9}):`,
    // bats `(in test file test/a.bats, line 15)`, EUnit `(test/m.erl, line 12)`, bash `a.sh: line 3:`
    String.raw`(?<comma>${PATH})[,:] line (?<commaLine>\d{1,9})\b`,
    // Perl (Test::More, die): `at t/shop.t line 11.`
    String.raw`\bat (?<perl>${PATH}) line (?<perlLine>\d{1,9})\b`,
    // PHP's errors: `Fatal error: … in /w/tests/CartTest.php on line 18`
    String.raw`\bin (?<php>${PATH}) on line (?<phpLine>\d{1,9})\b`,
    // An Erlang stack frame: {file,"bd_shop_SUITE.erl"},{line,66}
    String.raw`\{file,\s{0,10}"(?<erlang>[^"\n]{1,400})"\},\s{0,10}\{line,\s{0,10}(?<erlangLine>\d{1,9})\}`,
    // pytest-bdd's missing step: `Line 23 in scenario "…" in the feature "/w/features/cart.feature"`
    String.raw`\bLine (?<bddLine>\d{1,9}) in scenario "[^\n]{0,1000}?" in the feature "(?<bdd>[^"\n]{1,400})"`,
    // Nim: a failed check `tests/cart.nim(27, 24): Check failed: …`, a
    // stack frame `tests/cart.nim(43) test_cart`
    String.raw`(?<nim>${NIM_PATH})\((?<nimLine>\d{1,9})(?:, \d{1,9})?\)`,
    // MSVC and Boost.Test's compiler style: cart_test.cpp(11): error
    String.raw`(?<msvc>${PATH})\((?<msvcLine>\d{1,9})\)(?=\s*:)`,
    // Everything else: src/a.test.ts:10:21, auth_test.go:26:, /w/AuthTest.php:25
    String.raw`(?<plain>${PATH}):(?<plainLine>\d{1,9})`
  ].join('|'),
  'gm'
)

const FORMS = [
  'python',
  'kotlin',
  'jvm',
  'dotnet',
  'pair',
  'paren',
  'located',
  'comma',
  'perl',
  'php',
  'erlang',
  'bdd',
  'nim',
  'msvc',
  'plain'
] as const

/** googletest's line before a failure's SCOPED_TRACE messages. */
const GTEST_TRACE = /^Google Test trace:$/m

/** After a position in Playwright's header without a project: `cart.spec.ts:11:5 › title`. */
const DECLARED_AFTER = /^:\d+ \u203a /

/** pytest's marked line of a frame at a function's header: `>   def test_x(value):`. */
const PYTEST_AT_DEF = /^>\s+(?:async\s+)?def\s/

/**
 * Where a failure happened: its details first (the stack), then its message
 * (older Playwright writes the test's declaration there).
 */
export function failurePositions(problem: {
  message: string
  details: string
}): SourcePosition[] {
  // Nim's unittest writes a test's first failed check as the message, the
  // checks that failed after it in the text.
  if (NIM_CHECK.test(problem.message))
    return sourcePositions(`${problem.message}\n${problem.details}`)
  return sourcePositions(`${problem.details}\n${problem.message}`)
}

/** Where Nim's unittest says a check failed: `tests/cart.nim(27, 24): Check failed: …`. */
const NIM_CHECK = new RegExp(
  String.raw`^${NIM_PATH}\(\d{1,9}, \d{1,9}\): (?:Check|Expect) failed\b`,
  'i'
)

/**
 * Positions in the order the text gives them, except Playwright's header
 * (`[chromium] › cart.spec.ts:11:5 › title`, or `cart.spec.ts:11:5 › title`
 * without a project): that is where the test is declared, not where it
 * failed, so it comes last; so does a pytest frame stopped at a function's
 * `def` line (hypothesis's `@given` calls the test there: the frame of the
 * line that failed follows). googletest's SCOPED_TRACE lines, after `Google
 * Test trace:`, say where a trace was set: they are left out.
 */
export function sourcePositions(text: string): SourcePosition[] {
  const positions: SourcePosition[] = []
  const declarations: SourcePosition[] = []
  const read = text.slice(0, READ_CHARS)
  const trace = GTEST_TRACE.exec(read)?.index ?? read.length
  // Where the last position ended: a pytest frame's source follows it.
  let previousEnd = 0
  for (const match of read.slice(0, trace).matchAll(POSITION)) {
    const frameStart = previousEnd
    previousEnd = match.index + match[0].length
    const groups = match.groups ?? {}
    const form = FORMS.find((name) => groups[name] !== undefined)
    if (!form) continue
    const path = groups[form].trim()
    const line = Number(groups[`${form}Line`])
    // Line 0 is "unknown" (Boost.Test's `unknown location`).
    if (!path || !Number.isSafeInteger(line) || line < 1) continue
    const position: SourcePosition = { path, line }
    if (form === 'jvm' || form === 'kotlin') {
      const className = groups.jvmClass ?? groups.kotlinClass
      position.className = className
      const lastDot = className.lastIndexOf('.')
      if (lastDot > 0)
        position.packageDirs = className.slice(0, lastDot).replace(/\./g, '/')
    }
    const end = match.index + match[0].length
    if (
      text.slice(Math.max(0, match.index - 2), match.index) === '\u203a ' ||
      DECLARED_AFTER.test(text.slice(end, end + 12)) ||
      (form === 'located' &&
        PYTEST_AT_DEF.test(markedLine(read.slice(frameStart, match.index))))
    )
      declarations.push(position)
    else positions.push(position)
    if (positions.length + declarations.length === MAX_POSITIONS) break
  }
  return positions.concat(declarations)
}

/** The last line of a pytest frame's source that starts with `>` ('' if none). */
function markedLine(frame: string): string {
  const last = frame.lastIndexOf('\n>')
  const at = last >= 0 ? last + 1 : frame.startsWith('>') ? 0 : -1
  if (at < 0) return ''
  const lineEnd = frame.indexOf('\n', at)
  return frame.slice(at, lineEnd < 0 ? frame.length : lineEnd)
}
