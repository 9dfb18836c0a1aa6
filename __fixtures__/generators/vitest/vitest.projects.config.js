import { defineConfig } from 'vitest/config'

// Vitest config for the fourth vitest fixture: one test file (projects-test/)
// run in two projects (test.projects), `node` and `jsdom`, each with its own
// environment; one junit reporter (reporters are set for the whole run).
export default defineConfig({
  test: {
    reporters: [
      'default',
      [
        'junit',
        {
          outputFile: 'out/junit-projects.xml',
          hostname: 'fixture-host'
        }
      ]
    ],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['projects-test/**/*.test.js']
        }
      },
      {
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['projects-test/**/*.test.js']
        }
      }
    ]
  }
})
