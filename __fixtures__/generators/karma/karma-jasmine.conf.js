// Second Karma config: the same launcher and reporter with jasmine
// (karma-jasmine) instead of mocha, for a suite whose afterAll throws (karma
// reports it as a browser error, not as a test).
module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    files: ['test-jasmine/**/*.spec.js'],
    browsers: ['jsdom'],
    reporters: ['progress', 'junit'],
    junitReporter: {
      outputDir: 'out',
      outputFile: 'junit-jasmine.xml',
      useBrowserName: false
    },
    client: {
      jasmine: { random: false }
    },
    singleRun: true,
    autoWatch: false,
    colors: false,
    logLevel: config.LOG_INFO
  })
}
