// Nested describe blocks with markers on both levels, for jest-junit-nesting.xml
// (jest-junit's default templates: a test's name and classname start with its
// describe blocks' titles, outermost first). Some tests fail ON PURPOSE.
describe('BD-610 outer', () => {
  test('outer passes', () => {
    expect(1).toBe(1)
  })

  describe('BD-611 inner', () => {
    test('inner fails', () => {
      expect(2).toBe(3)
    })
  })

  describe('plain middle', () => {
    test('BD-612 own marker fails', () => {
      expect(4).toBe(5)
    })
  })
})
