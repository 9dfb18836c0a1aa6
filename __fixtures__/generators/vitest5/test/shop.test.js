// Fixture suite for the QA Sphere JUnit upload action.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/vitest/README.md.
import { describe, expect, test } from 'vitest'

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
  expect({ user: 'alice', loggedIn: true }).toEqual({ user: 'alice', loggedIn: true })
})

test('[BD-2] cart total is wrong', () => {
  const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
  console.log('cart debug: items=3 total=42')
  expect(cart).toEqual({ items: ['apple', 'pear', 'plum'], total: 40 })
})

test('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

test.skip('BD-4 skipped feature', () => {
  expect(true).toBe(false)
})

describe('BD-5 checkout', () => {
  test('applies coupon', () => {
    expect(100 * 0.9).toBe(90)
  })
  test('computes shipping', () => {
    expect(5 + 5).toBe(10)
  })
})

test.each([
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
])('BD-6 adds %i + %i = %i', (a, b, expected) => {
  expect(a + b).toBe(expected)
})

test('BD-7 BD-8 shared flow', () => {
  expect([1, 2, 3]).toContain(2)
})

test('helper works', () => {
  expect('abc'.toUpperCase()).toBe('ABC')
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

// Extra (vitest >= 3.2): test annotations. The junit reporter writes them as
// <property> elements, like Playwright's annotations.
test('annotated via context', async ({ annotate }) => {
  await annotate('BD-11', 'qasphere')
  expect(1).toBe(1)
})

// Extra: retried test that fails on the first attempt and passes on the retry.
let flakyAttempts = 0
test('BD-12 flaky on first try', { retry: 1 }, () => {
  flakyAttempts += 1
  console.log(`flaky attempt ${flakyAttempts}`)
  expect(flakyAttempts).toBeGreaterThan(1)
})
