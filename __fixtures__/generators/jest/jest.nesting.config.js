// Jest config for the third jest fixture: nested describe blocks, default templates.
// jest-junit options are strings, as its README asks.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/nesting-tests/**/*.test.js'],
  reporters: [
    'default',
    [
      'jest-junit',
      {
        outputDirectory: '<rootDir>/out',
        outputName: 'junit-nesting.xml',
        addFileAttribute: 'true',
        includeConsoleOutput: 'true',
        reportTestSuiteErrors: 'true'
      }
    ]
  ]
}
