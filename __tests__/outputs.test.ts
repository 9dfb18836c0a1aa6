/**
 * setJsonArrayOutput: big arrays are written to a real GITHUB_OUTPUT file
 * piece by piece, and read back exactly as core.setOutput's would be.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setJsonArrayOutput } from '../src/outputs.js'
import { parseOutputFile } from './helpers/run-action.js'

let dir: string
let outputFile: string
const saved = process.env.GITHUB_OUTPUT

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'outputs-test-'))
  outputFile = path.join(dir, 'output')
  writeFileSync(outputFile, 'before<<EOF\nkept\nEOF\n')
  process.env.GITHUB_OUTPUT = outputFile
})
afterEach(() => {
  process.env.GITHUB_OUTPUT = saved
  rmSync(dir, { recursive: true, force: true })
})

const outputs = () => parseOutputFile(readFileSync(outputFile, 'utf8'))

describe('setJsonArrayOutput', () => {
  it.each([0, 1, 999, 1000, 1001, 2500])(
    'writes %i items that read back as the same JSON',
    (count) => {
      const items = Array.from({ length: count }, (_, i) => ({
        marker: `BD-${i + 1}`,
        resultId: i % 7 ? i : null,
        statusName: i % 2 ? 'Passed ✓' : 'Fehler "ü"\n<b>'
      }))
      setJsonArrayOutput('results', count, (i) => items[i])
      const written = outputs()
      expect(written.before).toBe('kept')
      expect(written.results).toBe(JSON.stringify(items))
    }
  )

  it('a later value of the same output wins, as with core.setOutput', () => {
    setJsonArrayOutput('ids', 0, () => 0)
    setJsonArrayOutput('ids', 3000, (i) => i)
    expect(JSON.parse(outputs().ids)).toHaveLength(3000)
  })

  it('refuses a missing output file, as core.setOutput does', () => {
    rmSync(outputFile)
    expect(() => setJsonArrayOutput('ids', 3000, (i) => i)).toThrow(
      'Missing file at path'
    )
  })
})
