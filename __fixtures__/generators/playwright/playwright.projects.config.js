// Third Playwright config for the QA Sphere fixture generator: the same tests
// (projects-tests/) run in three projects, in a report of their own
// (out/junit-projects.xml), so that the other runs' reports stay as they are.
// The projects are named like the default template's, but set no browserName
// or device: no test takes the page/browser fixtures, so no browser is needed.
const { defineConfig } = require('@playwright/test')

module.exports = defineConfig({
  testDir: './projects-tests',
  outputDir: './out/projects-results',
  workers: 1,
  fullyParallel: false,
  retries: 1,
  projects: [{ name: 'chromium' }, { name: 'firefox' }, { name: 'webkit' }],
  reporter: [['list'], ['junit', { outputFile: 'out/junit-projects.xml' }]]
})
