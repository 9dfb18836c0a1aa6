import { defineConfig } from 'vitest/config'

// Vitest config for the second vitest fixture: junit reporter options users
// set. suiteName renames the <testsuites> root ("vitest tests" by default).
export default defineConfig({
  test: {
    include: ['options-test/**/*.test.js'],
    reporters: [
      'default',
      [
        'junit',
        {
          outputFile: 'out/junit-options.xml',
          suiteName: 'Unit tests',
          classnameTemplate: 'unit.{filename}',
          hostname: 'fixture-host'
        }
      ]
    ]
  }
})
