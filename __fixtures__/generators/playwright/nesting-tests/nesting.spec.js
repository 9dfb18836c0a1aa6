// Nested describe blocks for the QA Sphere JUnit upload action: a test takes
// its own marker, else its nearest marked block's (README "Where to look").
// Some tests FAIL ON PURPOSE; see __fixtures__/reports/playwright/README.md.
// No test uses the page fixture, so no browser is launched.
const { test, expect } = require('@playwright/test')

test.describe('BD-640 outer', () => {
  test('outer passes', () => {
    expect(1).toBe(1)
  })

  test.describe('BD-641 inner', () => {
    test('inner fails', () => {
      expect(1, 'inner block failure').toBe(2)
    })

    test.describe('BD-643 deepest', () => {
      test('deepest fails', () => {
        expect(3, 'deepest block failure').toBe(4)
      })
    })
  })

  test.describe('plain middle', () => {
    test('BD-642 own marker fails', () => {
      expect(5, 'own marker failure').toBe(6)
    })

    test('plain test', () => {
      expect(1).toBe(1)
    })
  })
})

test.describe('plain outer', () => {
  test.describe('BD-644 marked inner', () => {
    test('marked inner passes', () => {
      expect(1).toBe(1)
    })
  })
})

test.describe('BD-645 hooks outer', () => {
  test.describe('BD-646 beforeEach inner', () => {
    test.beforeEach(() => {
      throw new Error('beforeEach failed: fixture missing')
    })

    test('after a failing beforeEach', () => {
      expect(1).toBe(1)
    })
  })

  test.describe('BD-647 beforeAll inner', () => {
    test.beforeAll(() => {
      throw new Error('beforeAll failed: database is down')
    })

    test('after a failing beforeAll', () => {
      expect(1).toBe(1)
    })

    test('second after a failing beforeAll', () => {
      expect(1).toBe(1)
    })
  })
})

test('BD-648 BD-649 two markers flow', () => {
  expect(1).toBe(1)
})
