// The nesting spec (test/nesting/) alone, in one capability, with the junit reporter's
// defaults (markers written as `BD 760`): out/nesting/wdio-0-0-junit-reporter.log.
import { config as base } from './wdio.conf.js'

export const config = {
  ...base,
  specs: ['./test/nesting/nesting.e2e.js'],
  capabilities: [base.capabilities[0]],
  specFileRetries: 0,
  reporters: ['spec', ['junit', { outputDir: './out/nesting' }]]
}
