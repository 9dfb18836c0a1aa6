// Registers jasmine-reporters' JUnitXmlReporter (next to jasmine's own
// console reporter). One file with every suite: out/junit.xml. Not
// captureStdout: it would copy the console reporter's progress dots into
// every <system-out>.
const { JUnitXmlReporter } = require('jasmine-reporters')

jasmine.getEnv().addReporter(
  new JUnitXmlReporter({
    savePath: 'out',
    filePrefix: 'junit',
    consolidateAll: true
  })
)
