// Fixture suite for the QA Sphere JUnit upload action, run by AVA.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/ava/README.md.
const test = require('ava')

function renderComment(text) {
  // deliberately not escaped, so the hostile-text test fails
  return `<p>${text}</p>`
}

function level3() {
  throw new Error('deep failure in level3')
}
function level2() {
  level3()
}
function level1() {
  level2()
}

test('BD-1 user can log in', (t) => {
  t.deepEqual({ user: 'alice', loggedIn: true }, { user: 'alice', loggedIn: true })
})

test('[BD-2] cart total is wrong', (t) => {
  const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
  t.log('cart debug: items=3 total=42')
  t.deepEqual(cart, { items: ['apple', 'pear', 'plum'], total: 40 })
})

test('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

test.skip('BD-4 skipped feature', (t) => {
  t.is(true, false)
})

for (const [a, b, expected] of [
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
]) {
  test(`BD-6 adds ${a} + ${b} = ${expected}`, (t) => {
    t.is(a + b, expected)
  })
}

test('BD-7 BD-8 shared flow', (t) => {
  t.true([1, 2, 3].includes(2))
})

test('helper works', (t) => {
  t.is('abc'.toUpperCase(), 'ABC')
})

test('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
  const html = renderComment('<img src=x onerror=alert(1)>')
  if (html.includes('<img')) {
    throw new Error(
      `\u001b[31mXSS\u001b[39m: output is not escaped: ${html} & "quotes" 'single' ]]> end`
    )
  }
})

test('BD-10 deep stack', () => {
  level1()
})

let attempts = 0
test('BD-11 flaky, passes on the second try', async (t) => {
  // t.try() is AVA's way to retry: the first attempt is discarded.
  let attempt = await t.try((tt) => {
    attempts += 1
    tt.is(attempts, 2)
  })
  if (!attempt.passed) {
    attempt.discard()
    attempt = await t.try((tt) => {
      attempts += 1
      tt.is(attempts, 2)
    })
  }
  attempt.commit()
})

test.failing('BD-12 known bug, fails as expected', (t) => {
  t.is('red', 'green')
})

test.failing('BD-13 marked failing but passes', (t) => {
  t.is(1, 1)
})

test.todo('BD-14 write this test')

test('BD-15 times out', async (t) => {
  t.timeout(50)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  t.pass()
})

test('no assertions at all', () => {})
