// Run by `npm run bundle` after ncc: makes node compile the bundle's module
// functions once instead of twice.
//
// ncc wraps each module in an arrow function, which V8 compiles lazily: it
// pre-parses the whole 0.6 MB function when the bundle loads, then parses it
// again when the function is called, at once. A function expression in
// parentheses is compiled eagerly (V8's heuristic for functions called at
// once), so the second pass goes: about 10 ms less at every start.
//
// An arrow and a function differ only in `this` and `arguments`; the script
// refuses to rewrite a module that uses either outside its own functions.
//
//   node scripts/eager-modules.mjs dist/index.js
import { readFileSync, writeFileSync } from 'node:fs'
import ts from 'typescript'

const file = process.argv[2]
if (!file) throw new Error('usage: eager-modules.mjs BUNDLE')
const source = readFileSync(file, 'utf8')

/** ncc's module header: `/***\/ ((module, exports, require) => {` on its own line. */
const ARROW_MODULE = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm

const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false)
/** Where a module's arrow uses the arrow's `this` or `arguments`. */
const unsafe = new Set()
const HEADER = '\n/***/ ('
const visit = (node, moduleStart) => {
  if (
    ts.isArrowFunction(node) &&
    source.startsWith(HEADER, node.getStart(tree) - HEADER.length)
  ) {
    moduleStart = node.getStart(tree) - HEADER.length + 1
  } else if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) {
    moduleStart = undefined // its own `this` and `arguments`
  } else if (
    moduleStart !== undefined &&
    (node.kind === ts.SyntaxKind.ThisKeyword ||
      (ts.isIdentifier(node) && node.text === 'arguments'))
  ) {
    unsafe.add(moduleStart)
  }
  ts.forEachChild(node, (child) => visit(child, moduleStart))
}
visit(tree, undefined)

let rewritten = 0
const output = source.replace(ARROW_MODULE, (header, parameters, offset) => {
  if (unsafe.has(offset)) return header
  rewritten++
  return `/***/ (function (${parameters}) {`
})
if (rewritten === 0) {
  throw new Error(
    `eager-modules: no ncc module function found in ${file}; has ncc's output changed?`
  )
}
writeFileSync(file, output)
console.log(`eager-modules: ${rewritten} module functions made eager`)
