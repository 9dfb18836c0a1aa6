// Karma config for the QA Sphere fixture generator: mocha (karma-mocha) in
// jsdom (karma-jsdom-launcher, no browser to download), reported by
// karma-junit-reporter. Runs once and exits.
module.exports = function (config) {
  config.set({
    frameworks: ['mocha'],
    files: ['test/helpers.js', 'test/**/*.test.js'],
    browsers: ['jsdom'],
    reporters: ['progress', 'junit'],
    junitReporter: {
      outputDir: 'out',
      outputFile: 'junit.xml',
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
