// What fast-xml-parser alone costs in a fresh process: node starts, loads the
// parser, reads the reports and parses each with the action's options (the
// same as src/reports/junit/parser-options.ts; a test keeps them equal). The
// action cannot be faster than this while fast-xml-parser is its parser.
//   Usage: node bench-parser.mjs FILE...
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { XMLParser } from 'fast-xml-parser'

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
  'errors',
  'failures',
  'group',
  'line',
  'hostname',
  'disabled',
  'tag'
])
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
export const parserOptions = {
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
  // Raw at any depth, also at the top of a piece (see siblingPieces in src/reports/junit.ts).
  stopNodes: RAW_ELEMENTS.flatMap((name) => [`*.${name}`, name])
}

// Run, not imported (by the test that compares the options).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parser = new XMLParser(parserOptions)
  let nodes = 0
  for (const file of process.argv.slice(2)) {
    nodes += parser.parse(readFileSync(file, 'utf8')).length
  }
  process.stdout.write(JSON.stringify({ nodes }) + '\n')
}
