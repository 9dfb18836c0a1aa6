/**
 * The parsed XML as fast-xml-parser gives it with preserveOrder, and the
 * small accessors every reader of it shares (tags, children, attributes, raw
 * content).
 */
import { decodeEntities } from '../xml-text.js'

/**
 * A node as the parser gives it with preserveOrder: an element is
 * `{ [tag]: children, ':@'?: attributes }`, text is `{ '#text': text }`.
 */
export type XmlNode = Record<string, unknown>

/** A comment's node, where comments are kept. */
export const COMMENT = '#comment'

export const NONE: readonly never[] = Object.freeze([])

/** The element's name, or '#text' for text. */
export function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ':@') return key
  return ''
}

export function childrenOf(element: XmlNode, tag: string): XmlNode[] {
  const children = element[tag]
  return Array.isArray(children) ? (children as XmlNode[]) : []
}

/** The child elements named `tag`, in document order. */
export function elements(children: readonly XmlNode[], tag: string): XmlNode[] {
  const found: XmlNode[] = []
  for (const child of children) if (tag in child) found.push(child)
  return found
}

export function attribute(element: XmlNode, name: string): string {
  return decodeEntities(rawAttribute(element, name))
}

/** An attribute's value as written, entities still in it. */
export function rawAttribute(element: XmlNode, name: string): string {
  const attributes = element[':@'] as Record<string, unknown> | undefined
  const value = attributes?.[name]
  return typeof value === 'string' ? value : ''
}

/** The text directly inside an element, as written (for a raw element: unparsed, CDATA and entities still in it). */
export function rawContent(element: XmlNode, tag: string): string {
  let text = ''
  for (const child of childrenOf(element, tag)) {
    const value = child['#text']
    if (typeof value === 'string') text += value
  }
  return text
}
