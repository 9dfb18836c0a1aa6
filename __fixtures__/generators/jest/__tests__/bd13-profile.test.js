// Test file whose name holds a marker (bd13), so the file/classname attributes show it.
describe('BD-13 profile', () => {
  test('shows avatar', () => {
    expect('avatar.png').toMatch(/\.png$/)
  })
  test('shows display name', () => {
    expect('Alice').toBe('Bob')
  })
})
