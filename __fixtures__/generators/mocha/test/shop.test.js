// Fixture suite for the QA Sphere JUnit upload action.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/mocha/README.md.
const assert = require('node:assert')

function renderComment(text) {
  // deliberately not escaped, so the hostile-text test fails
  return `<p>${text}</p>`
}

function level3() {
  throw new Error('deep failure in level3')
}
function level2() {
  level3()
}
function level1() {
  level2()
}

it('BD-1 user can log in', () => {
  assert.deepStrictEqual({ user: 'alice', loggedIn: true }, { user: 'alice', loggedIn: true })
})

it('[BD-2] cart total is wrong', () => {
  const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
  console.log('cart debug: items=3 total=42')
  assert.deepStrictEqual(cart, { items: ['apple', 'pear', 'plum'], total: 40 })
})

it('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

it.skip('BD-4 skipped feature', () => {
  assert.strictEqual(true, false)
})

describe('BD-5 checkout', () => {
  it('applies coupon', () => {
    assert.strictEqual(100 * 0.9, 90)
  })
  it('computes shipping', () => {
    assert.strictEqual(5 + 5, 10)
  })
})

for (const [a, b, expected] of [
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
]) {
  it(`BD-6 adds ${a} + ${b} = ${expected}`, () => {
    assert.strictEqual(a + b, expected)
  })
}

it('BD-7 BD-8 shared flow', () => {
  assert.ok([1, 2, 3].includes(2))
})

it('helper works', () => {
  assert.strictEqual('abc'.toUpperCase(), 'ABC')
})

it('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
  const html = renderComment('<img src=x onerror=alert(1)>')
  if (html.includes('<img')) {
    throw new Error(
      `\u001b[31mXSS\u001b[39m: output is not escaped: ${html} & "quotes" 'single' ]]> end`
    )
  }
})

it('BD-10 deep stack', () => {
  level1()
})
