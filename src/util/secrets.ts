/**
 * Secrets replaced by `***` in text the action shows or sends on. Pure.
 * The longest first: one secret may hold another (a github-token holding the
 * API key would otherwise show around its `***`).
 */
export function hideSecrets(
  text: string,
  /** Secrets by name (`api-key`, `github-token`). */
  secrets: Readonly<Record<string, string>>,
  /** Shorter values are left alone: replacing a placeholder like `x` would mangle the text. */
  minChars: number
): { text: string; hidden: string[] } {
  const hidden: string[] = []
  const longestFirst = Object.entries(secrets).sort(
    ([, a], [, b]) => b.length - a.length
  )
  for (const [name, secret] of longestFirst) {
    if (secret.length >= minChars && text.includes(secret)) {
      text = text.replaceAll(secret, '***')
      hidden.push(name)
    }
  }
  return { text, hidden }
}
