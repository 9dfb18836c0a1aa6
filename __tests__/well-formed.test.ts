import { describe, expect, it } from '@jest/globals'
import {
  checkStructure,
  countNodes,
  emptyStructure,
  MAX_NESTING,
  MAX_SIDE_BY_SIDE,
  rootName,
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
    // A report on standard output redirected into the file, after what the tests printed.
    [
      'hello <&>\nmore\n<?xml version="1.0"?>\n<a/>',
      1,
      'text before the root element and its XML declaration (line 3): console output written into the report, as when a report on standard output is redirected into the file; write the report to a file of its own'
    ],
    // Without a declaration (@hapi/lab's `-r junit` on standard output): a JUnit root tells.
    [
      'adding an apple\n<testsuites tests="1">\n</testsuites>',
      1,
      'text before the root element <testsuites> (line 2): console output written into the report, as when a report on standard output is redirected into the file; write the report to a file of its own'
    ],
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
    const { secondRoot, ...problem } = checkStructure(xml) ?? {}
    expect(problem).toEqual({ line, message })
    if (secondRoot) expect(message).toBe('a second root element')
  })

  it('says where a second root element starts and the first ended (for documents one after another)', () => {
    const xml = '<?xml version="1.0"?><a></a>\n<?xml version="1.0"?><b/>'
    expect(checkStructure(xml)).toEqual({
      line: 2,
      message: 'a second root element',
      secondRoot: { firstEnd: 28, start: 50 }
    })
    expect(xml.slice(28, 50)).toBe('\n<?xml version="1.0"?>')
  })

  it(`refuses elements nested more than ${MAX_NESTING} deep, at the first too deep`, () => {
    const nested = (depth: number) =>
      '<testsuite>\n'.repeat(depth) + '</testsuite>'.repeat(depth)
    expect(checkStructure(nested(MAX_NESTING))).toBeUndefined()
    expect(checkStructure(nested(MAX_NESTING + 1))).toEqual({
      line: MAX_NESTING + 1,
      message: `elements nested more than ${MAX_NESTING} deep, more than any test tool writes; the action reads no deeper`,
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

  it(`refuses more than ${MAX_SIDE_BY_SIDE.toLocaleString('en-US')} elements side by side (their bounds are kept), in the root or in its first child`, () => {
    const many = '<a/>'.repeat(MAX_SIDE_BY_SIDE)
    const message = `more than ${MAX_SIDE_BY_SIDE.toLocaleString('en-US')} elements side by side, more than any test tool writes; the action reads no more (memory)`
    for (const [open, close] of [
      ['<testsuite>\n', '</testsuite>'],
      ['<testsuites>\n<testsuite>\n', '</testsuite></testsuites>']
    ]) {
      const atLimit = emptyStructure()
      expect(checkStructure(open + many + close, atLimit)).toBeUndefined()
      expect(atLimit.children.length + atLimit.firstChild.children.length).toBe(
        2 * MAX_SIDE_BY_SIDE + (open.includes('testsuites') ? 2 : 0)
      )
      expect(
        checkStructure(open + many + '\n<b/>' + close, emptyStructure())
      ).toEqual({
        // The first one over.
        line: open.split('\n').length + 1,
        message,
        overLimit: true
      })
      // Bounds are kept only when asked for: no limit then.
      expect(checkStructure(open + many + '<b/>' + close)).toBeUndefined()
    }
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

describe('rootName', () => {
  it.each([
    ['<testsuites/>', 'testsuites'],
    [
      '\ufeff<?xml version="1.0"?>\n<!-- a <comment> -->\n<?pi a="?"?><testsuite name="x">',
      'testsuite'
    ],
    ['  <svg:svg xmlns:svg="x">', 'svg:svg'],
    // What checkStructure refuses is left to it.
    ['text<testsuite/>', undefined],
    ['</testsuite>', undefined],
    ['<!-- open', undefined],
    ['<?pi open', undefined],
    ['<testsuite name="a', undefined],
    ['', undefined]
  ])('%j → %j', (xml, name) => {
    expect(rootName(xml)).toBe(name)
  })
})

describe('countNodes', () => {
  it('counts elements and their attributes in a range, not end tags, comments, CDATA or processing instructions, up to limit + 1', () => {
    const xml =
      '<a x="1 2 3" y = \'4 5\' z><b/><!-- <c/> --><![CDATA[<d/>]]><?pi <e/>?></a><f></f>'
    expect(countNodes(xml, 0, xml.length, 100)).toBe(6)
    expect(countNodes(xml, 0, xml.indexOf('<f>'), 100)).toBe(5)
    expect(countNodes(xml, xml.indexOf('<b/>'), xml.length, 100)).toBe(2)
    expect(countNodes('<a/>'.repeat(10), 0, 40, 3)).toBe(4)
    expect(countNodes('<a/>'.repeat(3), 0, 12, 3)).toBe(3)
    // Where the parser keeps comments (Qt 5's reports), each is one.
    expect(countNodes(xml, 0, xml.length, 100, true)).toBe(7)
  })

  it('splits words where the parser does (any white space, `=`) and skips a value only when quoted after `=`', () => {
    const count = (tag: string) => countNodes(tag, 0, tag.length, 1000)
    expect(count('<t a="x y"/>')).toBe(2)
    expect(count('<t a = "x y" b=\'p q\'>')).toBe(3)
    expect(count('<t a\u00a0b\u2003c\ufeffd>')).toBe(5)
    expect(count('<t "x y z">')).toBe(4)
    expect(count('<t a=b=c d>')).toBe(5)
    expect(count("<t a= 'x' b>")).toBe(3)
  })
})
