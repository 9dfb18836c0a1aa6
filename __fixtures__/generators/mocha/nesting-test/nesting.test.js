// Nested describe blocks marked on several levels, for mocha-junit-reporter-nesting*.xml
// (see __fixtures__/reports/mocha/README.md). Some tests fail ON PURPOSE.
const assert = require('node:assert')

describe('BD-630 outer', () => {
  it('outer passes', () => {
    assert.strictEqual(1, 1)
  })

  describe('BD-631 inner', () => {
    it('inner fails', () => {
      assert.strictEqual(2, 3)
    })

    describe('BD-633 deepest', () => {
      it('deepest fails', () => {
        assert.strictEqual(6, 7)
      })
    })
  })

  describe('plain middle', () => {
    it('BD-632 own marker fails', () => {
      assert.strictEqual(4, 5)
    })

    it('plain test', () => {
      assert.strictEqual(1, 1)
    })

    it('BD-634 BD-635 two markers pass', () => {
      assert.strictEqual(1, 1)
    })
  })

  describe('BD-637 before all fails', () => {
    before(() => {
      throw new Error('before failed on purpose')
    })

    it('after a failing before', () => {
      assert.strictEqual(1, 1)
    })
  })

  describe('BD-638 before each fails', () => {
    beforeEach(() => {
      throw new Error('beforeEach failed on purpose')
    })

    it('after a failing beforeEach', () => {
      assert.strictEqual(1, 1)
    })
  })
})

describe('plain outer', () => {
  it('plain outer passes', () => {
    assert.strictEqual(1, 1)
  })

  describe('BD-636 marked inner', () => {
    it('marked inner fails', () => {
      assert.strictEqual(8, 9)
    })
  })
})
