/**
 * Grouping test cases by marker and planning one result per QA Sphere test case.
 */
import { describe, expect, it } from '@jest/globals'
import { fixtureTestCases, parseSuite as parse } from './helpers/reports.js'
import { detachedTestCase, sharedCopies } from '../src/reports/test-case.js'
import { readFileSync } from 'node:fs'
import { MarkerFinder, MAX_MARKERS_PER_TEST } from '../src/markers.js'
import { parseJUnit } from '../src/reports/junit.js'
import { DEFAULT_STATUS_MAP } from '../src/results/statuses.js'
import {
  MarkerGroups,
  totalMilliseconds,
  worstOutcome,
  keptLimits,
  MAX_KEPT_CHARS,
  MAX_KEPT_PROBLEMS,
  MAX_KEPT_TEST_CASES,
  SIZED_FOR_HEAP_BYTES
} from '../src/results/plan.js'

const PASSED = '<testcase name="p"/>'
const FAILED = '<testcase name="f"><failure message="m"/></testcase>'
const ERRORED = '<testcase name="e"><error message="m"/></testcase>'
const SKIPPED = '<testcase name="s"><skipped/></testcase>'
const FLAKY = '<testcase name="k"><flakyFailure message="m"/></testcase>'

/** tcase ids for seqs 1..n, like a run's listing. */
function run(...seqs: number[]): Map<number, string> {
  return new Map(seqs.map((seq) => [seq, `tcase-${seq}`]))
}

describe('worstOutcome', () => {
  it.each([
    [[PASSED, SKIPPED, FAILED, ERRORED], 'failure'],
    [[ERRORED, FAILED], 'failure'],
    [[SKIPPED, ERRORED, PASSED], 'error'],
    [[SKIPPED, PASSED, SKIPPED], 'passed'],
    [[PASSED], 'passed'],
    [[SKIPPED, SKIPPED], 'skipped'],
    // failure > error > flaky > passed > skipped, whatever the order
    [[FLAKY, ERRORED], 'error'],
    [[ERRORED, FLAKY], 'error'],
    [[PASSED, FLAKY, SKIPPED], 'flaky'],
    [[FLAKY, PASSED], 'flaky']
  ])('%j -> %s', (cases, expected) => {
    expect(worstOutcome(parse(cases.join('')))).toBe(expected)
  })
})

describe('status mapping', () => {
  it('maps outcomes as QA Sphere does', () => {
    expect(DEFAULT_STATUS_MAP).toEqual({
      passed: 'passed',
      failure: 'failed',
      error: 'blocked',
      skipped: 'skipped',
      flaky: 'passed'
    })
  })

  it.each([
    [PASSED, 'passed', 'Passed'],
    [FAILED, 'failed', 'Failed'],
    [ERRORED, 'blocked', 'Blocked'],
    [SKIPPED, 'skipped', 'Skipped']
  ])('a plan of %s gets status %s', (xml, status, label) => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(parse(xml.replace(/name="\w"/, 'name="BD-1 x"')))
    const [result] = groups.plan(run(1), {}).results
    expect(result.status).toBe(status)
    expect(result.statusName).toBe(label)
    expect(result.comment).toContain(`<strong>${label}</strong>`)
  })
})

describe('totalMilliseconds', () => {
  it('sums seconds into integer milliseconds', () => {
    const cases = parse(
      '<testcase name="a" time="0.1"/><testcase name="b" time="0.2"/><testcase name="c" time="0.0004"/>'
    )
    const total = totalMilliseconds(cases)
    expect(total).toBe(300)
    expect(Number.isInteger(total)).toBe(true)
  })

  it('rounds to the nearest millisecond', () => {
    expect(totalMilliseconds(parse('<testcase name="a" time="1.2346"/>'))).toBe(
      1235
    )
  })

  it('reads times with thousands separators', () => {
    expect(
      totalMilliseconds(
        parse(
          '<testcase name="a" time="1,234.5"/><testcase name="b" time="2,000.0"/>'
        )
      )
    ).toBe(3_234_500)
  })

  it('skips tests without a usable time', () => {
    expect(
      totalMilliseconds(
        parse(
          '<testcase name="a"/><testcase name="b" time="junk"/><testcase name="c" time="2"/>'
        )
      )
    ).toBe(2000)
  })

  it('is undefined when no test has a time', () => {
    expect(
      totalMilliseconds(
        parse('<testcase name="a"/><testcase name="b" time=""/>')
      )
    ).toBeUndefined()
    expect(totalMilliseconds([])).toBeUndefined()
  })

  it('is 0, not undefined, for tests that took no time', () => {
    expect(totalMilliseconds(parse('<testcase name="a" time="0"/>'))).toBe(0)
  })
})

describe('MarkerGroups', () => {
  it('refuses, adding nothing, a report whose marked tests would go over the limits', () => {
    const OVER_TESTS =
      'with its marked testcases the upload would keep more than 3 marked testcases (one per marker on it), the most one upload keeps (memory); upload the reports in several steps'
    const OVER_PROBLEMS =
      'with its marked testcases the upload would keep more than 2 failures, errors and skips of marked testcases, the most one upload keeps (memory); upload the reports in several steps'
    const groups = new MarkerGroups(new MarkerFinder('BD'), {
      testCases: 3,
      problems: 2,
      chars: 1_000_000
    })
    expect(
      groups.add(parse('<testcase name="BD-1 a"/><testcase name="BD-2 b"/>'))
    ).toBeUndefined()
    // Three more marked tests: five in all.
    expect(
      groups.add(
        parse(
          '<testcase name="BD-3 c"/><testcase name="BD-4 d"/><testcase name="BD-5 e"/><testcase name="none"/>'
        )
      )
    ).toBe(OVER_TESTS)
    expect(groups.size).toBe(2)
    expect(groups.unmarkedTestCases).toBe(0)
    // Unmarked tests are only counted: never over the limit.
    expect(
      groups.add(
        parse('<testcase name="x"/>'.repeat(10) + '<testcase name="BD-3 c"/>')
      )
    ).toBeUndefined()
    expect(groups.size).toBe(3)
    expect(groups.unmarkedTestCases).toBe(10)
    expect(groups.add(parse('<testcase name="BD-4 d"/>'.repeat(1)))).toBe(
      OVER_TESTS
    )

    const byProblems = new MarkerGroups(new MarkerFinder('BD'), {
      testCases: 100,
      problems: 2,
      chars: 1_000_000
    })
    const failing = '<testcase name="BD-1 a"><failure/><failure/></testcase>'
    expect(byProblems.add(parse(failing))).toBeUndefined()
    expect(
      byProblems.add(parse('<testcase name="x"><failure/></testcase>'))
    ).toBeUndefined()
    expect(
      byProblems.add(parse('<testcase name="BD-2 b"><skipped/></testcase>'))
    ).toBe(OVER_PROBLEMS)
    expect(byProblems.size).toBe(1)
  })

  it('counts a test once per marker on it against the limit', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'), {
      testCases: 3,
      problems: 100,
      chars: 1_000_000
    })
    expect(groups.add(parse('<testcase name="BD-1 BD-2 a"/>'))).toBeUndefined()
    expect(groups.add(parse('<testcase name="BD-3 BD-4 b"/>'))).toMatch(
      /^with its marked testcases the upload would keep more than 3 marked testcases/
    )
    expect(groups.seqs()).toEqual([1, 2])
  })

  it(`refuses, adding nothing, a report with a test of more than ${MAX_MARKERS_PER_TEST.toLocaleString('en-US')} markers, naming it`, () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    const markers = (count: number) =>
      Array.from({ length: count }, (_, i) => `BD-${i + 1}`).join(' ')
    const refused = groups.add(
      parse(
        `<testcase name="BD-5000 first"/><testcase name="many \u001b[31m ${markers(MAX_MARKERS_PER_TEST + 1)}"/>`
      )
    )
    expect(refused).toMatch(
      /^the test "many {2}BD-1 BD-2 BD-3 [^"]*…" carries more than 1,000 markers, more than any test marks \(memory\)$/
    )
    // Cut to 100 characters, terminal codes removed.
    expect(refused).not.toContain('\u001b')
    expect(refused?.split('"')[1]).toHaveLength(100 - '\u001b[31m'.length + 1)
    expect(groups.size).toBe(0)
    expect(
      groups.add(parse(`<testcase name="${markers(MAX_MARKERS_PER_TEST)}"/>`))
    ).toBeUndefined()
    expect(groups.size).toBe(MAX_MARKERS_PER_TEST)
  })

  it("counts the report's whole text against the limit when its tests keep it (most of it is kept), only theirs when they are copies", () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'), {
      testCases: 100,
      problems: 100,
      chars: 100
    })
    // 12 characters: name, classname and suite name.
    const marked = parse('<testcase name="BD-1 a" classname="c"/>')
    // Of a 100,000-character report: copied, 12 counted.
    expect(groups.add(marked, 100_000)).toBeUndefined()
    // Of a 48-character one (a quarter or more kept): kept as slices, 48
    // counted; 60 in all, and 48 more would be over the 100.
    expect(groups.add(marked, 48)).toBeUndefined()
    expect(groups.add(marked, 48)).toMatch(
      /^with its marked testcases the upload would keep more than 100 characters of report text \(the marked tests' names, failures and output, or the whole text of a report that is mostly marked tests\), the most one upload keeps \(memory\); upload the reports in several steps$/
    )
    // Unmarked tests keep nothing.
    expect(
      groups.add(parse('<testcase name="none"/>'), 1_000_000)
    ).toBeUndefined()
    expect(groups.seqs()).toEqual([1])
  })

  it('copies are equal to the test cases, and siblings still share their suite list', () => {
    const testCases = parse(
      '<testcase name="BD-1 first test" classname="com.example.Checkout"><failure message="expected 1 to be 2" type="AssertionError">at checkout.test.ts:12</failure><system-out>the output of it</system-out></testcase>' +
        '<testcase name="BD-2 second test" classname="com.example.Checkout"/>'
    )
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    expect(groups.add(testCases, 1_000_000)).toBeUndefined()
    const plan = groups.plan(
      new Map([
        [1, 'a'],
        [2, 'b']
      ]),
      {}
    )
    const [first, second] = plan.results.map((r) => r.testCases[0])
    expect(first).toEqual(testCases[0])
    expect(second).toEqual(testCases[1])
    expect(first).not.toBe(testCases[0])
    expect(first.suites).toBe(second.suites)
  })

  it('makes one result per marker across report files', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(
      parse(
        '<testcase name="BD-3 works on chrome" time="1"/><testcase name="BD-4 x"/>',
        'chrome.xml'
      )
    )
    groups.add(
      parse(
        '<testcase name="BD-3 works on firefox" time="2"><failure message="nope"/></testcase>',
        'firefox.xml'
      )
    )
    expect(groups.size).toBe(2)
    const { results } = groups.plan(run(3, 4), {})
    expect(results.map((r) => r.marker)).toEqual(['BD-3', 'BD-4'])
    const [bd3] = results
    expect(bd3.tcaseId).toBe('tcase-3')
    expect(bd3.testCases.map((t) => t.reportFile)).toEqual([
      'chrome.xml',
      'firefox.xml'
    ])
    expect(bd3.outcome).toBe('failure')
    expect(bd3.status).toBe('failed')
    expect(bd3.timeTaken).toBe(3000)
    expect(bd3.comment).toContain('2 tests (1 failed, 1 passed)')
    expect(bd3.comment).toContain('nope')
  })

  it('lists markers not in the run, formatted BD-16, and counts unmarked tests', () => {
    const groups = new MarkerGroups(new MarkerFinder('bd'))
    groups.add(
      parse(
        '<testcase name="bd-016 lowercase and padded"/>' +
          '<testcase name="BD-1 in run"/>' +
          '<testcase name="no marker at all"/>' +
          '<testcase name="XY-1 another project"/>' +
          '<testcase name="ABD-2 not a marker"/>'
      )
    )
    groups.add(parse('<testcase name="test_bd99_identifier_form"/>'))
    const plan = groups.plan(run(1, 2), {})
    expect(plan.results.map((r) => r.marker)).toEqual(['BD-1'])
    expect(plan.unmatched).toEqual(['BD-16', 'BD-99'])
    expect(plan.unmarkedTestCases).toBe(3)
    expect(groups.unmarkedTestCases).toBe(3)
  })

  it('adds a test with two markers to both results', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(
      parse(
        '<testcase name="BD-5 BD-6 shared flow" time="0.5"><error message="db down"/></testcase>' +
          '<testcase name="BD-6 alone" time="0.25"/>'
      )
    )
    const { results } = groups.plan(run(5, 6), {})
    expect(results).toHaveLength(2)
    const [bd5, bd6] = results
    expect(bd5.testCases.map((t) => t.name)).toEqual(['BD-5 BD-6 shared flow'])
    expect(bd6.testCases.map((t) => t.name)).toEqual([
      'BD-5 BD-6 shared flow',
      'BD-6 alone'
    ])
    expect(bd5.status).toBe('blocked')
    expect(bd6.status).toBe('blocked')
    expect(bd5.timeTaken).toBe(500)
    expect(bd6.timeTaken).toBe(750)
  })

  it('sorts results by sequence number, numerically', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(
      parse(
        ['BD-10', 'BD-2', 'BD-100', 'BD-7', 'BD-1']
          .map((m) => `<testcase name="${m} t"/>`)
          .join('')
      )
    )
    expect(groups.seqs()).toEqual([1, 2, 7, 10, 100])
    const { results } = groups.plan(run(1, 2, 7, 10, 100), {})
    expect(results.map((r) => r.seq)).toEqual([1, 2, 7, 10, 100])
    expect(results.map((r) => r.tcaseId)).toEqual([
      'tcase-1',
      'tcase-2',
      'tcase-7',
      'tcase-10',
      'tcase-100'
    ])
  })

  it('leaves timeTaken undefined when no contributing test has a time', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(parse('<testcase name="BD-1 a"/><testcase name="BD-1 b"/>'))
    const [result] = groups.plan(run(1), {}).results
    expect(result.timeTaken).toBeUndefined()
  })

  it('passes the workflow links into the comment', () => {
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(parse('<testcase name="BD-1 a"/>'))
    const [result] = groups.plan(run(1), {
      runUrl: 'https://github.com/o/r/actions/runs/9'
    }).results
    expect(result.comment).toContain(
      '<a href="https://github.com/o/r/actions/runs/9">'
    )
  })

  it('plans the real pytest report', () => {
    const report = parseJUnit(
      readFileSync('__fixtures__/reports/pytest/pytest-xunit1.xml', 'utf8'),
      'pytest-xunit1.xml'
    )
    if (report.kind !== 'junit') throw new Error('not junit')
    const groups = new MarkerGroups(new MarkerFinder('BD'))
    groups.add(report.testCases)
    const plan = groups.plan(
      run(...Array.from({ length: 15 }, (_, i) => i + 1)),
      {}
    )
    const bySeq = new Map(plan.results.map((r) => [r.seq, r]))
    expect(bySeq.get(1)?.status).toBe('passed')
    expect(bySeq.get(2)?.status).toBe('failed')
    expect(bySeq.get(3)?.status).toBe('blocked')
    expect(bySeq.get(4)?.status).toBe('skipped')
    // three parametrized cases, one of them failed
    expect(bySeq.get(6)?.testCases).toHaveLength(3)
    expect(bySeq.get(6)?.status).toBe('failed')
    const seqs = plan.results.map((r) => r.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  })
})

describe('keptLimits', () => {
  it("are the full limits on node's heap of a 7 GB runner or more", () => {
    expect(keptLimits(SIZED_FOR_HEAP_BYTES)).toEqual({
      testCases: MAX_KEPT_TEST_CASES,
      problems: MAX_KEPT_PROBLEMS,
      chars: MAX_KEPT_CHARS
    })
    expect(keptLimits(4 * SIZED_FOR_HEAP_BYTES)).toEqual(
      keptLimits(SIZED_FOR_HEAP_BYTES)
    )
  })

  it('shrink in proportion on a smaller heap, and say which', () => {
    const half = SIZED_FOR_HEAP_BYTES / 2
    expect(keptLimits(half)).toEqual({
      testCases: MAX_KEPT_TEST_CASES / 2,
      problems: MAX_KEPT_PROBLEMS / 2,
      chars: MAX_KEPT_CHARS / 2,
      heapBytes: half
    })
  })
})

describe('detachedTestCase', () => {
  it('copies what siblings share once: suite lists and the project they ran in', () => {
    const tests = fixtureTestCases('playwright/playwright-junit-projects.xml')
    const copies = sharedCopies()
    const copied = tests.map((t) => detachedTestCase(t, copies))
    expect(copied).toEqual(tests)
    // Three projects' suites of one file, and the blocks of the test in a
    // describe block in each: six lists, three names.
    expect(copies.lists.size).toBe(6)
    expect([...copies.strings.values()]).toEqual([
      'chromium',
      'firefox',
      'webkit'
    ])
    // Siblings still share one list.
    expect(copied[0].suites).toBe(copied[1].suites)
  })
})
