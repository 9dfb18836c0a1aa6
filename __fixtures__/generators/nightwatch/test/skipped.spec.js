// BDD style: a skipped describe block.
describe.skip('BD-424 reports page', function () {
  it('BD-425 exports csv', function (browser) {
    browser.assert.visible('#export')
  })
})
