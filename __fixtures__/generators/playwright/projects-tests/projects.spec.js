// The same tests run in three Playwright projects (playwright.projects.config.js),
// some with a project-specific outcome, for the QA Sphere JUnit upload action.
// Some tests FAIL ON PURPOSE; see __fixtures__/reports/playwright/README.md.
// No test uses the page/browser fixtures, so no browser is launched.
const { test, expect } = require('@playwright/test')

test('BD-1100 passes in every project', () => {
  expect([1, 2, 3]).toContain(2)
})

test('BD-1101 fails only in firefox', ({}, testInfo) => {
  console.log(`BD-1101 running in project ${testInfo.project.name}`)
  expect(testInfo.project.name, 'fails in the second project only').not.toBe('firefox')
})

test('BD-1102 skipped only in webkit', ({}, testInfo) => {
  test.skip(testInfo.project.name === 'webkit', 'not supported in webkit')
  expect(1 + 1).toBe(2)
})

test('BD-1103 fails in every project', ({}, testInfo) => {
  expect(testInfo.project.name, 'fails in every project').toBe('no such project')
})

test.describe('BD-1104 group', () => {
  test('passes inside the group', () => {
    expect('abc'.toUpperCase()).toBe('ABC')
  })
})

test('BD-1105 flaky only in chromium', ({}, testInfo) => {
  console.log(`BD-1105 attempt in ${testInfo.project.name}, retry=${testInfo.retry}`)
  if (testInfo.project.name === 'chromium') {
    expect(testInfo.retry, 'fails on the first attempt in chromium only').toBeGreaterThan(0)
  }
})
