// The benchmark: generates JUnit reports (10% failing with multi-line stack
// traces), runs the bundled action (`node dist/index.js`) against the QA
// Sphere test server in fast mode, and prints per size: wall time, peak
// memory of the action's process (the OS's figure), requests made, the
// ratio to a floor measured in the same run (reading the files and
// serializing the same payloads), and what fast-xml-parser alone takes on
// the same reports in a fresh process (bench-parser.mjs).
//
//   npm run bench                       sizes 3, 1000, 20000, 100000, 100000 in 100 files and in one suite; 3 runs each (median)
//   npm run bench -- --sizes 1000 --runs 1
//   npm run bench -- --node /path/to/node24/bin/node   (the runs measured use that node)
//   npm run bench -- --batch-size 500 --rate-limit 10000  (the action's inputs; these are the defaults)
//   npm run bench -- --help
// A size NxF is N testcases split over F report files (memory must stay
// flat); NsS puts S testcases in a suite (100 by default; pytest writes one
// suite for all).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = path.join(root, 'bench', 'out')
const { values } = parseArgs({
  options: {
    sizes: {
      type: 'string',
      default: '3,1000,20000,100000,100000x100,100000s100000'
    },
    runs: { type: 'string', default: '3' },
    'batch-size': { type: 'string', default: '500' },
    'rate-limit': { type: 'string', default: '10000' },
    node: { type: 'string', default: process.execPath },
    help: { type: 'boolean', short: 'h', default: false }
  }
})
if (values.help) {
  // The usage is this file's opening comment.
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8')
  console.log(
    header
      .slice(0, header.indexOf('\nimport '))
      .replace(/^\/\/ ?/gm, '')
      .trim()
  )
  process.exit(0)
}
const cases = values.sizes.split(',').map((spec) => {
  const match = /^(\d+)(?:x(\d+))?(?:s(\d+))?$/.exec(spec)
  if (!match) throw new Error(`--sizes: ${spec} is not N, NxF or NsS`)
  const [, size, files = '1', perSuite = '100'] = match
  return {
    spec,
    size: Number(size),
    files: Number(files),
    perSuite: Number(perSuite)
  }
})
const sizes = cases.map((c) => c.size)
const runs = Number(values.runs)
const batchSize = values['batch-size']

/**
 * A report of `n` testcases in suites of `perSuite`, markers from `first` on;
 * every 10th fails with a stack trace.
 */
function report(n, first = 1, perSuite = 100) {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n'
  ]
  for (let s = 0; s * perSuite < n; s++) {
    const count = Math.min(perSuite, n - s * perSuite)
    const suite = Math.floor((first - 1) / perSuite) + s
    parts.push(
      `  <testsuite name="checkout/suite-${suite}.test.ts" tests="${count}" time="1.234">\n`
    )
    for (let i = 0; i < count; i++) {
      const seq = first + s * perSuite + i
      const name = `BD-${seq} checkout step ${seq} works`
      const attrs = `name="${name}" classname="checkout.Suite${suite}" time="0.0${(seq % 90) + 10}"`
      if (seq % 10 === 0) {
        parts.push(
          `    <testcase ${attrs}>\n      <failure message="expect(received).toBe(expected) // Object.is equality" type="AssertionError">` +
            `AssertionError: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${seq}\nReceived: ${seq + 1}\n` +
            `    at Object.&lt;anonymous&gt; (src/checkout/suite-${suite}.test.ts:${i + 10}:21)\n` +
            `    at Promise.then.completed (node_modules/jest-circus/build/utils.js:298:28)\n` +
            `    at callAsyncCircusFn (node_modules/jest-circus/build/utils.js:231:10)</failure>\n    </testcase>\n`
        )
      } else {
        parts.push(`    <testcase ${attrs}/>\n`)
      }
    }
    parts.push('  </testsuite>\n')
  }
  parts.push('</testsuites>\n')
  return parts.join('')
}

function spawnTimed(args, env, stdio = ['ignore', 'pipe', 'pipe']) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(values.node, args, { env, stdio })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (d) => (stdout += d))
    child.stderr?.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      resolve({ code, ms, stdout, stderr })
    })
  })
}

async function startServer(seedFile) {
  const child = spawn(
    process.execPath,
    [
      // Lets reset() collect the old state before a timed run starts.
      '--expose-gc',
      path.join(root, 'test-server/cli.mjs'),
      '--fast',
      '--seed',
      seedFile
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  const line = await new Promise((resolve, reject) => {
    let text = ''
    child.stdout.on('data', (d) => {
      text += d
      if (text.includes('\n')) resolve(text.split('\n')[0])
    })
    child.on('exit', () => reject(new Error('test server exited')))
  })
  return { child, info: JSON.parse(line) }
}

const median = (list) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const maxSize = Math.max(...sizes)
const seedFile = path.join(out, 'seed.json')
// One run per size, holding that many test cases: the listing grows with it.
const seedRuns = sizes.map((size, i) => ({
  id: i + 1,
  tcaseSeqs: Array.from({ length: size }, (_, k) => k + 1)
}))
writeFileSync(
  seedFile,
  JSON.stringify({
    projects: [{ code: 'BD', tcaseCount: maxSize, runs: seedRuns }]
  })
)
const { child: server, info } = await startServer(seedFile)
const api = (route, init) =>
  fetch(`${info.url}/__test__/${route}`, init).then((r) => r.json())

const rows = []
try {
  for (const [sizeIndex, { spec, size, files, perSuite }] of cases.entries()) {
    const workspace = path.join(out, `ws-${spec}`)
    mkdirSync(workspace, { recursive: true })
    const reportFiles = []
    let reportBytes = 0
    const perFile = Math.ceil(size / files)
    for (let first = 1; first <= size; first += perFile) {
      const reportFile = path.join(workspace, `junit-${reportFiles.length}.xml`)
      writeFileSync(
        reportFile,
        report(Math.min(perFile, size - first + 1), first, perSuite)
      )
      reportBytes += readFileSync(reportFile).length
      reportFiles.push(reportFile)
    }
    const reportMiB = reportBytes / 1024 / 1024
    // The server builds a run's listing once; that is not the action's time.
    await fetch(
      `${info.url}/api/public/v0/project/BD/run/${sizeIndex + 1}/tcase`,
      { headers: { authorization: `ApiKey ${info.apiKey}` } }
    ).then((r) => r.arrayBuffer())
    const walls = []
    const rss = []
    let stats
    for (let r = 0; r < runs; r++) {
      await api('reset', { method: 'POST' })
      const rssFile = path.join(out, `rss-${spec}-${r}`)
      const env = {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: path.join(out, 'output'),
        GITHUB_STEP_SUMMARY: path.join(out, 'summary'),
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '1',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        BENCH_RSS_FILE: rssFile,
        INPUT_URL: info.url,
        'INPUT_API-KEY': info.apiKey,
        INPUT_PROJECT: 'BD',
        INPUT_RUN: String(sizeIndex + 1),
        INPUT_REPORTS: 'junit-*.xml',
        'INPUT_BATCH-SIZE': batchSize,
        // The client's own speed: QA Sphere's 20 requests/s would make 200
        // batches take 10 s whatever the client does (see README).
        'INPUT_RATE-LIMIT': values['rate-limit']
      }
      writeFileSync(env.GITHUB_OUTPUT, '')
      writeFileSync(env.GITHUB_STEP_SUMMARY, '')
      const result = await spawnTimed(
        [
          '--require',
          path.join(root, 'scripts/bench-rss.cjs'),
          path.join(root, 'dist/index.js')
        ],
        env
      )
      if (result.code !== 0) {
        throw new Error(
          `the action failed on ${spec} testcases:\n${result.stdout.slice(-2000)}${result.stderr}`
        )
      }
      walls.push(result.ms)
      rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024)
      stats = await api('stats')
      // A run that posted less (markers not found, a batch dropped) would
      // measure less than it claims: one listing and one request per batch.
      const batches = Math.ceil(size / Number(batchSize))
      if (stats.get !== 1 || stats.post !== batches) {
        throw new Error(
          `the action made ${stats.get} GET + ${stats.post} POST requests on ${spec} testcases, not 1 GET + ${batches} POST`
        )
      }
    }
    const floor = []
    for (let r = 0; r < runs; r++) {
      const result = await spawnTimed(
        [
          path.join(root, 'scripts/bench-floor.mjs'),
          String(size),
          String(stats.postBytes),
          batchSize,
          ...reportFiles
        ],
        { PATH: process.env.PATH }
      )
      if (result.code !== 0) throw new Error(result.stderr)
      floor.push(result.ms)
    }
    const parserAlone = []
    for (let r = 0; r < runs; r++) {
      const result = await spawnTimed(
        [path.join(root, 'scripts/bench-parser.mjs'), ...reportFiles],
        { PATH: process.env.PATH }
      )
      if (result.code !== 0) throw new Error(result.stderr)
      parserAlone.push(result.ms)
    }
    rows.push({
      size,
      perSuite,
      files,
      reportMiB,
      wall: median(walls),
      rss: median(rss),
      // A peak varies with when V8 collects: the most of the runs, too.
      rssMax: Math.max(...rss),
      requests: `${stats.get} GET + ${stats.post} POST`,
      floor: median(floor),
      parserAlone: median(parserAlone)
    })
  }
} finally {
  server.kill('SIGTERM')
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const nodeVersion = spawnSync(values.node, ['--version'], {
  encoding: 'utf8'
}).stdout.trim()
console.log(
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, node ${nodeVersion}, ${os.platform()} ${os.release()}`
)
console.log(
  `Median of ${runs} run(s); batch-size ${batchSize}; rate-limit ${values['rate-limit']}/s; server: test-server --fast on loopback\n`
)
console.log(
  '| testcases | report | wall | peak RSS | requests | floor | ratio | parser alone |'
)
console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |')
for (const r of rows) {
  console.log(
    `| ${r.size.toLocaleString('en')}${r.files > 1 ? ` in ${r.files} files` : ''}${r.perSuite >= r.size && r.size > 100 ? ' in one suite' : ''} | ${r.reportMiB.toFixed(1)} MiB | ${(r.wall / 1000).toFixed(2)} s | ${Math.round(r.rss)} MiB${runs > 1 ? ` (max ${Math.round(r.rssMax)})` : ''} | ${r.requests} | ${(r.floor / 1000).toFixed(2)} s | ${(r.wall / r.floor).toFixed(1)}× | ${(r.parserAlone / 1000).toFixed(2)} s |`
  )
}
