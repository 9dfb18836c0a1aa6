/**
 * The rules of the tools whose suites need more than the generic reading:
 * names and classnames that join describe blocks' titles, escaped quotes,
 * line breaks written as text, jest-junit's execution errors. Each runs on a
 * suite's own test cases once they are read (see suiteRulesOfTools).
 */
import { passedPlainly, type TestCase } from '../test-case.js'
import { readJestExecutionError } from './failures.js'
import type { ReportSource } from './tools.js'

/** How vitest joins a test's describe blocks' titles and its own into its name. */
const VITEST_NAME_JOIN = ' > '

/** How bun joins a test's describe blocks, innermost first, into its classname. */
const BUN_CLASSNAME_JOIN = ' > '

/** How Playwright joins a test's describe blocks' titles and its own, outermost first, into its name. */
const PLAYWRIGHT_TITLE_JOIN = ' \u203a '

/** How cucumber-js joins a scenario's Rule's name and its own (and its example's) into its name. */
const CUCUMBER_JS_NAME_JOIN = ' - '

/** cucumber-js's number of an outline's example in a scenario's name: `#1.2` or `#1.2: even 4`. */
const CUCUMBER_JS_EXAMPLE = /^#\d+\.\d+(?:: |$)/

/**
 * A pytest classname that is a module's dotted path and its (nested) test
 * classes' names, each a Python identifier: `tests.test_x.TestOuter.TestInner`
 * (after its first character, combining marks and connectors too: `TestShopकरें`).
 */
const PYTEST_DOTTED_CLASSNAME =
  /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*)+$/u

/** How node-tap joins a test's file and subtests' names into its classname. */
const NODE_TAP_CLASSNAME_JOIN = ' > '

/**
 * A nested Java class's binary name: its package's and outermost class's
 * names joined by `.`, then each enclosing class's and its own by `$`
 * (`demo.CartTest$TestBd5Checkout$TestBd6Shipping`); no anonymous class.
 */
const JAVA_NESTED_CLASSNAME =
  /^[\p{L}\p{Nl}_$][\p{L}\p{N}_]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}_]*)*(?:\$[\p{L}\p{Nl}_][\p{L}\p{N}_]*)+$/u

/**
 * The start of a test's name that Surefire 3's JUnit 5 reporter writes with
 * usePhrasedTestCaseMethodName for a parameterized test's invocation or a
 * dynamic test: its method's default display name, its name and its
 * parameters' types in parentheses, then a space before the test's own
 * display name (`testBd12Totals(int, int) BD-13 total of 1 and 1`).
 */
const SUREFIRE3_PHRASED_METHOD =
  /^[\p{L}\p{Nl}_$][\p{L}\p{N}_$]*\([\p{L}\p{N}_$.[\], ]*\)(?= \S)/u

/** How CppUTest writes a line break in a failure's message and in its output. */
const CPPUTEST_NEWLINE = '{newline}'

/**
 * What a suite's tests need of the rules of the tool that wrote it (each
 * rule knows its tool's suites by their shape; see ReportSource). Apart
 * from collectSuiteParts, which runs for every suite of every report.
 */
export function suiteRulesOfTools(
  own: TestCase[],
  name: string,
  outer: readonly string[],
  source: ReportSource
): void {
  if (source.jestJunit) jestJunitSuite(own, name, outer)
  if (source.qtest === 6) dropUncountedCleanup(own)
  if (source.nodeTest) nodeTestQuotes(own)
  if (source.testthat) testthatSuite(own)
  if (source.cpputest) cpputestSuite(own)
  if (source.bun) bunSuite(own)
  if (source.vitest) titlesInName(own, VITEST_NAME_JOIN)
  if (source.mochaJunit) mochaJunitSuite(own, name, source.mochaJunitSteps)
  if (source.playwright) titlesInName(own, PLAYWRIGHT_TITLE_JOIN)
  if (source.jasmineBlocks) jasmineSuite(own, name, source.jasmineBlocks)
  if (source.karma) karmaSuite(own, name)
  if (source.pytest) pytestSuite(own)
  if (source.nodeTap) nodeTapSuite(own)
  if (source.javaNested) javaNestedSuite(own)
  if (source.surefire3) surefire3Suite(own)
  if (source.wdio) wdioSuite(own, source.wdio.title)
  if (source.cucumberJs) cucumberJsSuite(own)
}

/**
 * cucumber-js's junit formatter names a scenario inside a Gherkin `Rule:`
 * after the rule's name and its own joined by ` - ` (`BD-801 free shipping -
 * BD-803 own marker`; an outline's example adds ` - #1.2: …`), its class
 * after its feature. A scenario's own ` - ` cannot be told from the join: a
 * first part counts as a rule's name where two scenarios of one feature
 * start with it and differ in the next part (a rule of one scenario, or of
 * one outline alone, is not told; an outline's examples are one scenario).
 * There the rest is the scenario's own title (see TestCase.nameAfterSuite)
 * and the rule's name comes next (see TestCase.blocks), so a marked
 * scenario in a marked rule takes its own marker only; either alone reads
 * as before.
 */
function cucumberJsSuite(testCases: readonly TestCase[]): void {
  type Rule = { tests: TestCase[]; next: Set<string>; blocks: string[] }
  const rules = new Map<string, Rule>()
  for (const testCase of testCases) {
    const { name } = testCase
    const at = name.indexOf(CUCUMBER_JS_NAME_JOIN)
    if (at <= 0) continue
    const title = name.slice(0, at)
    const rest = name.slice(at + CUCUMBER_JS_NAME_JOIN.length)
    const end = rest.indexOf(CUCUMBER_JS_NAME_JOIN)
    const key = testCase.classname + '\n' + title
    let rule = rules.get(key)
    if (!rule) {
      rule = { tests: [], next: new Set(), blocks: [title] }
      rules.set(key, rule)
    }
    rule.tests.push(testCase)
    const next = end < 0 ? rest : rest.slice(0, end)
    // An outline's examples (`even <n> - #1.2: even 4`) are one scenario.
    if (!CUCUMBER_JS_EXAMPLE.test(next)) rule.next.add(next)
  }
  for (const { tests, next, blocks } of rules.values()) {
    if (next.size < 2) continue
    for (const testCase of tests) {
      if (testCase.blocks || testCase.nameAfterSuite) continue
      testCase.nameAfterSuite = blocks[0].length + CUCUMBER_JS_NAME_JOIN.length
      testCase.blocks = blocks
    }
  }
}

/** testthat's skip message: `Reason: empty test ('test-cart.R:16')`. */
const TESTTHAT_SKIP_REASON = /^Reason: /

/**
 * What testthat's JunitReporter writes its own way, read in a file's suite:
 * names with `_` for the hyphen of a marker, and skips whose message starts
 * with `Reason: `, which the comment says already.
 */
function testthatSuite(testCases: TestCase[]): void {
  for (const testCase of testCases) {
    testCase.underscoredMarkers = true
    for (const problem of testCase.problems)
      if (problem.kind === 'skipped')
        problem.message = problem.message.replace(TESTTHAT_SKIP_REASON, '')
  }
}

/**
 * CppUTest writes each line break of a failure's message (its values on
 * lines of their own, a memory leak's or a mock's report) and of its
 * suite's output as `{newline}`: read as the line breaks its console shows.
 */
function cpputestSuite(testCases: readonly TestCase[]): void {
  for (const testCase of testCases) {
    testCase.output = cpputestLines(testCase.output)
    for (const problem of testCase.problems) {
      problem.message = cpputestLines(problem.message)
      problem.details = cpputestLines(problem.details)
    }
  }
}

function cpputestLines(text: string): string {
  return text.includes(CPPUTEST_NEWLINE)
    ? text.replaceAll(CPPUTEST_NEWLINE, '\n')
    : text
}

/**
 * @wdio/junit-reporter names a test's class after its capabilities and its
 * describe blocks' titles joined by `.`, each title's spaces as `_`
 * (`chrome.156_0.linux.BD-20_outer.BD-21_inner`); a block's suite is named
 * after its own title only. Where the classname ends with its suite's
 * title, that title counts first, then the rest of the classname's parts
 * between dots, nearest first (see TestCase.blocks), not every enclosing
 * block's at once. A title's own `.` cannot be told from the join.
 */
function wdioSuite(testCases: readonly TestCase[], title: string): void {
  if (title === '') return
  // One list per classname, shared by the suite's tests.
  const byClassname = new Map<string, readonly string[]>()
  for (const tail of new Set(['.' + title.replace(/\s/g, '_'), '.' + title]))
    for (const testCase of testCases) {
      const { classname } = testCase
      if (testCase.blocks || !classname.endsWith(tail)) continue
      let blocks = byClassname.get(classname)
      if (!blocks) {
        const outer = classname.slice(0, classname.length - tail.length)
        blocks = [title, ...outer.split('.').reverse()]
        byClassname.set(classname, blocks)
      }
      testCase.blocks = blocks
    }
}

/**
 * Maven Surefire, Ant `<junitlauncher>` and the ConsoleLauncher name a
 * @Nested class's test's class after its enclosing classes, joined by `$`
 * (`demo.CartTest$TestBd5Checkout$TestBd6Shipping`): the classes are read
 * nearest first (see TestCase.blocks), so the nearest marked class counts,
 * not every one.
 */
function javaNestedSuite(testCases: readonly TestCase[]): void {
  classnameBlocks(testCases, (classname) =>
    JAVA_NESTED_CLASSNAME.test(classname)
      ? classname.split('$').reverse()
      : undefined
  )
}

/**
 * Surefire 3's JUnit 5 reporter, with usePhrasedTestCaseMethodName, names a
 * parameterized test's invocation and a dynamic test after its method's
 * display name and its own (`testBd12Totals(int, int) BD-13 total of 1`):
 * where the method's is its default (its name and parameters' types), the
 * rest is the test's own title (see TestCase.nameAfterSuite) and the
 * method comes next, before the classes (see TestCase.blocks), so an
 * invocation's own marker counts, not its method's too. A method's
 * @DisplayName cannot be told from the invocation's: such a name is read
 * whole.
 */
function surefire3Suite(testCases: readonly TestCase[]): void {
  // A method's invocations are in a row and share their blocks.
  let method = ''
  let classBlocks: readonly string[] | undefined
  let blocks: readonly string[] = []
  for (const testCase of testCases) {
    if (testCase.nameAfterSuite) continue
    const found = SUREFIRE3_PHRASED_METHOD.exec(testCase.name)?.[0]
    if (found === undefined) continue
    if (found !== method || testCase.blocks !== classBlocks) {
      method = found
      classBlocks = testCase.blocks
      blocks = [found, ...(classBlocks ?? [])]
    }
    testCase.nameAfterSuite = found.length + 1
    testCase.blocks = blocks
  }
}

/**
 * node-tap names a test's (or assertion's) class after its file and
 * enclosing subtests, joined by ` > ` (`test/cart.test.mjs > BD-20 outer >
 * BD-21 inner`), each a suite of its own: where a classname is just its
 * suites' names so joined, its markers are read from its suites, nearest
 * first (see classnameOfSuites), not every enclosing subtest's at once.
 */
function nodeTapSuite(testCases: readonly TestCase[]): void {
  classnameJoiningSuites(testCases, NODE_TAP_CLASSNAME_JOIN)
}

/**
 * Marks the test cases whose classname is just their suites' names joined
 * by `join`, outermost first (node:test's, node-tap's): their markers are
 * read from their suites, nearest first (see classnameOfSuites). The join
 * is made once per list of suites, which a suite's tests share.
 */
function classnameJoiningSuites(
  testCases: readonly TestCase[],
  join: string
): void {
  let suites: readonly string[] | undefined
  let joined = ''
  for (const testCase of testCases) {
    if (testCase.suites.length === 0) continue
    if (testCase.suites !== suites) {
      suites = testCase.suites
      joined = [...suites].reverse().join(join)
    }
    if (testCase.classname === joined) testCase.classnameOfSuites = true
  }
}

/**
 * bun names a test's class after its describe blocks, innermost first,
 * joined by ` > ` (`BD-21 inner > BD-20 outer`): where a classname is just
 * that, its markers are read from its suites, nearest first (see
 * classnameOfSuites), not every enclosing block's at once.
 */
function bunSuite(testCases: readonly TestCase[]): void {
  for (const testCase of testCases) {
    const { classname, suites } = testCase
    if (classname === '') continue
    let joined = ''
    for (const suite of suites) {
      joined = joined === '' ? suite : joined + BUN_CLASSNAME_JOIN + suite
      if (joined.length > classname.length) break
      if (joined === classname) {
        testCase.classnameOfSuites = true
        break
      }
    }
  }
}

/**
 * vitest and Playwright name a test after its describe blocks' titles and
 * its own, outermost first, joined by `join` (vitest's ` > `: `BD-20 outer >
 * BD-21 inner > fails`; Playwright's ` › `): the last title is the test's
 * own (see TestCase.nameAfterSuite); where it has no marker, the blocks',
 * nearest first (see TestCase.blocks), not every block's at once.
 */
function titlesInName(testCases: readonly TestCase[], join: string): void {
  // One list per run of blocks, shared by their tests.
  const byBlocks = new Map<string, readonly string[]>()
  for (const testCase of testCases) {
    const { name } = testCase
    const at = name.lastIndexOf(join)
    if (at < 0) continue
    const joined = name.slice(0, at)
    let blocks = byBlocks.get(joined)
    if (!blocks) {
      blocks = joined.split(join).reverse()
      byBlocks.set(joined, blocks)
    }
    testCase.nameAfterSuite = at + join.length
    testCase.blocks = blocks
  }
}

/**
 * mocha-junit-reporter writes a suite per describe block, named after its
 * title (`BD-21 inner`), and a test's full title, its blocks' titles and its
 * own joined by spaces (`BD-20 outer BD-21 inner fails`), as its name and its
 * own title as its classname, or (testCaseSwitchClassnameAndName) the other
 * way round. Where the full title is that, the test's markers are its own
 * title's; then its suite's, then those of the titles before that (which
 * spaces cannot tell apart), not every block's at once (see TestCase.blocks).
 */
function mochaJunitSuite(
  testCases: readonly TestCase[],
  suiteName: string,
  steps?: readonly string[]
): void {
  if (!suiteName) return
  // The titles depend on the blocks' part of the full title (or, where
  // there is none, the classname) alone: one list each, shared by its tests.
  const titlesOf = new Map<string, readonly string[] | undefined>()
  const read = (blocks: string | undefined, classname: string) => {
    const outer =
      blocks === undefined
        ? undefined
        : blocks === suiteName
          ? ''
          : blocks.endsWith(' ' + suiteName)
            ? blocks.slice(0, blocks.length - suiteName.length - 1)
            : undefined
    if (outer !== undefined) return outer ? [suiteName, outer] : [suiteName]
    if (!steps) return undefined
    return blocks === undefined
      ? jenkinsTitles(steps, suiteName, classname)
      : fullSuiteTitles(steps, blocks)
  }
  for (const testCase of testCases) {
    const { name, classname } = testCase
    const switched = classname.endsWith(' ' + name)
    const title = switched ? name : classname
    const full = switched ? classname : name
    const fullTitle = title !== '' && full.endsWith(' ' + title)
    const blocks = fullTitle
      ? full.slice(0, full.length - title.length - 1)
      : undefined
    const key = blocks === undefined ? `\0${classname}` : blocks
    let titles = titlesOf.get(key)
    if (titles === undefined && !titlesOf.has(key)) {
      titles = read(blocks, classname)
      titlesOf.set(key, titles)
    }
    if (!titles) continue
    testCase.blocks = titles
    if (switched || blocks === undefined) testCase.classnameOfSuites = true
    else testCase.nameAfterSuite = blocks.length + 1
  }
}

/**
 * mocha-junit-reporter's useFullSuiteTitle names a block's suite after the
 * root suite's title, the blocks' titles and its own joined by
 * suiteTitleSeparatedBy (a space by default: `Root Suite BD-20 outer BD-21
 * inner`; `Root Suite.BD-20 outer.BD-21 inner`) and a test's full title
 * joins them by spaces (`blocks`, `BD-20 outer BD-21 inner`): the blocks'
 * titles, nearest first, where the suite's name's steps (see
 * mochaJunitSuiteSteps) and the full title agree on them and on one
 * separator.
 */
/**
 * The longest suiteTitleSeparatedBy looked for (it is a few characters: `.`,
 * ` `, ` > `): a longer one is read as written. Keeps reading a test linear
 * in its names' length.
 */
const MAX_SEPARATOR_CHARS = 16

function fullSuiteTitles(
  steps: readonly string[],
  blocks: string
): string[] | undefined {
  const [first, ...added] = steps
  const last = added.length > 0 ? added[added.length - 1] : ''
  const cuts = Math.min(Math.max(last.length, 1), MAX_SEPARATOR_CHARS + 1)
  for (let cut = 0; cut < cuts; cut++) {
    const separator = last.slice(0, cut)
    if (!added.every((step) => step.startsWith(separator))) continue
    const titles = added.map((step) => step.slice(cut))
    const tail = titles.map((t) => ' ' + t).join('')
    if (!blocks.endsWith(tail)) continue
    const outermost = blocks.slice(0, blocks.length - tail.length)
    if (
      added.length > 0
        ? separator === '' || !first.endsWith(separator + outermost)
        : !first.endsWith(outermost)
    )
      continue
    if (outermost === '' || first.length <= separator.length + outermost.length)
      continue
    return [outermost, ...titles].reverse()
  }
  return undefined
}

/**
 * mocha-junit-reporter's jenkinsMode names a block's suite after the root
 * suite's title, the blocks' titles and its own joined by
 * suiteTitleSeparatedBy (`.` by default: `Root Suite.BD-20 outer.BD-21
 * inner`), a test after its own title and its class after the blocks' titles
 * so joined (`BD-20 outer.BD-21 inner`), which the suite's name ends with:
 * the blocks' titles, nearest first, where the suite's name's steps (see
 * mochaJunitSuiteSteps) tell them apart. The separator is the longest end
 * of what comes before the classname in the suite's name that each further
 * block starts with.
 */
function jenkinsTitles(
  steps: readonly string[],
  suiteName: string,
  classname: string
): string[] | undefined {
  if (classname === '' || !suiteName.endsWith(classname)) return undefined
  const before = suiteName.slice(0, suiteName.length - classname.length)
  const [first, ...added] = steps
  if (before === '' || first.length <= before.length) return undefined
  let separator = ''
  for (
    let length = Math.min(before.length, MAX_SEPARATOR_CHARS);
    length > 0 && !separator;
    length--
  ) {
    const end = before.slice(before.length - length)
    if (added.every((step) => step.startsWith(end) && step.length > length))
      separator = end
  }
  if (added.length > 0 && !separator) return undefined
  const titles = [
    first.slice(before.length),
    ...added.map((step) => step.slice(separator.length))
  ]
  return titles.reverse()
}

/**
 * karma-junit-reporter names a test's class after its describe blocks'
 * titles joined by spaces (`BD-20 outer BD-21 inner`) and the test after
 * that and its own title (`BD-20 outer BD-21 inner fails`): the test's own
 * markers are its own title's (see TestCase.nameAfterSuite), then the
 * classname's. The blocks' titles cannot be told apart there: all count.
 * With `useBrowserName: true` the classname starts with the browser's name
 * (the suite's, spaces and dots written `_`) and a `.`, and with its `suite`
 * option with one more `.`: the titles are read after those.
 */
function karmaSuite(testCases: readonly TestCase[], suiteName: string): void {
  const browser = suiteName.replace(/[ .]/g, '_') + '.'
  const prefixes = [browser + '.', browser, '.', '']
  for (const testCase of testCases) {
    const { name, classname } = testCase
    for (const prefix of prefixes) {
      if (!classname.startsWith(prefix)) continue
      const blocks = classname.length - prefix.length
      if (
        blocks > 0 &&
        name.length > blocks + 1 &&
        name.startsWith(classname.slice(prefix.length)) &&
        name.charCodeAt(blocks) === 0x20 /* space */
      ) {
        testCase.nameAfterSuite = blocks + 1
        break
      }
    }
  }
}

/**
 * pytest names a test's class after its module's dotted path and its test
 * classes', outermost first, joined by `.`
 * (`tests.test_x.TestBd20Outer.TestBd21Inner`): where the test's own name has
 * no marker, the nearest marked class's count (BD-21), then the module's
 * (see TestCase.blocks), not every enclosing class's at once. A classname
 * that is not only identifiers so joined (a folder `BD-20-login`) is read
 * as written.
 */
function pytestSuite(testCases: readonly TestCase[]): void {
  classnameBlocks(testCases, (classname) =>
    PYTEST_DOTTED_CLASSNAME.test(classname)
      ? classname.split('.').reverse()
      : undefined
  )
}

/**
 * Gives each test case without blocks those `blocksOf` reads from its
 * classname: one list per classname, shared by its tests (which mostly come
 * one after another; pytest-xdist writes other classes' tests between them).
 */
function classnameBlocks(
  testCases: readonly TestCase[],
  blocksOf: (classname: string) => readonly string[] | undefined
): void {
  const byClassname = new Map<string, readonly string[] | undefined>()
  let last: string | undefined
  let lastBlocks: readonly string[] | undefined
  for (const testCase of testCases) {
    if (testCase.blocks) continue
    const { classname } = testCase
    if (classname !== last) {
      last = classname
      if (byClassname.has(classname)) lastBlocks = byClassname.get(classname)
      else {
        lastBlocks = blocksOf(classname)
        byClassname.set(classname, lastBlocks)
      }
    }
    if (lastBlocks) testCase.blocks = lastBlocks
  }
}

/**
 * jasmine-reporters names a describe block's suite, and its tests' class,
 * after the enclosing blocks' titles and its own joined by `.`
 * (`BD-20 outer.BD-21 inner`), each block a suite of its own: where the
 * name so starts with an enclosing block's suite's, it is read as those
 * blocks' titles, nearest first (see TestCase.blocks), so that a test
 * takes the nearest marked block's markers. A name no suite before it
 * starts is one title, dots and all (`v1.2 login`). With useDotNotation:
 * false the titles are joined by spaces (`BD-20 outer BD-21 inner`; see
 * jasmineSuiteBlocks) and read the same way.
 */
function jasmineSuite(
  testCases: readonly TestCase[],
  suiteName: string,
  { suite, blocks }: { suite: string; blocks: readonly string[] }
): void {
  // A suite inside it (no jasmine-reporters suite holds one) is not it.
  if (suiteName !== suite) return
  for (const testCase of testCases)
    if (testCase.classname === suiteName) {
      testCase.classnameOfSuites = true
      testCase.blocks = blocks
    }
}

/**
 * node:test's junit reporter escapes a quote in an attribute twice
 * (`&amp;quot;`), so names, messages and (node 24's) file paths read
 * `&quot;` where the test said `"`. Its text content is escaped once: the
 * failure's details are right. From node 24 on, a test's classname is its
 * describe blocks' titles joined by `.` (`BD-20 outer.BD-21 inner`), read
 * as its suites are (see classnameOfSuites).
 */
export function nodeTestQuotes(testCases: readonly TestCase[]): void {
  for (const testCase of testCases) {
    testCase.name = undoNodeTestQuotes(testCase.name)
    testCase.classname = undoNodeTestQuotes(testCase.classname)
    testCase.file = undoNodeTestQuotes(testCase.file)
    for (const problem of testCase.problems)
      problem.message = undoNodeTestQuotes(problem.message)
  }
  classnameJoiningSuites(testCases, '.')
}

export function undoNodeTestQuotes(text: string): string {
  return text.includes('&quot;') ? text.replaceAll('&quot;', '"') : text
}

/** What jest-junit writes its own way, read in a file's suite. */
function jestJunitSuite(
  testCases: TestCase[],
  suiteName: string,
  outer: readonly string[]
): void {
  if (suiteName) {
    outsideFirstDescribe(testCases, suiteName, outer)
    nameAfterFirstDescribe(testCases, suiteName)
  }
  dropJestErrorJson(testCases)
  for (const testCase of testCases)
    if (JEST_EXECUTION_FAILURE.test(testCase.name))
      for (const problem of testCase.problems) readJestExecutionError(problem)
}

/**
 * jest-junit names a file's suite after its first describe block
 * (`suiteNameTemplate` "{title}"), and
 * starts each test's name with its describe blocks' titles: a test whose
 * name does not start with the suite's is outside that block, and does not
 * take a marker from it (`describe('BD-13 profile')`, then a failing
 * `describe('settings page')` in the same file). When no test's name shows
 * the suite's (templates without the describe titles), nothing tells.
 * jest-junit's afterAll failure is the file's: it keeps the suite.
 */
function outsideFirstDescribe(
  testCases: TestCase[],
  suiteName: string,
  outer: readonly string[]
): void {
  const inside = (t: TestCase) =>
    t.name.trimStart().startsWith(suiteName) ||
    t.classname.trimStart().startsWith(suiteName)
  if (!testCases.some(inside)) return
  for (const testCase of testCases) {
    if (!inside(testCase) && !JEST_EXECUTION_FAILURE.test(testCase.name))
      testCase.suites = outer
  }
}

/**
 * jest-junit's default templates start a test's name with its describe
 * blocks' titles, outermost first, joined by spaces
 * (`BD-20 outer BD-21 inner fails`): the first of them, its suite's name,
 * is not the test's own, so that a test takes the marker of a block inside
 * the first (or its own) instead of the first block's as well (see
 * TestCase.nameAfterSuite). Titles further in cannot be told apart: a
 * test two marked blocks deep still takes both.
 */
function nameAfterFirstDescribe(
  testCases: readonly TestCase[],
  suiteName: string
): void {
  const prefix = suiteName + ' '
  for (const testCase of testCases)
    if (testCase.suites[0] === suiteName && testCase.name.startsWith(prefix))
      testCase.nameAfterSuite = prefix.length
}

/**
 * jest-junit's `reportTestSuiteErrors` writes a test file that failed to
 * run twice, under one name: its error, then the error's JSON as a failure.
 * One test failed to run: the JSON copy goes.
 */
function dropJestErrorJson(testCases: TestCase[]): void {
  for (let i = testCases.length - 1; i > 0; i--) {
    const [copy, before] = [testCases[i], testCases[i - 1]]
    if (
      copy.classname === JEST_SUITE_FAILED &&
      before.classname === JEST_SUITE_FAILED &&
      copy.name === before.name &&
      copy.problems.length === 1 &&
      copy.problems[0].details.trimStart().startsWith('{')
    )
      testCases.splice(i, 1)
  }
}

/** The classname jest-junit gives a test file that failed to run. */
const JEST_SUITE_FAILED = 'Test suite failed to run'

/** jest-junit's testcase for a failed afterAll or a file that failed to run. */
const JEST_EXECUTION_FAILURE = /^\s*Test execution failure\b/

/**
 * Qt 6 does not count a class's cleanupTestCase that passed after a QSKIP in
 * its initTestCase (the class is skipped: `0 passed, 1 skipped`), though its
 * junitxml writes it as a test that passed: a marker on the class would read
 * passed.
 */
function dropUncountedCleanup(testCases: TestCase[]): void {
  const init = testCases.findIndex((t) => t.name === 'initTestCase')
  if (init < 0 || testCases[init].outcome !== 'skipped') return
  const cleanup = testCases.findIndex(
    (t, i) => i > init && t.name === 'cleanupTestCase' && passedPlainly(t)
  )
  if (cleanup >= 0) testCases.splice(cleanup, 1)
}
