// Nightwatch's exports-object test style: every key is a test, the module is named after
// the file. Some tests fail ON PURPOSE. Nightwatch's default skip_testcases_on_fail: after
// the first failing test, the rest of the module is skipped.
const path = require('node:path')
const url = require('node:url')

const shop = url.pathToFileURL(path.resolve(__dirname, '../pages/shop.html')).href

module.exports = {
  before(browser) {
    browser.navigateTo(shop)
  },

  'BD-402 shows the title'(browser) {
    browser.assert.titleEquals('BD Shop')
  },

  'BD-403 BD-404 shared flow'(browser) {
    browser.assert.visible('#checkout')
  },

  '[BD-405] cart total is wrong'(browser) {
    browser.assert.textEquals('#total', '$40.00')
  },

  'BD-406 skipped after the failure'(browser) {
    browser.assert.visible('#heading')
  },

  after(browser) {
    browser.end()
  }
}
