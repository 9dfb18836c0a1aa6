/** The action's entry point: all logic lives in main.ts. */
import { run } from './main.js'
import { withoutBufferDeprecation } from './util/warnings.js'

/* istanbul ignore next */
process.emitWarning = withoutBufferDeprecation(
  process.emitWarning.bind(process)
)
/* istanbul ignore next */
await run()
