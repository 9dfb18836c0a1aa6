// Run only for the antMode report (see generate.sh), never by the main fixture.
const assert = require('node:assert')

// One title for every case, as a data-driven loop often writes it: two
// testcases of the same name, the first failed, the second passed. mocha
// counts 1 failing.
for (const [a, b, expected] of [
  [1, 1, 3],
  [2, 2, 4]
]) {
  it('BD-20 adds numbers', () => {
    assert.strictEqual(a + b, expected)
  })
}
