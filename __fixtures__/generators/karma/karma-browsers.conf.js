// Fifth Karma config: the same mocha tests (test-browsers/) in TWO real browsers
// in one run, Debian's headless chromium (karma-chrome-launcher) and Debian's
// Firefox ESR (karma-firefox-launcher's FirefoxHeadless), no browser download
// (apt-get install chromium firefox-esr). karma-junit-reporter's default options
// (useBrowserName: true, no outputFile) in a folder of their own (out/browsers/):
// the reporter writes one file per browser there, TESTS-<browser's name>.xml.
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium'
process.env.FIREFOX_BIN = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr'

module.exports = function (config) {
  config.set({
    frameworks: ['mocha'],
    files: ['test-browsers/**/*.test.js'],
    browsers: ['ChromiumHeadlessNoSandbox', 'FirefoxHeadless'],
    customLaunchers: {
      // root in a container: chromium's sandbox cannot start
      ChromiumHeadlessNoSandbox: { base: 'ChromeHeadless', flags: ['--no-sandbox'] }
    },
    reporters: ['progress', 'junit'],
    junitReporter: { outputDir: 'out/browsers' },
    client: {
      mocha: { timeout: 2000 }
    },
    // one browser after the other, so the run's order is stable
    concurrency: 1,
    captureTimeout: 120000,
    browserNoActivityTimeout: 60000,
    singleRun: true,
    autoWatch: false,
    colors: false,
    logLevel: config.LOG_INFO
  })
}
