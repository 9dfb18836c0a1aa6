/**
 * One QA Sphere test server per end-to-end test file: started before the
 * first test, back to its seed after each, closed at the end.
 */
import { afterAll, afterEach, beforeAll } from '@jest/globals'
import {
  DEMO_KEYS,
  demoSeed,
  startQaSphereServer,
  type QaSphereServer,
  type QaSphereServerOptions
} from '../../test-server/qasphere-server.mjs'
import {
  runAction,
  Workspaces,
  type ActionOptions,
  type ActionRun
} from './run-action.js'

/** ActionOptions whose inputs default to the test server's. */
export type ActionInputs = Omit<ActionOptions, 'inputs'> & {
  inputs?: Record<string, string>
}

export interface TestServerContext {
  /** The running server (set before the first test). */
  server: QaSphereServer
  workspaces: Workspaces
  /**
   * Runs dist/index.js against the server with its url, a Test Runner key,
   * project BD and run 42, unless `inputs` say otherwise.
   */
  action(options: ActionInputs): Promise<ActionRun>
}

export function useTestServer(
  options: QaSphereServerOptions = {}
): TestServerContext {
  const workspaces = new Workspaces()
  const context: TestServerContext = {
    server: undefined as unknown as QaSphereServer,
    workspaces,
    action: (options) =>
      runAction(workspaces, {
        ...options,
        inputs: {
          url: context.server.url,
          'api-key': DEMO_KEYS.runner,
          project: 'BD',
          run: '42',
          ...options.inputs
        }
      })
  }
  beforeAll(async () => {
    context.server = await startQaSphereServer({ seed: demoSeed(), ...options })
  })
  afterEach(() => context.server.reset())
  afterAll(async () => {
    await context.server.close()
    await workspaces.cleanup()
  })
  return context
}
