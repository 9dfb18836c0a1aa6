/**
 * A JSON array as a sequence of strings that join to `JSON.stringify` of the
 * whole array: `[`, the items of a piece, `,`, the next piece's items … `]`.
 * Each piece is tens of KB, well below V8's large-object size, so it dies
 * young; one string for a big array would stay in the old space until a full
 * garbage collection. The brackets and commas come as pieces of their own: a
 * piece is a slice of its JSON.stringify (no copy), where `,` + piece would be
 * a copy of it once written. Pure.
 */
export function* jsonArrayPieces(
  length: number,
  itemAt: (index: number) => unknown,
  itemsPerPiece: number
): Generator<string> {
  yield '['
  for (let from = 0; from < length; from += itemsPerPiece) {
    const to = Math.min(from + itemsPerPiece, length)
    const json = JSON.stringify(
      Array.from({ length: to - from }, (_, k) => itemAt(from + k))
    )
    if (from > 0) yield ','
    yield json.slice(1, -1)
  }
  yield ']'
}
