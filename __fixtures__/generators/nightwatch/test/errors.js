// Exports-object style, thrown errors and a missing element: skip_testcases_on_fail is off for this module
// so that every test runs.
const path = require('node:path')
const url = require('node:url')

const shop = url.pathToFileURL(path.resolve(__dirname, '../pages/shop.html')).href

module.exports = {
  '@tags': ['errors'],
  '@skipTestcasesOnFail': false,

  beforeEach(browser) {
    browser.navigateTo(shop)
  },

  'BD-407 crashes with an error'(browser) {
    const cart = null
    cart.items.push('socks')
  },

  'BD-408 clicks a button that never appears'(browser) {
    browser.click('#pay-now')
  },

  'BD-409 renders <script>alert(1)</script> & "quotes"'() {
    throw new Error('bad markup: <img src=x onerror=alert(1)> & "quoted" ]]> end')
  },

  'BD-410 still runs'(browser) {
    browser.assert.textContains('#heading', 'Shop')
  }
}
