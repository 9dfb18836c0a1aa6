// Fixture suite for the QA Sphere JUnit upload action.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/node-test/README.md.
const { describe, test } = require('node:test')
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

test('BD-1 user can log in', () => {
  assert.deepStrictEqual({ user: 'alice', loggedIn: true }, { user: 'alice', loggedIn: true })
})

test('[BD-2] cart total is wrong', () => {
  const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
  console.log('cart debug: items=3 total=42')
  assert.deepStrictEqual(cart, { items: ['apple', 'pear', 'plum'], total: 40 })
})

test('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

test.skip('BD-4 skipped feature', () => {
  assert.strictEqual(true, false)
})

describe('BD-5 checkout', () => {
  test('applies coupon', () => {
    assert.strictEqual(100 * 0.9, 90)
  })
  test('computes shipping', () => {
    assert.strictEqual(5 + 5, 10)
  })
})

for (const [a, b, expected] of [
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
]) {
  test(`BD-6 adds ${a} + ${b} = ${expected}`, () => {
    assert.strictEqual(a + b, expected)
  })
}

test('BD-7 BD-8 shared flow', () => {
  assert.ok([1, 2, 3].includes(2))
})

test('helper works', () => {
  assert.strictEqual('abc'.toUpperCase(), 'ABC')
})

test('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
  const html = renderComment('<img src=x onerror=alert(1)>')
  if (html.includes('<img')) {
    throw new Error(
      `\u001b[31mXSS\u001b[39m: output is not escaped: ${html} & "quotes" 'single' ]]> end`
    )
  }
})

test('BD-10 deep stack', () => {
  level1()
})
