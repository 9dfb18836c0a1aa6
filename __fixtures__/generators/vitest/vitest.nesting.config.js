import { defineConfig } from 'vitest/config'

// Vitest config for the third vitest fixture: nested describe blocks marked on
// several levels (nesting-test/), the junit reporter's default templates.
export default defineConfig({
  test: {
    include: ['nesting-test/**/*.test.js'],
    reporters: [
      'default',
      [
        'junit',
        {
          outputFile: 'out/junit-nesting.xml',
          hostname: 'fixture-host'
        }
      ]
    ]
  }
})
