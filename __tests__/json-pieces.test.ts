import { describe, expect, it } from '@jest/globals'
import { jsonArrayPieces } from '../src/util/json-pieces.js'

describe('jsonArrayPieces', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 1],
    [3, 2],
    [4, 2]
  ])(
    '%i items, %i per piece: pieces of that many items that join to the array',
    (count, perPiece) => {
      const items = Array.from({ length: count }, (_, i) => ({ i, s: 'ü,]"' }))
      const pieces = [...jsonArrayPieces(count, (i) => items[i], perPiece)]
      expect(pieces.join('')).toBe(JSON.stringify(items))
      // Brackets and commas are pieces of their own.
      const itemPieces = pieces.filter((p) => !['[', ',', ']'].includes(p))
      expect(itemPieces).toHaveLength(Math.ceil(count / perPiece))
      expect(pieces).toHaveLength(count === 0 ? 2 : 2 * itemPieces.length + 1)
    }
  )
})
