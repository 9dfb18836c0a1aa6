/**
 * A count with its noun, as people write it: `1 test`, `3 tests`,
 * `20,000 tests`. For the summary, comments and the log. Pure.
 */
export function counted(
  count: number,
  singular: string,
  plural = `${singular}s`
): string {
  return `${grouped(count)} ${count === 1 ? singular : plural}`
}

/** `20000` → `20,000`; the same on every runner, whatever its locale. */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',')
}
