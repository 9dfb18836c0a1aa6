// BDD style: a failing beforeEach hook.
const path = require('node:path')
const url = require('node:url')

const shop = url.pathToFileURL(path.resolve(__dirname, '../pages/shop.html')).href

describe('BD-419 checkout', function () {
  beforeEach(function (browser) {
    browser.navigateTo(shop)
    throw new Error('could not seed the cart: 503 from /api/cart')
  })

  it('BD-420 pays by card', function (browser) {
    browser.assert.visible('#checkout')
  })

  it('BD-421 pays by invoice', function (browser) {
    browser.assert.visible('#checkout')
  })

  after(browser => browser.end())
})
