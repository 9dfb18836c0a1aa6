import { assert } from '@esm-bundle/chai'

describe('catalog', () => {
  it('BD-479 finds a product by name', () => {
    assert.include(['pen', 'book'], 'pen')
  })

  it('BD-480 sorts products by price', () => {
    // fails on purpose: chai's assert style
    assert.deepEqual([12, 2].sort(), [2, 12], 'sorted by price')
  })

  it('BD-481 counts products in stock', function () {
    // fails on purpose: a plain throw of a string, not an Error
    throw 'stock service returned 503'
  })

  it('BD-482 slow search', async function () {
    this.timeout(200)
    // fails on purpose: mocha's timeout
    await new Promise((resolve) => setTimeout(resolve, 1000))
  })

  // two tests of one title in one describe block (a copy-paste): the first fails, the second passes
  it('BD-486 lists new arrivals', () => {
    // fails on purpose
    assert.lengthOf([], 1, 'no new arrivals')
  })

  it('BD-486 lists new arrivals', () => {
    assert.lengthOf(['pen'], 1)
  })

  let attempts = 0
  it('BD-487 flaky stock check passes on its second try', function () {
    this.retries(2)
    attempts += 1
    // fails on purpose on the first attempt only
    assert.isAbove(attempts, 1, 'stock check attempt')
  })
})

// Outside any describe block: WTR runs and counts these, its junit reporter does not write them.
it('BD-484 root-level test passes', () => {
  assert.equal(1, 1)
})

it('BD-485 root-level test fails', () => {
  // fails on purpose
  assert.equal(2, 3, 'root-level totals differ')
})
