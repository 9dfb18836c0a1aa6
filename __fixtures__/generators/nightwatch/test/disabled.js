// Exports-object style, a whole module disabled with '@disabled': true.
module.exports = {
  '@disabled': true,

  'BD-411 disabled module test'(browser) {
    browser.assert.visible('#heading')
  }
}
