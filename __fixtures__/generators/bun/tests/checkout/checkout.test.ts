import { describe, expect, test } from 'bun:test'

describe('BD-5 checkout', () => {
  test('applies coupon', () => {
    expect(90).toBe(90)
  })

  describe('shipping', () => {
    test('computes shipping', () => {
      expect(5).toBe(5)
    })

    test('BD-16 free over 100', () => {
      expect(5).toBe(0)
    })

    test.skip('BD-18 skipped inside describe', () => {})
  })

  describe.each([['EUR'], ['USD']])('in %s', (currency) => {
    test('BD-19 converts', () => {
      expect(currency.length).toBe(3)
    })
  })
})

describe('plain suite without marker', () => {
  test('unmarked test', () => {
    expect(1).toBe(1)
  })
})
