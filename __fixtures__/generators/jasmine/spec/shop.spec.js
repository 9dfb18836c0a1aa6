// Fixture suite for the QA Sphere JUnit upload action.
// Several specs FAIL ON PURPOSE; see __fixtures__/reports/jasmine/README.md.

function renderComment(text) {
  // deliberately not escaped, so the hostile-text spec fails
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

describe('shop', () => {
  it('BD-1 user can log in', () => {
    expect({ user: 'alice', loggedIn: true }).toEqual({ user: 'alice', loggedIn: true })
  })

  it('[BD-2] cart total is wrong', () => {
    const cart = { items: ['apple', 'pear', 'plum'], total: 42 }
    console.log('cart debug: items=3 total=42')
    expect(cart).toEqual({ items: ['apple', 'pear', 'plum'], total: 40 })
  })

  it('BD-3: crashes with an error', () => {
    throw new TypeError('boom')
  })

  xit('BD-4 skipped feature', () => {
    expect(true).toBe(false)
  })

  it('BD-11 pending with a reason', () => {
    pending('waiting for the payment API')
  })

  it('BD-12 two failed expectations', () => {
    expect(2).toBe(3)
    expect('a').toEqual('b')
  })

  it('BD-13 fails through fail()', () => {
    fail('gave up: <b>bold</b> & "quotes"')
  })

  for (const [a, b, expected] of [
    [1, 1, 2],
    [2, 2, 4],
    [3, 3, 7]
  ]) {
    it(`BD-6 adds ${a} + ${b} = ${expected}`, () => {
      expect(a + b).toBe(expected)
    })
  }

  it('BD-7 BD-8 shared flow', () => {
    expect([1, 2, 3]).toContain(2)
  })

  it('helper works', () => {
    expect('abc'.toUpperCase()).toBe('ABC')
  })

  it('BD-9 renders <script>alert(1)</script> & "quotes"', () => {
    const html = renderComment('<img src=x onerror=alert(1)>')
    if (html.includes('<img')) {
      throw new Error(
        `\u001b[31mXSS\u001b[39m: output is not escaped: ${html} & "quotes" 'single' ]]> end`
      )
    }
  })

  it('BD-10 deep stack', () => {
    level1()
  })

  it('BD-14 async rejection', async () => {
    await Promise.reject(new RangeError('async boom'))
  })

  it('BD-15 times out', (done) => {
    // never calls done
  }, 50)

  it('no expectations at all', () => {})
})

describe('BD-5 checkout', () => {
  it('applies coupon', () => {
    expect(100 * 0.9).toBe(90)
  })

  describe('shipping', () => {
    it('computes shipping', () => {
      expect(5 + 5).toBe(10)
    })

    it('BD-16 free over 100', () => {
      expect(0).toBe(5)
    })
  })
})

xdescribe('BD-17 disabled suite', () => {
  it('never runs', () => {
    expect(true).toBe(true)
  })
})
