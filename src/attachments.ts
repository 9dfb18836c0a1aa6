/**
 * The attachments stage (input `attachments`): the files tests name with
 * `[[ATTACHMENT|path]]` (Playwright's screenshots and traces) uploaded to QA
 * Sphere and listed in their results' comments, as QA Sphere's own CLI does.
 *
 * A report's paths are untrusted: only regular files whose real path (links
 * resolved) is inside the workspace are read, so a link in a pull request
 * cannot send the runner's files (or /proc/self/environ) to QA Sphere. The
 * file read is the very file checked (its device and inode, from the open
 * handle), however its path changes in between. A file that holds the API
 * key or the github-token (a test's log of its environment) is not uploaded.
 */
import { open, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { OPEN_CHECKED, readUpTo } from './util/checked-files.js'
import { counted, grouped } from './util/counted.js'
import { isInside } from './util/inside.js'
import {
  QaSphereTimeoutError,
  type QaSphereClient,
  type UploadFile
} from './qasphere/client.js'
import { MIN_SECRET_CHARS, secretsInBytes } from './util/secrets.js'
import { clipped, plainText } from './util/text.js'
import type { PlannedResult } from './results/plan.js'

/** QA Sphere's limit for one file. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
/**
 * QA Sphere takes at most 100 files in one request (and 500 MiB). Requests
 * are kept to 50 MiB: one must be sent within the 2 minutes a request may
 * take, also from a runner with a slow uplink (3.5 Mbit/s).
 */
const MAX_FILES_PER_REQUEST = 100
const MAX_BYTES_PER_REQUEST = 50 * 1024 * 1024
/** Paths looked for at most in one upload (found or not): a report can name millions. */
export const MAX_LOOKUPS = 10_000
/** Skipped files named (with why); the rest are counted. */
const MAX_NAMED_SKIPS = 100
/** Characters of one such problem: a path as long as any file system allows, and why. */
const MAX_SKIP_CHARS = 5000
/** Files listed in one result at most (its comment stays readable); more are not uploaded. */
export const MAX_FILES_PER_RESULT = 100
/** Paths a result's tests name that are remembered, so that one named again is counted once. */
const MAX_NAMED_PER_RESULT = 10 * MAX_FILES_PER_RESULT

/** Said of any path that is not a file inside the workspace, whatever it is: the log must not tell what exists elsewhere. */
const NOT_IN_WORKSPACE = 'not a file in the workspace'

export interface AttachmentsOutcome {
  /** Files uploaded, each once however many results list it. */
  uploaded: number
  /** Files named by tests that were not uploaded, and why (not found, outside the workspace, too big): the first 100. */
  skipped: string[]
  /** All of them. */
  skippedCount: number
  /** How many files each of `skipped` stands for (one, or a count of files not looked for). */
  skippedFiles: number[]
  /** Why uploading stopped, if it did: the results then list no files. */
  failure?: string
}

/**
 * The warning of the files not uploaded: the first `maxListed` reasons, and
 * how many files the rest stand for. Undefined when every file was.
 */
export function skippedWarning(
  outcome: AttachmentsOutcome,
  maxListed: number
): string | undefined {
  const { skipped, skippedCount } = outcome
  if (skippedCount === 0) return undefined
  const listed = skipped.slice(0, maxListed)
  const listedFiles = outcome.skippedFiles
    .slice(0, maxListed)
    .reduce((sum, files) => sum + files, 0)
  const more =
    skippedCount > listedFiles ? ` and ${skippedCount - listedFiles} more` : ''
  return `${counted(skippedCount, 'attachment file')} named in the reports ${skippedCount === 1 ? 'was' : 'were'} not uploaded: ${listed.join('; ')}${more}`
}

interface FoundFile {
  real: string
  name: string
  size: number
  /** Which file was checked: the one read must be the same. */
  device: number
  inode: number
  url?: string
}

/**
 * Uploads the files of the results' test cases and sets each result's
 * `attachments`. Results are posted whatever happens here.
 */
export async function uploadAttachments(
  client: QaSphereClient,
  results: readonly PlannedResult[],
  workspace: string,
  /** Secrets by name (`api-key`): a file holding one is not uploaded. */
  secrets: Readonly<Record<string, string>> = {}
): Promise<AttachmentsOutcome> {
  const outcome: AttachmentsOutcome = {
    uploaded: 0,
    skipped: [],
    skippedCount: 0,
    skippedFiles: []
  }
  const { skippedFiles } = outcome
  const skip = (problem: string, files = 1): void => {
    outcome.skippedCount += files
    if (outcome.skipped.length >= MAX_NAMED_SKIPS) return
    // Paths come from reports: a path can be megabytes long.
    outcome.skipped.push(clipped(problem, MAX_SKIP_CHARS))
    skippedFiles.push(files)
  }
  let lookups = 0
  const root = await realpath(workspace)
  /** By real path: a file named by several tests is uploaded once. */
  const files = new Map<string, FoundFile>()
  /** By report folder and path as written. */
  const found = new Map<string, FoundFile | undefined>()
  const filesOf = new Map<PlannedResult, FoundFile[]>()

  /** Paths not looked for once MAX_LOOKUPS were. */
  let unsearched = 0
  for (const result of results) {
    const own = new Set<FoundFile>()
    /** Paths (by report folder) this result's tests name: one named again counts once. */
    const named = new Set<string>()
    let looked = 0
    let unlisted = 0
    for (const testCase of result.testCases) {
      const folder = path.dirname(path.resolve(workspace, testCase.reportFile))
      for (const written of testCase.attachments) {
        const key = `${folder}\n${written}`
        if (named.has(key)) continue
        // Bounded: a report can name millions (past this, repeats are counted again).
        if (named.size < MAX_NAMED_PER_RESULT) named.add(key)
        const known = found.get(key)
        if (known && own.has(known)) continue
        // Beyond the limits, not even looked for.
        if (
          own.size === MAX_FILES_PER_RESULT ||
          looked === MAX_FILES_PER_RESULT * 2
        ) {
          unlisted++
          continue
        }
        if (!found.has(key)) {
          if (lookups === MAX_LOOKUPS) {
            unsearched++
            continue
          }
          lookups++
          const file = await findFile(root, workspace, folder, written)
          if (typeof file === 'string') {
            skip(`${written} (${testCase.reportFile}): ${file}`)
            found.set(key, undefined)
          } else {
            const known = files.get(file.real) ?? file
            files.set(file.real, known)
            found.set(key, known)
          }
        }
        looked++
        const file = found.get(key)
        if (file) own.add(file)
      }
    }
    if (unlisted > 0) {
      skip(
        `${counted(unlisted, 'more file')} named by ${result.marker}'s tests, not looked for: at most ${MAX_FILES_PER_RESULT} are listed in a result`,
        unlisted
      )
    }
    if (own.size > 0) filesOf.set(result, [...own])
  }
  if (unsearched > 0) {
    // First: it says why the rest were not even looked for.
    outcome.skipped.unshift(
      `${counted(unsearched, 'more file')} named by tests, not looked for: at most ${grouped(MAX_LOOKUPS)} paths are looked for in one upload`
    )
    skippedFiles.unshift(unsearched)
    outcome.skipped.length = Math.min(outcome.skipped.length, MAX_NAMED_SKIPS)
    skippedFiles.length = outcome.skipped.length
    outcome.skippedCount += unsearched
  }

  const listed = new Set([...filesOf.values()].flat())
  try {
    for (const batch of batches([...listed])) {
      const readable: FoundFile[] = []
      const contents: UploadFile[] = []
      for (const file of batch) {
        // Removed, replaced or made unreadable since it was found: that file's problem.
        const content = await readChecked(file).catch((error: unknown) => {
          const why =
            error instanceof Error && !('code' in error)
              ? error.message
              : `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`
          skip(`${file.name}: ${why}`)
          return undefined
        })
        if (content === undefined) continue
        // Unlike a report's text, a file cannot have them replaced: an
        // image or an archive would be broken.
        const held = secretsInBytes(content, secrets, MIN_SECRET_CHARS)
        if (held.length > 0) {
          skip(
            `${file.name}: holds the ${held.join(' and the ')} (a test may log its environment), never uploaded`
          )
          continue
        }
        readable.push(file)
        contents.push({ name: file.name, content })
      }
      if (contents.length === 0) continue
      const stored = await client.uploadFiles(contents)
      readable.forEach((file, i) => (file.url = stored[i].url))
      outcome.uploaded += readable.length
    }
  } catch (error) {
    const why =
      error instanceof QaSphereTimeoutError
        ? 'they may take half the time of the timeout input, so that the results are still posted, and that ran out'
        : error instanceof Error
          ? error.message
          : String(error)
    outcome.failure = `Attachments were not uploaded (${outcome.uploaded} of ${listed.size} were, and no result lists them): ${why}`
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
  workspace: string,
  folder: string,
  written: string
): Promise<FoundFile | string> {
  const found = await findFileAt(root, workspace, folder, written)
  // A Windows leg's path read on Linux or macOS (merged matrix reports).
  if (found === NOT_IN_WORKSPACE && path.sep === '/' && written.includes('\\'))
    return findFileAt(root, workspace, folder, written.replaceAll('\\', '/'))
  return found
}

const HARD_LINK =
  'a hard link, not read (the file it shares may be outside the workspace)'

/** Checkouts keep the job's token in .git/config: never uploaded. */
const GIT_FOLDER = /(?:^|[\\/])\.git(?:[\\/]|$)/i
/**
 * Credentials that actions and tools leave in the workspace, by name: never
 * uploaded, whatever a report says (google-github-actions/auth writes
 * gha-creds-*.json beside the checkout).
 */
const CREDENTIAL_FILE =
  /(?:^|[\\/])(?:gha-creds-[^\\/]*\.json|\.env(?:\.[^\\/]*)?|\.npmrc|\.netrc|_netrc|\.git-credentials|\.pypirc|\.docker[\\/]config\.json|id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?)$/i

async function findFileAt(
  root: string,
  workspace: string,
  folder: string,
  written: string
): Promise<FoundFile | string> {
  // Judged as written first: nothing outside the workspace is even looked at.
  const resolved = path.resolve(folder, written)
  if (!isInside(workspace, resolved) && !isInside(root, resolved))
    return NOT_IN_WORKSPACE
  const real = await realpath(resolved).catch(() => undefined)
  // A link out of the workspace says the same as a missing file.
  if (real === undefined || !isInside(root, real)) return NOT_IN_WORKSPACE
  if (GIT_FOLDER.test(path.relative(root, real)))
    return "in a .git folder (a checkout's credentials are kept there)"
  if (CREDENTIAL_FILE.test(real) || CREDENTIAL_FILE.test(resolved))
    return 'a file of credentials by its name, never uploaded'
  const info = await stat(real).catch(() => undefined)
  if (!info) return NOT_IN_WORKSPACE
  if (!info.isFile()) return 'not a file'
  // A hard link's path is inside; the file it shares may be anywhere (.git/config).
  if (info.nlink > 1) return HARD_LINK
  if (info.size > MAX_ATTACHMENT_BYTES)
    return `${Math.ceil(info.size / 1024 / 1024)} MiB, over QA Sphere's 50 MiB per file`
  return {
    real,
    // Names can hold what the README promises QA Sphere never gets
    // (U+202E shows `gnp.exe` as `exe.png`).
    name: plainText(path.basename(real)) || 'file',
    size: info.size,
    device: info.dev,
    inode: info.ino
  }
}

/** The checked file's bytes, refused unless the open handle is that very file. */
async function readChecked(file: FoundFile): Promise<Buffer> {
  const handle = await open(file.real, OPEN_CHECKED)
  try {
    const info = await handle.stat()
    if (!info.isFile() || info.dev !== file.device || info.ino !== file.inode)
      throw new Error('replaced since it was found, not read')
    if (info.nlink > 1) throw new Error(HARD_LINK)
    return readUpTo(handle.fd, Math.min(file.size, MAX_ATTACHMENT_BYTES))
  } finally {
    await handle.close()
  }
}

/** Files in requests of at most MAX_FILES_PER_REQUEST files and MAX_BYTES_PER_REQUEST bytes (a bigger file alone). */
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
