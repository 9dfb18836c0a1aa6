/**
 * The heap node was given for this process, from its options: what the
 * limits of what an upload keeps are sized by (see keptLimits). Pure.
 */

/**
 * The heap to size the kept limits by (see keptLimits): v8's heap_size_limit,
 * or less, the old generation node was given with --max-old-space-size or
 * --max-old-space-size-percentage (node 24; it takes precedence) in
 * `options` (NODE_OPTIONS' words, then node's own arguments: the last one
 * given counts). heap_size_limit also counts the young generation, where the
 * kept test cases do not stay: node 20 gives it at most 48 MiB, node 24 up to
 * 192 MiB whatever the old generation is, so on node 24 a heap of
 * --max-old-space-size=128 was taken for 320 MiB, the limits were 2.5 times
 * too large and the process died of "heap out of memory" instead of refusing
 * the report. `memoryBytes`: the memory the percentage is of.
 */
export function heapForKeptLimits(
  heapSizeLimit: number,
  options: readonly string[],
  memoryBytes: number
): number {
  let oldSpace: number | undefined
  let percentage: number | undefined
  for (let i = 0; i < options.length; i++) {
    const match =
      /^--max[-_]old[-_]space[-_]size([-_]percentage)?(?:=(.*))?$/s.exec(
        options[i]
      )
    if (!match) continue
    // node 24 reads both as its own options: the value may be the next word.
    const value = match[2] ?? options[++i] ?? ''
    if (match[1] !== undefined) {
      if (/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) percentage = Number(value)
    } else if (/^\d+$/.test(value)) oldSpace = Number(value) * 2 ** 20
  }
  const given =
    percentage !== undefined ? (memoryBytes * percentage) / 100 : oldSpace
  return given !== undefined && given > 0 && given < heapSizeLimit
    ? Math.floor(given)
    : heapSizeLimit
}

/**
 * NODE_OPTIONS' words as node splits them: at spaces (only), with `"…"`
 * quoting anywhere in a word and `\\` escaping the next character inside
 * quotes (`--max-old-space-size="128"` is `--max-old-space-size=128`).
 */
export function nodeOptionsWords(value: string): string[] {
  const words: string[] = []
  let word: string | undefined
  let quoted = false
  for (let i = 0; i < value.length; i++) {
    let c = value[i]
    if (quoted && c === '\\' && i + 1 < value.length) c = value[++i]
    else if (c === ' ' && !quoted) {
      if (word !== undefined) words.push(word)
      word = undefined
      continue
    } else if (c === '"') {
      quoted = !quoted
      continue
    }
    word = (word ?? '') + c
  }
  if (word !== undefined) words.push(word)
  return words
}
