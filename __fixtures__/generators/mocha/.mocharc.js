// Mocha config for the QA Sphere fixture generator. mocha-junit-reporter is
// the reporter Cypress uses for `reporter: 'junit'`.
module.exports = {
  spec: ['test/**/*.test.js'],
  require: ['./capture-console.js'],
  reporter: 'mocha-junit-reporter',
  'reporter-option': [
    'mochaFile=out/junit.xml',
    'outputs=true', // <system-out>/<system-err> from console.log / console.error
    'includePending=true', // off by default: skipped tests would be missing entirely
    'testCaseSwitchClassnameAndName=false'
  ]
}
