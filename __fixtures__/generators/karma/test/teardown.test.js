// A suite whose after() (afterAll) throws after both of its tests passed.
/* global assertEqual */
describe('BD-16 teardown', () => {
  after(() => {
    throw new Error('afterAll cleanup failed: database is locked')
  })

  it('first passes', () => {
    assertEqual(1, 1)
  })

  it('second passes', () => {
    assertEqual(2, 2)
  })
})

describe('BD-17 after the teardown', () => {
  it('still runs', () => {
    assertEqual(3, 3)
  })
})
