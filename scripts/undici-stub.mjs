// Bundled in place of undici (tsconfig.json "paths"). @actions/http-client
// imports undici at its top level, for getAgentDispatcher() only: a proxy
// for fetch(), which this action never uses (its requests go through node's
// http and https, and their proxy support stays). undici was 60% of the
// bundle and 30 ms of every start.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action')
  }
}
