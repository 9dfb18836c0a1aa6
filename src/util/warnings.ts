/**
 * Node prints its warnings to stderr, into the workflow log, where the
 * action's users can do nothing about them.
 */

type EmitWarning = typeof process.emitWarning

/**
 * `emit` (process.emitWarning) without "[DEP0005] DeprecationWarning:
 * Buffer() is deprecated": the tunnel package, which @actions/http-client
 * takes through an HTTP proxy to an https:// URL, builds the
 * Proxy-Authorization header with `new Buffer()` when HTTPS_PROXY has a user
 * and password, and node warns about it for code not under node_modules, as
 * the bundle is not (node 20 and 24 alike). Every other warning still shows.
 */
export function withoutBufferDeprecation(emit: EmitWarning): EmitWarning {
  const pass = emit as (warning: string | Error, ...rest: unknown[]) => void
  return (warning: string | Error, ...rest: unknown[]) => {
    const [typeOrOptions, code] = rest
    const given =
      typeof typeOrOptions === 'object' && typeOrOptions !== null
        ? (typeOrOptions as { code?: unknown }).code
        : code
    if (given === 'DEP0005') return
    pass(warning, ...rest)
  }
}
