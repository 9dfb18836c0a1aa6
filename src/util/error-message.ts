/**
 * What a caught value says: its message, or the value itself when something
 * other than an Error was thrown. Never empty: node's connect to a host of
 * several addresses fails with an AggregateError whose message is '' (the
 * reasons are its errors'), and an empty reason would read as no failure.
 * Pure.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error) || EMPTY
  if (error.message) return error.message
  if (error instanceof AggregateError) {
    const inner = [...new Set(error.errors.map(errorMessage))]
    if (inner.length > 0) return inner.join('; ')
  }
  const code = (error as NodeJS.ErrnoException).code
  return typeof code === 'string' && code ? code : error.name || EMPTY
}

const EMPTY = 'an error without a message'
