// Runs the bundled action for real against the project's QA Sphere test
// server on loopback, on sample reports from real test tools, and shows what
// was posted.  Usage: npm run demo
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEMO_KEYS,
  demoSeed,
  startQaSphereServer
} from '../test-server/qasphere-server.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = path.join(root, 'dist', 'index.js')
if (!existsSync(bundle)) {
  console.error('dist/index.js is missing: run `npm run bundle` first')
  process.exit(1)
}

const samples = {
  'python/junit.xml': '__fixtures__/reports/pytest/pytest-xunit1.xml',
  'web/junit.xml': '__fixtures__/reports/jest/jest-junit.xml',
  'e2e/test-results/junit.xml':
    '__fixtures__/reports/playwright/playwright-junit.xml'
}

const home = mkdtempSync(path.join(os.tmpdir(), 'qasphere-demo-'))
const workspace = path.join(home, 'workspace')
for (const [target, source] of Object.entries(samples)) {
  mkdirSync(path.dirname(path.join(workspace, target)), { recursive: true })
  copyFileSync(path.join(root, source), path.join(workspace, target))
}
// Playwright names the files it wrote for failed tests (their error
// context); the demo writes them where the report says, for attachments: true.
const playwrightReport = path.join(workspace, 'e2e/test-results/junit.xml')
for (const [, written] of readFileSync(playwrightReport, 'utf8').matchAll(
  /\[\[ATTACHMENT\|([^\]\n]+)\]\]/g
)) {
  const file = path.join(path.dirname(playwrightReport), written)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `# Error context\n\n${written}, written by the demo\n`)
}
const files = {
  output: path.join(home, 'github-output'),
  summary: path.join(home, 'step-summary.html'),
  event: path.join(home, 'event.json')
}
writeFileSync(files.output, '')
writeFileSync(files.summary, '')
writeFileSync(files.event, '{}')

// With QA Sphere's limit of 20 requests a second: the action paces under it.
const server = await startQaSphereServer({ seed: demoSeed(), rateLimit: 20 })
console.log(
  `QA Sphere test server: ${server.url} (project BD, run 42 holds BD-1..BD-15)`
)
console.log(
  `Reports: ${Object.entries(samples)
    .map(([t, s]) => `${t} (from ${s})`)
    .join(', ')}\n`
)
console.log('--- the action ------------------------------------------------')

const exitCode = await new Promise((resolve) => {
  const child = spawn(process.execPath, [bundle], {
    cwd: workspace,
    stdio: 'inherit',
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '1001',
      GITHUB_WORKFLOW: 'Demo',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      INPUT_URL: server.url,
      'INPUT_API-KEY': DEMO_KEYS.runner,
      INPUT_PROJECT: 'BD',
      INPUT_RUN: '42',
      INPUT_REPORTS: '**/junit*.xml',
      INPUT_ATTACHMENTS: 'true'
    }
  })
  child.on('close', (code) => resolve(code))
})

console.log('--- what QA Sphere stored --------------------------------------')
const stored = server.resultsFor('BD', 42)
const seqOf = new Map(server.state.projects[0].tcases.map((t) => [t.id, t.seq]))
for (const result of stored) {
  const time = result.timeTaken === null ? '' : `${result.timeTaken} ms`
  console.log(
    `#${result.id}  BD-${seqOf.get(result.tcaseId)}`.padEnd(12) +
      result.status.padEnd(9) +
      time
  )
}
const failed = stored.find((r) => r.status === 'failed')
if (failed) {
  console.log(
    `\nComment of result #${failed.id} (HTML, first 1200 characters):\n${failed.comment.slice(0, 1200)}\n`
  )
}

const attached = stored.find((r) => r.comment.includes('<h4>Attachments:'))
console.log(`Files uploaded (attachments: true): ${server.state.files.length}`)
if (attached) {
  const list = attached.comment.slice(
    attached.comment.indexOf('<h4>Attachments:')
  )
  console.log(
    `Files listed in result #${attached.id} (BD-${seqOf.get(attached.tcaseId)}): ${list.slice(0, list.indexOf('</ul>') + 5)}\n`
  )
}

console.log('--- outputs ----------------------------------------------------')
const outputText = readFileSync(files.output, 'utf8')
// The action writes every output early (so that later steps can parse them
// even after a failure) and again at the end; as on a runner, the last wins.
const outputs = new Map()
for (const match of outputText.matchAll(
  /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
)) {
  outputs.set(match[1], match[3])
}
for (const [name, text] of outputs) {
  const value = text.length > 160 ? `${text.slice(0, 160)}…` : text
  console.log(`${name} = ${value}`)
}
const summaryCopy = path.join(os.tmpdir(), 'qasphere-demo-summary.html')
copyFileSync(files.summary, summaryCopy)
console.log(`\nJob summary (HTML as GitHub renders it): ${summaryCopy}`)
console.log(`Action exit code: ${exitCode}`)

await server.close()
rmSync(home, { recursive: true, force: true })
process.exit(exitCode === 0 ? 0 : 1)
