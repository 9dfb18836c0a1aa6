/** Untrusted text made safe inside HTML: QA Sphere's comments and the job summary. Pure. */
import { plainText } from '../util/text.js'

const HTML_SPECIAL = /[&<>"']/g
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

const HAS_HTML_SPECIAL = /[&<>"']/

export function escapeHtml(text: string): string {
  // Most test names need nothing: skip the replace and its allocations.
  if (!HAS_HTML_SPECIAL.test(text)) return text
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c])
}

/** Text for display in HTML: cleaned, escaped. */
export function safeText(text: string): string {
  return escapeHtml(plainText(text))
}

/** Only absolute http(s) URLs become links; anything else is dropped. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      return undefined
    }
    return escapeHtml(parsed.href)
  } catch {
    return undefined
  }
}
