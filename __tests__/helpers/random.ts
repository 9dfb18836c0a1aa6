/** Seeded randomness for tests that try many generated inputs. */

/** Numbers in [0, 1) from `seed` (mulberry32): a failing seed can be replayed. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One of `items`, at random. */
export function pickWith(random: () => number) {
  return <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)]
}
