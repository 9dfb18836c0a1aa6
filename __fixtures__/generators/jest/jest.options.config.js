// Jest config for the second jest fixture: options users set that change the
// XML. suiteName renames the <testsuites> root ("jest tests" by default).
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/options-tests/**/*.test.js'],
  reporters: [
    'default',
    [
      'jest-junit',
      {
        outputDirectory: '<rootDir>/out',
        outputName: 'junit-options.xml',
        suiteName: 'Unit tests',
        addFileAttribute: 'true',
        includeConsoleOutput: 'true'
      }
    ]
  ]
}
