/**
 * JUnit XML → test cases. Pure: text in, plain objects out.
 *
 * Handles every flavour we know of: a `<testsuites>` or bare `<testsuite>`
 * root, suites nested at any depth (PHPUnit), failures/errors/skips as child
 * elements or as a `status` attribute (Catch2, tst, CTest), Surefire reruns.
 */
import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser'
import { counted, grouped } from '../util/counted.js'
import { errorMessage } from '../util/error-message.js'
import { detached } from '../util/text.js'
import {
  checkStructure,
  countNodes,
  emptyStructure,
  lineAt,
  rootName,
  tagName,
  type Structure
} from './well-formed.js'
import { decodeEntities, decodeRawContent, stripDoctype } from './xml-text.js'

/** `flaky`: failed, then passed on a retry. */
export type Outcome = 'passed' | 'failure' | 'error' | 'skipped' | 'flaky'

export interface Problem {
  kind:
    | 'failure'
    | 'error'
    | 'skipped'
    | 'flaky failure'
    | 'flaky error'
    // PHPUnit 9's, doctest's WARN checks: shown with the result, not counted against it.
    | 'warning'
  message: string
  type: string
  details: string
}

/** Characters of a test case's own text (its suites' names, shared with its siblings, are not counted). */
export function ownTextLength(testCase: TestCase): number {
  let length =
    testCase.name.length +
    testCase.reportedName.length +
    testCase.classname.length +
    testCase.file.length +
    testCase.output.length
  for (const problem of testCase.problems)
    length +=
      problem.message.length + problem.type.length + problem.details.length
  for (const value of testCase.markerProperties) length += value.length
  for (const path of testCase.attachments) length += path.length
  return length
}

/**
 * The test case with copies of its strings, which keep nothing else in
 * memory (see detached): kept beyond its report, it would otherwise keep the
 * report's whole text. Suite and block lists are copied once, through
 * `suiteCopies`, so that siblings still share one.
 */
export function detachedTestCase(
  testCase: TestCase,
  suiteCopies: Map<readonly string[], readonly string[]>
): TestCase {
  const copy: TestCase = {
    ...testCase,
    name: detached(testCase.name),
    reportedName: detached(testCase.reportedName),
    classname: detached(testCase.classname),
    file: detached(testCase.file),
    suites: copiedList(testCase.suites, suiteCopies),
    problems: testCase.problems.map((problem) => ({
      kind: problem.kind,
      message: detached(problem.message),
      type: detached(problem.type),
      details: detached(problem.details)
    })),
    markerProperties: testCase.markerProperties.map(detached),
    output: detached(testCase.output),
    attachments: testCase.attachments.map(detached)
  }
  // Set in place (most have none): a spread or closure here costs every one
  // of 100,000 test cases.
  if (testCase.blocks) copy.blocks = copiedList(testCase.blocks, suiteCopies)
  return copy
}

/** A list of strings copied once (see detachedTestCase). */
function copiedList(
  list: readonly string[],
  copies: Map<readonly string[], readonly string[]>
): readonly string[] {
  let copy = copies.get(list)
  if (copy === undefined) {
    copy = list.map(detached)
    copies.set(list, copy)
  }
  return copy
}

/** A test that failed or errored; a flaky one passed in the end. */
export function failedOrErrored(outcome: Outcome): boolean {
  return outcome === 'failure' || outcome === 'error'
}

/**
 * At most `limit` of the tests, those that failed or errored first, each
 * kind in order: what a list cut short must still show.
 */
export function failedFirst(
  testCases: readonly TestCase[],
  limit: number
): TestCase[] {
  const chosen: TestCase[] = []
  for (const failed of [true, false]) {
    for (const testCase of testCases) {
      if (chosen.length === limit) return chosen
      if (failedOrErrored(testCase.outcome) === failed) chosen.push(testCase)
    }
  }
  return chosen
}

/** A failure or an error, not a skip or a failed attempt before a passing retry. */
export function isFailureOrError(problem: Problem): boolean {
  return problem.kind === 'failure' || problem.kind === 'error'
}

export interface TestCase {
  name: string
  /**
   * The `name` attribute when the test goes by another name: JUnit 5's
   * ConsoleLauncher writes the display name in its output. '' otherwise.
   */
  reportedName: string
  classname: string
  /** `file` attribute as written in the report: annotations point at it, its file is never opened. */
  file: string
  /**
   * The `line` attribute (where the test is in its file), kept for a failed
   * or errored test only: its annotation's line when the failure names none.
   */
  line?: number
  /** Enclosing testsuite names, nearest first (shared between siblings). */
  suites: readonly string[]
  outcome: Outcome
  /** Seconds as written in the report, `undefined` when absent or unusable. */
  seconds: number | undefined
  problems: readonly Problem[]
  /** Values of `qasphere` properties on the testcase. */
  markerProperties: readonly string[]
  /** Captured output; kept only for tests that did not pass. */
  output: string
  /**
   * The output is its suite's: the tool wrote none for the test itself
   * (jest-junit, Bazel). Absent otherwise.
   */
  outputOfSuite?: true
  /** Paths of `[[ATTACHMENT|path]]` lines in its output and failures, as written (untrusted). */
  attachments: readonly string[]
  reportFile: string
  /**
   * Its name and suites' names were written with every run of characters
   * other than letters, digits and `@` turned into one space, as
   * WebdriverIO's junit reporter does by default: `BD 12` is `BD-12` there.
   */
  spacedMarkers?: true
  /**
   * Its name was written with every run of characters other than letters,
   * digits, `.` and `_` turned into one `_`, as testcase names of testthat's
   * JunitReporter are: `BD_12` is `BD-12` there.
   */
  underscoredMarkers?: true
  /**
   * Its classname is its suites' names joined: outermost first by `.`
   * (node:test's from node 24 on), or innermost first by ` > ` (bun's): its
   * markers are its nearest marked suite's, not every enclosing suite's.
   */
  classnameOfSuites?: true
  /**
   * Its name starts with characters it does not own: its nearest suite's
   * name and a space (jest-junit's default templates start a test's name
   * with its describe blocks' titles, and name the file's suite after the
   * first), or its describe blocks' titles (vitest's and Playwright's names;
   * mocha-junit-reporter's full title, see blocks): the markers of its name
   * are read after them.
   */
  nameAfterSuite?: number
  /**
   * The titles of its describe blocks, nearest first, where the report joins
   * them with its own title (vitest's name `BD-20 outer > BD-21 inner >
   * fails`, Playwright's with ` › `; mocha-junit-reporter's full title
   * `BD-20 outer BD-21 inner fails`) or in its suite's name
   * (jasmine-reporters' `BD-20 outer.BD-21 inner`), or pytest's nested
   * test classes and module in its classname
   * (`tests.test_x.TestBd20Outer.TestBd21Inner`): where its own title has
   * no marker, it takes the nearest marked block's (BD-21), not every
   * enclosing block's.
   */
  blocks?: readonly string[]
}

export type ParsedReport =
  | {
      kind: 'junit'
      testCases: TestCase[]
      doctypeIgnored: boolean
      /** The report's length: its test cases' strings are slices of its text (see detachedTestCase). */
      textLength: number
      /** Set when the file's times cannot be seconds (see ignoreImpossibleTimes); they were dropped. */
      impossibleSeconds?: number
    }
  | { kind: 'not-junit'; root: string }

export class ReportParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`)
  }
}

/** Elements whose content we keep raw: fewer objects, and CDATA/markup inside stays text. */
export const RAW_ELEMENTS = [
  'failure',
  'error',
  'skipped',
  'system-out',
  'system-err',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'aborted',
  'warning'
]

/** Attributes we read; the rest (counts, timestamps, hostnames) are not even built. */
export const USED_ATTRIBUTES = new Set([
  'name',
  'classname',
  'file',
  'time',
  'status',
  'result',
  'message',
  'type',
  'value',
  // A suite's counts, read only where none of its tests failed (see countedFailures).
  'errors',
  'failures',
  // Erlang common_test's group path (cth_surefire): a suite of its own.
  'group',
  // Where a test is (googletest, PHPUnit, pytest's xunit1, deno, bun,
  // common_test): an annotation's line when its failure names none.
  'line',
  // pytest's suites: its lines count from 0.
  'hostname',
  // Python's junit_xml library's suites, whose lines count from 1 (see countsLinesFromZero).
  'disabled',
  // Qt 5's data row of a failure (see qt5TestCases).
  'tag'
])

// preserveOrder on (no second pass building plain objects) and jPath off (no
// path string per element) skip a quarter of the parser's time on a big
// report.
export const parserOptions: Partial<X2jOptions> = {
  preserveOrder: true,
  jPath: false,
  ignoreAttributes: (name) => !USED_ATTRIBUTES.has(name),
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  allowBooleanAttributes: true,
  // Raw at any depth, also at the top of a piece of a suite (see siblingPieces).
  stopNodes: RAW_ELEMENTS.flatMap((name) => [`*.${name}`, name])
}

/**
 * A node as the parser gives it with preserveOrder: an element is
 * `{ [tag]: children, ':@'?: attributes }`, text is `{ '#text': text }`.
 */
type XmlNode = Record<string, unknown>

/** A comment's node, where comments are kept. */
const COMMENT = '#comment'

/** One parser for every report and piece: it keeps no state between parses. */
const parser = new XMLParser(parserOptions)
/**
 * The same, keeping comments (`{ '#comment': [{ '#text': … }] }`): Qt 5
 * writes a test's messages, its skip among them, as comments (see
 * qt5TestCases). Only its reports are read so.
 */
const commentParser = new XMLParser({
  ...parserOptions,
  commentPropName: COMMENT
})

const NONE: readonly never[] = Object.freeze([])

/** A big report, or a lone big suite (pytest writes every test into one), is parsed in pieces of about this many characters. */
export const PIECE_CHARS = 64 * 1024

/** `pieceChars`: the size of the pieces a big report is parsed in, and how big a suite must be to be cut (tests make it small). */
export function parseJUnit(
  text: string,
  reportFile: string,
  pieceChars = PIECE_CHARS
): ParsedReport {
  const { xml: document, hadDoctype } = stripDoctype(text)
  if (document.trim() === '') {
    throw new ReportParseError(reportFile, undefined, 'the file is empty')
  }
  // Other XML is neither checked nor parsed (it may be big).
  const rootElement = rootName(document)
  if (rootElement !== undefined && !isJUnitRoot(rootElement))
    return { kind: 'not-junit', root: rootElement }
  const xml =
    rootElement === 'testsuites' ? withoutCUnitFooter(document) : document
  const testCaseTags = countTestCaseTags(xml)
  if (testCaseTags > MAX_TEST_CASES) {
    throw new ReportParseError(
      reportFile,
      undefined,
      `it holds ${grouped(testCaseTags)} testcases, over the limit of ${grouped(MAX_TEST_CASES)} for one report (memory); split the report`
    )
  }
  const problemTags = countProblemTags(xml)
  if (problemTags > MAX_PROBLEMS) {
    throw new ReportParseError(
      reportFile,
      undefined,
      `it holds ${grouped(problemTags)} failures, errors and skips, over the limit of ${grouped(MAX_PROBLEMS)} for one report (memory); split the report`
    )
  }
  const testCases = documentTestCases(xml, reportFile, pieceChars)
  if (!testCases) return { kind: 'not-junit', root: '(none)' }
  return junitReport(testCases, hadDoctype, text.length)
}

/**
 * CUnit 2.1-3's JUnit XML (`CU_automated_enable_junit_xml`) never closes its
 * `<testsuites>`: it ends with the footer of its own format,
 * `<CUNIT_FOOTER> File Generated By CUnit v2.1-3 - <date> </CUNIT_FOOTER>`
 * and `</CUNIT_TEST_RUN_REPORT>`, in every report. That footer, at the very
 * end of a `<testsuites>` document, is read as the `</testsuites>` it stands
 * for (its line breaks kept, so errors name the file's lines).
 */
const CUNIT_FOOTER =
  /<CUNIT_FOOTER>[^<]*<\/CUNIT_FOOTER>\s*<\/CUNIT_TEST_RUN_REPORT>\s*$/

/** The footer is searched for in the document's last characters only (it may be big). */
const CUNIT_FOOTER_TAIL = 1024

function withoutCUnitFooter(xml: string): string {
  const tailStart = Math.max(0, xml.length - CUNIT_FOOTER_TAIL)
  const inTail = xml.slice(tailStart).lastIndexOf('<CUNIT_FOOTER>')
  if (inTail < 0) return xml
  const start = tailStart + inTail
  const footer = CUNIT_FOOTER.exec(xml.slice(start))
  if (!footer) return xml
  const lineBreaks = footer[0].split('\n').length - 1
  return `${xml.slice(0, start)}</testsuites>${'\n'.repeat(lineBreaks)}`
}

/** The root CUnit 2.1-3 writes, counts and all, with its space before the line break. */
const CUNIT_ROOT = '<testsuites errors="0" failures="0" tests="0" name=""> \n'

/**
 * Why a CUnit 2.1-3 JUnit report ends in the middle: writing a failed test,
 * it aborts (`CU_translate_special_characters` is given no buffer), so the
 * report stops before the first failed test, whichever test it is.
 */
function cunitAbortHint(
  xml: string,
  structure: Structure,
  message: string
): string {
  const [start] = structure.rootOpenTag
  return message.endsWith('(it looks truncated)') &&
    structure.root === 'testsuites' &&
    xml.startsWith(CUNIT_ROOT, start)
    ? '; CUnit 2.1-3 writes its JUnit XML only up to the first failed test, then aborts (an assertion in CU_translate_special_characters): its JUnit output cannot hold a failure'
    : ''
}

/** XML documents one after another in one file, at most: libtest writes one per test binary. */
export const MAX_DOCUMENTS = 10_000

/**
 * The test cases of a report's document, and of the JUnit documents after it
 * in the same file (`cargo test -- --format junit` writes one per test
 * binary); undefined when there is no root element.
 */
function documentTestCases(
  xml: string,
  reportFile: string,
  pieceChars: number
): TestCase[] | undefined {
  let testCases: TestCase[] | undefined
  let rest = xml
  /** Lines of the file before `rest`. */
  let linesBefore = 0
  for (let documents = 1; ; documents++) {
    const structure = emptyStructure()
    const problem = checkStructure(rest, structure)
    const next = problem?.secondRoot
    if (!next || !isJUnitRoot(rootName(rest.slice(next.start)))) {
      // The last (most often the only) document: checked already.
      const last = readDocument(rest, reportFile, pieceChars, linesBefore, {
        structure,
        problem
      })
      return testCases && last ? [...testCases, ...last] : (last ?? testCases)
    }
    if (documents >= MAX_DOCUMENTS) {
      throw new ReportParseError(
        reportFile,
        undefined,
        `it holds more than ${grouped(MAX_DOCUMENTS)} XML documents one after another (memory); split the report`
      )
    }
    // The next document starts with its XML declaration, if any.
    const declaration = rest.lastIndexOf('<?xml', next.start)
    const end = declaration >= next.firstEnd ? declaration : next.start
    const first = readDocument(
      rest.slice(0, end),
      reportFile,
      pieceChars,
      linesBefore
    )
    if (first) (testCases ??= []).push(...first)
    linesBefore += lineAt(rest, end) - 1
    rest = rest.slice(end)
  }
}

/** One document's test cases; errors name lines of the file (`linesBefore` it). */
function readDocument(
  xml: string,
  reportFile: string,
  pieceChars: number,
  linesBefore: number,
  checked?: CheckedStructure
): TestCase[] | undefined {
  try {
    return oneDocumentTestCases(xml, reportFile, pieceChars, checked)
  } catch (caught) {
    if (!(caught instanceof ReportParseError) || !caught.line || !linesBefore)
      throw caught
    throw new ReportParseError(
      caught.file,
      caught.line + linesBefore,
      caught.reason
    )
  }
}

/** A document's structure and what checking it found. */
interface CheckedStructure {
  structure: Structure
  problem: ReturnType<typeof checkStructure>
}

function oneDocumentTestCases(
  xml: string,
  reportFile: string,
  pieceChars: number,
  checked?: CheckedStructure
): TestCase[] | undefined {
  let structure: Structure
  let problem: CheckedStructure['problem']
  if (checked) ({ structure, problem } = checked)
  else {
    structure = emptyStructure()
    problem = checkStructure(xml, structure)
  }
  if (problem) {
    throw new ReportParseError(
      reportFile,
      problem.line,
      problem.overLimit
        ? problem.message
        : `malformed XML: ${problem.message}${cunitAbortHint(xml, structure, problem.message)}`
    )
  }
  // A big report is parsed a piece at a time: the parser's objects then die
  // young, which saves much garbage-collection time and memory.
  const source = reportSource(reportFile, xml, structure.rootOpenTag)
  const suiteSources =
    structure.root === 'testsuites'
      ? rootSuiteSources(xml, structure.children, source)
      : undefined
  const context: PieceContext = { xml, pieceChars, source, depth: 0 }
  if (structure.root === 'testsuites' && structure.children.length > 2) {
    const testCases: TestCase[] = []
    const pieces = siblingPieces(context, structure.children)
    collectSuites(pieces, [], source, testCases, suiteSources)
    return testCases
  }
  const lone = loneSuite(xml, structure)
  if (lone && lone.end - lone.start > pieceChars) {
    const testCases: TestCase[] = []
    const loneSource = suiteSources?.[0] ?? source
    collectSuiteInPieces(
      { ...context, source: loneSource },
      lone,
      [],
      testCases
    )
    return testCases
  }
  refuseTooManyNodes(xml, structure.rootOpenTag[0], xml.length, source)
  const document = parseXml(xml, reportFile, xml, parserFor(source))

  const rootNode = document.find((node) => {
    const tag = tagOf(node)
    return tag !== '#text' && tag !== COMMENT
  })
  if (!rootNode) return undefined
  const root = tagOf(rootNode)
  const testCases: TestCase[] = []
  if (root === 'testsuites')
    collectSuites(
      [childrenOf(rootNode, root)],
      [],
      source,
      testCases,
      suiteSources
    )
  else collectSuite(rootNode, [], source, testCases)
  return testCases
}

const isJUnitRoot = (name: string | undefined): boolean =>
  name === 'testsuites' || name === 'testsuite'

/** Testcases in one report at most: a million take about 170 MB once read. */
export const MAX_TEST_CASES = 2_000_000

/**
 * `<testcase` tags in a report that could hold more than MAX_TEST_CASES
 * (`<testcase/>` at the least); in Qt 5's, its comments and failures too:
 * each may name a data row, a test of its own (see qt5TestCases).
 */
function countTestCaseTags(xml: string): number {
  const qt5 =
    xml.length > MAX_TEST_CASES * '<!---->'.length &&
    xml.includes('"QTestVersion"')
  if (qt5)
    return (
      countTags(xml, '<testcase') +
      countTags(xml, '<!--') +
      countTags(xml, '<failure')
    )
  if (xml.length <= MAX_TEST_CASES * '<testcase/>'.length) return 0
  return countTags(xml, '<testcase')
}

/**
 * Failures, errors and skips of all tests in one report at most: each is
 * kept, and a hostile report of bare `<failure/>` elements would otherwise
 * hold tens of millions (gigabytes).
 */
export const MAX_PROBLEMS = 2_000_000

/** Tags that become a Problem, in a report that could hold more than MAX_PROBLEMS (`<error/>` at the least). */
function countProblemTags(xml: string): number {
  if (xml.length <= MAX_PROBLEMS * '<error/>'.length) return 0
  // Prefixes of every problem element (flakyFailure, rerunError, …): an upper bound.
  return ['<failure', '<error', '<skipped', '<flaky', '<rerun'].reduce(
    (sum, tag) => sum + countTags(xml, tag),
    0
  )
}

function countTags(xml: string, tag: string): number {
  let count = 0
  for (
    let at = xml.indexOf(tag);
    at >= 0;
    at = xml.indexOf(tag, at + tag.length)
  )
    count++
  return count
}

/** A suite element found by the structural check: where it is, and its children's bounds. */
interface SuiteBounds {
  start: number
  end: number
  /** Just after its open tag. */
  openTagEnd: number
  /** As in Structure: start, end, start, end, … */
  children: number[]
}

/** The comment TestNG's JUnit reporters write before the root. */
const TESTNG_REPORT = /<!--\s*Generated by org\.testng\.reporters\./
/**
 * A suite as TestNG's JUnitReportReporter (6.x) writes it, told by its
 * attributes' order where the comment before the root is gone (a merged
 * report).
 */
const TESTNG_SUITE =
  /^<testsuite hostname="[^"]*" failures="\d+" tests="\d+" name="[^"]*" time="[^"]*" errors="\d+" timestamp="[^"]*"/
/**
 * The root as jest-junit, vitest and mocha-junit-reporter name it, and as
 * Playwright writes it (`id` first): these tools write a retried test once,
 * so a repeated name is another test (`it.each` with one title, Playwright's
 * --repeat-each).
 */
const ONE_TESTCASE_PER_TEST =
  /^<testsuites\s(?:(?:[^>]*\s)?name="(?:jest tests|vitest tests|Mocha Tests)"|id="[^"]*"\s+name="[^"]*"\s+tests="\d+"\s+failures="\d+"\s+skipped="\d+"\s+errors="\d+")/

/** A suite as jest-junit writes it, told by its attributes' order (its root's name is an option). */
const JEST_JUNIT_SUITE = String.raw`name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" timestamp="[^"]*" time="[^"]*" tests="\d+"`
const JEST_JUNIT_ROOT = /^<testsuites\s(?:[^>]*\s)?name="jest tests"/
const JEST_JUNIT = new RegExp(`^<testsuite ${JEST_JUNIT_SUITE}`)

/**
 * A suite as jest-junit, vitest, mocha-junit-reporter, Playwright and
 * @hapi/lab write it, told by its attributes' order: their root's name is
 * an option (`suiteName`, `testsuitesTitle`), mocha's antMode writes none,
 * and a merged report has another tool's root.
 */
const ONE_TESTCASE_PER_TEST_SUITE = new RegExp(
  [
    JEST_JUNIT_SUITE,
    // vitest
    String.raw`name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" errors="\d+" skipped="\d+" time="[^"]*"`,
    // mocha-junit-reporter (antMode adds package … errors)
    String.raw`name="[^"]*" timestamp="[^"]*" tests="\d+"(?: file="[^"]*")?(?: package="[^"]*" hostname="[^"]*" id="\d+" errors="\d+")? time="[^"]*" failures="\d+"`,
    // Playwright
    String.raw`name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" skipped="\d+" time="[^"]*" errors="\d+"`,
    // @hapi/lab: two tests of one title in a describe block are two tests
    String.raw`name="[^"]*" tests="\d+" skipped="\d+" errors="\d+" time="[^"]*">`
  ]
    .map((attributes) => `^<testsuite ${attributes}`)
    .join('|')
)

/**
 * node:test's junit reporter (node 20 to 24 at least): a bare <testsuites>
 * root, then a top-level test (`name time classname`) or a describe block's
 * suite (`name time disabled errors`).
 */
const NODE_TEST_ROOT = '<testsuites>'
const NODE_TEST_FIRST_CHILD =
  /^<test(?:case name="[^"]*" time="[^"]*" classname="|suite name="[^"]*" time="[^"]*" disabled="\d+" errors="\d+")/
const NODE_TEST_SUITE =
  /^<testsuite name="[^"]*" time="[^"]*" disabled="\d+" errors="\d+"/

/**
 * A suite as @wdio/junit-reporter writes it: its `specId` property, then its
 * describe block's (or cucumber feature's) title as written; the suite's
 * name is that title as its `suiteNameFormat` made it. (junitparser, which
 * merges reports, writes ` />`.)
 */
const WDIO_SUITE =
  /^<testsuite\s+name="([^"]*)"(?:[^>"]|"[^"]*")*>\s*<properties>\s*<property name="specId" value="[^"]*"\s*\/>\s*<property name="(?:suiteName|featureName)" value="([^"]*)"\s*\/>/

/**
 * A suite as testthat's JunitReporter writes it (xml2 keeps the order it was
 * given): `name timestamp hostname`, the counts once its file has run, and
 * testcases written `time classname name`, one per expectation.
 */
const TESTTHAT_SUITE =
  /^<testsuite name="[^"]*" timestamp="[^"]*" hostname="[^"]*"(?:[^>"]|"[^"]*")*>\s*<testcase time="[^"]*" classname="[^"]*" name="[^"]*"/

/**
 * A suite as CppUTest's JUnitTestOutput writes it (a file per test group):
 * its attributes in alphabetical order, empty properties, then testcases
 * written `classname name assertions time file line` (its count of
 * assertions below zero after `-r`), or, with no test, its output.
 * (Catch2 v2's suites have these attributes too, but properties of their
 * own and other testcases.)
 */
const CPPUTEST_SUITE =
  /^<testsuite errors="\d+" failures="\d+" hostname="[^"]*" name="[^"]*" tests="\d+" time="[^"]*" timestamp="[^"]*">\s*<properties>\s*<\/properties>\s*(?:<testcase classname="[^"]*" name="[^"]*" assertions="-?\d+" time="[^"]*" file="[^"]*" line="\d+"|<system-out>)/

/**
 * A suite as CxxTest's XmlFormatter (4.x, `cxxtestgen --xunit-printer`)
 * writes it: its attributes in this order, a `date` as ctime writes it, and
 * a space before `>`.
 */
const CXXTEST_SUITE =
  /^<testsuite name="[^"]*" date="\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}" tests="\d+" errors="\d+" failures="\d+" time="[^"]*" >/

/**
 * A suite as LuaUnit (3.x) writes it, its one suite named `LuaUnit`, its
 * properties the versions of Lua and LuaUnit.
 */
const LUAUNIT_SUITE =
  /^<testsuite name="LuaUnit" id="\d+" package="[^"]*" hostname="[^"]*" tests="\d+" timestamp="[^"]*" time="[^"]*" errors="\d+" failures="\d+" skipped="\d+">\s*<properties>\s*<property name="Lua Version" value="[^"]*"\/>\s*<property name="LuaUnit Version" value="[^"]*"\/>/

/**
 * A test file's suite as `bun test --reporter=junit` (1.x) writes it:
 * `name file tests assertions failures skipped time hostname` in this order
 * (PHPUnit's has `errors` and more between); its describe blocks are suites
 * of `name file line …` inside.
 */
const BUN_SUITE =
  /^<testsuite name="[^"]*" file="[^"]*" tests="\d+" assertions="\d+" failures="\d+" skipped="\d+" time="[^"]*" hostname="[^"]*">/

/**
 * A test file's suite as vitest's junit reporter (4.x, 5.x) writes it:
 * `name timestamp hostname tests failures errors skipped time` in this
 * order, the timestamp an ISO string in UTC with milliseconds
 * (`2026-11-24T21:29:38.755Z`, toISOString()). Qt 6's QtTest writes its
 * suite's attributes in the same order, but its timestamp without
 * milliseconds or `Z` (`2026&#x002D;11&#x002D;24T14:55:26`).
 */
const VITEST_SUITE =
  /^<testsuite name="[^"]*" timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z" hostname="[^"]*" tests="\d+" failures="\d+" errors="\d+" skipped="\d+" time="[^"]*">/

/** How vitest joins a test's describe blocks' titles and its own into its name. */
const VITEST_NAME_JOIN = ' > '

/**
 * A describe block's suite as mocha-junit-reporter (2.x) writes it:
 * `name timestamp tests (file) time failures` in this order (antMode adds
 * `package hostname id errors` before `time`).
 */
const MOCHA_JUNIT_SUITE =
  /^<testsuite name="([^"]*)" timestamp="[^"]*" tests="\d+"(?: file="[^"]*")?(?: package="[^"]*" hostname="[^"]*" id="\d+" errors="\d+")? time="[^"]*" failures="\d+"/

/**
 * The browser's suite as karma-junit-reporter (2.x) writes it:
 * `name package timestamp id hostname tests errors failures time` in this
 * order.
 */
const KARMA_SUITE =
  /^<testsuite name="[^"]*" package="[^"]*" timestamp="[^"]*" id="\d+" hostname="[^"]*" tests="\d+" errors="\d+" failures="\d+" time="[^"]*">/

/** How bun joins a test's describe blocks, innermost first, into its classname. */
const BUN_CLASSNAME_JOIN = ' > '

/**
 * A test file's suite as Playwright's junit reporter (1.x) writes it:
 * `name timestamp hostname tests failures skipped time errors` in this order
 * (vitest's has `errors` before `skipped`).
 */
const PLAYWRIGHT_SUITE =
  /^<testsuite name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" skipped="\d+" time="[^"]*" errors="\d+"/

/** How Playwright joins a test's describe blocks' titles and its own, outermost first, into its name. */
const PLAYWRIGHT_TITLE_JOIN = ' \u203a '

/**
 * The suite @cucumber/cucumber's junit formatter (@cucumber/junit-xml-formatter,
 * cucumber-js 12 and 13) writes: `name time tests skipped failures errors
 * timestamp` in this order.
 */
const CUCUMBER_JS_SUITE =
  /^<testsuite name="[^"]*" time="[^"]*" tests="\d+" skipped="\d+" failures="\d+" errors="\d+" timestamp="[^"]*"/

/** How cucumber-js joins a scenario's Rule's name and its own (and its example's) into its name. */
const CUCUMBER_JS_NAME_JOIN = ' - '

/** cucumber-js's number of an outline's example in a scenario's name: `#1.2` or `#1.2: even 4`. */
const CUCUMBER_JS_EXAMPLE = /^#\d+\.\d+(?:: |$)/

/**
 * A describe block's suite as jasmine-reporters' JUnitXmlReporter (2.x)
 * writes it: `name timestamp hostname time errors tests skipped disabled
 * failures` in this order, each block a suite of its own directly in the
 * root, named after its enclosing blocks' titles and its own joined by `.`
 * (`useDotNotation`, the default).
 */
const JASMINE_REPORTERS_SUITE =
  /^<testsuite name="([^"]*)" timestamp="[^"]*" hostname="[^"]*" time="[^"]*" errors="\d+" tests="\d+" skipped="\d+" disabled="\d+" failures="\d+"/

/**
 * A suite as pytest's junitxml plugin (6.1 on, through ElementTree) writes
 * it: `name errors failures skipped tests time timestamp hostname` in this
 * order. 5.1 to 6.0 (py.xml) sorted them by name, as Gradle does: those
 * suites are read as written.
 */
const PYTEST_SUITE =
  /^<testsuite name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" tests="\d+" time="[^"]*" timestamp="[^"]*" hostname="[^"]*">/

/**
 * A pytest classname that is a module's dotted path and its (nested) test
 * classes' names, each a Python identifier: `tests.test_x.TestOuter.TestInner`
 * (after its first character, combining marks and connectors too: `TestShopकरें`).
 */
const PYTEST_DOTTED_CLASSNAME =
  /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*)+$/u

/**
 * A test file's or subtest's suite as node-tap's junit reporter (tap 21)
 * writes it: `name tests failures assertions skipped time` in this order.
 */
const NODE_TAP_SUITE =
  /^<testsuite name="[^"]*" tests="\d+" failures="\d+" assertions="\d+" skipped="\d+" time="[^"]*">/

/** How node-tap joins a test's file and subtests' names into its classname. */
const NODE_TAP_CLASSNAME_JOIN = ' > '

/**
 * A test class's suite as JVM build tools write it that name a @Nested
 * class's test's class after its enclosing classes, joined by `$`: Maven
 * Surefire's and Failsafe's (their schema's location first), Ant
 * `<junitlauncher>`'s legacy-xml listener's (`name time timestamp tests
 * failures skipped aborted` in this order) and the JUnit Platform
 * ConsoleLauncher's (`name tests skipped failures errors time hostname
 * timestamp`).
 */
const JAVA_NESTED_SUITE =
  /^<testsuite (?:xmlns:xsi="[^"]*" xsi:noNamespaceSchemaLocation="https:\/\/maven\.apache\.org\/surefire\/[^"]*-test-report[^"]*\.xsd"|name="[^"]*" time="[^"]*" timestamp="[^"]*" tests="\d+" failures="\d+" skipped="\d+" aborted="\d+">|name="[^"]*" tests="\d+" skipped="\d+" failures="\d+" errors="\d+" time="[^"]*" hostname="[^"]*" timestamp="[^"]*">)/

/**
 * A nested Java class's binary name: its package's and outermost class's
 * names joined by `.`, then each enclosing class's and its own by `$`
 * (`demo.CartTest$TestBd5Checkout$TestBd6Shipping`); no anonymous class.
 */
const JAVA_NESTED_CLASSNAME =
  /^[\p{L}\p{Nl}_$][\p{L}\p{N}_]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}_]*)*(?:\$[\p{L}\p{Nl}_][\p{L}\p{N}_]*)+$/u

/** How CppUTest writes a line break in a failure's message and in its output. */
const CPPUTEST_NEWLINE = '{newline}'

/**
 * Perl's TAP::Harness::JUnit (XML::Simple): a bare <testsuites> root, then a
 * suite per test script with its attributes in this order.
 */
const TAP_HARNESS_SUITE =
  /^<testsuite name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" tests="\d+" time="[^"]*">/

/**
 * The property Qt Test writes first in its suite, with its version: Qt 5
 * writes `value` first, Qt 6 `name`.
 */
const QTEST_VERSION =
  /<properties>\s*<property (?:value="(\d+)\.[^"]*" name="QTestVersion"|name="QTestVersion" value="(\d+)\.[^"]*")\s*\/>/

/**
 * Ginkgo v1's root (reporters.NewJUnitReporter): a bare suite, its
 * attributes in the order of Ginkgo's JUnitTestSuite struct.
 */
const GINKGO_V1_ROOT =
  /^<testsuite name="[^"]*" tests="\d+" failures="\d+" errors="\d+" time="[^"]*">$/

/**
 * TestCafe's reporters (its built-in xunit, testcafe-reporter-junit) write
 * one bare suite named after the browsers.
 */
const TESTCAFE_ROOT = /^<testsuite name="TestCafe Tests: /

/**
 * A suite as @web/test-runner-junit-reporter writes it: one per browser and
 * test file, `name id tests skipped errors failures time`, then the file's,
 * the browser's and the launcher's properties.
 */
const WEB_TEST_RUNNER_SUITE =
  /^<testsuite name="[^"]*" id="\d+" tests="\d+" skipped="\d+" errors="\d+" failures="\d+" time="[^"]*">\s*<properties>\s*<property name="test\.fileName" value="[^"]*"\s*\/>\s*<property name="browser\.name" value="[^"]*"\s*\/>\s*<property name="browser\.launcher" value="[^"]*"\s*\/>/

/** A title as @wdio/junit-reporter's default `suiteNameFormat` writes it (`BD-12 logs in` → `BD 12 logs in`). */
function wdioDefaultName(title: string): string {
  return title
    .split(/[^a-zA-Z0-9@]+/)
    .filter((part) => part !== '')
    .join(' ')
}

/** Characters of a suite's start that its tool is told by: its open tag, its properties, its first testcase. */
const SUITE_START_CHARS = 1000

/**
 * What the report's root (and the comment before it) tells of how to read
 * its suites (see ReportSource); each suite may tell more (see suiteSource).
 * A bare <testsuite> root is a suite itself.
 */
function reportSource(
  file: string,
  xml: string,
  [rootStart, rootEnd]: [number, number]
): ReportSource {
  const root = xml.slice(rootStart, rootEnd)
  const firstChild = xml.indexOf('<test', rootEnd)
  // Qt, TAP::Harness::JUnit and Ginkgo v1 are told by the root and the
  // first suite (in a merged report, their suites are read as any tool's).
  const at = xml.indexOf('<testsuite ', rootEnd)
  const firstSuite = at < 0 ? '' : xml.slice(at, at + SUITE_START_CHARS)
  // Qt writes a bare suite: its properties follow the root.
  const qtVersion =
    QTEST_VERSION.exec(xml.slice(rootEnd, rootEnd + SUITE_START_CHARS)) ??
    QTEST_VERSION.exec(firstSuite)
  const source: ReportSource = {
    file,
    repeatsMayBeRetries:
      !TESTNG_REPORT.test(xml.slice(0, rootStart)) &&
      !ONE_TESTCASE_PER_TEST.test(root),
    jestJunit: JEST_JUNIT_ROOT.test(root),
    nodeTest:
      root === NODE_TEST_ROOT &&
      firstChild >= 0 &&
      NODE_TEST_FIRST_CHILD.test(xml.slice(firstChild, firstChild + 1000)),
    tapHarness: root === NODE_TEST_ROOT && TAP_HARNESS_SUITE.test(firstSuite),
    qtest: qtVersion
      ? Number(qtVersion[1] ?? qtVersion[2]) < 6
        ? 5
        : 6
      : undefined,
    ginkgoV1: GINKGO_V1_ROOT.test(root),
    testcafe: TESTCAFE_ROOT.test(root),
    webTestRunner: false,
    wdio: undefined,
    testthat: false,
    cpputest: false,
    cxxtest: false,
    luaunit: false,
    bun: false,
    vitest: false,
    mochaJunit: false,
    playwright: false,
    jasmineReporters: false,
    karma: false,
    pytest: false,
    nodeTap: false,
    javaNested: false,
    cucumberJs: false
  }
  return root.startsWith('<testsuite') && !root.startsWith('<testsuites')
    ? suiteSource(source, xml, rootStart)
    : source
}

/**
 * What a suite of the report's root tells of its tool, added to what the
 * root tells: its attributes' order, its first properties or testcase. Each
 * suite is told apart, as a merged report (junitparser) holds suites of
 * several tools under a root of its own.
 */
function suiteSource(
  report: ReportSource,
  xml: string,
  suiteStart: number,
  /** The report's first WebdriverIO suite's (see wdioReport). */
  firstWdio?: WdioReport
): ReportSource {
  const suite = xml.slice(suiteStart, suiteStart + SUITE_START_CHARS)
  const jestJunit = JEST_JUNIT.test(suite)
  const oncePerTest = ONE_TESTCASE_PER_TEST_SUITE.test(suite)
  const testng = TESTNG_SUITE.test(suite)
  const nodeTest = NODE_TEST_SUITE.test(suite)
  const wdio = WDIO_SUITE.exec(suite)
  const own = suiteOwnTools(suite)
  // Most suites are no special tool's: they share the report's.
  if (!jestJunit && !oncePerTest && !testng && !nodeTest && !wdio && !own)
    return report
  return {
    ...report,
    // @web/test-runner writes a retried test once, as its last attempt.
    repeatsMayBeRetries:
      report.repeatsMayBeRetries &&
      !oncePerTest &&
      !testng &&
      !own?.testthat &&
      !own?.webTestRunner,
    jestJunit: report.jestJunit || jestJunit,
    nodeTest: report.nodeTest || nodeTest,
    wdio: wdio ? wdioReport(wdio, firstWdio) : undefined,
    ...own
  }
}

/** The tools whose rules hold for a suite of their shape alone, never the report's. */
type SuiteOwnTools = Pick<
  ReportSource,
  | 'testthat'
  | 'cpputest'
  | 'cxxtest'
  | 'luaunit'
  | 'webTestRunner'
  | 'bun'
  | 'vitest'
  | 'mochaJunit'
  | 'playwright'
  | 'jasmineReporters'
  | 'karma'
  | 'pytest'
  | 'nodeTap'
  | 'javaNested'
  | 'cucumberJs'
>

/**
 * A suite's start as one tool writes it, and the attribute the pattern
 * needs right after `name="…"` (read from its source; none where it starts
 * otherwise): every suite of every report is checked against each tool's,
 * so a suite whose next attribute is another is passed over without
 * running the pattern.
 */
interface SuiteShape {
  pattern: RegExp
  afterName?: string
}

function suiteShape(pattern: RegExp): SuiteShape {
  const afterName = /^\^<testsuite name="\(?\[\^"\]\*\)?" ([\w:-]+)="/.exec(
    pattern.source
  )?.[1]
  return { pattern, afterName }
}

export const SUITE_OWN_TOOL_SHAPES: Record<keyof SuiteOwnTools, SuiteShape> = {
  testthat: suiteShape(TESTTHAT_SUITE),
  cpputest: suiteShape(CPPUTEST_SUITE),
  cxxtest: suiteShape(CXXTEST_SUITE),
  luaunit: suiteShape(LUAUNIT_SUITE),
  webTestRunner: suiteShape(WEB_TEST_RUNNER_SUITE),
  bun: suiteShape(BUN_SUITE),
  vitest: suiteShape(VITEST_SUITE),
  mochaJunit: suiteShape(MOCHA_JUNIT_SUITE),
  playwright: suiteShape(PLAYWRIGHT_SUITE),
  jasmineReporters: suiteShape(JASMINE_REPORTERS_SUITE),
  karma: suiteShape(KARMA_SUITE),
  pytest: suiteShape(PYTEST_SUITE),
  nodeTap: suiteShape(NODE_TAP_SUITE),
  javaNested: suiteShape(JAVA_NESTED_SUITE),
  cucumberJs: suiteShape(CUCUMBER_JS_SUITE)
}

/** The attribute after a suite's `name="…"` (see SuiteShape). */
const AFTER_NAME = /^<testsuite name="[^"]*" ([\w:-]+)=/

/** The tools whose shape a suite's start fits: usually none (undefined). */
function suiteOwnTools(suite: string): Partial<SuiteOwnTools> | undefined {
  const afterName = AFTER_NAME.exec(suite)?.[1]
  let own: Partial<SuiteOwnTools> | undefined
  for (const tool in SUITE_OWN_TOOL_SHAPES) {
    const shape = SUITE_OWN_TOOL_SHAPES[tool as keyof SuiteOwnTools]
    if (
      (shape.afterName === undefined || shape.afterName === afterName) &&
      shape.pattern.test(suite)
    )
      (own ??= {})[tool as keyof SuiteOwnTools] = true
  }
  return own
}

/**
 * How a WebdriverIO suite names its tests, from its name and title (see
 * WDIO_SUITE): as the reporter does by default when its name is the title so
 * made. A title that has no hyphen or bracket reads the same either way:
 * there the report's first suite tells (`first`), if it is WebdriverIO's.
 */
function wdioReport(
  [, name, title]: RegExpExecArray,
  first: WdioReport | undefined
): WdioReport {
  const blockTitle = decodeEntities(title)
  const spacedNames = name === wdioDefaultName(blockTitle)
  return {
    spacedNames: spacedNames && (first?.spacedNames ?? true),
    title: blockTitle
  }
}

/** The sources of the suites directly in a <testsuites> root, in order (see suiteSource). */
function rootSuiteSources(
  xml: string,
  children: readonly number[],
  report: ReportSource
): ReportSource[] {
  const sources: ReportSource[] = []
  let firstWdio: WdioReport | undefined
  for (let i = 0; i < children.length; i += 2) {
    const start = children[i]
    if (tagName(xml, start + 1, children[i + 1]) !== 'testsuite') continue
    const source = suiteSource(report, xml, start, firstWdio)
    firstWdio ??= source.wdio
    sources.push(source)
  }
  jasmineSuiteBlocks(xml, children, sources)
  mochaJunitSuiteSteps(xml, children, sources)
  return sources
}

/**
 * The names of the root's suites of one tool (those `of` picks, their start
 * read by `shape`, whose first group is the name), by index of source, and
 * the suites still open before each: a tool that writes a suite per describe
 * block, named after the enclosing blocks' titles and its own, writes it
 * right after its enclosing block's suite and that block's other blocks'
 * (depth first), so the suites it may be in are those whose names it starts
 * with (`isIn`) of the chain open before it. Compared with those only (not
 * with every name of the report, which took quadratic time on names of many
 * parts).
 */
function openSuiteChains(
  xml: string,
  children: readonly number[],
  sources: readonly ReportSource[],
  of: (source: ReportSource) => boolean,
  shape: RegExp,
  isIn: (name: string, outer: string) => boolean
): Map<number, readonly string[]> {
  /** Of each suite: the names of those it is in and its own, outermost first. */
  const chains = new Map<number, readonly string[]>()
  const open: string[] = []
  let at = 0
  for (let i = 0; i < children.length; i += 2) {
    const start = children[i]
    if (tagName(xml, start + 1, children[i + 1]) !== 'testsuite') continue
    const index = at++
    const match = of(sources[index])
      ? shape.exec(xml.slice(start, start + SUITE_START_CHARS))
      : null
    if (!match) continue
    const name = decodeEntities(match[1])
    while (open.length > 0 && !isIn(name, open[open.length - 1])) open.pop()
    open.push(name)
    chains.set(index, [...open])
  }
  return chains
}

/**
 * Every jasmine-reporters suite of the root in an enclosing block's suite
 * gets its blocks' titles, nearest first (see jasmineSuite): a block's suite
 * is named after its enclosing blocks' titles and its own joined by `.`
 * (useDotNotation, the default: `BD-20 outer.BD-21 inner`), or by a space
 * (useDotNotation: false) where no suite is so in another by a `.`. A title
 * may hold a `.` too: a name no suite open before it starts is one title.
 */
function jasmineSuiteBlocks(
  xml: string,
  children: readonly number[],
  sources: ReportSource[]
): void {
  const of = (source: ReportSource): boolean => source.jasmineReporters
  if (!sources.some(of)) return
  for (const join of ['.', ' ']) {
    const chains = openSuiteChains(
      xml,
      children,
      sources,
      of,
      JASMINE_REPORTERS_SUITE,
      (name, outer) => isInBlock(name, outer, join)
    )
    if (![...chains.values()].some((chain) => chain.length > 1)) continue
    for (const [index, chain] of chains) {
      if (chain.length === 1) continue
      const blocks = chain.map((name, k) =>
        k === 0 ? name : name.slice(chain[k - 1].length + join.length)
      )
      const suite = chain[chain.length - 1]
      sources[index] = {
        ...sources[index],
        jasmineBlocks: { suite, blocks: blocks.reverse() }
      }
    }
    return
  }
}

/** Whether a suite's name starts with a block's (not empty) and `join`. */
function isInBlock(name: string, block: string, join: string): boolean {
  return (
    block !== '' &&
    name.length > block.length + join.length &&
    name.startsWith(join, block.length) &&
    name.startsWith(block)
  )
}

/**
 * Every mocha-junit-reporter suite of the root gets its name's steps (see fullSuiteTitles, jenkinsTitles): with useFullSuiteTitle or
 * jenkinsMode a block's suite is named after the root suite's title, its
 * enclosing blocks' titles and its own joined by a separator that the
 * report does not say, so its name is cut where it starts with an enclosing
 * block's suite's name: that name first, then what each further one adds
 * (the separator and a title).
 */
function mochaJunitSuiteSteps(
  xml: string,
  children: readonly number[],
  sources: ReportSource[]
): void {
  const of = (source: ReportSource): boolean => source.mochaJunit
  if (!sources.some(of)) return
  const chains = openSuiteChains(
    xml,
    children,
    sources,
    of,
    MOCHA_JUNIT_SUITE,
    (name, outer) =>
      outer !== '' && name.length > outer.length && name.startsWith(outer)
  )
  for (const [index, chain] of chains) {
    const steps = chain.map((name, k) =>
      k === 0 ? name : name.slice(chain[k - 1].length)
    )
    sources[index] = { ...sources[index], mochaJunitSteps: steps }
  }
}

/** The report being read, as its suites need to know it. */
interface ReportSource {
  file: string
  /**
   * Whether a testcase repeated in a suite may be a retry (see mergeRetries).
   * Not in TestNG's reports, where a data provider's failed invocation comes
   * before its passed ones under one name, nor in those of tools that write
   * each test once.
   */
  repeatsMayBeRetries: boolean
  /** A jest-junit report: its suites need the reading of jestJunitSuite. */
  jestJunit: boolean
  /** A node:test report: its attributes' quotes are escaped twice (see nodeTestQuotes). */
  nodeTest: boolean
  /** A report of Perl's TAP::Harness::JUnit (see readTapHarnessSuite). */
  tapHarness: boolean
  /** A report of WebdriverIO's junit reporter (see toTestCase and mergeWdioRetries). */
  wdio: WdioReport | undefined
  /**
   * A report of Qt Test's junitxml logger: Qt 5's (QTestLib 5.x, see
   * qt5TestCases) or Qt 6's (see qt6Descriptions).
   */
  qtest: 5 | 6 | undefined
  /** A report of Ginkgo v1's JUnit reporter (see readGinkgoV1). */
  ginkgoV1: boolean
  /** A report of TestCafe's reporters (see readTestCafeFailure, testCafeUnstable). */
  testcafe: boolean
  /**
   * testthat's JunitReporter: a testcase per expectation, so a repeated name
   * is never a retry, and names with every run of characters other than
   * letters, digits, `.` and `_` written as one `_` (see
   * TestCase.underscoredMarkers).
   */
  testthat: boolean
  /** CppUTest's JUnitTestOutput: line breaks written `{newline}` (cpputestSuite). */
  cpputest: boolean
  /**
   * CxxTest's XmlFormatter: where a test failed is only its <failure>'s
   * `file` and `line` attributes (see cxxtestFailurePlace).
   */
  cxxtest: boolean
  /** LuaUnit's: a failure's message written as its `type` (see toTestCase). */
  luaunit: boolean
  /**
   * @web/test-runner-junit-reporter: each test written once (a repeated
   * name is another test), its `line` the first line number of the
   * failure's stack, in whatever file (toTestCase), and its suite's output
   * the test file's browser logs once per test (webTestRunnerOutput).
   */
  webTestRunner: boolean
  /**
   * bun test's junit reporter: a test's classname is its describe blocks'
   * titles, innermost first, joined by ` > ` (see bunSuite).
   */
  bun: boolean
  /**
   * vitest's junit reporter: a test's name is its describe blocks' titles
   * and its own joined by ` > ` (see vitestSuite).
   */
  vitest: boolean
  /**
   * mocha-junit-reporter: a test's name or classname is its full title, its
   * describe blocks' titles and its own joined by spaces (see
   * mochaJunitSuite).
   */
  mochaJunit: boolean
  /**
   * Playwright's junit reporter: a test's name is its describe blocks'
   * titles and its own joined by ` › ` (see playwrightSuite).
   */
  playwright: boolean
  /**
   * jasmine-reporters' JUnitXmlReporter: a block's suite is named after its
   * enclosing blocks' titles and its own joined by `.` (see jasmineSuite).
   */
  jasmineReporters: boolean
  /**
   * karma-junit-reporter: a test's classname is its describe blocks' titles
   * joined by spaces, its name that and its own title (see karmaSuite).
   */
  karma: boolean
  /**
   * pytest's junitxml: a test's classname is its module's dotted path and
   * its nested test classes' names joined by `.` (see pytestSuite).
   */
  pytest: boolean
  /**
   * node-tap's junit reporter: a test's classname is its file's and
   * subtests' names joined by ` > ` (see nodeTapSuite).
   */
  nodeTap: boolean
  /**
   * Maven Surefire's, Ant `<junitlauncher>`'s or the ConsoleLauncher's
   * suite: a @Nested class's
   * test's classname is its enclosing classes' names joined by `$` (see
   * javaNestedSuite).
   */
  javaNested: boolean
  /**
   * @cucumber/cucumber's junit formatter: a scenario in a Gherkin `Rule:`
   * is named after the rule's name and its own joined by ` - ` (see
   * cucumberJsSuite).
   */
  cucumberJs: boolean
  /**
   * A jasmine-reporters suite's blocks' titles, nearest first, where it is
   * in another block's suite of the root (see jasmineSuiteBlocks).
   */
  jasmineBlocks?: { suite: string; blocks: readonly string[] }
  /**
   * A mocha-junit-reporter suite's name cut where it starts with its
   * enclosing blocks' suites' names (see mochaJunitSuiteSteps).
   */
  mochaJunitSteps?: readonly string[]
}

interface WdioReport {
  /** Suites and tests are named by the default `suiteNameFormat` (see TestCase.spacedMarkers). */
  spacedNames: boolean
  /** Its describe block's title, as written in its `suiteName` property (see wdioSuite). */
  title: string
}

/** What reading a report in pieces needs throughout. */
interface PieceContext {
  xml: string
  pieceChars: number
  source: ReportSource
  /** Big suites around these siblings that are read in pieces. */
  depth: number
}

/**
 * Big suites nested deeper are parsed whole: each level in pieces scans its
 * suite once more for its children, so hundreds of levels of a big report
 * would take minutes.
 */
export const MAX_PIECE_DEPTH = 8

/** The report's only suite: a bare <testsuite> root, or the one <testsuite> in <testsuites>. */
function loneSuite(xml: string, structure: Structure): SuiteBounds | undefined {
  if (structure.root === 'testsuite') {
    const [start, openTagEnd] = structure.rootOpenTag
    // Self-closing: nothing inside.
    if (xml.charCodeAt(openTagEnd - 2) === 0x2f /* / */) return undefined
    return { start, end: xml.length, openTagEnd, children: structure.children }
  }
  if (structure.root !== 'testsuites' || structure.children.length !== 2)
    return undefined
  const [start, end] = structure.children
  const { openTagEnd, children } = structure.firstChild
  if (openTagEnd < 0 || tagName(xml, start + 1, end) !== 'testsuite')
    return undefined
  return { start, end, openTagEnd, children }
}

/**
 * Sibling elements as they come: parsed nodes, or, for a suite too big for
 * one piece, a function that reads it a piece at a time (see collectSuiteAt).
 */
type Part = readonly XmlNode[] | SuiteReader
type SuiteReader = (
  outer: readonly string[],
  into: TestCase[],
  source: ReportSource
) => void

/**
 * Sibling elements (the suites of a report, the children of a suite) parsed a
 * run of them at a time; `bounds` is start, end, start, end, …
 */
function* siblingPieces(
  context: PieceContext,
  bounds: readonly number[]
): Generator<Part> {
  const { xml, pieceChars, source } = context
  let next = 0
  while (next < bounds.length) {
    const start = bounds[next]
    let end = bounds[next + 1]
    next += 2
    if (
      end - start > pieceChars &&
      context.depth < MAX_PIECE_DEPTH &&
      tagName(xml, start + 1, end) === 'testsuite'
    ) {
      const suiteEnd = end
      yield (outer, into, suiteSource) =>
        collectSuiteAt(
          { ...context, source: suiteSource },
          start,
          suiteEnd,
          outer,
          into
        )
      continue
    }
    while (
      next < bounds.length &&
      end - start < pieceChars &&
      bounds[next + 1] - bounds[next] <= pieceChars
    ) {
      end = bounds[next + 1]
      next += 2
    }
    // A slice, not a copy with tags around it: the test cases' strings then
    // point into the report's text, not into a new string per piece.
    yield parsePiece(xml, start, end, source)
  }
}

/** The big suite element xml[start, end): its own structure found, then read a piece at a time. */
function collectSuiteAt(
  context: PieceContext,
  start: number,
  end: number,
  outer: readonly string[],
  into: TestCase[]
): void {
  const structure = emptyStructure()
  // The whole file passed this check; only a limit on what is recorded
  // (elements side by side deeper down) can fail it now.
  const problem = checkStructure(context.xml.slice(start, end), structure)
  if (problem) {
    throw new ReportParseError(
      context.source.file,
      lineAt(context.xml, start) + problem.line - 1,
      problem.message
    )
  }
  const [openStart, openTagEnd] = structure.rootOpenTag
  const suite: SuiteBounds = {
    start: start + openStart,
    end,
    openTagEnd: start + openTagEnd,
    children: structure.children.map((at) => at + start)
  }
  collectSuiteInPieces(context, suite, outer, into)
}

function collectSuiteInPieces(
  context: PieceContext,
  suite: SuiteBounds,
  outer: readonly string[],
  into: TestCase[]
): void {
  const { xml, source } = context
  const [openTag] = parsePiece(
    xml,
    suite.start,
    suite.openTagEnd,
    source,
    '</testsuite>'
  )
  collectSuiteParts(
    openTag,
    outer,
    siblingPieces({ ...context, depth: context.depth + 1 }, suite.children),
    source,
    into
  )
}

/** xml[start, end) parsed on its own, with `closingTag` added when the piece is an open tag alone. */
function parsePiece(
  xml: string,
  start: number,
  end: number,
  source: ReportSource,
  closingTag = ''
): XmlNode[] {
  refuseTooManyNodes(xml, start, end, source)
  return parseXml(
    xml.slice(start, end) + closingTag,
    source.file,
    xml,
    parserFor(source)
  )
}

/** Qt 5's reports are read with their comments (see qt5TestCases). */
function parserFor(source: ReportSource): XMLParser {
  return source.qtest === 5 ? commentParser : parser
}

/**
 * Elements and attributes read at once at most. The parser makes objects for
 * each (a few hundred bytes), and what cannot be cut into pieces (one
 * testcase, a suite inside more than MAX_PIECE_DEPTH big suites) is read at
 * once: a 256 MiB testcase of `<property/>` elements, or a tag of millions of
 * attributes, would take gigabytes. No test tool writes that many into one
 * element.
 */
export const MAX_NODES_AT_ONCE = 500_000

/**
 * Refuses the element(s) xml[start, end) if they hold more than
 * MAX_NODES_AT_ONCE elements and attributes (and comments, where they are
 * kept: see parserFor).
 */
function refuseTooManyNodes(
  xml: string,
  start: number,
  end: number,
  source: ReportSource
): void {
  // ` a` is the shortest attribute (and `<a/>` longer than it): a shorter
  // text cannot hold too many.
  if (end - start <= MAX_NODES_AT_ONCE * ' a'.length) return
  const comments = parserFor(source) === commentParser
  if (
    countNodes(xml, start, end, MAX_NODES_AT_ONCE, comments) <=
    MAX_NODES_AT_ONCE
  )
    return
  throw new ReportParseError(
    source.file,
    lineAt(xml, start),
    `this <${tagName(xml, start + 1, end)}> holds more than ${grouped(MAX_NODES_AT_ONCE)} elements and attributes, over the limit the action reads at once (memory); no test tool writes as many into one element`
  )
}

/** No test takes a week: a longer time is in another unit (container-structure-test writes nanoseconds). */
export const MAX_TEST_SECONDS = 7 * 24 * 60 * 60

function junitReport(
  testCases: TestCase[],
  hadDoctype: boolean,
  textLength: number
): ParsedReport {
  const report: ParsedReport = {
    kind: 'junit',
    testCases,
    doctypeIgnored: hadDoctype,
    textLength
  }
  const impossible = ignoreImpossibleTimes(testCases)
  if (impossible !== undefined) report.impossibleSeconds = impossible
  return report
}

/**
 * When one time in a file is impossible as seconds, none of the file's times
 * are seconds (a small nanosecond figure looks plausible): all are dropped.
 * Returns the longest time, or undefined when the times are kept.
 */
function ignoreImpossibleTimes(testCases: TestCase[]): number | undefined {
  let longest = 0
  for (const { seconds } of testCases) {
    if (seconds !== undefined && seconds > longest) longest = seconds
  }
  if (longest <= MAX_TEST_SECONDS) return undefined
  for (const testCase of testCases) testCase.seconds = undefined
  return longest
}

/** `text` is the document, or a piece of `document`. */
function parseXml(
  text: string,
  reportFile: string,
  document = text,
  reader = parser
): XmlNode[] {
  try {
    return reader.parse(text) as XmlNode[]
  } catch (error) {
    // The parser does not say where; the (slower) validator does, on the
    // whole document, so that the line is the file's.
    const validation = XMLValidator.validate(document, {
      allowBooleanAttributes: true
    })
    const line = validation === true ? undefined : validation.err.line
    throw new ReportParseError(
      reportFile,
      line,
      `malformed XML: ${errorMessage(error)}`
    )
  }
}

/**
 * The children of a <testsuites> element, in parts (see siblingPieces): each
 * suite as it comes, then nested <testsuites>, then the testcases directly
 * inside (node:test writes them), as when parsed all at once.
 */
function collectSuites(
  parts: Iterable<Part>,
  outer: readonly string[],
  source: ReportSource,
  into: TestCase[],
  /** The suites' own sources, in order (see rootSuiteSources). */
  suiteSources?: readonly ReportSource[]
): void {
  const groups: XmlNode[] = []
  const own: TestCase[] = []
  let suites = 0
  const nextSource = (): ReportSource => suiteSources?.[suites++] ?? source
  for (const children of parts) {
    if (typeof children === 'function') {
      children(outer, into, nextSource())
      continue
    }
    for (const child of children) {
      if ('testsuite' in child) collectSuite(child, outer, nextSource(), into)
      else if ('testsuites' in child) groups.push(child)
      else if ('testcase' in child) own.push(toTestCase(child, outer, source))
    }
  }
  for (const group of groups) {
    collectSuites([childrenOf(group, 'testsuites')], outer, source, into)
  }
  if (source.nodeTest) nodeTestQuotes(own)
  // Not merged as retries: node:test writes its top-level tests here, from
  // every test file, and two files may well have a test of the same name.
  for (const testCase of own) into.push(testCase)
}

function collectSuite(
  suite: XmlNode,
  outer: readonly string[],
  source: ReportSource,
  into: TestCase[]
): void {
  collectSuiteParts(
    suite,
    outer,
    [childrenOf(suite, 'testsuite')],
    source,
    into
  )
}

/** A suite whose children come in parts: all at once, or a piece at a time (see siblingPieces). */
function collectSuiteParts(
  suite: XmlNode,
  outer: readonly string[],
  parts: Iterable<Part>,
  source: ReportSource,
  into: TestCase[]
): void {
  const reportFile = source.file
  const written = attribute(suite, 'name')
  const name = source.nodeTest ? undoNodeTestQuotes(written) : written
  const names = name ? [name, ...outer] : outer
  const own: TestCase[] = []
  // Inner suites are read as they come (PHPUnit nests thousands), and their
  // test cases follow the suite's own, as in the document's tree.
  const inner: TestCase[] = []
  const groups: XmlNode[] = []
  // The suite's own output and failures: few.
  const others: XmlNode[] = []
  let nested = false
  const linesFromZero = countsLinesFromZero(suite)
  for (const children of parts) {
    if (typeof children === 'function') {
      children(names, inner, source)
      nested = true
      continue
    }
    for (const child of children) {
      if ('testcase' in child) {
        const testCase = toTestCase(child, names, source, linesFromZero)
        if (source.qtest === 5)
          for (const test of qt5TestCases(child, testCase)) own.push(test)
        else own.push(testCase)
      } else if ('testsuite' in child) {
        collectSuite(child, names, source, inner)
        nested = true
      } else if ('testsuites' in child) groups.push(child)
      else if (!('#text' in child)) others.push(child)
    }
  }
  // The suite's own testcases, before a `(suite)` one is added.
  const ownTests = own.length
  const failedItself = others.some(
    (child) => 'failure' in child || 'error' in child
  )
  const exited = failedItself ? undefined : programExit(others)
  if (failedItself || exited)
    own.push(suiteProblems(others, name, names, reportFile, exited))
  // Qt 5 counts a test's messages (qDebug…) as its suite's errors.
  else if (!nested && groups.length === 0 && source.qtest !== 5) {
    const failed = countedFailures(suite)
    if (failed && own.every(passedPlainly)) {
      own.push(
        suiteProblems(others, name, names, reportFile, {
          kind: 'error',
          message:
            own.length === 0
              ? `The suite counts ${failed} but holds no test: its set-up failed before any test ran.`
              : `The suite counts ${failed} that none of its tests shows: a set-up or tear-down (beforeAll, afterAll) or code outside the tests failed.`,
          type: '',
          details: ''
        })
      )
    }
  }
  if (source.tapHarness)
    readTapHarnessSuite(own, outputOf(others, ['system-out']))
  // jest-junit and Bazel write the output at suite level only: a failed test
  // without output of its own shows its suite's. (Qt 5 writes each test's
  // messages in the test too, and all of them again in its suite's.)
  let suiteOutput: string | undefined
  for (const testCase of own) {
    if (
      testCase.output === '' &&
      failedOnce(testCase.outcome) &&
      source.qtest !== 5
    ) {
      suiteOutput ??= source.webTestRunner
        ? webTestRunnerOutput(others, ownTests)
        : outputOf(others)
      testCase.output = suiteOutput
      if (suiteOutput) testCase.outputOfSuite = true
    }
  }
  suiteRulesOfTools(own, name, outer, source)
  // WebdriverIO marks its retries (see mergeWdioRetries): a repeated name
  // there is another test.
  const merged = source.wdio
    ? mergeWdioRetries(own)
    : source.repeatsMayBeRetries
      ? mergeRetries(own)
      : own
  for (const testCase of merged) into.push(testCase)
  for (const testCase of inner) into.push(testCase)
  for (const group of groups) {
    collectSuites([childrenOf(group, 'testsuites')], names, source, into)
  }
}

/**
 * What a suite's tests need of the rules of the tool that wrote it (each
 * rule knows its tool's suites by their shape; see ReportSource). Apart
 * from collectSuiteParts, which runs for every suite of every report.
 */
function suiteRulesOfTools(
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
function nodeTestQuotes(testCases: readonly TestCase[]): void {
  for (const testCase of testCases) {
    testCase.name = undoNodeTestQuotes(testCase.name)
    testCase.classname = undoNodeTestQuotes(testCase.classname)
    testCase.file = undoNodeTestQuotes(testCase.file)
    for (const problem of testCase.problems)
      problem.message = undoNodeTestQuotes(problem.message)
  }
  classnameJoiningSuites(testCases, '.')
}

function undoNodeTestQuotes(text: string): string {
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

/** The name of the test that stands for a suite's own failure. */
export const SUITE_TEST_NAME = '(suite)'

/**
 * A <failure> or <error> of the suite itself (Ant and older Surefire: the
 * class failed to load, a set-up failed) is one more failed test, as Jenkins
 * counts it, so that it is neither lost nor silently passed. Its classname is
 * the suite's name, where a marker of the whole suite usually is.
 */
function suiteProblems(
  children: readonly XmlNode[],
  suiteName: string,
  suites: readonly string[],
  reportFile: string,
  /** A failure the suite tells of otherwise (see countedFailures, programExit). */
  unshown?: Problem
): TestCase {
  const problems: Problem[] = []
  collectProblems(children, 'failure', 'failure', problems)
  collectProblems(children, 'error', 'error', problems)
  if (unshown) problems.push(unshown)
  return {
    name: SUITE_TEST_NAME,
    reportedName: '',
    classname: suiteName.trim(),
    file: '',
    suites,
    outcome: outcomeOf(problems, ''),
    seconds: undefined,
    problems,
    markerProperties: NONE,
    output: outputOf(children),
    attachments: NONE,
    reportFile
  }
}

/** What meson adds to a TAP test's stderr when its program exits non-zero. */
const MESON_PROGRAM_EXIT =
  /\(test program exited with (status code -?\d+)\)\s*$/

/**
 * meson writes a TAP test as a suite of its subtests: a program that then
 * exits non-zero (crashed after its first subtests, died at a signal), an
 * ERROR to meson, is only this line at the end of the suite's <system-err>.
 */
function programExit(suiteChildren: readonly XmlNode[]): Problem | undefined {
  for (const element of elements(suiteChildren, 'system-err')) {
    const raw = rawContent(element, 'system-err')
    // Only the end is looked at: the output may be megabytes.
    const match = MESON_PROGRAM_EXIT.exec(raw.slice(-200))
    if (match) {
      return {
        kind: 'error',
        message: `test program exited with ${match[1]}`,
        type: '',
        details: ''
      }
    }
  }
  return undefined
}

/**
 * What a suite counts as failed, e.g. `1 error`, read where none of its
 * tests failed or was skipped: cmocka writes a failed group set-up only so,
 * karma-junit-reporter an afterAll error, newman a test script's error.
 * (Where a test failed, the counts are left alone: doctest and Catch2 count
 * assertions there, TestNG its skips, not failures outside the tests.)
 */
function countedFailures(suite: XmlNode): string {
  const errors = Number(attribute(suite, 'errors')) || 0
  const failures = Number(attribute(suite, 'failures')) || 0
  return [
    errors > 0 ? counted(errors, 'error') : '',
    failures > 0 ? counted(failures, 'failure') : ''
  ]
    .filter(Boolean)
    .join(' and ')
}

/** Passed, with no failure, error or skip written (not even a retried one). */
function passedPlainly(testCase: TestCase): boolean {
  return testCase.outcome === 'passed' && testCase.problems.length === 0
}

/** Failed, errored, or failed before passing on a retry. */
function failedOnce(outcome: Outcome): boolean {
  return failedOrErrored(outcome) || outcome === 'flaky'
}

/**
 * Retries written as repeated testcases (gotestsum's --rerun-fails, Xcode's
 * through fastlane, Gradle's test-retry, pytest-rerunfailures 16.6.1): the
 * same classname and name in one suite, failing and then passing. They
 * become one flaky test showing every failed attempt. A pass before a
 * failure is no retry: those stay separate tests, so the failure counts.
 */
function mergeRetries(testCases: TestCase[]): TestCase[] {
  if (testCases.length < 2) return testCases
  // Repeated names are rare: find out cheaply before building keys.
  const names = new Set<string>()
  for (const t of testCases) names.add(t.name)
  if (names.size === testCases.length) return testCases
  const byKey = new Map<string, TestCase[]>()
  for (const t of testCases) {
    // Display names repeat (`[1] 3` for every parametrized method): the
    // name attribute tells the tests apart.
    const key = `${t.classname}\u0000${t.name}\u0000${t.reportedName}`
    const same = byKey.get(key)
    if (same) same.push(t)
    else byKey.set(key, [t])
  }
  if (byKey.size === testCases.length) return testCases
  // gotestsum writes a suite's failures first, then skips, then passes: the
  // order cannot tell retries from the runs of `go test -count=N`. Only a
  // failed test is retried, so one that passed or was skipped twice means
  // the suite ran N times: its repeats are runs, and a failure counts.
  // gotestsum's --rerun-fails reruns a failed subtest alone, under its
  // parent: the parent passes in every rerun, and that is no sign of runs.
  const parents = subtestParents(names)
  // Older gotestsum also reruns a failed subtest that has subtests whole
  // (`-run '^TestA$/^card$'`), beside each of its failed subtests: what is
  // under it passes again in each.
  const failedNames = new Set<string>()
  for (const t of testCases)
    if (failedOrErrored(t.outcome)) failedNames.add(t.name)
  const underFailedSubtest = (name: string): boolean => {
    for (
      let at = name.lastIndexOf('/');
      at > 0;
      at = name.lastIndexOf('/', at - 1)
    ) {
      const ancestor = name.slice(0, at)
      if (ancestor.includes('/') && failedNames.has(ancestor)) return true
    }
    return false
  }
  for (const attempts of byKey.values())
    if (
      attempts.length > 1 &&
      !parents.has(attempts[0].name) &&
      !underFailedSubtest(attempts[0].name) &&
      passedOrSkippedTwice(attempts)
    )
      return testCases
  const merged: TestCase[] = []
  for (const attempts of byKey.values()) {
    const failed = attempts.filter((t) => failedOrErrored(t.outcome))
    const retried =
      attempts.length > 1 &&
      (parents.has(attempts[0].name)
        ? parentRetried(attempts, byKey)
        : underFailedSubtest(attempts[0].name)
          ? failedThenPassed(attempts)
          : isRetrySequence(attempts))
    if (!retried) {
      for (const attempt of attempts) merged.push(attempt)
      continue
    }
    const problems: Problem[] = []
    for (const attempt of attempts) {
      for (const p of attempt.problems) {
        if (p.kind === 'failure') problems.push({ ...p, kind: 'flaky failure' })
        else if (p.kind === 'error')
          problems.push({ ...p, kind: 'flaky error' })
        else if (p.kind !== 'skipped') problems.push(p)
      }
    }
    const seconds = attempts.reduce<number | undefined>(
      (sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds),
      undefined
    )
    merged.push({
      ...attempts[0],
      outcome: 'flaky',
      seconds,
      problems,
      output: failed
        .map((t) => t.output)
        .filter(Boolean)
        .join('\n'),
      // Every attempt's files (Playwright writes a trace per retry).
      attachments: [...new Set(attempts.flatMap((t) => t.attachments))]
    })
  }
  return merged
}

/** Names of go tests with subtests in the suite (`TestCart` of `TestCart/add`). */
function subtestParents(names: ReadonlySet<string>): Set<string> {
  const parents = new Set<string>()
  for (const name of names) {
    for (let at = name.indexOf('/'); at > 0; at = name.indexOf('/', at + 1))
      parents.add(name.slice(0, at))
  }
  return parents
}

/**
 * A go parent test rerun for its subtests (gotestsum --rerun-fails) is
 * flaky when it failed and passed, and every subtest of it that failed
 * passed on a retry; else its failure counts (a subtest still failing: its
 * parent's pass is another subtest's rerun, written last).
 */
function parentRetried(
  attempts: readonly TestCase[],
  byKey: ReadonlyMap<string, readonly TestCase[]>
): boolean {
  const parent = attempts[0]
  if (
    !attempts.some((t) => failedOrErrored(t.outcome)) ||
    !attempts.some((t) => t.outcome === 'passed')
  )
    return false
  for (const sub of byKey.values()) {
    const [first] = sub
    if (
      first.classname !== parent.classname ||
      !first.name.startsWith(`${parent.name}/`) ||
      !sub.some((t) => failedOrErrored(t.outcome))
    )
      continue
    // Subtests a level or more down pass in each rerun of one under the
    // parent: failures, then one pass or more.
    if (!failedThenPassed(sub)) return false
  }
  return true
}

/**
 * A go subtest's attempts under gotestsum --rerun-fails: failed attempts
 * (failing the same way), then passes only, as it may run again in the
 * rerun of another subtest under its parent.
 */
function failedThenPassed(attempts: readonly TestCase[]): boolean {
  const ran = attempts.filter((t) => t.outcome !== 'skipped')
  const firstPass = ran.findIndex((t) => !failedOrErrored(t.outcome))
  return (
    firstPass > 0 &&
    ran.slice(firstPass).every((t) => t.outcome === 'passed') &&
    isRetrySequence(ran.slice(0, firstPass + 1))
  )
}

function passedOrSkippedTwice(attempts: readonly TestCase[]): boolean {
  let passed = 0
  let skipped = 0
  for (const { outcome } of attempts) {
    if (outcome === 'passed') passed++
    else if (outcome === 'skipped') skipped++
  }
  return passed > 1 || skipped > 1
}

/**
 * Failed attempts, then one pass at the end (skipped attempts aside): retry
 * tools stop at the first pass. Any other mix is several tests of one title.
 */
function isRetrySequence(attempts: readonly TestCase[]): boolean {
  // minitest-reporters (1.0) writes this classname for every test: tests of
  // different classes would look like attempts of one.
  if (attempts[0].classname === 'Minitest::Result') return false
  const ran = attempts.filter((t) => t.outcome !== 'skipped')
  const last = ran[ran.length - 1]
  if (ran.length < 2 || (last.outcome !== 'passed' && last.outcome !== 'flaky'))
    return false
  const failed = ran.slice(0, -1)
  if (!failed.every((t) => failedOrErrored(t.outcome))) return false
  // Attempts of one test fail the same way; failures that differ are
  // different tests that share a name.
  const first = failureMessage(failed[0])
  return failed.every((t) => failureMessage(t) === first)
}

/**
 * WebdriverIO's junit reporter writes each failed attempt of a test that
 * mocha retries (`this.retries(n)`) as a skipped testcase (read as a failed
 * attempt by toTestCase), right before the next attempt under the same name.
 * The attempts are one test: flaky when the last one passed, else failed (or
 * errored) with every attempt's failure, the first one first.
 */
function mergeWdioRetries(testCases: TestCase[]): TestCase[] {
  const merged: TestCase[] = []
  let attempts: TestCase[] = []
  const sameTest = (a: TestCase, b: TestCase) =>
    a.classname === b.classname && a.name === b.name
  // An attempt with no later one (not written so): a failure.
  const failedAttempt = (t: TestCase): TestCase => ({
    ...t,
    outcome: 'failure',
    problems: t.problems.map((p) =>
      p.kind === 'flaky failure' ? { ...p, kind: 'failure' } : p
    )
  })
  for (const testCase of testCases) {
    if (attempts.length > 0 && !sameTest(attempts[0], testCase)) {
      for (const attempt of attempts) merged.push(failedAttempt(attempt))
      attempts = []
    }
    if (testCase.outcome === 'flaky') {
      attempts.push(testCase)
      continue
    }
    if (attempts.length === 0) {
      merged.push(testCase)
      continue
    }
    const passed = testCase.outcome === 'passed'
    const runs = [...attempts, testCase]
    merged.push({
      ...testCase,
      outcome: passed ? 'flaky' : testCase.outcome,
      seconds: runs.reduce<number | undefined>(
        (sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds),
        undefined
      ),
      problems: runs.flatMap((t) =>
        passed ? t.problems : failedAttempt(t).problems
      ),
      output: (passed ? attempts : runs)
        .map((t) => t.output)
        .filter(Boolean)
        .join('\n'),
      attachments: [...new Set(runs.flatMap((t) => t.attachments))]
    })
    attempts = []
  }
  for (const attempt of attempts) merged.push(failedAttempt(attempt))
  return merged
}

/** The first line of a test's first failure or error message. */
function failureMessage(testCase: TestCase): string {
  const problem = testCase.problems.find(isFailureOrError)
  return problem ? problem.message.trim().split('\n', 1)[0] : ''
}

/**
 * TestNG's junitreports (6.x) write a skipped test as an `<error>`: a
 * SkipException the test threw, or a test not run because a method it depends
 * on failed.
 */
function isTestNgSkip(problem: Problem): boolean {
  return (
    /(?:^|\.)\w*SkipException$/.test(problem.type) ||
    (problem.type === 'java.lang.Throwable' &&
      problem.message.endsWith('depends on not successfully finished methods'))
  )
}

const MISSING_DEPENDENCY = /^This test depends on ".*" which does not exist\.$/m
/** The types of PHPUnit 9's risky tests. */
const PHPUNIT_RISKY = /^PHPUnit\\Framework\\(?:RiskyTestError|OutputError)$/
/**
 * EUnit's reason line for a failed `?assertEqual` and the like of
 * Erlang/OTP's assert.hrl: `**error:{assertEqual,[{module,m},…`.
 */
const EUNIT_ASSERTION =
  /^\*\*error:\{(assert(?:Equal|NotEqual|Match|NotMatch|Exception|NotException)?),\[/m

/**
 * EUnit's surefire reporter means to write a failed assertion as a
 * <failure>, but looks for the exceptions of older EUnit
 * (`assertEqual_failed`): OTP's assertions are written as
 * `<error type="error">`, the reason after `::` and the stack. They are
 * failures, typed by their assertion.
 */
function readEunitAssertion(problem: Problem): void {
  if (problem.type !== 'error' || !problem.details.startsWith('::')) return
  const match = EUNIT_ASSERTION.exec(problem.details)
  if (!match) return
  problem.kind = 'failure'
  problem.type = match[1]
}

/**
 * LuaUnit writes a failure's or error's message (`test_cart.lua:22:
 * expected: 5, actual: 4`, over several lines for tables and strings) as its
 * `type`, and its stack trace as the text: the message is read as the
 * message, as its console prints it.
 */
function readLuaUnitType(problem: Problem): void {
  if (
    (problem.kind === 'failure' || problem.kind === 'error') &&
    problem.message === '' &&
    problem.type !== ''
  ) {
    problem.message = problem.type
    problem.type = ''
  }
}

/** Criterion's message of a failed test, its failed assertions in the details: `2 assertion(s) failed.` */
const CRITERION_ASSERTIONS = /^\d+ assertion\(s\) failed\.$/
/** Criterion's type of a failed test (its assertions': another tool's text is no list of them). */
const CRITERION_TYPE = 'assert'
/** The start of an assertion in Criterion's details, `tests/cart.c:21: message`; its further lines are indented. */
const CRITERION_ASSERTION_START = /^(?=\S)/m

/**
 * Criterion writes a test's failed assertions last first (each
 * `file:line: message`): the first that failed, as its console shows them,
 * is put first, so that it is the failure shown and annotated.
 */
function criterionFirstFailedFirst(details: string): string {
  const assertions = details
    .split(CRITERION_ASSERTION_START)
    .map((assertion) => assertion.trimEnd())
  return assertions.length < 2 ? details : assertions.reverse().join('\n')
}

/** What prove says of a test beyond the plan: it counts the test as failed. */
const NOT_IN_THE_PLAN =
  'Not in the plan: the script ran more tests than it planned.'
/** TAP::Harness::JUnit's type of a failed test (the class of the TAP result it read). */
const TAP_HARNESS_FAILURE = 'TAP::Parser::Result::Test'
/** Its types of the failed tests it adds for a script (no plan, a bad plan, a non-zero exit). */
const TAP_HARNESS_SCRIPT_FAILURE = /^(?:Plan|Died)$/
/** Its message of the test it adds for a script that ran more tests than it planned. */
const TAP_HARNESS_EXTRA_TESTS = 'Extra tests tun.'
/** TAP's plan: `1..16`. */
const TAP_PLAN = /^1\.\.\d+\s*$/
/** A test's line of TAP, its number after `ok`: `not ok 3 - name`. */
const TAP_TEST_LINE = /^(?:not )?ok\b\s*(\d*)/
/**
 * A line of TAP::Harness::JUnit's <system-out> that ends a test's
 * diagnostics: Test::More's header of a TODO test's failure, a subtest's
 * start, its words on the whole script at the end (`Looks like you failed 2
 * tests of 3.`).
 */
const TAP_NEXT_DIAGNOSTIC =
  /^#\s*(?:Failed \(TODO\) test\b|Subtest:|Looks like (?:you|your test)\b)/
const TAP_FAILED_TEST = /^#\s*Failed test\b/

/**
 * TAP::Harness::JUnit gives a failed test the TAP comments written before
 * its `not ok` line, which with Test::More (its diagnostics follow the line)
 * are the previous test's: `Failed test 'other' at t/x.t line 10.` would be
 * this test's reason and line. Its suite's <system-out> holds the script's
 * TAP in order, each test's line once (less TODO tests, which it writes
 * nowhere): a failed test's diagnostics are the comments after its line
 * there, as TAP::Formatter::JUnit writes them. A test beyond the plan, which
 * prove counts as failed, it writes as passed beside its `Extra tests tun.`
 * failure: failed, as TAP::Formatter::JUnit's UnplannedTest. Its names get
 * ` (2)` once any name of the run repeats, and from then on every name of
 * every script (it counts repeats across scripts): a test takes back the
 * description of its line when no other test of the script has it. Where
 * the output does not hold a test's line where it should, the rest is left
 * as written.
 */
function readTapHarnessSuite(
  testCases: readonly TestCase[],
  output: string
): void {
  const lines = output.split('\n')
  const extraTests = testCases.some((t) =>
    t.problems.some(
      (p) => p.type === 'Plan' && p.message === TAP_HARNESS_EXTRA_TESTS
    )
  )
  const planned = Number(
    lines.find((line) => TAP_PLAN.test(line))?.slice(3) ?? Infinity
  )
  const names = new Set(testCases.map((t) => t.name))
  /** The name without the harness's ` (N)`, when no other test has it. */
  const takeBack = (testCase: TestCase, name: string): void => {
    if (
      name !== '' &&
      testCase.name.startsWith(name) &&
      NUMBERED_AGAIN.test(testCase.name.slice(name.length)) &&
      !names.has(name)
    ) {
      names.add(name)
      testCase.name = name
    }
  }
  let at = 0
  for (const testCase of testCases) {
    // The harness's own tests of the script have no line of TAP.
    if (
      testCase.problems.some((p) => TAP_HARNESS_SCRIPT_FAILURE.test(p.type))
    ) {
      takeBack(testCase, testCase.name.replace(NUMBERED_AGAIN, ''))
      continue
    }
    while (at < lines.length && !TAP_TEST_LINE.test(lines[at])) at++
    if (at === lines.length) return
    const line = lines[at++].trimEnd()
    const failure = testCase.problems.find(
      (p) => p.type === TAP_HARNESS_FAILURE
    )
    if (failure) {
      if (failure.message.trim() !== line) return
      failure.details = [line, ...tapDiagnostics(lines, at)].join('\n').trim()
    }
    takeBack(testCase, tapDescription(line))
    const number = Number(TAP_TEST_LINE.exec(line)?.[1])
    if (extraTests && number > planned && !failedOrErrored(testCase.outcome)) {
      testCase.problems = [
        ...testCase.problems,
        {
          kind: 'failure',
          message: NOT_IN_THE_PLAN,
          type: 'UnplannedTest',
          details: line
        }
      ]
      testCase.outcome = 'failure'
    }
  }
}

/** What TAP::Harness::JUnit adds to a name it has seen: ` (2)`. */
const NUMBERED_AGAIN = / \(\d+\)$/

/** A test line's description as the harness names the test: no number, leading `- ` or directive. */
function tapDescription(line: string): string {
  return line
    .replace(TAP_TEST_LINE, '')
    .replace(TAP_DIRECTIVE, '')
    .replace(/^[\s-]*/, '')
    .trim()
}

/** A TAP line's `# SKIP reason` or `# TODO reason`. */
const TAP_DIRECTIVE = /\s*(?<!\\)#\s*(?:skip|todo)\b.*$/i

/** The comments after a test's line (lines[from] on): its diagnostics, up to another failure's. */
function tapDiagnostics(lines: readonly string[], from: number): string[] {
  let end = from
  let failedTests = 0
  for (; end < lines.length; end++) {
    const line = lines[end]
    if (line.trim() === '') continue
    if (!line.startsWith('#') || TAP_NEXT_DIAGNOSTIC.test(line)) break
    if (TAP_FAILED_TEST.test(line) && ++failedTests > 1) break
  }
  return lines.slice(from, end)
}

/**
 * TAP::Formatter::JUnit's errors of tests that prove does not count as
 * errors: a TODO test that passed (prove's "TODO passed"; the script
 * passes), shown as a warning, and a test beyond the plan, which prove
 * counts as failed. False for any other error.
 */
function readTapJunitError(problem: Problem): boolean {
  if (problem.type === 'TodoTestSucceeded') problem.kind = 'warning'
  else if (problem.type === 'UnplannedTest') {
    problem.kind = 'failure'
    problem.message = NOT_IN_THE_PLAN
  } else return false
  return true
}

/**
 * pytest-xdist's report of a test whose worker process died (`os._exit`, a
 * segfault, pytest-timeout's thread method): pytest counts the test failed,
 * but its junitxml writes `<error message="failed on setup with &quot;worker
 * 'gw1' crashed while running 'tests/test_x.py::test_y'&quot;">`, whatever
 * the test was doing.
 */
const XDIST_CRASH =
  /^failed on setup with "(worker '[^'\n]*' crashed while running '[^\n]*')"$/

/** A test that crashed its xdist worker failed, with xdist's own words. */
function readXdistCrash(problem: Problem): void {
  const crash = XDIST_CRASH.exec(problem.message)
  if (!crash || problem.details.trim() !== crash[1]) return
  problem.kind = 'failure'
  problem.message = crash[1]
}

/** The exception subunit's Python side (testtools) wraps a failure's text in. */
const TESTTOOLS_DETAILS = 'testtools.testresult.real._StringException'
/** The type subunit2junitxml (python-junitxml) gives an unexpected success. */
const UNEXPECTED_SUCCESS = 'unittest.case._UnexpectedSuccess'

/**
 * subunit2junitxml writes a failure's text as testtools wraps it: the
 * traceback after `testtools.testresult.real._StringException: `, which
 * says nothing; that prefix goes. Its unexpected success (a test marked
 * @expectedFailure that passed, which fails the run) has a type only: it
 * gets a message saying so.
 */
function readSubunitFailure(problem: Problem): void {
  if (problem.kind !== 'failure' && problem.kind !== 'error') return
  if (
    problem.type === TESTTOOLS_DETAILS &&
    problem.details.startsWith(`${TESTTOOLS_DETAILS}: `)
  )
    problem.details = problem.details
      .slice(TESTTOOLS_DETAILS.length + 2)
      .trimStart()
  else if (
    problem.type === UNEXPECTED_SUCCESS &&
    problem.message === '' &&
    problem.details === ''
  )
    problem.message =
      'Unexpected success: the test is marked as an expected failure, but it passed.'
}

/** Characters of a skipped test's output kept as the reason of a bare <skipped/>. */
const SKIP_OUTPUT_CHARS = 10_000
/**
 * Output that is a scenario's log of its steps, not why it was skipped:
 * behave's `@scenario.begin` … `Given a cart ... skipped in 0.000s`,
 * cucumber's `When a step.....skipped`.
 */
const STEP_LOG =
  /^@scenario\.begin$|(?:\.\.\.|\s\.\.\.\s)(?:passed|failed|skipped|undefined|pending|ambiguous|untested)(?:$| in \d)/m
const CATCH2_FAILED_AS_EXPECTED =
  /^TEST_CASE tagged with !(?:mayfail|shouldfail)$/
/** doctest's check macros that only warn: `WARN`, `WARN_EQ`, `WARN_THROWS_AS`… */
const DOCTEST_WARN = /^WARN(?:_[A-Z]+)*$/
const DOCTEST_SUBCASE_NOTE =
  'exception thrown in subcase - will translate later when the whole test case has been exited (cannot translate while there is an active exception)'
/**
 * Why CTest did not start a test (cmCTestRunTest's CompletionStatus), which
 * it counts as failed; its skips are `SKIP_RETURN_CODE=77` and
 * `SKIP_REGULAR_EXPRESSION_MATCHED`.
 */
const CTEST_NOT_STARTED =
  /^(?:Unable to find executable|Required Files Missing|Fixture dependency failed|Missing Configuration|Insufficient resources|Failed to change working directory)$/
const SKIPPED_STATUS = /^(?:skip|skipped|disabled|notrun|not_run|ignored)$/i
const FAILED_STATUS = /^(?:fail|failed|failure)$/i
const ERROR_STATUS = /^(?:error|errored)$/i

function toTestCase(
  node: XmlNode,
  suites: readonly string[],
  source: ReportSource,
  linesFromZero = false
): TestCase {
  const { file: reportFile, wdio } = source
  const children = childrenOf(node, 'testcase')
  const problems: Problem[] = []
  /** Where the test is, as Ginkgo v1 writes it in its failure (see readGinkgoV1). */
  let ginkgoSpec: string | undefined
  /** The test's file, as TestCafe's stack names it (see readTestCafeFailure). */
  let testCafeFile: string | undefined
  let rerun = false
  // Where the test's output is: WebdriverIO's stacks are read as failures.
  let outputTags = OUTPUT_TAGS
  // Most testcases have no children at all: nothing to look for.
  if (children.length > 0) {
    collectProblems(children, 'failure', 'failure', problems)
    collectProblems(children, 'error', 'error', problems)
    const firstRuns = problems.length
    collectProblems(children, 'rerunFailure', 'failure', problems, true)
    collectProblems(children, 'rerunError', 'error', problems, true)
    rerun = problems.length > firstRuns
    collectProblems(children, 'flakyFailure', 'flaky failure', problems, true)
    collectProblems(children, 'flakyError', 'flaky error', problems, true)
    collectProblems(children, 'skipped', 'skipped', problems)
    // Ant's <junitlauncher>: a failed assumption, which JUnit 5 counts as skipped.
    collectProblems(children, 'aborted', 'skipped', problems)
    collectProblems(children, 'warning', 'warning', problems)
    if (source.qtest === 6) qt6Descriptions(children, problems)
    if (source.testcafe)
      for (const problem of problems) {
        const file = readTestCafeFailure(problem)
        testCafeFile ??= file
      }
    if (source.ginkgoV1)
      for (const problem of problems) {
        const spec = readGinkgoV1(problem)
        ginkgoSpec ??= spec
      }
    // doctest writes an exception thrown in a subcase twice: first a note
    // that it will be translated later, then the exception itself.
    const note = problems.findIndex(
      (p) => p.kind === 'error' && p.details === DOCTEST_SUBCASE_NOTE
    )
    if (note >= 0 && problems.some((p, i) => i > note && p.kind === 'error'))
      problems.splice(note, 1)
    // A test allowed to fail that failed: Catch2's `[!mayfail]`/`[!shouldfail]`
    // ("failed as expected", like unittest's expected failure) and node's
    // `todo` test (node counts it todo, not failed, and the run passes).
    const expected = problems.findIndex(
      (p) =>
        p.kind === 'skipped' &&
        (p.type === 'todo' || CATCH2_FAILED_AS_EXPECTED.test(p.message))
    )
    const expectedFailure = expected >= 0
    // Its reason first, then the failure it was allowed.
    if (expected > 0) problems.unshift(...problems.splice(expected, 1))
    if (source.luaunit) for (const problem of problems) readLuaUnitType(problem)
    for (const problem of problems) {
      readSubunitFailure(problem)
      if (expectedFailure) problem.kind = 'skipped'
      else if (problem.kind === 'error' && isTestNgSkip(problem))
        problem.kind = 'skipped'
      // nose2 writes an unexpected success (a test expected to fail that
      // passed), which fails the run, as a skip.
      else if (
        problem.kind === 'skipped' &&
        problem.message === 'test passes unexpectedly'
      )
        problem.kind = 'failure'
      else if (problem.kind === 'warning') {
        // PHPUnit 9 does not run a test whose @depends target does not
        // exist (one that did not pass is skipped): it warns instead.
        const missing = MISSING_DEPENDENCY.exec(problem.details)
        if (missing) {
          problem.kind = 'skipped'
          problem.message = missing[0]
        }
      } else if (problem.kind === 'error') {
        if (PHPUNIT_RISKY.test(problem.type)) problem.kind = 'warning'
        else if (!readTapJunitError(problem)) {
          readEunitAssertion(problem)
          readXdistCrash(problem)
        }
      }
      // doctest writes a WARN check that did not hold as a <failure> of
      // its type; doctest counts the test as passed.
      else if (problem.kind === 'failure' && DOCTEST_WARN.test(problem.type))
        problem.kind = 'warning'
      else if (
        problem.kind === 'failure' &&
        problem.type === CRITERION_TYPE &&
        CRITERION_ASSERTIONS.test(problem.message)
      )
        problem.details = criterionFirstFailedFirst(problem.details)
      // EUnit's surefire reporter writes a test that timed out (EUnit
      // cancels it, and the run fails) as <skipped type="timeout">.
      else if (problem.kind === 'skipped' && problem.type === 'timeout') {
        problem.kind = 'failure'
        if (problem.message.trim() === '') problem.message = 'timed out'
      }
      // CTest writes a test it could not start (its executable or a
      // required file missing, a fixture's setup test failed), which it
      // counts as failed, as skipped: status="notrun", its reason the message.
      else if (
        problem.kind === 'skipped' &&
        CTEST_NOT_STARTED.test(problem.message) &&
        attribute(node, 'status') === 'notrun'
      )
        problem.kind = 'error'
    }
    if (wdio && wdioStack(children, problems)) outputTags = ['system-out']
  }

  let outcome = outcomeOf(
    problems,
    attribute(node, 'status'),
    attribute(node, 'result')
  )
  // A test rerun that never passed failed, whatever its runs threw (Surefire
  // would count an error where one run errored).
  if (rerun && outcome === 'error') outcome = 'failure'
  const testCafe = source.testcafe
    ? testCafeNotes(attribute(node, 'name').trim(), children)
    : undefined
  // TestCafe's quarantine mode: failed, then passed on a rerun.
  if (outcome === 'passed' && testCafe?.unstable) outcome = 'flaky'
  // node-tap's junit reporter: a skipped or todo test is only a property,
  // and has no time. Playwright and vitest write every annotation of a test
  // that ran (`{ type: 'todo' }`) as a property too, with its time.
  if (
    outcome === 'passed' &&
    children.length > 0 &&
    rawAttribute(node, 'time') === '' &&
    skipProperty(children)
  )
    outcome = 'skipped'
  // meson writes the reason of a skip (a TAP `# SKIP`, what a test that
  // exited 77 printed) only as the test's output, beside a bare <skipped/>.
  // Its start is kept: the output of a skipped test is not.
  // WebdriverIO's output is its log of WebDriver commands, never a reason.
  if (outcome === 'skipped' && children.length > 0 && !wdio) {
    const skip = problems.find((p) => p.kind === 'skipped')
    if (skip && skip.message.trim() === '' && skip.details === '') {
      const told = outputOf(children).trim().slice(0, SKIP_OUTPUT_CHARS)
      if (!STEP_LOG.test(told)) skip.details = told
    }
  }
  const properties = children.length > 0 ? markerProperties(children) : NONE
  const name = testCafe?.name ?? attribute(node, 'name').trim()
  const displayName = children.length > 0 ? consoleLauncherName(children) : ''
  // cth_surefire writes a test's group (`checkout.shipping`) only here.
  const group = attribute(node, 'group').trim()
  let output =
    outcome === 'passed' || outcome === 'skipped' || children.length === 0
      ? ''
      : source.qtest === 6
        ? qt6Output(children)
        : outputOf(children, outputTags)
  if (output && problems.length === 1 && isBareAssert(problems[0]))
    output = takeLibtestFailure(problems[0], output)
  else if (
    output &&
    problems.length === 1 &&
    isBareCtestFailure(problems[0]) &&
    attribute(node, 'status') === 'fail'
  )
    takeGoogletestFailures(problems, output)
  const testCase: TestCase = {
    name: displayName || name,
    reportedName: displayName && displayName !== name ? name : '',
    classname: attribute(node, 'classname').trim(),
    file: attribute(node, 'file') || (testCafeFile ?? ''),
    suites: group ? [group, ...suites] : suites,
    outcome,
    seconds: parseSeconds(attribute(node, 'time')),
    // Most tests have neither: share one empty array rather than 200,000.
    problems: problems.length > 0 ? problems : NONE,
    markerProperties: properties.length > 0 ? properties : NONE,
    output,
    attachments:
      children.length === 0
        ? NONE
        : testCafe
          ? withTestCafeScreenshots(attachmentsOf(children), problems)
          : attachmentsOf(children),
    reportFile
  }
  if (wdio?.spacedNames) testCase.spacedMarkers = true
  if (failedOrErrored(outcome)) {
    const fromZero = linesFromZero && testCase.file.endsWith('.py')
    const line = lineNumber(attribute(node, 'line'), fromZero)
    // @web/test-runner's `line` is not where the test is: the first
    // `N:N` of the failure's stack, often a line of mocha's bundle
    // (`autorun.js:1:204848`) or of another module the test called.
    if (line !== undefined && !source.webTestRunner) testCase.line = line
    const spec = ginkgoSpec && GINKGO_LOCATION.exec(ginkgoSpec)
    if (spec && testCase.file === '') {
      testCase.file = spec[1]
      const specLine = lineNumber(spec[2], false)
      if (specLine !== undefined) testCase.line = specLine
    }
    if (source.cxxtest && testCase.file === '')
      cxxtestFailurePlace(children, testCase)
  }
  return testCase
}

/**
 * CxxTest writes where a test failed only as its first <failure>'s `file`
 * and `line` (the assertion's, or setUp's), its text `Error: Expected …`
 * naming no place; the testcase's `line` is where the test is.
 */
function cxxtestFailurePlace(
  children: readonly XmlNode[],
  testCase: TestCase
): void {
  const [failure] = elements(children, 'failure')
  const file = failure && attribute(failure, 'file')
  if (!file) return
  testCase.file = file
  const line = lineNumber(attribute(failure, 'line'), false)
  if (line !== undefined) testCase.line = line
}

/** TestCafe's first error, numbered `1) `, and its lines indented under it. */
const TESTCAFE_FIRST_ERROR = /^\s*1\) /
/** Where TestCafe's error message ends: the browser it failed in. */
const TESTCAFE_BROWSER = /^[ \t]*Browser: /m
/** A hook's error, headed `- Error in fixture.before hook -` (or `Role initializer`). */
const TESTCAFE_HOOK = /^- (Error in .+) -$/
/** A frame of the stack TestCafe writes last, in the test's file: `at <anonymous> (/w/tests/cart.test.js:15:35)`. */
const TESTCAFE_FRAME = /^[ \t]+at [^\n(]*\(([^\n()]+):\d+:\d+\)$/m

/**
 * TestCafe writes a test's errors as one text without a message: each
 * numbered (`1) AssertionError: …`), its message, the browser, the code
 * around the failing line and the stack, which is the test file's. The
 * first error's message becomes the message, without its number and with a
 * hook's heading joined to it (`Error in fixture.before hook: Error: seed
 * failed`); the text is kept. Returns the test's file, from that stack:
 * testcafe-reporter-junit writes none, and a JavaScript error's message
 * holds the page's stack, which is no test source.
 */
function readTestCafeFailure(problem: Problem): string | undefined {
  if (problem.message !== '' || problem.kind !== 'failure') return undefined
  const text = problem.details
  const start = TESTCAFE_FIRST_ERROR.exec(text)
  if (!start) return undefined
  const rest = text.slice(start[0].length)
  // Always written: without it, this is no TestCafe error.
  const browser = TESTCAFE_BROWSER.exec(rest)
  if (!browser) return undefined
  const lines = rest.slice(0, browser.index).trimEnd().split('\n')
  // Its later lines are indented under its first letter.
  let indent = Infinity
  for (let i = 1; i < lines.length; i++) {
    const at = lines[i].search(/\S/)
    if (at >= 0 && at < indent) indent = at
  }
  for (let i = 1; i < lines.length; i++)
    lines[i] = lines[i].slice(Math.min(indent, lines[i].length))
  const hook = TESTCAFE_HOOK.exec(lines[0])
  if (hook && lines.length > 1) lines.splice(0, 2, `${hook[1]}: ${lines[1]}`)
  problem.message = lines.join('\n')
  return TESTCAFE_FRAME.exec(rest.slice(browser.index))?.[1]
}

/** What TestCafe's reporters add to a test's name (xunit) or write as its output (testcafe-reporter-junit). */
const TESTCAFE_UNSTABLE = ' (unstable)'
const TESTCAFE_SCREENSHOTS = ' (screenshots: '
const TESTCAFE_UNSTABLE_OUTPUT = /^[ \t]*\(unstable\)[ \t]*$/m
/** The screenshot TestCafe took when an error happened (`--screenshots takeOnFails=true`), under the error's message. */
const TESTCAFE_SCREENSHOT = /^[ \t]*Screenshot: ([^\n]*\S)/gm

interface TestCafeNotes {
  /** The test's name without what the reporter added. */
  name: string
  /** Quarantine mode found it unstable: it failed, then passed on a rerun (the failed attempts are not written). */
  unstable: boolean
}

/**
 * What TestCafe's reporters say of a test besides its outcome: its xunit
 * reporter adds ` (unstable)` and ` (screenshots: FOLDER)` to the name,
 * testcafe-reporter-junit writes them as the test's output. The screenshots
 * themselves are named in the errors (see testCafeScreenshots).
 */
function testCafeNotes(
  written: string,
  children: readonly XmlNode[]
): TestCafeNotes {
  let name = written
  const shots = name.lastIndexOf(TESTCAFE_SCREENSHOTS)
  if (shots >= 0 && name.endsWith(')')) name = name.slice(0, shots)
  let unstable = name.endsWith(TESTCAFE_UNSTABLE)
  if (unstable) name = name.slice(0, -TESTCAFE_UNSTABLE.length)
  else if (children.length > 0)
    unstable = TESTCAFE_UNSTABLE_OUTPUT.test(outputOf(children))
  return { name, unstable }
}

/** The screenshots TestCafe's errors name, as `[[ATTACHMENT|path]]` lines would. */
function withTestCafeScreenshots(
  paths: readonly string[],
  problems: readonly Problem[]
): readonly string[] {
  const found = new Set(paths)
  for (const problem of problems)
    for (const [, path] of problem.details.matchAll(TESTCAFE_SCREENSHOT))
      found.add(path)
  return found.size > paths.length ? [...found] : paths
}

/**
 * A location as Ginkgo v1 writes it, on a line of its own: `/w/cart/cart_test.go:27`,
 * a Go file (its root's attributes are other tools' too: Surefire's).
 */
const GINKGO_LOCATION = /^(\S(?:.*\S)?\.go):(\d{1,9})$/
/** What Ginkgo v1 adds to a panic's failure after where it happened. */
const GINKGO_PANIC = '\n\nPanic: '
const GINKGO_STACK = '\n\nFull stack:\n'

/**
 * Ginkgo v1's JUnit reporter writes a failure (and a Skip()'s reason) as
 * one text with no message: the spec's location, Ginkgo's message, and
 * where it failed, each on lines of their own; a panic adds `Panic: value`
 * and a stack (`/w/cart_test.go:27`, `Expected`, `    <int>: 4`, `to
 * equal`, `    <int>: 5`, `/w/cart_test.go:30`). Ginkgo's message becomes
 * the message (with a panic's value: `Test Panicked: assignment to entry in
 * nil map`), the details lose the spec's location, which is returned: where
 * the test is (the annotation's place when where it failed is no file of
 * the workspace, as a panic's runtime file). A skip's reason is the message
 * alone.
 */
function readGinkgoV1(problem: Problem): string | undefined {
  if (problem.message !== '') return undefined
  const text = problem.details
  const firstBreak = text.indexOf('\n')
  if (firstBreak < 0) return undefined
  const spec = text.slice(0, firstBreak)
  if (!GINKGO_LOCATION.test(spec)) return undefined
  const panicAt = problem.type === 'Panic' ? text.indexOf(GINKGO_PANIC) : -1
  const end = panicAt < 0 ? text.length : panicAt
  const lastBreak = text.lastIndexOf('\n', end - 1)
  if (!GINKGO_LOCATION.test(text.slice(lastBreak + 1, end))) return undefined
  const message = text.slice(firstBreak + 1, Math.max(lastBreak, firstBreak))
  let panic = ''
  if (panicAt >= 0) {
    const stackAt = text.indexOf(GINKGO_STACK, panicAt)
    panic = text
      .slice(panicAt + GINKGO_PANIC.length, stackAt < 0 ? undefined : stackAt)
      .trim()
  }
  problem.message = panic ? `${message.trim()}: ${panic}` : message
  problem.details = problem.kind === 'skipped' ? '' : text.slice(firstBreak + 1)
  return spec
}

/** What Qt 5 writes in a message's comment: `tag="…" message="…" type="qdebug"`. */
const QT5_MESSAGE_FIELD = /\b(tag|message|type)="([^"]*)"/g
/** Qt 5's `result` of a test function of which a row passed (XFAIL passes). */
const QT5_PASSED = /^(?:pass|xfail)$/

/** A Qt 5 test function's row (or the function itself): its failures, skip and messages. */
interface Qt5Row {
  problems: Problem[]
  messages: string[]
}

/**
 * Qt 5's junitxml (QTestLib 5.x) writes a test function's messages (qDebug,
 * qWarning, QSKIP's reason…) only as XML comments in its testcase, `<!--
 * message="…" type="skip" -->`: so is a skip, which nothing else tells. A
 * data row's failure or message carries the row's `tag`, and the rows that
 * passed without a message are not written (Qt counts each row). So a
 * `skip` is a skip, the other messages the test's output, and each row a
 * tag names is a test of its own, `function(tag)`, as Qt 6 and Qt's console
 * name it (a marker in the tag counts); the function itself stays a test
 * when something untagged failed or was skipped, or, as a passed one, when
 * Qt says a row passed (`result="pass"`) and no row named did.
 */
function qt5TestCases(node: XmlNode, testCase: TestCase): TestCase[] {
  const children = childrenOf(node, 'testcase')
  // Qt 5 writes only failures and comments in a testcase: one holding more
  // is another tool's (a merged report's suite after Qt's), left as written.
  if (
    children.length === 0 ||
    testCase.output !== '' ||
    testCase.problems.some((p) => p.kind !== 'failure')
  )
    return [testCase]
  const own: Qt5Row = { problems: [], messages: [] }
  const rows = new Map<string, Qt5Row>()
  const rowOf = (tag: string): Qt5Row => {
    if (tag === '') return own
    let row = rows.get(tag)
    if (!row) rows.set(tag, (row = { problems: [], messages: [] }))
    return row
  }
  // Qt 5 writes no other element in a testcase: its problems are these.
  const failures = testCase.problems.filter((p) => p.kind === 'failure')
  let nextFailure = 0
  for (const child of children) {
    if ('failure' in child) {
      const failure = failures[nextFailure++]
      if (failure) rowOf(attribute(child, 'tag')).problems.push(failure)
    } else if (COMMENT in child) {
      const { tag, message, type } = qt5Message(rawContent(child, COMMENT))
      const row = rowOf(tag)
      if (type === 'skip')
        row.problems.push({ kind: 'skipped', message, type: '', details: '' })
      else if (message.trim() !== '') row.messages.push(message)
    }
  }
  const asTest = (name: string, row: Qt5Row): TestCase => {
    const outcome = outcomeOf(row.problems, '')
    return {
      ...testCase,
      name,
      outcome,
      problems: row.problems.length > 0 ? row.problems : NONE,
      output: failedOrErrored(outcome) ? row.messages.join('\n') : ''
    }
  }
  if (rows.size === 0) return [asTest(testCase.name, own)]
  const rowTests = [...rows].map(([tag, row]) =>
    asTest(`${testCase.name}(${tag})`, row)
  )
  const functionPassed =
    QT5_PASSED.test(attribute(node, 'result')) &&
    !rowTests.some((t) => t.outcome === 'passed')
  return own.problems.length > 0 || functionPassed
    ? [asTest(testCase.name, own), ...rowTests]
    : rowTests
}

/** The fields of a Qt 5 message's comment, decoded ('' when absent). */
function qt5Message(comment: string): {
  tag: string
  message: string
  type: string
} {
  const fields = { tag: '', message: '', type: '' }
  for (const [, name, value] of comment.matchAll(QT5_MESSAGE_FIELD))
    fields[name as keyof typeof fields] = decodeEntities(value)
  return fields
}

/**
 * Qt 6's junitxml writes the first line of a failure's (or skip's)
 * description as its `message` and the rest (QCOMPARE's `Actual` and
 * `Expected` values) as its text: the description is one message again, as
 * Qt's console prints it and Qt 5 wrote it.
 */
function qt6Descriptions(
  children: readonly XmlNode[],
  problems: readonly Problem[]
): void {
  for (const kind of ['failure', 'skipped'] as const) {
    const written = problems.filter((p) => p.kind === kind)
    elements(children, kind).forEach((element, i) => {
      const problem = written[i]
      if (!problem || problem.details === '') return
      const raw = rawContent(element, kind)
      const text = cdataContents(raw) ?? decodeRawContent(raw).trim()
      problem.message = `${problem.message}\n${text}`
      problem.details = ''
    })
  }
}

/**
 * A Qt 6 test's output: each message is a CDATA section of its own, indented
 * in its <system-out> or <system-err>; the messages, one a line.
 */
function qt6Output(children: readonly XmlNode[]): string {
  const parts: string[] = []
  for (const tag of OUTPUT_TAGS) {
    for (const element of elements(children, tag)) {
      const raw = rawContent(element, tag)
      const text = cdataContents(raw) ?? decodeRawContent(raw)
      if (text.trim()) parts.push(text)
    }
  }
  return parts.join('\n')
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g

/** The contents of raw text's CDATA sections, one a line, when there is nothing but whitespace around them. */
function cdataContents(raw: string): string | undefined {
  const sections: string[] = []
  let end = 0
  for (const match of raw.matchAll(CDATA_SECTION)) {
    if (raw.slice(end, match.index).trim() !== '') return undefined
    sections.push(match[1])
    end = match.index + match[0].length
  }
  if (sections.length === 0 || raw.slice(end).trim() !== '') return undefined
  return sections.join('\n')
}

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

/**
 * @wdio/junit-reporter writes a failure's message only (or, with
 * `errorOptions`, what it names, often the message as a <failure> and an
 * <error> both), and the error's stack as the test's <system-err>; a failed
 * attempt that mocha then retried is a <skipped/> with its stack there. The
 * stack becomes the failure's text (unless `errorOptions` gave it one), an
 * <error> repeating a <failure>'s message goes, and a skip with a stack is a
 * failed attempt (a flaky failure until mergeWdioRetries sees the attempt
 * after it). Whether the stack is the failure's: the output then is the
 * <system-out> alone.
 */
function wdioStack(children: readonly XmlNode[], problems: Problem[]): boolean {
  const stack = outputOf(children, ['system-err']).trim()
  if (!stack) return false
  for (let i = problems.length - 1; i >= 0; i--) {
    const p = problems[i]
    if (
      p.kind === 'error' &&
      problems.some((f) => f.kind === 'failure' && f.message === p.message)
    )
      problems.splice(i, 1)
  }
  const failed = problems.filter(isFailureOrError)
  if (failed.length === 0) {
    const skip = problems.findIndex((p) => p.kind === 'skipped')
    if (skip < 0) return false
    problems[skip] = {
      kind: 'flaky failure',
      message: stackMessage(stack),
      type: '',
      details: stack
    }
  } else if (failed.every((p) => p.details === '')) failed[0].details = stack
  return true
}

/** The message of a JavaScript error's stack, as @wdio/junit-reporter writes it in a failure's `message`. */
function stackMessage(stack: string): string {
  const frame = stack.search(/\n\s+at /)
  return (frame < 0 ? stack : stack.slice(0, frame)).replace(/^\w*Error: /, '')
}

/** A line number as written (digits only), counted from 1. */
function lineNumber(text: string, fromZero: boolean): number | undefined {
  if (!/^\s*\d{1,9}\s*$/.test(text)) return undefined
  const line = Number(text) + (fromZero ? 1 : 0)
  return line > 0 ? line : undefined
}

/**
 * pytest's suites have a `hostname` (or, before pytest 4.6.8 and 5.1, the
 * name `pytest`), and its tests' lines count from 0:
 * `line="8"` is the `def` on line 9. (bun's and common_test's have one too,
 * but their tests' files are no Python: see toTestCase.) Python's junit_xml
 * library, which scripts write reports with by hand, writes a `hostname` when
 * given one, and the `line` it is given, counted from 1: its suites, unlike
 * pytest's, have a `disabled` attribute.
 */
function countsLinesFromZero(suite: XmlNode): boolean {
  // Before 4.6.8 and 5.1 pytest wrote no hostname; its suite's name was
  // then (and is by default) `pytest`.
  return (
    (rawAttribute(suite, 'hostname') !== '' ||
      rawAttribute(suite, 'name') === 'pytest') &&
    rawAttribute(suite, 'disabled') === ''
  )
}

/** A jest-junit execution error's JSON is read up to this long (an error's stack is short). */
const JEST_ERROR_JSON_CHARS = 1_000_000

/**
 * jest-junit writes an afterAll's (or a file's) failure as the error's JSON,
 * `{"message":"","stack":"Error: could not close db\n    at …"}`: its stack,
 * or its message, is the failure's text.
 */
function readJestExecutionError(problem: Problem): void {
  const json = problem.details.trim()
  if (!json.startsWith('{') || json.length > JEST_ERROR_JSON_CHARS) return
  let error: unknown
  try {
    error = JSON.parse(json)
  } catch {
    return
  }
  if (typeof error !== 'object' || error === null) return
  const { message, stack } = error as Record<string, unknown>
  const text =
    typeof stack === 'string' && stack.trim()
      ? stack
      : typeof message === 'string'
        ? message
        : ''
  if (!text.trim()) return
  problem.details = text
}

/** Rust's libtest writes every failure so: `<failure type="assert"/>`, the panic in the output. */
function isBareAssert(problem: Problem): boolean {
  return (
    problem.kind === 'failure' &&
    problem.type === 'assert' &&
    problem.message === '' &&
    problem.details === ''
  )
}

/** CTest's failure: `<failure message=""/>` (the test program's exit status is all it knows). */
function isBareCtestFailure(problem: Problem): boolean {
  return (
    problem.kind === 'failure' &&
    problem.type === '' &&
    problem.message === '' &&
    problem.details === ''
  )
}

/** googletest's console line before a failure: `/src/cart_test.cpp:6: Failure`, `unknown file: Failure`. */
const GTEST_FAILURE = /^(unknown file|\S.*?:\d+): Failure$/
/** googletest's console line after a test's failures: `[  FAILED  ] Cart.total (0 ms)`. */
const GTEST_STATUS = /^\[ {0,2}(?:FAILED|OK|RUN|SKIPPED) {0,6}\] /
/** Failures of one test read from its output, at most (googletest's failures in a loop). */
const MAX_OUTPUT_FAILURES = 100

/**
 * Gives CTest's bare failure of a googletest program (gtest_discover_tests)
 * the failures googletest printed, as googletest's own XML writes them
 * (`cart_test.cpp:6` and the message), one failure each; the output is left
 * as it is.
 */
function takeGoogletestFailures(problems: Problem[], output: string): void {
  if (!output.includes(': Failure')) return
  const lines = output.split('\n')
  let block: string[] | undefined
  const blocks: string[] = []
  const close = (): void => {
    if (block) blocks.push(block.join('\n').trim())
    block = undefined
  }
  for (const line of lines) {
    if (blocks.length === MAX_OUTPUT_FAILURES) break
    const header = GTEST_FAILURE.exec(line.trimEnd())
    if (header) {
      close()
      block = [header[1]]
    } else if (GTEST_STATUS.test(line)) close()
    else block?.push(line)
  }
  close()
  if (blocks.length === 0) return
  const [first] = problems
  first.details = blocks[0]
  for (const details of blocks.slice(1))
    problems.push({ kind: 'failure', message: '', type: '', details })
}

/** `thread 'tests::t' (3655) panicked at src/lib.rs:32:9:`, the message on the next lines (before Rust 1.73: `panicked at 'message', src/lib.rs:32:9`). */
const RUST_PANIC =
  /^thread '[^'\n]*'(?: \(\d+\))? panicked at (?:'(.*)', \S+|\S+:)$/m
/** What libtest prints of an Err a test returned. */
const RUST_RETURNED_ERROR = /(?:^|\n)(Error: [^\n]*)\s*$/

/**
 * Gives a bare libtest failure the panic (or returned Err) libtest wrote at
 * the end of the test's output; returns the output before it.
 */
function takeLibtestFailure(problem: Problem, output: string): string {
  const panic = RUST_PANIC.exec(output)
  if (panic) {
    const details = output.slice(panic.index).trim()
    problem.details = details
    problem.message =
      panic[1] ??
      details
        .split('\n')
        .slice(1)
        .find((line) => line.trim() !== '') ??
      ''
    return output.slice(0, panic.index).trimEnd()
  }
  const returned = RUST_RETURNED_ERROR.exec(output)
  if (!returned) return output
  problem.message = returned[1]
  return output.slice(0, returned.index).trimEnd()
}

/**
 * `[[ATTACHMENT|path]]`: how Playwright, Jenkins and QA Sphere's own CLI
 * name a test's files (screenshots, traces) in its output or failures.
 */
/** Where they are written: the output and every raw element (failures, skips). */
const ATTACHMENT_HOLDERS = new Set(RAW_ELEMENTS)

const ATTACHMENT_START = '[[ATTACHMENT|'

function attachmentsOf(children: readonly XmlNode[]): readonly string[] {
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
function outcomeOf(problems: Problem[], status: string, result = ''): Outcome {
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

function collectProblems(
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

const OUTPUT_TAGS: readonly string[] = ['system-out', 'system-err']

/**
 * A suite's output as @web/test-runner-junit-reporter writes it with
 * `reportLogs`: every test of a file carries the file's browser logs, so
 * they are written once per test, each logged value in a <system-out> of
 * its own. Read once, as the runner's console shows them.
 */
function webTestRunnerOutput(
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

function outputOf(
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
function consoleLauncherName(children: readonly XmlNode[]): string {
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
function skipProperty(children: readonly XmlNode[]): boolean {
  return properties(children).some((property) => {
    const name = attribute(property, 'name')
    if (name !== 'skip' && name !== 'todo') return false
    const value = (
      attribute(property, 'value') || rawContent(property, 'property')
    ).trim()
    return value !== '' && value !== 'false'
  })
}

function markerProperties(children: readonly XmlNode[]): string[] {
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

/** The element's name, or '#text' for text. */
function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ':@') return key
  return ''
}

function childrenOf(element: XmlNode, tag: string): XmlNode[] {
  const children = element[tag]
  return Array.isArray(children) ? (children as XmlNode[]) : []
}

/** The child elements named `tag`, in document order. */
function elements(children: readonly XmlNode[], tag: string): XmlNode[] {
  const found: XmlNode[] = []
  for (const child of children) if (tag in child) found.push(child)
  return found
}

function attribute(element: XmlNode, name: string): string {
  return decodeEntities(rawAttribute(element, name))
}

/** An attribute's value as written, entities still in it. */
function rawAttribute(element: XmlNode, name: string): string {
  const attributes = element[':@'] as Record<string, unknown> | undefined
  const value = attributes?.[name]
  return typeof value === 'string' ? value : ''
}

/** The text directly inside an element, as written (for a raw element: unparsed, CDATA and entities still in it). */
function rawContent(element: XmlNode, tag: string): string {
  let text = ''
  for (const child of childrenOf(element, tag)) {
    const value = child['#text']
    if (typeof value === 'string') text += value
  }
  return text
}
