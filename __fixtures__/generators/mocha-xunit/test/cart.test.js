// Fixture suite for the QA Sphere JUnit upload action (mocha's built-in xunit reporter).
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/mocha-xunit/README.md.
const assert = require('node:assert')

function total(items) {
  return items.reduce((sum, item) => sum + item.price * item.qty, 0)
}

function applyCoupon(cart, code) {
  if (code !== 'SAVE10') throw new RangeError(`unknown coupon: ${code}`)
  return { ...cart, discount: 10 }
}

it('BD-260 adds an item to the cart', () => {
  assert.strictEqual(total([{ price: 3, qty: 2 }]), 6)
})

it('[BD-261] cart total is wrong', () => {
  console.log('cart debug: 2 items')
  assert.strictEqual(total([{ price: 3, qty: 2 }, { price: 1, qty: 1 }]), 8)
})

it('BD-262: deep equality of the cart', () => {
  assert.deepStrictEqual(
    { items: ['apple', 'pear'], total: 5 },
    { items: ['apple', 'plum'], total: 5 }
  )
})

it('BD-263 throws on an unknown coupon', () => {
  applyCoupon({ items: [] }, 'FREE')
})

it.skip('BD-264 pending with it.skip', () => {
  assert.fail('never runs')
})

it('BD-265 pending without a body')

it('BD-266 skipped at run time with this.skip()', function () {
  this.skip()
})

it('BD-267 price <b> & "quotes" \'single\' compare', () => {
  assert.strictEqual('<b>&amp;', '<i>&amp;', 'markup <b> & "q" differs')
})

it('BD-268 multi-line message', () => {
  assert.fail('first line of the reason\nsecond line with <tag> & more')
})

it('BD-269 async rejection', async () => {
  await Promise.reject(new Error('payment gateway refused'))
})

it('BD-270 times out', function (done) {
  this.timeout(50)
  setTimeout(done, 500)
})

it('BD-271 throws a non-Error value', () => {
  // eslint-disable-next-line no-throw-literal
  throw 'a plain string'
})

it('BD-272 writes output and passes', () => {
  console.log('stdout line from BD-272')
  console.error('stderr line from BD-272')
})

let flakyAttempts = 0
it('BD-273 flaky: passes on the second attempt', function () {
  this.retries(2)
  flakyAttempts += 1
  assert.strictEqual(flakyAttempts, 2, `attempt ${flakyAttempts} fails`)
})

it('BD-274 fails on every retry', function () {
  this.retries(1)
  assert.strictEqual(1, 2)
})

describe('BD-275 checkout', () => {
  it('applies the coupon', () => {
    assert.strictEqual(applyCoupon({}, 'SAVE10').discount, 10)
  })
  it('computes shipping wrong', () => {
    assert.strictEqual(5 + 5, 11)
  })
  describe('nested BD-276 payment', () => {
    it('charges the card', () => {
      assert.ok(true)
    })
  })
})

describe('BD-277 a failing beforeEach hook', () => {
  beforeEach(() => {
    throw new Error('database is down')
  })
  it('first test behind the hook', () => {})
  it('second test behind the hook', () => {})
})

describe('BD-278 a failing after hook', () => {
  after(() => {
    throw new Error('cleanup failed')
  })
  it('runs before the after hook', () => {})
})

describe('skipped describe', () => {
  before(function () {
    this.skip()
  })
  it('BD-279 skipped by its before hook', () => {})
})

it('BD-280 unicode é€✓ and ]]> in a message', () => {
  assert.strictEqual('é€✓ ]]>', 'e', 'unicode é€✓ ]]> mismatch')
})
