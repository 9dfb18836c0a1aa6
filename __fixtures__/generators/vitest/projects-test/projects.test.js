// One test file run in two vitest projects (test.projects: `node` and `jsdom`),
// for vitest-junit-projects.xml (see __fixtures__/reports/vitest/README.md).
// Some tests fail ON PURPOSE, in one project only or in both.
import { describe, expect, test } from 'vitest'

// jsdom's environment defines window; node's does not.
const inJsdom = typeof window !== 'undefined'

test('BD-1130 passes in both projects', () => {
  expect(1 + 1).toBe(2)
})

test('BD-1131 fails only in jsdom', () => {
  expect(typeof window).toBe('undefined')
})

test.skipIf(!inJsdom)('BD-1132 skipped only in node', () => {
  expect(document.title).toBe('')
})

describe('BD-1133 group', () => {
  test('passes in both projects', () => {
    expect([1, 2]).toHaveLength(2)
  })
})

// The project's name, as vitest gives it to the test (task.file.projectName).
test('BD-1134 fails in both, naming its project', ({ task }) => {
  expect(`project ${task.file.projectName}`).toBe('project none')
})

test('BD-1135 passes in both, knows its environment', () => {
  expect(inJsdom).toBe(typeof document !== 'undefined')
})
