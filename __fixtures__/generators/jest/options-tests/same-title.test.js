// Run by jest.options.config.js only (reporter options users set), never by
// the main fixture. See __fixtures__/reports/jest/README.md.

// One title for every case (no %s in it): jest-junit writes two testcases of
// the same name, the first failed, the second passed. jest counts 1 failed.
test.each([
  [1, 1, 3],
  [2, 2, 4]
])('BD-20 adds numbers', (a, b, expected) => {
  expect(a + b).toBe(expected)
})
