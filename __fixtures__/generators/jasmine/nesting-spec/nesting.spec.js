// Nested describe blocks for the QA Sphere JUnit upload action: a spec takes
// its own marker, else its nearest marked block's (README "Where to look").
// Some specs FAIL ON PURPOSE; see __fixtures__/reports/jasmine/README.md.
describe('BD-650 outer', () => {
  it('outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-651 inner', () => {
    it('inner fails', () => {
      expect(1).toBe(2)
    })

    describe('BD-653 deepest', () => {
      it('deepest fails', () => {
        expect(3).toBe(4)
      })
    })
  })

  describe('plain middle', () => {
    it('BD-652 own marker fails', () => {
      expect(5).toBe(6)
    })

    it('plain test', () => {
      expect(1).toBe(1)
    })
  })
})

describe('plain outer', () => {
  describe('BD-654 marked inner', () => {
    it('marked inner passes', () => {
      expect(1).toBe(1)
    })
  })
})

describe('BD-655 hooks outer', () => {
  describe('BD-656 beforeEach inner', () => {
    beforeEach(() => {
      throw new Error('beforeEach failed: fixture missing')
    })

    it('after a failing beforeEach', () => {
      expect(1).toBe(1)
    })
  })

  describe('BD-657 beforeAll inner', () => {
    beforeAll(() => {
      throw new Error('beforeAll failed: database is down')
    })

    it('after a failing beforeAll', () => {
      expect(1).toBe(1)
    })
  })
})

describe('v1.2 dotted', () => {
  describe('BD-658 after a dotted title', () => {
    it('dotted passes', () => {
      expect(1).toBe(1)
    })
  })
})

it('BD-658 BD-659 two markers flow', () => {
  expect(1).toBe(1)
})
