// The same tests in two browsers in one karma run (karma-browsers.conf.js:
// Debian's headless chromium and Firefox ESR). Some FAIL ON PURPOSE;
// see __fixtures__/reports/karma/README.md.
function assertEqual (actual, expected) {
  if (actual !== expected) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

const isFirefox = /Firefox\//.test(navigator.userAgent)

it('BD-1120 passes in both browsers', () => {
  assertEqual([1, 2, 3].includes(2), true)
})

it('BD-1121 fails only in Firefox', () => {
  assertEqual(isFirefox ? 'firefox' : 'other', 'other')
})

it('BD-1122 fails in both browsers', () => {
  assertEqual(40 + 2, 40)
})

it.skip('BD-1123 skipped everywhere', () => {
  assertEqual(true, false)
})

describe('BD-1124 checkout', () => {
  it('applies coupon in both browsers', () => {
    assertEqual(100 * 0.9, 90)
  })
})
