/**
 * The attachments stage (input `attachments`): the files tests name with
 * `[[ATTACHMENT|path]]` (Playwright's screenshots and traces) uploaded to QA
 * Sphere and listed in their results' comments, as QA Sphere's own CLI does.
 *
 * A report's paths are untrusted: only regular files whose real path (links
 * resolved) is inside the workspace are read, so a link in a pull request
 * cannot send the runner's files (or /proc/self/environ) to QA Sphere.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { QaSphereClient, UploadFile } from './qasphere/client.js'
import type { PlannedResult } from './results/plan.js'

/** QA Sphere's limit for one file. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
/** QA Sphere takes at most 100 files in one request (and 500 MiB); kept to 100 MiB as QA Sphere's CLI does. */
const MAX_FILES_PER_REQUEST = 100
const MAX_BYTES_PER_REQUEST = 100 * 1024 * 1024

export interface AttachmentsOutcome {
  /** Files uploaded, each once however many results list it. */
  uploaded: number
  /** Files named by tests that were not uploaded, and why (not found, outside the workspace, too big). */
  skipped: string[]
  /** Why uploading stopped, if it did: the results then list no files. */
  failure?: string
}

interface FoundFile {
  real: string
  name: string
  size: number
  url?: string
}

/**
 * Uploads the files of the results' test cases and sets each result's
 * `attachments`. Results are posted whatever happens here.
 */
export async function uploadAttachments(
  client: QaSphereClient,
  results: readonly PlannedResult[],
  workspace: string
): Promise<AttachmentsOutcome> {
  const outcome: AttachmentsOutcome = { uploaded: 0, skipped: [] }
  const root = await realpath(workspace)
  /** By real path: a file named by several tests is uploaded once. */
  const files = new Map<string, FoundFile>()
  /** By report folder and path as written. */
  const found = new Map<string, FoundFile | undefined>()
  const filesOf = new Map<PlannedResult, FoundFile[]>()

  for (const result of results) {
    const own: FoundFile[] = []
    for (const testCase of result.testCases) {
      const folder = path.dirname(path.resolve(workspace, testCase.reportFile))
      for (const written of testCase.attachments) {
        const key = `${folder}\n${written}`
        if (!found.has(key)) {
          const file = await findFile(root, folder, written)
          if (typeof file === 'string') {
            outcome.skipped.push(`${written} (${testCase.reportFile}): ${file}`)
            found.set(key, undefined)
          } else {
            const known = files.get(file.real) ?? file
            files.set(file.real, known)
            found.set(key, known)
          }
        }
        const file = found.get(key)
        if (file && !own.includes(file)) own.push(file)
      }
    }
    if (own.length > 0) filesOf.set(result, own)
  }

  try {
    for (const batch of batches([...files.values()])) {
      const readable: FoundFile[] = []
      const contents: UploadFile[] = []
      for (const file of batch) {
        // Removed or made unreadable since it was found: that file's problem.
        const content = await readFile(file.real).catch((error: unknown) => {
          const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
          outcome.skipped.push(`${file.name}: could not be read (${code})`)
          return undefined
        })
        if (content === undefined) continue
        readable.push(file)
        contents.push({ name: file.name, content })
      }
      if (contents.length === 0) continue
      const stored = await client.uploadFiles(contents)
      readable.forEach((file, i) => (file.url = stored[i].url))
      outcome.uploaded += readable.length
    }
  } catch (error) {
    outcome.failure = `Attachments were not uploaded (${outcome.uploaded} of ${files.size} were, and no result lists them): ${error instanceof Error ? error.message : String(error)}`
    return outcome
  }

  for (const [result, own] of filesOf) {
    const uploaded = own.filter((file) => file.url !== undefined)
    if (uploaded.length > 0) {
      result.attachments = uploaded.map((file) => ({
        name: file.name,
        url: file.url as string
      }))
    }
  }
  return outcome
}

/**
 * The file a test names: relative to its report's folder (as Playwright
 * writes them) or absolute. Returns why not, when it cannot be uploaded.
 */
async function findFile(
  root: string,
  folder: string,
  written: string
): Promise<FoundFile | string> {
  let real: string
  try {
    real = await realpath(path.resolve(folder, written))
  } catch {
    return 'not found'
  }
  const relative = path.relative(root, real)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative))
    return 'outside the workspace, not read'
  const info = await stat(real).catch(() => undefined)
  if (!info) return 'not found'
  if (!info.isFile()) return 'not a file'
  if (info.size > MAX_ATTACHMENT_BYTES)
    return `${Math.ceil(info.size / 1024 / 1024)} MiB, over QA Sphere's 50 MiB per file`
  return { real, name: path.basename(real), size: info.size }
}

/** Files in requests QA Sphere takes: at most 100 files and 100 MiB each (a bigger file alone). */
function* batches(files: FoundFile[]): Generator<FoundFile[]> {
  let batch: FoundFile[] = []
  let bytes = 0
  for (const file of files) {
    if (
      batch.length > 0 &&
      (batch.length === MAX_FILES_PER_REQUEST ||
        bytes + file.size > MAX_BYTES_PER_REQUEST)
    ) {
      yield batch
      batch = []
      bytes = 0
    }
    batch.push(file)
    bytes += file.size
  }
  if (batch.length > 0) yield batch
}
