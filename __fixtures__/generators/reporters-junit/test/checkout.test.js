// Second test file for the @reporters/junit fixture (checkout).
// Some tests FAIL ON PURPOSE; see __fixtures__/reports/reporters-junit/README.md.
const { describe, test, before } = require('node:test')
const assert = require('node:assert')

describe('BD-992 checkout with a failing before', () => {
  before(() => {
    throw new Error('payment sandbox is down')
  })
  test('pays by card', () => {})
  test('BD-993 pays by invoice', () => {})
})

test('BD-994 shipping options', () => {
  console.log('shipping: 3 options')
  assert.deepStrictEqual(['standard', 'express'], ['standard', 'express'])
})

test('BD-995 order confirmation <b>&</b> "receipt"', () => {
  throw new Error('receipt <img src=x onerror=alert(1)> & "quoted" failed')
})

test.skip('BD-996 pay later', () => {})

test('BD-997 BD-998 shared checkout flow', () => {
  assert.ok(true)
})

test('plain helper without a marker', () => {
  assert.strictEqual('abc'.toUpperCase(), 'ABC')
})
