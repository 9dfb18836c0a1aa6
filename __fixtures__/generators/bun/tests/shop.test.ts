// Tests for the bun test --reporter=junit fixture. Some fail ON PURPOSE.
import { describe, expect, test } from 'bun:test'

test('BD-1 user can log in', () => {
  console.log('logging in as alice')
  expect(1 + 1).toBe(2)
})

test('[BD-2] cart total is wrong', () => {
  console.log('cart has 3 items')
  console.error('warning: price list is stale')
  expect({ total: 41, items: ['apple', 'pear'] }).toEqual({
    total: 42,
    items: ['apple', 'plum']
  })
})

test('BD-3: crashes with an error', () => {
  throw new TypeError('boom\nsecond line of the message')
})

test.skip('BD-4 skipped feature', () => {
  expect(true).toBe(false)
})

test.todo('BD-12 todo: export to CSV')

test.todo('BD-13 todo with a body that fails', () => {
  expect(1).toBe(2)
})

test.failing('BD-14 known bug, expected to fail', () => {
  expect(0.1 + 0.2).toBe(0.3)
})

test.each([
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
])('BD-6 adds %i + %i = %i', (a, b, sum) => {
  expect(a + b).toBe(sum)
})

test('BD-7 BD-8 shared flow', () => {
  expect([1, 2, 3]).toContain(2)
})

test('helper works', () => {
  expect('x').toBe('x')
})

test('BD-9 renders <script>alert(1)</script> & "quotes" &amp; ünïcödé ✓', () => {
  console.log('<b>output</b> & &amp; ]]> \u001b[31mred\u001b[0m')
  throw new Error(
    'expected <img src=x onerror=alert(1)> & "quotes" &amp; ]]> ünïcödé 🚀\nline two <tag>'
  )
})

function level3(): never {
  throw new RangeError('too deep')
}
function level2(): never {
  level3()
}
function level1(): never {
  level2()
}

test('BD-10 deep stack', () => {
  level1()
})

let attempts = 0
test(
  'BD-11 flaky, passes on the third try',
  () => {
    attempts += 1
    console.log(`attempt ${attempts}`)
    expect(attempts).toBe(3)
  },
  { retry: 3 }
)

let failingAttempts = 0
test(
  'BD-17 retried but never passes',
  () => {
    failingAttempts += 1
    expect(failingAttempts).toBe(99)
  },
  { retry: 2 }
)

test(
  'BD-15 times out',
  async () => {
    await new Promise((resolve) => setTimeout(resolve, 500))
  },
  { timeout: 50 }
)
