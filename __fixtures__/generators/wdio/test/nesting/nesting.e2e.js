// Nested marked describe blocks for the QA Sphere fixture: some tests fail ON PURPOSE.
import { expect } from '@wdio/globals'

describe('BD-760 outer', () => {
  it('outer passes', async () => {
    expect(1 + 1).toBe(2)
  })

  describe('BD-761 inner', () => {
    it('inner fails', async () => {
      expect(1 + 1).toBe(3)
    })

    it('BD-765 BD-766 two markers', async () => {
      expect(2 + 2).toBe(5)
    })

    describe('BD-763 deepest', () => {
      it('deepest fails', async () => {
        expect(3 + 3).toBe(7)
      })
    })
  })

  describe('plain middle', () => {
    it('BD-762 own marker', async () => {
      expect(4 + 4).toBe(9)
    })

    it('plain passes', async () => {
      expect(true).toBe(true)
    })
  })
})

describe('plain outer', () => {
  describe('BD-764 inner', () => {
    it('marked inner fails', async () => {
      expect(5 + 5).toBe(11)
    })
  })
})
