// Jest config for the QA Sphere fixture generator.
// jest-junit options are strings, as its README asks.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.js'],
  reporters: [
    'default',
    [
      'jest-junit',
      {
        outputDirectory: '<rootDir>/out',
        outputName: 'junit.xml',
        addFileAttribute: 'true',
        includeConsoleOutput: 'true',
        reportTestSuiteErrors: 'true'
      }
    ]
  ]
}
