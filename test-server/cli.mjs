// @ts-check
/**
 * Runs the fake QA Sphere server standalone (demo, CI jobs).
 *
 *   node test-server/cli.mjs [--port N] [--seed file.json] [--state-file out.json] [--fast] [--rate-limit N]
 *
 * --fast: benchmark mode (see startQaSphereServer's `fast` option).
 * --rate-limit N: answer 429 beyond N API requests a second per key, as QA
 *   Sphere does beyond 20.
 *
 * Prints one JSON line once listening:
 *   {"url":"http://127.0.0.1:PORT","apiKey":"...","project":"BD","run":42}
 * On SIGTERM/SIGINT writes the state (stored results included) to
 * --state-file, if given, and exits 0.
 *
 * A seed file is a Seed (see qasphere-server.mjs); a project in it may be
 * given as makeProject() options ({ code, tcaseCount, runs, archived })
 * instead of a full project. apiKeys defaults to the demo keys.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  demoSeed,
  makeProject,
  startQaSphereServer
} from './qasphere-server.mjs'

/** @typedef {import('./qasphere-server.mjs').Seed} Seed */
/** @typedef {import('./qasphere-server.mjs').SeedProject} SeedProject */
/** @typedef {import('./qasphere-server.mjs').MakeProjectOptions} MakeProjectOptions */

/**
 * @param {string} file
 * @returns {Seed}
 */
function loadSeed(file) {
  /** @type {Omit<Seed, 'projects' | 'apiKeys'> & { apiKeys?: Seed['apiKeys'], projects: (SeedProject | MakeProjectOptions)[] }} */
  const json = JSON.parse(readFileSync(file, 'utf8'))
  return {
    ...json,
    apiKeys: json.apiKeys ?? demoSeed().apiKeys,
    projects: json.projects.map((p) => ('tcases' in p ? p : makeProject(p)))
  }
}

/**
 * What a client needs: a key that may upload, and the first open run.
 * @param {Seed} seed
 */
function clientInfo(seed) {
  const apiKey = Object.entries(seed.apiKeys).find(
    ([, info]) => info.role === 'test_runner'
  )?.[0]
  const project = seed.projects.find((p) => !p.archived)
  const run = project?.runs.find((r) => !r.closed)
  return { apiKey, project: project?.code, run: run?.id }
}

const USAGE = `usage: node test-server/cli.mjs [--port N] [--seed file.json] [--state-file out.json] [--fast] [--rate-limit N]
Prints {"url","apiKey","project","run"} as one JSON line once listening; see the top of this file.`

function parseOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        seed: { type: 'string' },
        'state-file': { type: 'string' },
        fast: { type: 'boolean', default: false },
        'rate-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`)
    process.exit(2)
  }
}
const { values } = parseOptions()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`)
  process.exit(2)
}
const seed = values.seed ? loadSeed(values.seed) : demoSeed()
const rateLimit =
  values['rate-limit'] === undefined ? undefined : Number(values['rate-limit'])
if (
  rateLimit !== undefined &&
  !(Number.isInteger(rateLimit) && rateLimit > 0)
) {
  console.error(`Invalid --rate-limit: ${values['rate-limit']}`)
  process.exit(2)
}
const server = await startQaSphereServer({
  port,
  seed,
  fast: values.fast,
  rateLimit
})
process.stdout.write(
  JSON.stringify({ url: server.url, ...clientInfo(seed) }) + '\n'
)

let stopping = false
/** Saves the state (if asked) and exits 0. */
async function stop() {
  if (stopping) return
  stopping = true
  const stateFile = values['state-file']
  if (stateFile) {
    writeFileSync(stateFile, JSON.stringify(server.state, null, 2) + '\n')
  }
  await server.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
