/** What a caught value says: its message, or the value itself when something other than an Error was thrown. Pure. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
