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
    // Joined into one line, a command after a line break is no longer at its start.
    expect(logLine('x\n::warning::y')).toBe('x ::warning::y')
    expect(logLine('\n::warning::y')).toBe(' :\u200b:warning::y')
  })

  it('drops terminal sequences and other control characters', () => {
    expect(
      logLine(
        'BD-4 \u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u0007bell\u0000'
      )
    ).toBe('BD-4 red link bell')
    expect(logLine('\u001b]0;title\u0007::add-mask::x')).toBe(
      ':\u200b:add-mask::x'
    )
  })

  it('breaks up the legacy ##[command] form anywhere', () => {
    expect(logLine('name ##[add-mask]secret')).not.toContain('##[')
  })
})
