import { defineConfig } from 'vitest/config'

// Vitest config for the QA Sphere fixture generator: built-in junit reporter
// with every option that adds information switched on.
export default defineConfig({
  test: {
    include: ['test/**/*.test.js'],
    reporters: [
      'default',
      [
        'junit',
        {
          outputFile: 'out/junit.xml',
          includeConsoleOutput: true,
          addFileAttribute: true,
          hostname: 'fixture-host'
        }
      ]
    ]
  }
})
