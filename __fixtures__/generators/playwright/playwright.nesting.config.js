// Second Playwright config for the QA Sphere fixture generator: the nested
// describe blocks of nesting-tests/, in a report of their own
// (out/junit-nesting.xml), so that the main run's reports stay as they are.
const { defineConfig } = require('@playwright/test')

module.exports = defineConfig({
  testDir: './nesting-tests',
  outputDir: './out/nesting-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  projects: [{ name: 'api' }],
  reporter: [['list'], ['junit', { outputFile: 'out/junit-nesting.xml' }]]
})
