/**
 * scripts/eager-modules.mjs, run by `npm run bundle`: ncc's module arrows
 * become function expressions that V8 compiles once, except where the
 * module's own `this` or `arguments` would change meaning.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it } from '@jest/globals'

const script = new URL('../scripts/eager-modules.mjs', import.meta.url).pathname
const dir = mkdtempSync(path.join(tmpdir(), 'eager-modules-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function rewrite(bundle: string): { output: string; log: string } {
  const file = path.join(dir, 'index.js')
  writeFileSync(file, bundle)
  const log = execFileSync(process.execPath, [script, file], {
    encoding: 'utf8',
    stdio: 'pipe'
  })
  return { output: readFileSync(file, 'utf8'), log }
}

const moduleOf = (id: number, body: string) =>
  `/***/ ${id}:\n/***/ ((module, exports, __nccwpck_require__) => {\n${body}\n/***/ }),\n`
const bundleOf = (...modules: string[]) =>
  `var __webpack_modules__ = ({\n${modules.join('\n')}\n});\n`

describe('eager-modules', () => {
  it('turns module arrows into function expressions that behave the same', () => {
    const { output, log } = rewrite(
      bundleOf(
        moduleOf(1, 'module.exports = class { get self() { return this } }'),
        moduleOf(
          2,
          'const sum = function () { return arguments.length }\nmodule.exports = () => sum(1, 2)'
        )
      )
    )
    expect(log).toContain('2 module functions made eager')
    expect(output).toContain(
      '/***/ (function (module, exports, __nccwpck_require__) {\nmodule.exports = class'
    )
    expect(output).not.toContain('=> {\n')
    type Factory = (module: { exports?: unknown }) => void
    const factories = runInNewContext(
      `${output}\n[__webpack_modules__[1], __webpack_modules__[2]]`
    ) as Factory[]
    const [first, second] = factories.map((factory) => {
      const module: { exports?: unknown } = {}
      factory(module)
      return module.exports
    })
    const Class = first as new () => { self: unknown }
    expect(new Class().self).toBeInstanceOf(Class)
    expect((second as () => number)()).toBe(2)
  })

  it("leaves a module whose top level uses the arrow's this or arguments", () => {
    const { output, log } = rewrite(
      bundleOf(
        moduleOf(1, 'var helper = (this && this.helper) || 1'),
        moduleOf(2, 'const count = () => arguments.length'),
        moduleOf(3, 'module.exports = 3')
      )
    )
    expect(log).toContain('1 module functions made eager')
    expect(output).toContain(
      '/***/ ((module, exports, __nccwpck_require__) => {\nvar helper'
    )
    expect(output).toContain(
      '/***/ ((module, exports, __nccwpck_require__) => {\nconst count'
    )
    expect(output).toContain(
      '/***/ (function (module, exports, __nccwpck_require__) {\nmodule.exports = 3'
    )
  })

  it('fails when no ncc module is found, so a changed ncc output is noticed', () => {
    expect(() => rewrite('console.log(1)\n')).toThrow(
      /no ncc module function found/
    )
  })
})
