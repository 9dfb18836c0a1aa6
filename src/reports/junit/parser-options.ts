/**
 * fast-xml-parser's options for reports, apart so that both the parser
 * (junit.ts) and the testcase readers (RAW_ELEMENTS) can use them without
 * importing each other, and so that scripts/bench-parser.mjs has one module
 * to stay equal to (a test compares them).
 */
import type { X2jOptions } from 'fast-xml-parser'

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
