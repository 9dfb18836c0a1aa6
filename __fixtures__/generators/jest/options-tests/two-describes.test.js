// Run by jest.options.config.js only. jest-junit names the file's
// <testsuite> after the FIRST describe block (suiteNameTemplate "{title}"),
// so the suite's name is not a scope holding the tests after it.
describe('BD-21 profile', () => {
  test('shows avatar', () => {
    expect('avatar.png').toMatch(/\.png$/)
  })
})

describe('settings page', () => {
  test('saves the theme', () => {
    expect('dark').toBe('light')
  })
})

test('helper works', () => {
  expect('abc'.toUpperCase()).toBe('ABC')
})
