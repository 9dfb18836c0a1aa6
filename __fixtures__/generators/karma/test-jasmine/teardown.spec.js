// Jasmine under karma: a suite whose afterAll throws after both of its specs
// passed, then a suite that still runs; a pending spec and a failing one.
describe('BD-16 teardown', () => {
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

describe('BD-17 after the teardown', () => {
  it('still runs', () => {
    expect(3).toBe(3)
  })

  it('BD-18 fails', () => {
    expect('red').toBe('green')
  })

  xit('BD-19 pending', () => {
    expect(true).toBe(false)
  })
})
