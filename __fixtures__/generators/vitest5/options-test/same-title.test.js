// Run by vitest.options.config.js only (reporter options users set), never by
// the main fixture. See __fixtures__/reports/vitest/README.md.
import { expect, test } from 'vitest'

// One title for every case: two testcases of the same name, the first
// failed, the second passed. vitest counts 1 failed.
test.each([
  [1, 1, 3],
  [2, 2, 4]
])('BD-20 adds numbers', (a, b, expected) => {
  expect(a + b).toBe(expected)
})
