/**
 * Input `attachments`, end to end through dist/index.js: the files a real
 * Playwright report names with `[[ATTACHMENT|path]]` are uploaded to the
 * test server (multipart, as QA Sphere takes them) and listed in their
 * results' comments; nothing outside the workspace is ever read.
 */
import { describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { decodeReport } from '../src/reports/decode.js'
import { parseJUnit } from '../src/reports/junit.js'
import { DEMO_KEYS } from '../test-server/qasphere-server.mjs'
import { useTestServer } from './helpers/test-server.js'

const PLAYWRIGHT = '__fixtures__/reports/playwright/playwright-junit.xml'

const ctx = useTestServer()

/** BD-1's test names one file, a.txt, which is there. */
const ONE_FILE = {
  'junit.xml': {
    content:
      '<testsuite name="s"><testcase name="BD-1 a"><system-out>[[ATTACHMENT|a.txt]]</system-out></testcase></testsuite>'
  },
  'a.txt': { content: 'a' }
}

interface StoredFile {
  id: string
  name: string
  content: string
}

async function storedFiles(): Promise<StoredFile[]> {
  const answer = await fetch(`${ctx.server.url}/__test__/files`)
  const { files } = (await answer.json()) as { files: StoredFile[] }
  return files.map((f) => ({
    ...f,
    content: Buffer.from(f.content, 'base64').toString('utf8')
  }))
}

/** Marker → the attachment paths its tests name in the Playwright fixture. */
function attachmentsByMarker(): Map<string, string[]> {
  const report = parseJUnit(
    decodeReport(readFileSync(new URL(`../${PLAYWRIGHT}`, import.meta.url))),
    'out/junit.xml'
  )
  if (report.kind !== 'junit') throw new Error('not junit')
  const byMarker = new Map<string, string[]>()
  for (const t of report.testCases) {
    const marker = /BD-\d+/.exec(t.name)?.[0]
    if (marker && t.attachments.length > 0)
      byMarker.set(marker, [...(byMarker.get(marker) ?? []), ...t.attachments])
  }
  return byMarker
}

function commentOf(marker: string): string {
  const seq = Number(marker.slice(3))
  const tcase = ctx.server.state.projects[0].tcases.find((t) => t.seq === seq)
  const result = ctx.server
    .resultsFor('BD', 42)
    .find((r) => r.tcaseId === tcase?.id)
  if (!result) throw new Error(`no result for ${marker}`)
  return result.comment
}

describe('attachments', () => {
  it("uploads the files a Playwright report names, once each, and lists them in their results' comments", async () => {
    const expected = attachmentsByMarker()
    // Playwright's BD-14 failed twice: a file per attempt.
    expect(expected.get('BD-14')).toHaveLength(2)
    const files: Record<string, { fixture: string } | { content: string }> = {
      'out/junit.xml': { fixture: PLAYWRIGHT }
    }
    // The files the tests wrote, relative to the report's folder.
    for (const paths of expected.values())
      for (const written of paths)
        files[path.posix.join('out', written)] = { content: `file ${written}` }

    const result = await action({ files })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('::warning')

    const stored = await storedFiles()
    const allPaths = [...new Set([...expected.values()].flat())]
    expect(stored.map((f) => f.content).sort()).toEqual(
      allPaths.map((p) => `file ${p}`).sort()
    )
    expect(stored.every((f) => f.name === 'error-context.md')).toBe(true)
    for (const [marker, paths] of expected) {
      const comment = commentOf(marker)
      expect(comment).toContain('<h4>Attachments:</h4>')
      const urls = [
        ...comment.matchAll(/<li><a href="([^"]+)">error-context\.md<\/a>/g)
      ].map((m) => m[1])
      expect(urls).toHaveLength(paths.length)
      // Each link serves the file its test named.
      const contents = await Promise.all(
        urls.map((url) => fetch(url).then((r) => r.text()))
      )
      expect(contents.sort()).toEqual(paths.map((p) => `file ${p}`).sort())
    }
    // A result without files lists none.
    expect(commentOf('BD-1')).not.toContain('Attachments')
  })

  it('uploads nothing unless asked', async () => {
    const result = await ctx.action({
      files: {
        'out/junit.xml': { fixture: PLAYWRIGHT },
        'out/test-results/shop--BD-2-cart-total-is-wrong-api/error-context.md':
          { content: 'x' }
      },
      inputs: {}
    })
    expect(result.exitCode).toBe(0)
    expect(await storedFiles()).toEqual([])
    expect(ctx.server.requests.filter((r) => r.path.includes('/file'))).toEqual(
      []
    )
    expect(commentOf('BD-2')).not.toContain('Attachments')
  })

  it('never reads a file outside the workspace: ../, absolute paths and symbolic links are refused with a warning, and the results are posted', async () => {
    const outside = path.join(os.tmpdir(), `qas-secret-${process.pid}.txt`)
    writeFileSync(outside, 'PRIVATE-CONTENT-7f3a')
    const lines = [
      '../../../../../../etc/passwd',
      outside,
      'link-out.txt',
      '/proc/self/environ',
      'folder',
      'missing.png',
      'ok.txt'
    ]
      .map((p) => `[[ATTACHMENT|${p}]]`)
      .join('\n')
    let result: Awaited<ReturnType<typeof action>>
    try {
      result = await action({
        files: {
          'junit.xml': {
            content: `<testsuite name="s"><testcase name="BD-1 a"><system-out>${lines}</system-out></testcase></testsuite>`
          },
          'ok.txt': { content: 'fine' }
        },
        prepare: (workspace) => {
          symlinkSync(outside, path.join(workspace, 'link-out.txt'))
          mkdirSync(path.join(workspace, 'folder'))
        }
      })
    } finally {
      rmSync(outside, { force: true })
    }
    expect(result.exitCode).toBe(0)
    expect((await storedFiles()).map((f) => f.content)).toEqual(['fine'])
    const warning = result.stdout
      .split('\n')
      .find((l) => l.startsWith('::warning::6 attachment files'))
    expect(warning).toBeDefined()
    // The same words whether a path exists or not: the log tells nothing of the runner's files.
    for (const named of [
      '../../../../../../etc/passwd',
      outside,
      'link-out.txt',
      '/proc/self/environ',
      'missing.png'
    ])
      expect(warning).toContain(
        `${named} (junit.xml): not a file in the workspace`
      )
    expect(warning).toContain('folder (junit.xml): not a file;')
    expect(result.stdout).not.toContain('PRIVATE-CONTENT-7f3a')
    expect(commentOf('BD-1')).toMatch(
      /<h4>Attachments:<\/h4><ul><li><a href="[^"]+">ok\.txt<\/a><\/li><\/ul>/
    )
  })

  it('never uploads a file that holds the API key (a test that logged its environment), with a warning that does not show it', async () => {
    const result = await action({
      files: {
        'junit.xml': {
          content:
            '<testsuite name="s"><testcase name="BD-1 a"><system-out>[[ATTACHMENT|env.log]]\n[[ATTACHMENT|ok.txt]]</system-out></testcase></testsuite>'
        },
        'env.log': {
          content: `HOME=/home/runner\nQAS_KEY=${DEMO_KEYS.runner}\n`
        },
        'ok.txt': { content: 'fine' }
      }
    })
    expect(result.exitCode).toBe(0)
    expect((await storedFiles()).map((f) => f.content)).toEqual(['fine'])
    expect(result.stdout).toContain(
      '::warning::1 attachment file named in the reports was not uploaded: env.log: holds the api-key (a test may log its environment), never uploaded'
    )
    // Only the command that asks the runner to mask it holds it.
    const logged = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
    expect(logged.join('\n')).not.toContain(DEMO_KEYS.runner)
    expect(commentOf('BD-1')).toMatch(
      /<h4>Attachments:<\/h4><ul><li><a href="[^"]+">ok\.txt<\/a><\/li><\/ul>/
    )
  })

  it('sends at most 100 files a request, and escapes names in the request and the comment', async () => {
    const files: Record<string, { content: string }> = {}
    const names = Array.from({ length: 149 }, (_, i) => `shot-${i}.txt`)
    names.push('a"b<c>.txt')
    for (const name of names) files[`shots/${name}`] = { content: name }
    // Two tests: a result lists at most 100 files.
    const lines = (some: string[]) =>
      some.map((n) => `[[ATTACHMENT|shots/${n}]]`).join('\n')
    files['junit.xml'] = {
      content:
        `<testsuite name="s"><testcase name="BD-1 a"><failure message="x"/><system-out><![CDATA[${lines(names.slice(0, 75))}]]></system-out></testcase>` +
        `<testcase name="BD-2 b"><system-out><![CDATA[${lines(names.slice(75))}]]></system-out></testcase></testsuite>`
    }
    const result = await action({ files })
    expect(result.exitCode).toBe(0)
    const uploads = ctx.server.requests.filter((r) =>
      r.path.endsWith('/file/batch')
    )
    expect(uploads).toHaveLength(2)
    const stored = await storedFiles()
    expect(stored.map((f) => f.name).sort()).toEqual([...names].sort())
    expect(stored.every((f) => f.name === f.content)).toBe(true)
    expect(commentOf('BD-2')).toContain('>a&quot;b&lt;c&gt;.txt</a>')
  })

  it('leaves half the time for the results: a file upload that never ends does not keep them from being posted', async () => {
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      delayMs: 8000
    })
    const started = Date.now()
    const result = await action({
      inputs: { timeout: '6' },
      files: ONE_FILE
    })
    expect(Date.now() - started).toBeLessThan(6000)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Attachments were not uploaded (0 of 1 were, and no result lists them): they may take half the time of the timeout input'
    )
    expect(JSON.parse(result.outputs['result-ids'])).toHaveLength(1)
    expect(commentOf('BD-1')).not.toContain('Attachments')
  }, 15_000)

  it('says only that the files were not listed when a later request of files is refused, and posts the results once', async () => {
    const files: Record<string, { content: string }> = {}
    const names = Array.from({ length: 150 }, (_, i) => `s/${i}.txt`)
    for (const name of names) files[name] = { content: name }
    const naming = (marker: string, paths: string[]) =>
      `<testcase name="${marker} a"><system-out>${paths.map((p) => `[[ATTACHMENT|${p}]]`).join('\n')}</system-out></testcase>`
    files['junit.xml'] = {
      content: `<testsuite name="s">${naming('BD-1', names.slice(0, 75))}${naming('BD-2', names.slice(75))}</testsuite>`
    }
    // The first request of files goes through; the second is refused.
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      delayMs: 1
    })
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      status: 400,
      body: { message: 'refused' }
    })
    const result = await action({ files })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Attachments were not uploaded (100 of 150 were, and no result lists them): QA Sphere answered POST /file/batch with HTTP 400'
    )
    expect(result.stdout).not.toContain('Uploaded 100 attachment files')
    expect(ctx.server.resultsFor('BD', 42)).toHaveLength(2)
    expect(commentOf('BD-1')).not.toContain('Attachments')
  })

  it('uploads no file for a run given by number that is closed: QA Sphere would take none of its results', async () => {
    const result = await action({
      files: ONE_FILE,
      inputs: { run: '43' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('the run is closed')
    expect(result.stdout).toContain(
      '::warning::Attachments not uploaded: run 43 is closed'
    )
    expect(await storedFiles()).toEqual([])
    expect(ctx.server.requests.filter((r) => r.path.includes('/file'))).toEqual(
      []
    )
  })

  it('posts the results without their files, and fails the step, when QA Sphere refuses the upload', async () => {
    ctx.server.faults.add({
      method: 'POST',
      pathIncludes: '/file/batch',
      status: 403,
      body: { message: 'Forbidden: insufficient permissions' }
    })
    const result = await action({
      files: ONE_FILE
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::Attachments were not uploaded \(0 of 1 were, and no result lists them\): QA Sphere answered POST \/file\/batch with HTTP 403/
    )
    expect(JSON.parse(result.outputs['result-ids'])).toHaveLength(1)
    expect(commentOf('BD-1')).not.toContain('Attachments')
  })
})

function action(options: Parameters<typeof ctx.action>[0]) {
  return ctx.action({
    ...options,
    inputs: { attachments: 'true', ...options.inputs }
  })
}
