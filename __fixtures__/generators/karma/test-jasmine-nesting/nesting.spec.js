// Nested describe blocks for the QA Sphere JUnit upload action, run by karma
// (jasmine, karma-jasmine) in jsdom: test-nesting/'s blocks as jasmine specs
// (BD-670..679). A spec takes its own marker, else its nearest marked block's
// (README "Where to look"). Some specs FAIL ON PURPOSE; see
// __fixtures__/reports/karma/README.md.
describe('BD-670 outer', () => {
  it('outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-671 inner', () => {
    it('inner fails', () => {
      expect(1).toBe(2)
    })

    describe('BD-673 deepest', () => {
      it('deepest fails', () => {
        expect(3).toBe(4)
      })
    })
  })

  describe('plain middle', () => {
    it('BD-672 own marker fails', () => {
      expect(5).toBe(6)
    })

    it('plain test', () => {
      expect(1).toBe(1)
    })
  })
})

describe('plain outer', () => {
  describe('BD-674 marked inner', () => {
    it('marked inner passes', () => {
      expect(1).toBe(1)
    })
  })
})

describe('BD-675 hooks outer', () => {
  describe('BD-676 beforeEach inner', () => {
    beforeEach(() => {
      throw new Error('beforeEach failed: fixture missing')
    })

    it('after a failing beforeEach', () => {
      expect(1).toBe(1)
    })
  })

  describe('BD-677 beforeAll inner', () => {
    beforeAll(() => {
      throw new Error('beforeAll failed: database is down')
    })

    it('after a failing beforeAll', () => {
      expect(1).toBe(1)
    })
  })
})

it('BD-678 BD-679 two markers flow', () => {
  expect(1).toBe(1)
})
