/** Test cases from a few lines of JUnit XML, for unit tests. */
import { parseJUnit, type TestCase } from '../../src/reports/junit.js'

/** Test cases of `<testsuite name="suite">` + body. */
export function parseSuite(body: string, file = 'r.xml'): TestCase[] {
  const report = parseJUnit(`<testsuite name="suite">${body}</testsuite>`, file)
  if (report.kind !== 'junit') throw new Error('not junit')
  return report.testCases
}
