// Third Karma config: karma.conf.js's mocha, launcher and reporter for the
// nested describe blocks of test-nesting/, in a report of their own
// (out/junit-nesting.xml), so that the other reports stay as they are.
module.exports = function (config) {
  config.set({
    frameworks: ['mocha'],
    files: ['test-nesting/**/*.test.js'],
    browsers: ['jsdom'],
    reporters: ['progress', 'junit'],
    junitReporter: {
      outputDir: 'out',
      outputFile: 'junit-nesting.xml',
      useBrowserName: false
    },
    client: {
      captureConsole: true,
      mocha: { timeout: 200 }
    },
    singleRun: true,
    autoWatch: false,
    colors: false,
    logLevel: config.LOG_INFO
  })
}
