/**
 * Reports of jest-junit, vitest and mocha-junit-reporter written with
 * reporter options users set (see the generators' *.options.config.js and
 * generate.sh): each marker must get the status the tool itself reported.
 */
import { describe, expect, it } from '@jest/globals'
import { failureText } from '../src/results/failure-text.js'
import {
  fixtureTestCases,
  parseReportText,
  plannedForBd,
  statusByMarker
} from './helpers/reports.js'

const statuses = (relative: string) =>
  statusByMarker(fixtureTestCases(relative))

function testsOf(relative: string, marker: string): string[] {
  const result = plannedForBd(fixtureTestCases(relative)).find(
    (r) => r.marker === marker
  )
  return (result?.testCases ?? []).map((t) => t.name.trim())
}

describe('a renamed root does not make repeated titles retries', () => {
  // test.each / a loop with one title: jest, vitest and mocha each count the
  // first case as failed; none of them retries a test it writes twice.
  it.each([
    ['jest/jest-junit-options.xml'], // suiteName: 'Unit tests'
    ['vitest/vitest-junit-options.xml'], // suiteName: 'Unit tests'
    ['vitest5/vitest-junit-options.xml'], // vitest 5, suiteName: 'Unit tests'
    ['mocha/mocha-junit-reporter-ant-mode.xml'] // antMode: bare <testsuites>
  ])('%s: BD-20 (1 failed, 1 passed) is failed, from 2 tests', (relative) => {
    expect(statuses(relative)['BD-20']).toBe('failed')
    expect(testsOf(relative, 'BD-20')).toHaveLength(2)
  })
})

describe("jest-junit's suite name is the file's first describe title", () => {
  // suiteNameTemplate "{title}" (the default) names the file's <testsuite>
  // after the first describe block; tests after it are not inside it.
  it('BD-21 gets only the test of its describe block, and passes', () => {
    const relative = 'jest/jest-junit-options.xml'
    expect(testsOf(relative, 'BD-21')).toEqual(['BD-21 profile shows avatar'])
    expect(statuses(relative)['BD-21']).toBe('passed')
  })
})

describe("jest-junit's afterAll failure", () => {
  it("keeps the marker of its file's first describe block, where the tests outside it do not take it", () => {
    // As jest-junit 17 writes it (trimmed): a file whose first describe
    // block's afterAll threw, and a test outside any describe block.
    const planned = plannedForBd(
      parseReportText(
        `<testsuites name="jest tests" tests="3" failures="1" errors="0" time="0.2">
  <testsuite name="BD-39 teardown fails" errors="0" failures="1" skipped="0" timestamp="2026-11-24T09:27:16" time="0.151" tests="3">
    <testcase classname="BD-39 teardown fails works" name="BD-39 teardown fails works" time="0.002" file="__tests__/hooks.test.js">
    </testcase>
    <testcase classname=" helper works" name=" helper works" time="0.001" file="__tests__/hooks.test.js">
    </testcase>
    <testcase classname=" Test execution failure: could be caused by test hooks like &apos;afterAll&apos;." name=" Test execution failure: could be caused by test hooks like &apos;afterAll&apos;." time="0" file="__tests__/hooks.test.js">
      <failure>{&quot;message&quot;:&quot;&quot;,&quot;stack&quot;:&quot;Error: could not close db\\n    at Object.&lt;anonymous&gt; (__tests__/hooks.test.js:3:11)&quot;}</failure>
    </testcase>
  </testsuite>
</testsuites>`
      ),
      40
    )
    expect(
      planned.map((r) => [r.marker, r.status, r.testCases.length])
    ).toEqual([['BD-39', 'failed', 2]])
    // Its failure is the error's JSON: the error's stack is its text.
    expect(planned[0].testCases[1].problems[0].details).toBe(
      'Error: could not close db\n    at Object.<anonymous> (__tests__/hooks.test.js:3:11)'
    )
  })
})

describe("jest-junit's reportTestSuiteErrors", () => {
  it('a test file that failed to run is one test, blocked, with the reason jest gave', () => {
    // As jest-junit 17 writes it (the JSON copy trimmed): the error, then
    // the error's JSON as a failure of a testcase of the same name.
    const testCases = parseReportText(
      `<testsuites name="jest tests" tests="0" failures="0" errors="1" time="0.214">
  <testsuite name="__tests__/BD-25-broken.test.js" errors="1" failures="0" skipped="0" timestamp="1970-01-01T00:00:00" time="0" tests="0">
    <testcase classname="Test suite failed to run" name="__tests__/BD-25-broken.test.js" time="0" file="__tests__/BD-25-broken.test.js">
      <error>  ● Test suite failed to run

    Cannot find module &apos;./does-not-exist&apos; from &apos;__tests__/BD-25-broken.test.js&apos;

      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/index.js:1031:11)
</error>
    </testcase>
    <testcase classname="Test suite failed to run" name="__tests__/BD-25-broken.test.js" time="0" file="__tests__/BD-25-broken.test.js">
      <failure>{&quot;code&quot;:&quot;MODULE_NOT_FOUND&quot;,&quot;hint&quot;:&quot;&quot;,&quot;moduleName&quot;:&quot;./does-not-exist&quot;}</failure>
    </testcase>
  </testsuite>
</testsuites>`
    )
    const planned = plannedForBd(testCases)
    expect(
      planned.map((r) => [r.marker, r.status, r.testCases.length])
    ).toEqual([['BD-25', 'blocked', 1]])
    // The error is kept, not its JSON copy; its headline is jest's reason.
    const problem = planned[0].testCases[0].problems[0]
    expect(problem.kind).toBe('error')
    expect(failureText(problem, testCases[0].name).headline).toBe(
      "Cannot find module './does-not-exist' from '__tests__/BD-25-broken.test.js'"
    )
  })
})
