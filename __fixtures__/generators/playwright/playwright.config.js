// Playwright config for the QA Sphere fixture generator.
// No test uses the page/browser fixtures, so no browser is needed.
const { defineConfig } = require('@playwright/test')

module.exports = defineConfig({
  testDir: './tests',
  // keep every by-product (error-context.md files referenced from system-out) under out/
  outputDir: './out/test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // a named project, as real configs have ('chromium', ...): junit writes it as hostname
  projects: [{ name: 'api' }],
  reporter: [
    ['list'],
    // the reporter's defaults: retries collapsed into the final result
    ['junit', { outputFile: 'out/junit.xml' }],
    // includeRetries: earlier attempts become <flakyFailure>/<rerunFailure> (Surefire style)
    ['junit', { outputFile: 'out/junit-include-retries.xml', includeRetries: true }]
  ]
})
