// Nested describe blocks with markers on both levels, for bun-nesting.xml.
// bun names a test's class after its describe blocks, innermost first
// (`BD-601 inner > BD-600 outer`): a test takes its nearest marked block's
// marker only. Some tests fail ON PURPOSE.
import { describe, expect, test } from 'bun:test'

describe('BD-600 outer', () => {
  test('outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-601 inner', () => {
    test('inner fails', () => {
      expect(2).toBe(3)
    })

    describe('unmarked innermost', () => {
      test('innermost passes', () => {
        expect(3).toBe(3)
      })
    })
  })

  describe('plain middle', () => {
    test('BD-602 own marker fails', () => {
      expect(4).toBe(5)
    })

    test('middle passes', () => {
      expect(4).toBe(4)
    })
  })
})
