/**
 * Counts as people write them, in the summary, comments and the log.
 */
import { describe, expect, it } from '@jest/globals'
import { counted, firstAndMore, grouped } from '../src/util/counted.js'

describe('counted', () => {
  it('uses the singular for one and the plural otherwise, zero included', () => {
    expect(counted(1, 'test')).toBe('1 test')
    expect(counted(0, 'test')).toBe('0 tests')
    expect(counted(2, 'report file')).toBe('2 report files')
  })

  it('takes an irregular plural', () => {
    expect(counted(1, 'failure or error', 'failures and errors')).toBe(
      '1 failure or error'
    )
    expect(counted(3, 'failure or error', 'failures and errors')).toBe(
      '3 failures and errors'
    )
  })

  it('groups thousands with commas, whatever the runner locale', () => {
    expect(counted(20000, 'result')).toBe('20,000 results')
    expect(grouped(999)).toBe('999')
    expect(grouped(1000)).toBe('1,000')
    expect(grouped(100000)).toBe('100,000')
    expect(grouped(1234567)).toBe('1,234,567')
  })
})

describe('firstAndMore', () => {
  it('lists every item when there are no more than the most', () => {
    expect(firstAndMore(['a', 'b'], 2, String)).toBe('a, b')
    expect(firstAndMore([], 2, String)).toBe('')
  })

  it('names the first items and counts the rest, grouped', () => {
    const items = Array.from({ length: 1203 }, (_, i) => `BD-${i + 1}`)
    expect(firstAndMore(items, 2, String)).toBe('BD-1, BD-2 and 1,201 more')
  })

  it('writes each item with show, joined with the separator', () => {
    expect(firstAndMore([1, 2, 3], 2, (n) => `#${n}`, '; ')).toBe(
      '#1; #2 and 1 more'
    )
  })
})
