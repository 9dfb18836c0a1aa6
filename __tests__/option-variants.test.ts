/**
 * Reports of options that change the XML (review rev5): gotestsum's
 * --rerun-fails with subtests, and pytest parametrized tests whose marker
 * ends the function's name. Each expectation is what the tool itself said.
 */
import { describe, expect, it } from '@jest/globals'
import { parseJUnit } from '../src/reports/junit.js'
import { fixtureTestCases, plannedForBd } from './helpers/reports.js'

const statuses = (relative: string) =>
  Object.fromEntries(
    plannedForBd(fixtureTestCases(relative), 300).map((r) => [
      r.marker,
      r.status
    ])
  )

describe('gotestsum --rerun-fails with subtests (go/gotestsum-reruns-subtests.xml)', () => {
  const posted = statuses('go/gotestsum-reruns-subtests.xml')

  it('flakysubs: every test passed on its rerun (gotestsum exits 0): nothing is posted failed', () => {
    // gotestsum reruns each failed subtest on its own under its parent, so
    // the parent TestCart passes twice in the first rerun; that must not
    // make the package read as `go test -count=2`.
    expect(posted['BD-170']).toBe('passed')
    expect(posted['BD-171']).toBe('passed')
    expect(posted['BD-172']).toBe('passed')
    expect(posted['BD-173']).toBe('passed')
  })

  it('parentmarker: TestCheckoutBd160 still failed after re-run 2 (its voucher subtest always fails)', () => {
    expect(posted['BD-160']).toBe('failed')
    expect(posted['BD-161']).toBe('failed')
  })
})

describe('pytest parametrized tests (pytest/pytest-parametrized.xml)', () => {
  const posted = statuses('pytest/pytest-parametrized.xml')

  it('a marker ending the function name counts with a parametrize id after it', () => {
    expect(posted['BD-80']).toBe('passed') // test_login_bd080
    // test_login_bd081[chrome] passed, test_login_bd081[firefox] failed
    expect(posted['BD-81']).toBe('failed')
    expect(posted['BD-82']).toBe('passed')
    expect(posted['BD-83']).toBe('passed')
  })
})

describe('gotestsum --rerun-fails: a parent with a marker', () => {
  const suite = (cases: [string, boolean][]) =>
    `<testsuites><testsuite tests="${cases.length}" name="example.com/shop" timestamp="2026-11-24T09:41:07Z">${cases
      .map(
        ([name, failed]) =>
          `<testcase classname="example.com/shop" name="${name}" time="0.000">${failed ? '<failure message="Failed" type="">=== RUN ' + name + '</failure>' : ''}</testcase>`
      )
      .join('')}</testsuite></testsuites>`
  const status = (xml: string) => {
    const report = parseJUnit(xml, 'junit.xml')
    if (report.kind !== 'junit') throw new Error('not junit')
    return plannedForBd(report.testCases, 200).map((r) => [
      r.marker,
      r.status,
      r.testCases.map((t) => t.outcome)
    ])
  }

  it('is flaky (passed) when each failed subtest passed on its rerun, though it passed twice', () => {
    // As gotestsum writes them: failures first, then the reruns' passes.
    expect(
      status(
        suite([
          ['TestCartBd174/add', true],
          ['TestCartBd174/remove', true],
          ['TestCartBd174', true],
          ['TestCartBd174/add', false],
          ['TestCartBd174', false],
          ['TestCartBd174/remove', false],
          ['TestCartBd174', false]
        ])
      )
    ).toEqual([['BD-174', 'passed', ['flaky', 'flaky', 'flaky']]])
  })

  it('failed when a subtest never passed, though its last attempt is a pass', () => {
    expect(
      status(
        suite([
          ['TestCartBd175/card', true],
          ['TestCartBd175/voucher', true],
          ['TestCartBd175', true],
          ['TestCartBd175/voucher', true],
          ['TestCartBd175', true],
          ['TestCartBd175/card', false],
          ['TestCartBd175', false]
        ])
      )[0].slice(0, 2)
    ).toEqual(['BD-175', 'failed'])
  })
})
