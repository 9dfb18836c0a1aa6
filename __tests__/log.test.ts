import { describe, expect, it } from '@jest/globals'
import { logLine } from '../src/log.js'

describe('logLine', () => {
  it('keeps ordinary text as it is', () => {
    expect(logLine('BD-1 passed: tests/x.py::test_a | b')).toBe(
      'BD-1 passed: tests/x.py::test_a | b'
    )
  })

  it('makes one line of every kind of line break', () => {
    expect(logLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g\u000bh')).toBe(
      'a b c d e f g h'
    )
  })

  it('breaks up a workflow command at the start of the line', () => {
    for (const text of ['::add-mask::x', '  ::stop-commands::t']) {
      const line = logLine(text)
      expect(line.trimStart().startsWith('::')).toBe(false)
      expect(line.replace('\u200b', '')).toBe(text)
    }
    expect(logLine('x\n::warning::y').startsWith('::')).toBe(false)
  })

  it('breaks up the legacy ##[command] form anywhere', () => {
    expect(logLine('name ##[add-mask]secret')).not.toContain('##[')
  })
})
