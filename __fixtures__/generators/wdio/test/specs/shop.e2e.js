// Shop page specs for the QA Sphere fixture: some tests fail ON PURPOSE.
import path from 'node:path'
import url from 'node:url'
import { browser, $, expect } from '@wdio/globals'

const shop = url.pathToFileURL(path.resolve('pages/shop.html')).href

describe('BD-201 shop page', () => {
  beforeEach(async () => {
    await browser.url(shop)
  })

  it('BD-202 shows the title', async () => {
    await expect(browser).toHaveTitle('BD Shop')
    console.log('shop debug: title checked')
  })

  it('[BD-203] cart total is wrong', async () => {
    await expect($('#total')).toHaveText('$40.00')
  })

  it('BD-204: crashes with an error', async () => {
    const cart = await browser.execute(() => window.cart)
    cart.items.push('socks')
  })

  it('BD-205 clicks a button that never appears', async () => {
    await $('#pay-now').click()
  })

  it('BD-206 waits for the hidden banner', async () => {
    await $('#banner').waitForDisplayed({ timeout: 500 })
  })

  it.skip('BD-207 skipped feature', async () => {
    await $('#checkout').click()
  })

  it('BD-208 pending without a body')

  it('BD-209 BD-210 shared flow', async () => {
    await expect($('#checkout')).toBeDisplayed()
  })

  it('helper works', async () => {
    await expect($('#heading')).toHaveText('Shop')
  })

  it('BD-211 renders <script>alert(1)</script> & "quotes"', async () => {
    throw new Error('bad markup: <img src=x onerror=alert(1)> & "quoted" ]]> end')
  })
})

describe('BD-212 checkout', () => {
  beforeEach(async () => {
    throw new Error('could not seed the cart: 503 from /api/cart')
  })

  it('BD-213 pays by card', async () => {
    await expect($('#checkout')).toBeDisplayed()
  })

  it('BD-214 pays by invoice', async () => {
    await expect($('#checkout')).toBeDisplayed()
  })
})

describe('BD-215 admin area', () => {
  before(async () => {
    await browser.url(shop)
    await $('#admin-login').waitForExist({ timeout: 500 })
  })

  it('BD-216 lists users', async () => {
    await expect($('#users')).toBeDisplayed()
  })
})

describe('retried tests', function () {
  this.retries(2)
  let attempts = 0

  it('BD-217 flaky, passes on the third try', async () => {
    attempts += 1
    await browser.url(shop)
    await expect($('#total')).toHaveText(attempts < 3 ? '$0.00' : '$42.00')
  })

  it('BD-218 always fails, retried twice', async () => {
    await browser.url(shop)
    await expect($('#heading')).toHaveText('Checkout')
  })
})

describe('after the failures', () => {
  it('BD-219 still runs', async () => {
    await browser.url(shop)
    await expect($('#heading')).toBeExisting()
  })
})
