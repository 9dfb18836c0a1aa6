/**
 * Report files matching glob patterns, relative to the workspace.
 * Never leaves the workspace: patterns reaching out with `..` or an outside
 * absolute path are refused, and symbolic links are not followed.
 */
import { opendirSync, statSync, type Dir, type Dirent } from 'node:fs'
import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { isInside } from '../util/inside.js'

export interface FoundReports {
  /** Absolute paths, sorted. */
  files: string[]
  /** Patterns that could not be used, with the reason. */
  refused: string[]
  /** Files the patterns match that are symbolic links (not read), workspace-relative, sorted. */
  links: string[]
}

/** Glob syntax; `@`, `+` and `!` only before `(` (extglobs), so `@scope` dirs stay plain. */
const GLOB_CHARS = /[*?[\]{}]|[@+!]\(/
const MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: true }
/** Windows file names ignore case, and so do its globs (as in @actions/glob, which upload-artifact uses). */
const IGNORES_CASE = process.platform === 'win32'
/** Paths one, two and three levels below a directory, in names no file has. */
const DESCENDANTS = ['\u0000', '\u0000/\u0000', '\u0000/\u0000/\u0000']
/** Never searched: version-control internals. */
const SKIPPED_DIRECTORIES = new Set(['.git'])
/** Where one file can have two names that differ only in letter case. */
const CASE_FOLDING =
  process.platform === 'win32' || process.platform === 'darwin'

export async function findReports(
  patterns: readonly string[],
  workspace: string,
  ignoreCase = IGNORES_CASE
): Promise<FoundReports> {
  // Paths are reported under the workspace as given; containment is checked
  // against its real path too, in case the workspace is reached through a link.
  const base = path.resolve(workspace)
  const root = await realpath(base)
  const refused: string[] = []
  const includes: Minimatch[] = []
  const excludes: Minimatch[] = []

  for (const line of patterns) {
    const exclude = line.startsWith('!')
    const relative = await toWorkspacePattern(
      exclude ? line.slice(1) : line,
      base,
      root,
      exclude
    )
    if (relative === undefined) {
      refused.push(`${line} (outside the workspace)`)
      continue
    }
    const matchers = exclude ? excludes : includes
    matchers.push(
      new Minimatch(relative, { ...MATCH_OPTIONS, nocase: ignoreCase })
    )
    // A glob naming folders (`**/node_modules`, `**/surefire-reports`)
    // covers what is under them, as a plain folder does (and as in
    // @actions/glob): everything for an exclude, XML files for an include.
    // A last part named like a file (`**/junit.xml`) names files.
    const last = relative.slice(relative.lastIndexOf('/') + 1)
    if (
      GLOB_CHARS.test(relative) &&
      !GLOB_CHARS.test(last) &&
      last.lastIndexOf('.') <= 0
    ) {
      matchers.push(
        new Minimatch(exclude ? `${relative}/**` : `${relative}/**/*.xml`, {
          ...MATCH_OPTIONS,
          nocase: ignoreCase
        })
      )
    }
  }

  const found = new Set<string>()
  const links = new Set<string>()
  const isExcluded = (relative: string): boolean =>
    excludes.some((m) => m.match(relative))
  // An exclude like `**/node_modules/**` covers whole directories: skip walking
  // them. One that matches only some depths (`dir/*`) leaves the walk to check
  // each file.
  const isExcludedDirectory = (relative: string): boolean =>
    excludes.some((m) =>
      DESCENDANTS.every((below) => m.match(`${relative}/${below}`))
    )

  // Patterns starting in the same directory share one walk: the defaults
  // all start at the root, and walking a big checkout once per pattern took
  // seven times as long.
  const walks = new Map<string, { start: string; includes: Minimatch[] }>()
  /** A pattern's fixed part passes through a symbolic link. */
  let throughLink = false
  /** Fixed parts that lead out of the workspace, said once. */
  const linksOut = new Set<string>()
  for (const include of includes) {
    const start = staticPrefix(include.pattern)
    const startPath = path.join(base, start)
    // The fixed part of a pattern may itself pass through a symbolic link.
    const realStart = await realpath(startPath).catch(() => undefined)
    if (realStart === undefined) continue
    if (!isInside(root, realStart)) {
      // Bazel's bazel-testlogs, for one: say why nothing is found there.
      if (!linksOut.has(start)) {
        linksOut.add(start)
        refused.push(
          `${include.pattern} (${start} leads out of the workspace through a symbolic link, not followed)`
        )
      }
      continue
    }
    if (path.relative(root, realStart) !== start) throughLink = true
    // A folder is followed to where it leads, inside the workspace: the
    // workspace itself may be a link (self-hosted runners), and so may the
    // folder a pattern names (`out/*.xml`, out a link to build/out). Below
    // it, no link is followed, and a report that is a link is never read.
    const startStat = await stat(startPath).catch(() => undefined)
    if (!startStat) continue
    if (
      startStat.isFile() &&
      (await lstat(startPath).catch(() => undefined))?.isSymbolicLink() !==
        false
    ) {
      if (include.match(start) && !isExcluded(start)) links.add(start)
      continue
    }
    if (startStat.isFile()) {
      if (include.match(start) && !isExcluded(start)) found.add(startPath)
      continue
    }
    const shared = walks.get(startPath)
    if (shared) shared.includes.push(include)
    else walks.set(startPath, { start, includes: [include] })
  }
  for (const [startPath, { start, includes }] of walks) {
    walk(startPath, start, includes, isExcluded, isExcludedDirectory, {
      found,
      links
    })
  }
  const files = [...found].sort()
  return {
    files: throughLink || CASE_FOLDING ? firstNames(files) : files,
    refused,
    links: await linksNotFound([...links].sort(), base, root, found)
  }
}

/** Of report files that are links, those whose file is not read under its own name. */
async function linksNotFound(
  links: readonly string[],
  base: string,
  root: string,
  found: ReadonlySet<string>
): Promise<string[]> {
  const unread: string[] = []
  for (const link of links) {
    const real = await realpath(path.join(base, link)).catch(() => undefined)
    const read =
      real !== undefined &&
      isInside(root, real) &&
      (found.has(real) || found.has(path.join(base, path.relative(root, real))))
    if (!read) unread.push(link)
  }
  return unread
}

/**
 * Each file once, by its first name: a pattern through a link, or in other
 * letter case, can name a file the walk finds too.
 */
function firstNames(files: readonly string[]): string[] {
  const seen = new Set<string>()
  return files.filter((file) => {
    let id: string
    try {
      const { dev, ino } = statSync(file)
      id = `${dev}:${ino}`
    } catch {
      return true // gone: its read says so
    }
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/**
 * Synchronous: each asynchronous directory call waits for a thread of node's
 * pool, and a checkout of 28,000 directories took 4 s to walk, against 0.5 s.
 */
function walk(
  directory: string,
  relativeDirectory: string,
  includes: readonly Minimatch[],
  isExcluded: (relative: string) => boolean,
  isExcludedDirectory: (relative: string) => boolean,
  into: { found: Set<string>; links: Set<string> }
): void {
  let entries: Dir
  try {
    entries = opendirSync(directory)
  } catch {
    return // unreadable: nothing to find there
  }
  try {
    for (
      let entry = readEntry(entries);
      entry !== null;
      entry = readEntry(entries)
    ) {
      const relative = relativeDirectory
        ? `${relativeDirectory}/${entry.name}`
        : entry.name
      // Symbolic links are never followed: they could lead out of the
      // workspace. A report that is one is named, so the user knows why.
      if (entry.isSymbolicLink()) {
        if (
          includes.some((include) => include.match(relative)) &&
          !isExcluded(relative)
        )
          into.links.add(relative)
        continue
      }
      if (entry.isDirectory()) {
        if (
          SKIPPED_DIRECTORIES.has(entry.name) ||
          isExcludedDirectory(relative) ||
          !includes.some((include) => include.match(relative, true))
        )
          continue
        walk(
          path.join(directory, entry.name),
          relative,
          includes,
          isExcluded,
          isExcludedDirectory,
          into
        )
      } else if (
        entry.isFile() &&
        includes.some((include) => include.match(relative)) &&
        !isExcluded(relative)
      ) {
        into.found.add(path.join(directory, entry.name))
      }
    }
  } finally {
    entries.closeSync()
  }
}

/** The next entry; null at the end, or when the directory cannot be read further. */
function readEntry(entries: Dir): Dirent | null {
  try {
    return entries.readSync()
  } catch {
    return null
  }
}

/**
 * A pattern relative to the workspace root, in POSIX form; undefined when it
 * points outside. A plain directory means every XML file under it, or, to
 * exclude, everything under it.
 */
async function toWorkspacePattern(
  pattern: string,
  base: string,
  root: string,
  exclude: boolean
): Promise<string | undefined> {
  let candidate = pattern.trim().replace(/\\/g, '/')
  if (path.isAbsolute(candidate)) {
    const within = [base, root].find((dir) => isInside(dir, candidate))
    if (within === undefined) return undefined
    candidate = path.relative(within, candidate).split(path.sep).join('/')
  }
  candidate = path.posix.normalize(candidate).replace(/^\.\//, '')
  if (candidate === '..' || candidate.startsWith('../')) return undefined
  if (candidate === '.' || candidate === '') candidate = ''
  if (!GLOB_CHARS.test(candidate)) {
    const isDirectory = await stat(path.join(base, candidate))
      .then((s) => s.isDirectory())
      .catch(() => false)
    if (isDirectory) {
      const below = exclude ? '**' : '**/*.xml'
      return candidate ? `${candidate.replace(/\/$/, '')}/${below}` : below
    }
  }
  return candidate.replace(/\/$/, '')
}

/** The leading path segments without glob characters: where a walk can start. */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_CHARS.test(segment)) break
    fixed.push(segment)
  }
  if (
    fixed.length === segments.length - 1 &&
    !GLOB_CHARS.test(segments[segments.length - 1])
  ) {
    return pattern
  }
  return fixed.join('/')
}
