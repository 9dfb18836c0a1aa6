// Fixture suite for the QA Sphere JUnit upload action: quotes in names and
// messages. node's junit reporter escapes a `"` in an attribute twice
// (`&amp;quot;`); see __fixtures__/reports/node-test/README.md.
const { describe, test } = require('node:test')
const assert = require('node:assert')

describe('BD-16 "gift" cards', () => {
  test('redeems a "free shipping" code', () => {
    assert.strictEqual('"expired"', '"valid"', 'the code was "expired"')
  })

  test('keeps the "balance"', () => {
    assert.ok(true)
  })
})

test('BD-17 says "out of stock" & <b>why</b>', () => {
  assert.ok(true)
})
