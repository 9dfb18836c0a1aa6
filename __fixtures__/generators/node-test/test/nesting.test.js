// Fixture suite for the QA Sphere JUnit upload action: nested describe
// blocks, subtests, a failing hook, a timeout, a skip with a reason and a
// line break in a name. Some tests FAIL ON PURPOSE; see
// __fixtures__/reports/node-test/README.md.
const { describe, test, before } = require('node:test')
const assert = require('node:assert')

describe('BD-20 outer', () => {
  describe('BD-21 inner', () => {
    test('deep one fails', () => {
      assert.strictEqual(1, 2)
    })
  })
  describe('unmarked inner', () => {
    test('deep two passes', () => {
      assert.ok(true)
    })
  })
  test('skipped with a reason', { skip: 'not on CI' }, () => {})
})

describe('BD-22 hook fails', () => {
  before(() => {
    throw new Error('setup broke')
  })
  test('never runs', () => {})
})

test('BD-23 times out', { timeout: 50 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 500))
})

test('BD-24 parent', async (t) => {
  await t.test('BD-25 child fails', () => {
    assert.ok(false)
  })
  await t.test('child passes', () => {})
})

test('BD-26 line\nbreak in its name', () => {})
