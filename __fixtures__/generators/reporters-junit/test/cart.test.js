// Fixture suite for the QA Sphere JUnit upload action (@reporters/junit).
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/reporters-junit/README.md.
const { describe, test, beforeEach } = require('node:test')
const assert = require('node:assert')

function cartTotal(items) {
  return items.reduce((sum, item) => sum + item.price, 0)
}

test('BD-980 adds an item to the cart', () => {
  assert.strictEqual(cartTotal([{ price: 3 }]), 3)
})

test('[BD-981] cart total is wrong', () => {
  console.log('cart debug: items=2 total=7')
  process.stderr.write('cart warning: stale prices\n')
  assert.strictEqual(cartTotal([{ price: 3 }, { price: 4 }]), 8)
})

test('BD-982: removing an item throws', () => {
  throw new TypeError('cannot read the cart')
})

test('BD-983 gift wrapping', { skip: 'gift wrap not in this release' }, () => {})

test('BD-984 loyalty points', { todo: 'points not designed yet' }, () => {
  assert.strictEqual(1, 2)
})

test.todo('BD-985 saved carts')

describe('BD-986 cart page', () => {
  describe('BD-987 quantities', () => {
    test('increments a quantity', () => {
      assert.strictEqual(1 + 1, 2)
    })
    test('BD-988 rejects a negative quantity', () => {
      assert.strictEqual(-1 >= 0, true)
    })
  })
  describe('unmarked totals', () => {
    test('shows the subtotal', () => {
      assert.ok(true)
    })
  })
  test('shows the empty cart', () => {
    assert.ok(true)
  })
})

test('BD-989 coupons', async (t) => {
  await t.test('applies a valid coupon', () => {
    assert.strictEqual(100 * 0.9, 90)
  })
  await t.test('BD-990 rejects an expired coupon', () => {
    assert.deepStrictEqual({ code: 'OLD', valid: true }, { code: 'OLD', valid: false })
  })
})

describe('BD-991 cart with a failing beforeEach', () => {
  beforeEach(() => {
    throw new Error('could not seed the cart')
  })
  test('keeps items after reload', () => {})
})
