// Fourth Karma config: karma-jasmine.conf.js's jasmine, launcher and reporter
// for the nested describe blocks of test-jasmine-nesting/ (test-nesting/'s
// blocks as jasmine specs), in a report of their own
// (out/junit-jasmine-nesting.xml), so that the other reports stay as they are.
module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    files: ['test-jasmine-nesting/**/*.spec.js'],
    browsers: ['jsdom'],
    reporters: ['progress', 'junit'],
    junitReporter: {
      outputDir: 'out',
      outputFile: 'junit-jasmine-nesting.xml',
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
