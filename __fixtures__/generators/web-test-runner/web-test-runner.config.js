import { chromeLauncher } from '@web/test-runner-chrome'
import { defaultReporter } from '@web/test-runner'
import { junitReporter } from '@web/test-runner-junit-reporter'

// @web/test-runner config for the QA Sphere fixture generator: mocha tests as ES modules in
// Debian's headless chromium (puppeteer-core through @web/test-runner-chrome: no browser download).
// QASPHERE_WTR_REPORT picks the report: default (reportLogs: true), nologs (the reporter's
// defaults), browsers (two Chromium launchers with their own names, reportLogs: true).
const REPORT = process.env.QASPHERE_WTR_REPORT ?? 'default'

const chromium = (name) => {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run'
      ]
    }
  })
  // the launcher's name is the report's browser name ('Chrome' unless set)
  if (name) launcher.name = name
  return launcher
}

export default {
  files: ['test/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  browsers: REPORT === 'browsers' ? [chromium('Chromium desktop'), chromium('Chromium mobile')] : [chromium()],
  testFramework: { config: { timeout: 2000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    REPORT === 'nologs'
      ? junitReporter({ outputPath: './out/nologs/test-results.xml' })
      : junitReporter({ outputPath: `./out/${REPORT}/test-results.xml`, reportLogs: true })
  ]
}
