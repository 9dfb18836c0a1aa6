// Retries: every test in this file gets one retry.
const { test, expect } = require('@playwright/test')

test.describe.configure({ retries: 1 })

test('BD-12 flaky on first try', () => {
  console.log(`flaky attempt, retry=${test.info().retry}`)
  expect(test.info().retry, 'fails on the first attempt only').toBeGreaterThan(0)
})

test('BD-14 fails on every try', () => {
  console.log(`always failing attempt, retry=${test.info().retry}`)
  expect(test.info().retry, 'fails on every attempt').toBe(-1)
})
