// Nested describe blocks marked on several levels, for vitest-junit-nesting.xml
// (see __fixtures__/reports/vitest/README.md). Some tests fail ON PURPOSE.
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'

describe('BD-620 outer', () => {
  test('outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-621 inner', () => {
    test('inner fails', () => {
      expect(2).toBe(3)
    })

    describe('BD-623 deepest', () => {
      test('deepest fails', () => {
        expect(6).toBe(7)
      })
    })
  })

  describe('plain middle', () => {
    test('BD-622 own marker fails', () => {
      expect(4).toBe(5)
    })

    test('plain test', () => {
      expect(1).toBe(1)
    })

    test('BD-624 BD-625 two markers pass', () => {
      expect(1).toBe(1)
    })
  })

  describe('BD-627 before all fails', () => {
    beforeAll(() => {
      throw new Error('beforeAll failed on purpose')
    })

    test('after a failing beforeAll', () => {
      expect(1).toBe(1)
    })
  })

  describe('BD-628 before each fails', () => {
    beforeEach(() => {
      throw new Error('beforeEach failed on purpose')
    })

    test('after a failing beforeEach', () => {
      expect(1).toBe(1)
    })
  })
})

describe('plain outer', () => {
  test('plain outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-626 marked inner', () => {
    test('marked inner fails', () => {
      expect(8).toBe(9)
    })
  })
})
