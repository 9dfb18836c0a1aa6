// Nightwatch's describe/it (BDD) style. Some tests fail ON PURPOSE.
const path = require('node:path')
const url = require('node:url')

const shop = url.pathToFileURL(path.resolve(__dirname, '../pages/shop.html')).href

describe('BD-401 cart page', function () {
  // every test runs, not only those before the first failure
  this.skipTestcasesOnFail = false

  before(browser => browser.navigateTo(shop))

  it('helper works', function (browser) {
    browser.expect.element('#heading').text.to.equal('Shop')
  })

  it('BD-412 total is formatted', async function (browser) {
    await browser.expect.element('#total').text.to.equal('$40.00')
  })

  it('BD-413 waits for the hidden banner', async function (browser) {
    await browser.waitForElementVisible('#banner', 500)
  })

  it('BD-414 element never appears', async function (browser) {
    await browser.expect.element('#pay-now').to.be.present
  })

  it.skip('BD-415 skipped feature', function (browser) {
    browser.click('#checkout')
  })

  // Nightwatch's own runner has no this.skip() (TypeError: this.skip is not a function)
  xit('BD-416 skipped with xit', function (browser) {
    browser.click('#checkout')
  })

  it('BD-417 async error', async function (browser) {
    await browser.getTitle()
    throw new TypeError("Cannot read properties of undefined (reading 'total')")
  })

  it('BD-418 still runs', async function (browser) {
    await browser.assert.visible('#checkout')
  })

  after(browser => browser.end())
})
