/**
 * Reports of options that change the XML (review rev5): gotestsum's
 * --rerun-fails with subtests, and pytest parametrized tests whose marker
 * ends the function's name. Each expectation is what the tool itself said.
 */
import { describe, expect, it } from '@jest/globals'
import {
  fixtureTestCases,
  parseReportText,
  plannedForBd,
  statusByMarker
} from './helpers/reports.js'

const statuses = (relative: string) =>
  statusByMarker(fixtureTestCases(relative), 300)

/** A go package's report as gotestsum orders it: failures first, then passes. */
const gotestsumSuite = (cases: [string, boolean][]) =>
  `<testsuites><testsuite tests="${cases.length}" name="example.com/shop" timestamp="2026-11-24T09:41:07Z">${cases
    .map(
      ([name, failed]) =>
        `<testcase classname="example.com/shop" name="${name}" time="0.000">${failed ? '<failure message="Failed" type="">=== RUN ' + name + '</failure>' : ''}</testcase>`
    )
    .join('')}</testsuite></testsuites>`

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
  const status = (xml: string) =>
    plannedForBd(parseReportText(xml), 200).map((r) => [
      r.marker,
      r.status,
      r.testCases.map((t) => t.outcome)
    ])

  it('is flaky (passed) when each failed subtest passed on its rerun, though it passed twice', () => {
    // As gotestsum writes them: failures first, then the reruns' passes.
    expect(
      status(
        gotestsumSuite([
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
        gotestsumSuite([
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

/**
 * Real output of gotestsum (go 1.19.8) --rerun-fails with subtests nested
 * two levels: every test passed on a rerun and gotestsum exited 0. It reruns
 * the failed intermediate subtest whole as well as each failed leaf, so
 * leaves and parents pass two or three times.
 */
const NESTED = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="17" failures="5" errors="0" time="0.633992">
	<testsuite tests="17" failures="5" time="0.002000" name="example.com/rev6/nested" timestamp="2026-11-24T09:54:54Z">
		<properties>
			<property name="go.version" value="go1.19.8 linux/amd64"></property>
		</properties>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/visa" time="0.000000">
			<failure message="Failed" type="">=== RUN   TestBd50Checkout/card/visa&#xA;    nested_test.go:26: visa gateway timed out&#xA;        --- FAIL: TestBd50Checkout/card/visa (0.00s)&#xA;</failure>
		</testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/amex" time="0.000000">
			<failure message="Failed" type="">=== RUN   TestBd50Checkout/card/amex&#xA;    nested_test.go:31: amex gateway timed out&#xA;        --- FAIL: TestBd50Checkout/card/amex (0.00s)&#xA;</failure>
		</testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card" time="0.000000">
			<failure message="Failed" type="">=== RUN   TestBd50Checkout/card&#xA;    --- FAIL: TestBd50Checkout/card (0.00s)&#xA;</failure>
		</testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout" time="0.000000">
			<failure message="Failed" type="">=== RUN   TestBd50Checkout&#xA;--- FAIL: TestBd50Checkout (0.00s)&#xA;</failure>
		</testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd52Login" time="0.000000">
			<failure message="Failed" type="">=== RUN   TestBd52Login&#xA;    nested_test.go:42: login timed out&#xA;--- FAIL: TestBd52Login (0.00s)&#xA;</failure>
		</testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd51Stable" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/visa" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/amex" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/visa" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card/amex" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout/card" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd50Checkout" time="0.000000"></testcase>
		<testcase classname="example.com/rev6/nested" name="TestBd52Login" time="0.000000"></testcase>
	</testsuite>
</testsuites>`

describe('gotestsum --rerun-fails with nested subtests', () => {
  const statusesOf = (xml: string) => statusByMarker(parseReportText(xml), 100)

  it('real report: every test passed on its rerun, nothing is posted failed', () => {
    expect(statusesOf(NESTED)).toEqual({
      'BD-50': 'passed', // TestBd50Checkout/card/{visa,amex} each failed once
      'BD-51': 'passed',
      'BD-52': 'passed' // a flat flaky test of the same package
    })
  })

  it('gotestsum rerunning only the failed leaves (newer versions): the root is flaky', () => {
    expect(
      statusesOf(
        gotestsumSuite([
          ['TestBd53Checkout/card/visa', true],
          ['TestBd53Checkout/card/amex', true],
          ['TestBd53Checkout/card', true],
          ['TestBd53Checkout', true],
          ['TestBd53Checkout/card/visa', false],
          ['TestBd53Checkout/card', false],
          ['TestBd53Checkout', false],
          ['TestBd53Checkout/card/amex', false],
          ['TestBd53Checkout/card', false],
          ['TestBd53Checkout', false]
        ])
      )
    ).toEqual({ 'BD-53': 'passed' })
  })

  it('a nested subtest that never passed still fails its parent', () => {
    expect(
      statusesOf(
        gotestsumSuite([
          ['TestBd54Checkout/card/visa', true],
          ['TestBd54Checkout/card', true],
          ['TestBd54Checkout', true],
          ['TestBd54Checkout/card/visa', true],
          ['TestBd54Checkout/card', true],
          ['TestBd54Checkout', true]
        ])
      )
    ).toEqual({ 'BD-54': 'failed' })
  })

  it('go test -count=2 with nested subtests stays runs: a failure counts', () => {
    expect(
      statusesOf(
        gotestsumSuite([
          ['TestBd55Checkout/card/visa', true],
          ['TestBd55Checkout/card', true],
          ['TestBd55Checkout', true],
          ['TestBd56Stable', false],
          ['TestBd55Checkout/card/visa', false],
          ['TestBd55Checkout/card/amex', false],
          ['TestBd55Checkout/card/amex', false],
          ['TestBd55Checkout/card', false],
          ['TestBd55Checkout', false],
          ['TestBd56Stable', false]
        ])
      )
    ).toEqual({ 'BD-55': 'failed', 'BD-56': 'passed' })
  })
})
