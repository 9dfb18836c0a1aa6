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

/** No key is this short; replacing or refusing on a placeholder like `x` would mangle text and lose files. */
export const MIN_SECRET_CHARS = 8

/**
 * The names of the secrets a file's bytes hold, as UTF-8 or as UTF-16 (what
 * Windows PowerShell writes with `>`). Pure.
 */
export function secretsInBytes(
  bytes: Uint8Array,
  /** Secrets by name (`api-key`, `github-token`). */
  secrets: Readonly<Record<string, string>>,
  minChars: number
): string[] {
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Object.entries(secrets)
    .filter(
      ([, secret]) =>
        secret.length >= minChars &&
        (content.includes(secret, 0, 'utf8') ||
          content.includes(secret, 0, 'utf16le') ||
          content.includes(Buffer.from(secret, 'utf16le').swap16()))
    )
    .map(([name]) => name)
}
