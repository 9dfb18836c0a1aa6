/**
 * The attachments stage (src/attachments.ts) in process, against the QA
 * Sphere test server over real HTTP, with a real workspace on disk whose
 * files change while the stage runs: the file read is the file checked.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { HttpClient } from '@actions/http-client'
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  MAX_FILES_PER_RESULT,
  MAX_LOOKUPS,
  skippedWarning,
  uploadAttachments
} from '../src/attachments.js'
import { MarkerFinder } from '../src/markers.js'
import { QaSphereClient } from '../src/qasphere/client.js'
import { parseJUnit } from '../src/reports/junit.js'
import { MarkerGroups, type PlannedResult } from '../src/results/plan.js'
import {
  DEMO_KEYS,
  demoSeed,
  startQaSphereServer,
  type QaSphereServer
} from '../test-server/qasphere-server.mjs'

let server: QaSphereServer
let http: HttpClient
let workspace: string
let outside: string

beforeAll(async () => {
  server = await startQaSphereServer({ seed: demoSeed() })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
  http = new HttpClient('attachments-test', [], { keepAlive: true })
  workspace = mkdtempSync(path.join(os.tmpdir(), 'qas-att-ws-'))
  outside = mkdtempSync(path.join(os.tmpdir(), 'qas-att-out-'))
  writeFileSync(path.join(outside, 'secret.txt'), 'OUTSIDE-SECRET')
})
afterEach(() => {
  http.dispose()
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

function client(): QaSphereClient {
  return new QaSphereClient(server.url, DEMO_KEYS.runner, http, {
    retries: 0,
    requestsPerSecond: 1000
  })
}

function place(relative: string, content: string | Buffer): void {
  const file = path.join(workspace, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/** Planned results, each marker's test naming its paths with [[ATTACHMENT|…]] (report at the workspace's root). */
async function resultsNaming(
  pathsByMarker: Record<string, string[]>
): Promise<PlannedResult[]> {
  const testcases = Object.entries(pathsByMarker).map(([marker, paths]) => {
    const lines = paths.map((p) => `[[ATTACHMENT|${p}]]`).join('\n')
    return `<testcase name="${marker} a"><system-out><![CDATA[${lines}]]></system-out></testcase>`
  })
  const report = parseJUnit(
    `<testsuite name="s">${testcases.join('')}</testsuite>`,
    'junit.xml'
  )
  if (report.kind !== 'junit') throw new Error('not junit')
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(report.testCases)
  const tcases = await client().listRunTestCases('BD', 42)
  return groups.plan(new Map(tcases.map((t) => [t.seq, t.id])), {}).results
}

/** Planned results of a report written out (at the workspace's root). */
async function planned(xml: string): Promise<PlannedResult[]> {
  const report = parseJUnit(xml, 'junit.xml')
  if (report.kind !== 'junit') throw new Error('not junit')
  const groups = new MarkerGroups(new MarkerFinder('BD'))
  groups.add(report.testCases)
  const tcases = await client().listRunTestCases('BD', 42)
  return groups.plan(new Map(tcases.map((t) => [t.seq, t.id])), {}).results
}

async function resultNaming(paths: string[]): Promise<PlannedResult> {
  const [result] = await resultsNaming({ 'BD-1': paths })
  return result
}

const uploaded = (): string[] =>
  server.state.files.map((f) => f.content.toString('utf8'))

/** Holds the first file upload for `ms`, so that files can change before the next batch is read. */
function slowFirstUpload(ms: number): void {
  server.faults.add({
    method: 'POST',
    pathIncludes: '/file/batch',
    delayMs: ms
  })
}

/** BD-1 names 100 files, the first request; BD-2 names `later`, read after it. */
function firstBatchThen(later: string[]): Record<string, string[]> {
  for (let i = 0; i < 100; i++) place(`shots/${i}.txt`, `shot ${i}`)
  return {
    'BD-1': Array.from({ length: 100 }, (_, i) => `shots/${i}.txt`),
    'BD-2': later
  }
}

describe('uploadAttachments', () => {
  it('reads the file it checked: a folder swapped for a link out of the workspace meanwhile is not followed', async () => {
    place('d/secret.txt', 'checked')
    const results = await resultsNaming(firstBatchThen(['d/secret.txt']))
    slowFirstUpload(1000)
    const upload = uploadAttachments(client(), results, workspace)
    await new Promise((resolve) => setTimeout(resolve, 300))
    renameSync(path.join(workspace, 'd'), path.join(workspace, 'd-old'))
    symlinkSync(outside, path.join(workspace, 'd'))
    const outcome = await upload
    expect(uploaded()).not.toContain('OUTSIDE-SECRET')
    expect(outcome.uploaded).toBe(100)
    expect(outcome.skipped).toEqual([
      'secret.txt: replaced since it was found, not read'
    ])
    expect(results[0].attachments).toHaveLength(100)
    expect(results[1].attachments).toBeUndefined()
  })

  it('never waits on a FIFO put in place of a file, and reads no more than the size it checked', async () => {
    place('fifo.txt', 'a file at first')
    place('grows.txt', '12345')
    const results = await resultsNaming(
      firstBatchThen(['fifo.txt', 'grows.txt'])
    )
    slowFirstUpload(1000)
    const upload = uploadAttachments(client(), results, workspace)
    await new Promise((resolve) => setTimeout(resolve, 300))
    unlinkSync(path.join(workspace, 'fifo.txt'))
    execFileSync('mkfifo', [path.join(workspace, 'fifo.txt')])
    appendFileSync(path.join(workspace, 'grows.txt'), 'x'.repeat(1000))
    const outcome = await upload
    expect(outcome.skipped).toEqual([
      'fifo.txt: replaced since it was found, not read'
    ])
    expect(uploaded()).toContain('12345')
    expect(uploaded().some((c) => c.includes('x'))).toBe(false)
  })

  it('says the same of every path outside the workspace, whether or not it exists, and reads a name that starts with ..', async () => {
    place('..x.png', 'dots')
    symlinkSync(
      path.join(outside, 'secret.txt'),
      path.join(workspace, 'link-exists.txt')
    )
    symlinkSync(
      path.join(outside, 'nothing.txt'),
      path.join(workspace, 'link-missing.txt')
    )
    const result = await resultNaming([
      path.join(outside, 'secret.txt'),
      path.join(outside, 'nothing.txt'),
      'link-exists.txt',
      'link-missing.txt',
      '..x.png'
    ])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.skipped.map((s) => s.replace(/^.* \(/, '('))).toEqual([
      '(junit.xml): not a file in the workspace',
      '(junit.xml): not a file in the workspace',
      '(junit.xml): not a file in the workspace',
      '(junit.xml): not a file in the workspace'
    ])
    expect(uploaded()).toEqual(['dots'])
  })

  it('never uploads a file of a .git folder, where checkouts keep the job token, however it is named', async () => {
    place('.git/config', 'extraheader = AUTHORIZATION: basic SECRET')
    place('sub/.GIT/config', 'SECRET TOO')
    place('shots/a.png', 'shot')
    symlinkSync(
      path.join(workspace, '.git', 'config'),
      path.join(workspace, 'innocent.txt')
    )
    const result = await resultNaming([
      '.git/config',
      './sub/../.git/config',
      'sub/.GIT/config',
      'innocent.txt',
      'shots/a.png'
    ])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.skipped).toHaveLength(4)
    for (const skipped of outcome.skipped)
      expect(skipped).toContain('in a .git folder')
    expect(uploaded()).toEqual(['shot'])
  })

  it('never uploads the credential files actions and tools leave in the workspace, by their names', async () => {
    const credentials = [
      // google-github-actions/auth writes the cloud credentials beside the checkout.
      'gha-creds-4a1b2c3d4e5f6a7b.json',
      '.env',
      'app/.env.production',
      '.npmrc',
      '.netrc',
      '.git-credentials',
      '.pypirc',
      '.docker/config.json',
      'keys/id_rsa',
      'keys/id_ed25519'
    ]
    for (const name of credentials) place(name, 'SECRET')
    symlinkSync(
      path.join(workspace, '.env'),
      path.join(workspace, 'screenshot.png')
    )
    place('shots/a.png', 'shot')
    place('env.png', 'an image named env')
    place('keys/id_rsa.pub', 'public key')
    place('config.json', 'not docker')
    const result = await resultNaming([
      ...credentials,
      'screenshot.png',
      'shots/a.png',
      'env.png',
      'keys/id_rsa.pub',
      'config.json'
    ])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.skipped).toHaveLength(credentials.length + 1)
    for (const skipped of outcome.skipped)
      expect(skipped).toContain('credentials')
    expect(uploaded().sort()).toEqual([
      'an image named env',
      'not docker',
      'public key',
      'shot'
    ])
  })

  it('never uploads a file that holds the API key or the github-token, and lists the others', async () => {
    const secrets = {
      'api-key': DEMO_KEYS.runner,
      'github-token': 'ghs_0123456789abcdefghij'
    }
    place('logs/env.txt', `PATH=/usr/bin\nQAS_KEY=${DEMO_KEYS.runner}\n`)
    place(
      'logs/env-windows.txt',
      Buffer.from(`GITHUB_TOKEN=${secrets['github-token']}`, 'utf16le')
    )
    place('shots/a.png', Buffer.from([0x50, 0x4e, 0x47, 0, 1, 2]))
    place('logs/clean.txt', 'nothing secret')
    const result = await resultNaming([
      'logs/env.txt',
      'logs/env-windows.txt',
      'shots/a.png',
      'logs/clean.txt'
    ])
    const outcome = await uploadAttachments(
      client(),
      [result],
      workspace,
      secrets
    )
    expect(outcome.skipped).toEqual([
      'env.txt: holds the api-key (a test may log its environment), never uploaded',
      'env-windows.txt: holds the github-token (a test may log its environment), never uploaded'
    ])
    expect(outcome.uploaded).toBe(2)
    expect(uploaded().sort()).toEqual(['PNG\x00\x01\x02', 'nothing secret'])
    expect(result.attachments?.map((a) => a.name)).toEqual([
      'a.png',
      'clean.txt'
    ])
  })

  it("reads a Windows leg's path with backslashes on Linux, when no file has the name as written", async () => {
    place('shots/a.png', 'slashed')
    place('shots\\b.png', 'a name with a backslash')
    place('shots/b.png', 'not this one')
    const result = await resultNaming(['shots\\a.png', 'shots\\b.png'])
    await uploadAttachments(client(), [result], workspace)
    expect(uploaded().sort()).toEqual(['a name with a backslash', 'slashed'])
  })

  it(`lists at most ${MAX_FILES_PER_RESULT} files in one result, and uploads no more`, async () => {
    const paths = Array.from({ length: MAX_FILES_PER_RESULT + 5 }, (_, i) => {
      place(`many/${i}.txt`, `${i}`)
      return `many/${i}.txt`
    })
    const result = await resultNaming(paths)
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.uploaded).toBe(MAX_FILES_PER_RESULT)
    expect(result.attachments).toHaveLength(MAX_FILES_PER_RESULT)
    expect(outcome.skipped).toEqual([
      `5 more files named by BD-1's tests, not looked for: at most ${MAX_FILES_PER_RESULT} are listed in a result`
    ])
  })

  it("counts the files past those the warning names, not the warning's lines (a line may stand for many files)", async () => {
    const paths = (marker: string) =>
      Array.from({ length: MAX_FILES_PER_RESULT + 10 }, (_, i) => {
        place(`${marker}/${i}.txt`, `${marker} ${i}`)
        return `${marker}/${i}.txt`
      })
    const results = await resultsNaming({
      'BD-1': paths('BD-1'),
      'BD-2': paths('BD-2')
    })
    const outcome = await uploadAttachments(client(), results, workspace)
    expect(outcome.skippedCount).toBe(20)
    expect(skippedWarning(outcome, 10)).toBe(
      `20 attachment files named in the reports were not uploaded: 10 more files named by BD-1's tests, not looked for: at most ${MAX_FILES_PER_RESULT} are listed in a result; 10 more files named by BD-2's tests, not looked for: at most ${MAX_FILES_PER_RESULT} are listed in a result`
    )
    expect(skippedWarning(outcome, 1)).toMatch(
      /^20 attachment files .* BD-1's tests, not looked for: at most \d+ are listed in a result and 10 more$/
    )
    expect(
      skippedWarning(
        { uploaded: 0, skipped: [], skippedCount: 0, skippedFiles: [] },
        10
      )
    ).toBeUndefined()
  })

  it('sends at most 50 MiB a request (one must go within 2 minutes on a slow uplink): files of 30, 30 and 15 MiB go in two', async () => {
    const mib = 1024 * 1024
    place('a.bin', Buffer.alloc(30 * mib, 0x61))
    place('b.bin', Buffer.alloc(30 * mib, 0x62))
    place('c.bin', Buffer.alloc(15 * mib, 0x63))
    const result = await resultNaming(['a.bin', 'b.bin', 'c.bin'])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome).toEqual({
      uploaded: 3,
      skipped: [],
      skippedCount: 0,
      skippedFiles: []
    })
    const sizes = server.requests
      .filter((r) => r.path.endsWith('/file/batch'))
      .map((r) => Math.round(r.bodyBytes / mib))
    expect(sizes).toEqual([30, 45])
  })

  it('looks for at most 200 paths a result, found or not, and names the first 100 problems', async () => {
    const result = await resultNaming(
      Array.from({ length: 500 }, (_, i) => `missing-${i}.png`)
    )
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.skippedCount).toBe(500)
    expect(outcome.skipped).toHaveLength(100)
    expect(outcome.skipped[0]).toBe(
      'missing-0.png (junit.xml): not a file in the workspace'
    )
    expect(
      server.requests.filter((r) => r.path.endsWith('/file/batch'))
    ).toEqual([])
  })

  it("counts a path the result's tests name again once: repeats use up none of its limits and are not warned about", async () => {
    place('same.txt', 'same')
    place('other.txt', 'other')
    const repeats = Array.from(
      { length: 2 * MAX_FILES_PER_RESULT + 1 },
      (_, i) =>
        `<testcase name="BD-1 case ${i}"><system-out>[[ATTACHMENT|same.txt]]</system-out></testcase>`
    )
    const [result] = await planned(
      `<testsuite name="s">${repeats.join('')}<testcase name="BD-1 last"><system-out>[[ATTACHMENT|other.txt]]</system-out></testcase></testsuite>`
    )
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome).toEqual({
      uploaded: 2,
      skipped: [],
      skippedCount: 0,
      skippedFiles: []
    })
    expect(result.attachments?.map((a) => a.name).sort()).toEqual([
      'other.txt',
      'same.txt'
    ])
  })

  it(`lists ${MAX_FILES_PER_RESULT} files named by two tests of one test case without a warning`, async () => {
    const paths = Array.from({ length: MAX_FILES_PER_RESULT }, (_, i) => {
      place(`shots/${i}.txt`, `${i}`)
      return `[[ATTACHMENT|shots/${i}.txt]]`
    }).join('\n')
    const [result] = await planned(
      `<testsuite name="s"><testcase name="BD-1 one"><system-out>${paths}</system-out></testcase><testcase name="BD-1 two"><system-out>${paths}</system-out></testcase></testsuite>`
    )
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome).toEqual({
      uploaded: MAX_FILES_PER_RESULT,
      skipped: [],
      skippedCount: 0,
      skippedFiles: []
    })
    expect(result.attachments).toHaveLength(MAX_FILES_PER_RESULT)
  })

  it(`looks for at most ${MAX_LOOKUPS.toLocaleString('en')} paths an upload, says so first, and still lists a file found before`, async () => {
    place('ok.txt', 'ok')
    const results: PlannedResult[] = []
    const result = (marker: string, paths: string[]): PlannedResult => {
      const made = {
        marker,
        testCases: [{ reportFile: 'junit.xml', attachments: paths }]
      } as unknown as PlannedResult
      results.push(made)
      return made
    }
    result('BD-0', ['ok.txt'])
    const perResult = MAX_FILES_PER_RESULT * 2
    for (let r = 1; r <= MAX_LOOKUPS / perResult; r++) {
      result(
        `BD-${r}`,
        Array.from({ length: perResult }, (_, i) => `missing-${r}-${i}`)
      )
    }
    const beyond = result('BD-X', ['missing-x', 'ok.txt', 'missing-y'])
    const outcome = await uploadAttachments(client(), results, workspace)
    expect(beyond.attachments?.map((a) => a.name)).toEqual(['ok.txt'])
    // ok.txt and 9,999 missing paths looked for; the last of BD-50's and BD-X's two not.
    expect(outcome.skippedCount).toBe(MAX_LOOKUPS - 1 + 3)
    expect(outcome.skipped[0]).toBe(
      `3 more files named by tests, not looked for: at most ${MAX_LOOKUPS.toLocaleString('en')} paths are looked for in one upload`
    )
  })

  it('sends file names without bidirectional overrides or control characters', async () => {
    place('shots/\u202egnp.exe', 'a')
    place('shots/\u0007\u001b', 'b')
    const result = await resultNaming([
      'shots/\u202egnp.exe',
      'shots/\u0007\u001b'
    ])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(outcome.uploaded).toBe(2)
    expect(server.state.files.map((f) => f.name)).toEqual(['gnp.exe', 'file'])
    expect(result.attachments?.map((a) => a.name)).toEqual(['gnp.exe', 'file'])
  })

  it('never uploads a hard link: the file it shares may be outside the workspace', async () => {
    execFileSync('ln', [
      path.join(outside, 'secret.txt'),
      path.join(workspace, 'linked.txt')
    ])
    place('plain.txt', 'plain')
    const result = await resultNaming(['linked.txt', 'plain.txt'])
    const outcome = await uploadAttachments(client(), [result], workspace)
    expect(uploaded()).toEqual(['plain'])
    expect(outcome.skipped).toEqual([
      'linked.txt (junit.xml): a hard link, not read (the file it shares may be outside the workspace)'
    ])
  })
})
