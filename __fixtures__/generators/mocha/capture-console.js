// Root hook plugin: mocha-junit-reporter does not capture output itself (see its
// README, "System out and system err"); it writes test.consoleOutputs /
// test.consoleErrors as <system-out>/<system-err>. This is the capture its README
// suggests, installed for every test.
const util = require('node:util')

const originalLog = console.log
const originalError = console.error

exports.mochaHooks = {
  beforeEach() {
    const currentTest = this.currentTest
    console.log = (...args) => {
      const line = util.format(...args)
      currentTest.consoleOutputs = (currentTest.consoleOutputs || []).concat(line)
      originalLog(line)
    }
    console.error = (...args) => {
      const line = util.format(...args)
      currentTest.consoleErrors = (currentTest.consoleErrors || []).concat(line)
      originalError(line)
    }
  },
  afterEach() {
    console.log = originalLog
    console.error = originalError
  }
}
