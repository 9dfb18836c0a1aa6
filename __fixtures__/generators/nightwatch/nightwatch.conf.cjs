// Nightwatch config for the QA Sphere fixture generator: Debian's chromium + chromedriver
// (webdriver.server_path and goog:chromeOptions.binary given: Nightwatch downloads no browser
// or driver), test pages from file:// (pages/), the built-in junit reporter (--reporter junit).
module.exports = {
  src_folders: ['test'],
  // the junit reporter writes <output_folder>/<spec file name>.xml
  output_folder: 'out/tests_output',
  // no usage data sent, no update check (the generator runs offline)
  usage_analytics: { enabled: false },
  disable_colors: true,
  webdriver: {
    start_process: true,
    server_path: '/usr/bin/chromedriver',
    port: 9515,
    // chromedriver's log (the default is ./logs)
    log_path: 'out/logs'
  },
  test_settings: {
    default: {
      desiredCapabilities: {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: '/usr/bin/chromium',
          args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1280,800']
        }
      },
      globals: {
        // waitForElement* and expect.element(...) give up after 1 s
        waitForConditionTimeout: 1000,
        retryAssertionTimeout: 1000
      },
      screenshots: { enabled: false }
    }
  }
}
