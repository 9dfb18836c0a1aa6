/**
 * A JSON array as a sequence of strings that join to `JSON.stringify` of the
 * whole array. Each piece is tens of KB, well below V8's large-object size,
 * so it dies young; one string for a big array would stay in the old space
 * until a full garbage collection. Pure.
 */
export function* jsonArrayPieces(
  length: number,
  itemAt: (index: number) => unknown,
  itemsPerPiece: number
): Generator<string> {
  if (length === 0) {
    yield '[]'
    return
  }
  for (let from = 0; from < length; from += itemsPerPiece) {
    const to = Math.min(from + itemsPerPiece, length)
    const json = JSON.stringify(
      Array.from({ length: to - from }, (_, k) => itemAt(from + k))
    )
    // Brackets only at the ends of the whole array.
    yield (
      (from === 0 ? '[' : ',') + json.slice(1, -1) + (to === length ? ']' : '')
    )
  }
}
