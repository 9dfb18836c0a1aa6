/**
 * End to end: the same tests run in several Playwright projects are told
 * apart in the job summary, the results' comments and the annotations, and a
 * file a tool writes beside its JUnit reports (Maven Failsafe's summary) is
 * said in the log rather than warned of.
 */
import { describe, expect, it } from '@jest/globals'
import { demoSeed, makeProject } from '../test-server/qasphere-server.mjs'
import { useTestServer } from './helpers/test-server.js'

const ctx = useTestServer({
  seed: {
    ...demoSeed(),
    projects: [
      makeProject({ code: 'BD', tcaseCount: 1200, runs: [{ id: 42 }] })
    ]
  }
})

/**
 * Maven Failsafe's failsafe-summary.xml as its documentation shows it
 * (Failsafe cannot run offline here): only its root element is read.
 */
const FAILSAFE_SUMMARY = `<?xml version="1.0" encoding="UTF-8"?>
<failsafe-summary xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/failsafe-summary.xsd" result="255" timeout="false">
    <completed>9</completed>
    <errors>1</errors>
    <failures>3</failures>
    <skipped>2</skipped>
    <failureMessage xsi:nil="true" />
</failsafe-summary>
`

describe('Playwright projects and browsers', () => {
  it('name each test with its project where a result ran in several', async () => {
    const result = await ctx.action({
      inputs: { reports: 'e2e/junit.xml\ntarget/failsafe-reports' },
      files: {
        'e2e/junit.xml': {
          fixture:
            '__fixtures__/reports/playwright/playwright-junit-projects.xml'
        },
        'target/failsafe-reports/TEST-demo.CartTest.xml': {
          fixture: '__fixtures__/reports/maven-surefire/TEST-demo.CartTest.xml'
        },
        'target/failsafe-reports/failsafe-summary.xml': {
          content: FAILSAFE_SUMMARY
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      '<td>failed: [firefox] BD-1101 fails only in firefox<br>passed: [chromium] BD-1101 fails only in firefox<br>passed: [webkit] BD-1101 fails only in firefox<br><em>fails in the second project only</em></td>'
    )
    const bd1101 = ctx.server
      .resultsFor('BD', 42)
      .find((r) => r.comment.includes('BD-1101'))
    expect(bd1101?.status).toBe('failed')
    expect(bd1101?.comment).toContain(
      '<li>failed: <code>[firefox] BD-1101 fails only in firefox</code> in projects.spec.js ('
    )
    expect(result.stdout).toMatch(
      /^::error title=BD-1103%3A \[chromium%2C firefox%2C webkit\] BD-1103 fails in every project::/m
    )
    // Failsafe's summary: a line of the log, no warning.
    expect(result.stdout).toContain(
      "target/failsafe-reports/failsafe-summary.xml: no JUnit report: Maven Failsafe's summary; the TEST-*.xml files beside it are the reports"
    )
    expect(result.stdout).not.toContain('::warning::')
  })

  it("karma's browsers, one report each as the README's `reports` finds them, are named apart too", async () => {
    const karma = (browser: string) => ({
      fixture: `__fixtures__/reports/karma/karma-mocha-junit-browsers-${browser}.xml`
    })
    const files = {
      'TESTS-Chrome_Headless_156.0.0.0_(Linux_0.0.0).xml': karma('chromium'),
      'TESTS-Firefox_153.0_(Linux_0.0.0).xml': karma('firefox')
    }
    // The defaults find none of them.
    const defaults = await ctx.action({ files })
    expect(defaults.stdout).toContain('::warning::No report files match')
    const result = await ctx.action({
      inputs: { reports: '**/TESTS-*.xml' },
      files
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      '<td>failed: [Firefox 153.0 (Linux 0.0.0)] BD-1121 fails only in Firefox<br>passed: [Chrome Headless 156.0.0.0 (Linux 0.0.0)] BD-1121 fails only in Firefox<br>'
    )
  })

  it("TestNG's <test>s, in JUnitXMLReporter's reports as the README's `reports` finds them, are named apart, and testng-failed.xml beside them is no warning", async () => {
    const testng = (file: string) => ({
      fixture: `__fixtures__/reports/testng/testng-browsers-${file}.xml`
    })
    const result = await ctx.action({
      inputs: { reports: 'test-output/*/*.xml\n!test-output/junitreports/**' },
      files: {
        'test-output/CrossBrowser/Chrome.xml': testng('Chrome'),
        'test-output/CrossBrowser/Firefox.xml': testng('Firefox'),
        'test-output/CrossBrowser/testng-failed.xml': testng('testng-failed'),
        'test-output/junitreports/TEST-demo.BrowserTest.xml':
          testng('junitreports')
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain(
      '<td>failed: [Firefox] testBd1141ChecksOut<br>passed: [Chrome] testBd1141ChecksOut<br>'
    )
    expect(result.stdout).toContain(
      "test-output/CrossBrowser/testng-failed.xml: no JUnit report: TestNG's suite file (testng-failed.xml)"
    )
    expect(result.stdout).not.toContain('::warning::')
  })

  it("names Maven Failsafe's summary where it is the only file a folder pattern matched", async () => {
    const result = await ctx.action({
      inputs: { reports: 'target/failsafe-reports' },
      files: {
        'target/failsafe-reports/failsafe-summary.xml': {
          content: FAILSAFE_SUMMARY
        }
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      "::warning::None of the 1 file matching target/failsafe-reports is a JUnit report (target/failsafe-reports/failsafe-summary.xml: Maven Failsafe's summary; the TEST-*.xml files beside it are the reports): check that the tests write JUnit XML"
    )
  })
})
