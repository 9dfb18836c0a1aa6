// Nested describe blocks for the QA Sphere JUnit upload action, run by karma
// (mocha) in jsdom: a test takes its own marker, else its nearest marked
// block's (README "Where to look"). Some tests FAIL ON PURPOSE; see
// __fixtures__/reports/karma/README.md.
function check(actual, expected) {
  if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`)
}

describe('BD-660 outer', () => {
  it('outer passes', () => {
    check(1, 1)
  })

  describe('BD-661 inner', () => {
    it('inner fails', () => {
      check(1, 2)
    })

    describe('BD-663 deepest', () => {
      it('deepest fails', () => {
        check(3, 4)
      })
    })
  })

  describe('plain middle', () => {
    it('BD-662 own marker fails', () => {
      check(5, 6)
    })

    it('plain test', () => {
      check(1, 1)
    })
  })
})

describe('plain outer', () => {
  describe('BD-664 marked inner', () => {
    it('marked inner passes', () => {
      check(1, 1)
    })
  })
})

describe('BD-665 hooks outer', () => {
  describe('BD-666 beforeEach inner', () => {
    beforeEach(() => {
      throw new Error('beforeEach failed: fixture missing')
    })

    it('after a failing beforeEach', () => {
      check(1, 1)
    })
  })

  describe('BD-667 beforeAll inner', () => {
    before(() => {
      throw new Error('beforeAll failed: database is down')
    })

    it('after a failing beforeAll', () => {
      check(1, 1)
    })
  })
})

it('BD-668 BD-669 two markers flow', () => {
  check(1, 1)
})
