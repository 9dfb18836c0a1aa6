// BDD style: a failing before hook (an element that never appears).
const path = require('node:path')
const url = require('node:url')

const shop = url.pathToFileURL(path.resolve(__dirname, '../pages/shop.html')).href

describe('BD-422 admin area', function () {
  before(async function (browser) {
    await browser.navigateTo(shop)
    await browser.waitForElementPresent('#admin-login', 500)
  })

  it('BD-423 lists users', function (browser) {
    browser.assert.visible('#users')
  })

  after(browser => browser.end())
})
