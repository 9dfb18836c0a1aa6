// A suite whose afterAll throws after both of its specs passed: jasmine
// reports "Suite error: BD-18 teardown". See the README.
describe('BD-18 teardown', () => {
  afterAll(() => {
    throw new Error('afterAll cleanup failed: database is locked')
  })

  it('first passes', () => {
    expect(1).toBe(1)
  })

  it('second passes', () => {
    expect(2).toBe(2)
  })
})

describe('BD-19 setup', () => {
  beforeAll(() => {
    throw new Error('beforeAll failed: database is down')
  })

  it('depends on setup', () => {
    expect(1).toBe(1)
  })
})
