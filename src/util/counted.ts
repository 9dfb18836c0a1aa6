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

/**
 * `a, b, c and 1,234 more`: the first `max` items as `show` writes them, and
 * how many are left out, for lists that can run to thousands. Pure.
 */
export function firstAndMore<T>(
  items: readonly T[],
  max: number,
  show: (item: T) => string,
  separator = ', '
): string {
  const listed = items.slice(0, max).map(show).join(separator)
  return items.length > max
    ? `${listed} and ${grouped(items.length - max)} more`
    : listed
}
