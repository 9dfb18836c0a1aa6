import { describe, expect, it } from '@jest/globals'
import {
  checkStructure,
  emptyStructure,
  MAX_NESTING,
  tagName
} from '../src/reports/well-formed.js'

describe('checkStructure', () => {
  it.each([
    '<testsuites/>',
    '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="a"><testcase name="x"/></testsuite>\n</testsuites>\n',
    '\ufeff<testsuite name="a>b" classname=\'c>d\'><testcase/></testsuite>',
    '<a><!-- </b> --><![CDATA[ </c> <d> ]]><b>text &amp; more</b></a>',
    '<a>\n<?pi x?>\n</a>\n<!-- trailing comment -->\n',
    '<?xml version=\'1.0\' encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="a\'b.xsl"?><a/>'
  ])('accepts well-formed XML %#', (xml) => {
    expect(checkStructure(xml)).toBeUndefined()
  })

  it.each([
    [
      '<testsuites>\n<testsuite>\n<testcase/>',
      3,
      'the file ends inside <testsuites > testsuite> (it looks truncated)'
    ],
    [
      '<testsuites>\n<testsuite name="x',
      2,
      'the file ends inside a tag (it looks truncated)'
    ],
    ['<a>\n<b>\n</a>', 3, '</a> where </b> was expected'],
    ['<a></a>\n</b>', 2, '</b> closes an element that was never opened'],
    ['<a/>\n<b/>', 2, 'a second root element'],
    ['hello <a/>', 1, 'text before the root element'],
    ['<a/>\nhello', 1, 'text after the root element'],
    [
      '<a><!-- never closed </a>',
      1,
      'a comment or CDATA section is never closed'
    ],
    ['<a><![CDATA[ x </a>', 1, 'a comment or CDATA section is never closed'],
    ['   ', 1, 'there is no XML element in it'],
    // The parser would read past the ?> to the next quote: a damaged declaration.
    [
      '<?xml version.0"?>\n<testsuites name="all"><?pi x?></testsuites>',
      1,
      'a processing instruction (<?…?>) has a quote that is not closed before its ?>'
    ],
    [
      "<a>\n<?pi it's?></a>",
      2,
      'a processing instruction (<?…?>) has a quote that is not closed before its ?>'
    ]
  ])('refuses %j at line %i', (xml, line, message) => {
    expect(checkStructure(xml)).toEqual({ line, message })
  })

  it(`refuses elements nested more than ${MAX_NESTING} deep, at the first too deep`, () => {
    const nested = (depth: number) =>
      '<testsuite>\n'.repeat(depth) + '</testsuite>'.repeat(depth)
    expect(checkStructure(nested(MAX_NESTING))).toBeUndefined()
    expect(checkStructure(nested(MAX_NESTING + 1))).toEqual({
      line: MAX_NESTING + 1,
      message: `elements nested more than ${MAX_NESTING} deep`,
      overLimit: true
    })
    // Self-closing elements add no depth.
    expect(
      checkStructure(
        '<a>'.repeat(MAX_NESTING) + '<b/>' + '</a>'.repeat(MAX_NESTING)
      )
    ).toBeUndefined()
  })
})

/** The text of each [start, end) in a flat start, end, … list. */
function slices(xml: string, bounds: readonly number[]): string[] {
  const texts: string[] = []
  for (let i = 0; i < bounds.length; i += 2)
    texts.push(xml.slice(bounds[i], bounds[i + 1]))
  return texts
}

describe('the structure it records', () => {
  it('is the root and where each of its children starts and ends', () => {
    const xml =
      '<testsuites>\n  <testsuite name="a"><testcase/></testsuite>\n  <testcase name="b"/>\n</testsuites>'
    const structure = emptyStructure()
    expect(checkStructure(xml, structure)).toBeUndefined()
    expect(structure.root).toBe('testsuites')
    expect(xml.slice(...structure.rootOpenTag)).toBe('<testsuites>')
    expect(slices(xml, structure.children)).toEqual([
      '<testsuite name="a"><testcase/></testsuite>',
      '<testcase name="b"/>'
    ])
  })

  it('and, inside the first child only, where its children are', () => {
    const xml =
      '<testsuites><testsuite name="big"><testcase name="1"/>\n<testcase name="2"><failure>x</failure></testcase><!-- c --><system-out>o</system-out></testsuite><testsuite name="other"><testcase name="3"/></testsuite></testsuites>'
    const structure = emptyStructure()
    expect(checkStructure(xml, structure)).toBeUndefined()
    const { openTagEnd, children } = structure.firstChild
    expect(xml.slice(0, openTagEnd)).toBe('<testsuites><testsuite name="big">')
    expect(slices(xml, children)).toEqual([
      '<testcase name="1"/>',
      '<testcase name="2"><failure>x</failure></testcase>',
      '<system-out>o</system-out>'
    ])
  })
})

describe('tagName', () => {
  it.each([
    ['<testsuite>', 'testsuite'],
    ['<testsuite name="a">', 'testsuite'],
    ['<testsuite/>', 'testsuite'],
    ['<testsuite\n  name="a">', 'testsuite'],
    ['<testsuites>', 'testsuites']
  ])('%j → %j', (xml, name) => {
    expect(tagName(xml, 1, xml.length)).toBe(name)
  })
})
