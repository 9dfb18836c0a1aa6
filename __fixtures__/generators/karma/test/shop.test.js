// Fixture suite for the QA Sphere JUnit upload action, run by karma in jsdom.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/karma/README.md.
/* global assertEqual, renderComment, level1 */

it('BD-1 user can log in', () => {
  assertEqual(document.createElement('div').tagName, 'DIV')
})

it('[BD-2] cart total is wrong', () => {
  console.log('cart debug: items=3 total=42')
  assertEqual(42, 40)
})

it('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

it.skip('BD-4 skipped feature', () => {
  assertEqual(true, false)
})

describe('BD-5 checkout', () => {
  it('applies coupon', () => {
    assertEqual(100 * 0.9, 90)
  })
  describe('shipping', () => {
    it('computes shipping', () => {
      assertEqual(5 + 5, 10)
    })
    it('BD-15 free over 100', () => {
      assertEqual(0, 5)
    })
  })
})

for (const [a, b, expected] of [
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
]) {
  it(`BD-6 adds ${a} + ${b} = ${expected}`, () => {
    assertEqual(a + b, expected)
  })
}

it('BD-7 BD-8 shared flow', () => {
  assertEqual([1, 2, 3].includes(2), true)
})

it('helper works', () => {
  assertEqual('abc'.toUpperCase(), 'ABC')
})

it('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
  const html = renderComment('<img src=x onerror=alert(1)>')
  if (html.includes('<img')) {
    // No ESC colour codes here: karma-junit-reporter 2.0.1 crashes on them
    // (xmlbuilder: `Invalid character in string`) and writes no report.
    throw new Error(`XSS: output is not escaped: ${html} & "quotes" 'single' ]]> end`)
  }
})

it('BD-10 deep stack', () => {
  level1()
})

it('BD-11 flaky, passes on the third try', function () {
  this.retries(2)
  window.flakyAttempts += 1
  assertEqual(window.flakyAttempts, 3)
})

it('BD-12 always fails, retried twice', function () {
  this.retries(2)
  assertEqual('red', 'green')
})

it('BD-13 pending without a body')

it('BD-14 times out', function (done) {
  this.timeout(50)
  // never calls done
})
