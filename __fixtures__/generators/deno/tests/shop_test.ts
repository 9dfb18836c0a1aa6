// Fixture suite for the QA Sphere JUnit upload action, run by `deno test`.
// Several tests FAIL ON PURPOSE; see __fixtures__/reports/deno/README.md.
// No jsr:@std/assert: the generator must work without downloads.

function assertEquals<T>(actual: T, expected: T): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`Values are not equal: ${a} !== ${e}`)
}

function renderComment(text: string): string {
  // deliberately not escaped, so the hostile-text test fails
  return `<p>${text}</p>`
}

function level3(): never {
  throw new Error('deep failure in level3')
}
function level2(): void {
  level3()
}
function level1(): void {
  level2()
}

Deno.test('BD-1 user can log in', () => {
  assertEquals({ user: 'alice', loggedIn: true }, { user: 'alice', loggedIn: true })
})

Deno.test('[BD-2] cart total is wrong', () => {
  const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
  console.log('cart debug: items=3 total=42')
  assertEquals(cart, { items: ['apple', 'pear', 'plum'], total: 40 })
})

Deno.test('BD-3: crashes with an error', () => {
  throw new TypeError('boom')
})

Deno.test({
  name: 'BD-4 skipped feature',
  ignore: true,
  fn() {
    assertEquals(true, false)
  }
})

for (const [a, b, expected] of [
  [1, 1, 2],
  [2, 2, 4],
  [3, 3, 7]
]) {
  Deno.test(`BD-6 adds ${a} + ${b} = ${expected}`, () => {
    assertEquals(a + b, expected)
  })
}

Deno.test('BD-7 BD-8 shared flow', () => {
  assertEquals([1, 2, 3].includes(2), true)
})

Deno.test('helper works', () => {
  assertEquals('abc'.toUpperCase(), 'ABC')
})

Deno.test('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
  const html = renderComment('<img src=x onerror=alert(1)>')
  if (html.includes('<img')) {
    throw new Error(
      `\u001b[31mXSS\u001b[39m: output is not escaped: ${html} & "quotes" 'single' ]]> end`
    )
  }
})

Deno.test('BD-10 deep stack', () => {
  level1()
})

Deno.test('BD-5 checkout', async (t) => {
  await t.step('applies coupon', () => {
    assertEquals(100 * 0.9, 90)
  })
  await t.step('shipping', async (t) => {
    await t.step('computes shipping', () => {
      assertEquals(5 + 5, 10)
    })
    await t.step('BD-15 free over 100', () => {
      assertEquals(0, 5)
    })
    await t.step({
      name: 'BD-16 ignored step',
      ignore: true,
      fn() {}
    })
  })
})

let attempts = 0
Deno.test('BD-11 flaky, retried by hand in steps', async (t) => {
  // deno test has no retries: a test can retry in steps.
  for (let attempt = 1; attempt <= 2; attempt++) {
    const passed = await t.step(`attempt ${attempt}`, () => {
      attempts += 1
      assertEquals(attempts, 2)
    })
    if (passed) break
  }
})
