// AVA has no describe: files (and their folders) are the only grouping.
const test = require('ava')

test('applies coupon', (t) => {
  t.is(100 * 0.9, 90)
})

test('computes shipping', (t) => {
  t.is(5 + 5, 10)
})

test('BD-16 free over 100', (t) => {
  t.is(0, 5)
})

test.after.always('BD-17 cleanup hook', () => {
  throw new Error('after hook failed: database is locked')
})
