/** The action's entry point: all logic lives in main.ts. */
import { run } from './main.js'

/* istanbul ignore next */
await run()
