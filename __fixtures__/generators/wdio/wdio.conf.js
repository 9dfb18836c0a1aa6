import fs from 'node:fs'

// WebdriverIO config for the QA Sphere fixture generator: mocha framework, Debian's
// chromium + chromedriver (no browser or driver download), test pages from file://.
const chrome = (name, windowSize) => ({
  browserName: 'chrome',
  'goog:chromeOptions': {
    binary: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--window-size=${windowSize}`]
  },
  'wdio:chromedriverOptions': { binary: '/usr/bin/chromedriver' },
  'wdio:enforceWebDriverClassic': true,
  'wdio:qasphereName': name
})

// QASPHERE_WDIO_REPORT=options: the junit reporter with every option that changes the
// report's shape; else its defaults. (Two junit reporters in one run would share one file:
// wdio names a reporter's file after the first reporter of that name.)
const REPORT = process.env.QASPHERE_WDIO_REPORT ?? 'default'

export const config = {
  runner: 'local',
  specs: ['./test/specs/shop.e2e.js', './test/specs/login.e2e.js'],
  maxInstances: 1,
  // two capabilities: every spec runs in both
  capabilities: [chrome('desktop', '1280,800'), chrome('mobile', '390,844')],
  logLevel: 'warn',
  outputDir: './out/logs',
  waitforTimeout: 1000,
  // a spec file that fails is run again once (login.e2e.js fails on its first run)
  specFileRetries: 1,
  framework: 'mocha',
  mochaOpts: { ui: 'bdd', timeout: 30000 },
  reporters: [
    'spec',
    REPORT === 'options'
      ? [
          'junit',
          {
            // every option that changes the report's shape
            outputDir: './out/options',
            // one file per capability and spec; a spec file's retry writes its own file
            // (the default name is the same for both runs: the retry overwrites the first)
            outputFileFormat: ({ cid, capabilities }) => {
              const name = `junit-${capabilities['wdio:qasphereName']}-${cid}`
              return fs.existsSync(`./out/options/${name}.xml`) ? `${name}-retry.xml` : `${name}.xml`
            },
            // keep hyphens and brackets in suite and test names: the default
            // /[^a-zA-Z0-9@]+/ turns 'BD-12 logs in' into 'BD 12 logs in'
            suiteNameFormat: /[^a-zA-Z0-9@\-[\]]+/,
            classNameFormat: ({ packageName, suite }) => `${packageName}.${suite.fullTitle || suite.title}`,
            addFileAttribute: true,
            packageName: 'e2e',
            // the reporter README's example: the message as <error> and <failure>, the stack as <failure>'s text
            errorOptions: { error: 'message', failure: 'message', stacktrace: 'stack' },
            addWorkerLogs: true
          }
        ]
      : // the reporter's defaults: one wdio-<cid>-junit-reporter.log per worker
        ['junit', { outputDir: './out/default' }]
  ]
}
