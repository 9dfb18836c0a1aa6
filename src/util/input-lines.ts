/** A multi-line input's lines: trimmed, without blank lines and `#` comments. Pure. */
export function inputLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
