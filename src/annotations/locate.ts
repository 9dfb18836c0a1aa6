/**
 * The file and line an annotation of a failed test points at: the first
 * position of its failure's text that is a file of the workspace, preferring
 * the test's own file (a stack's first frames are often the assertion
 * library's).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isFailureOrError, type TestCase } from '../reports/test-case.js'
import { failurePositions, type SourcePosition } from './source-positions.js'
import { NOT_OURS, type WorkspaceFiles } from './workspace-files.js'

export interface FailureLocation {
  /** Workspace-relative, '/'-separated. */
  file: string
  line?: number
}

/** What the report says of the test besides its failure. */
export interface TestWhereabouts {
  /** The testcase's `file` attribute ('' when none). */
  file: string
  /** Where the test is in its file (the testcase's `line`), if the report says. */
  line?: number
  /** Go's package path, a JVM class, a Python module: where its files may be. */
  classname: string
  /** The report's path relative to the workspace: tools write paths relative to where they ran. */
  reportFile: string
}

export class FailureLocator {
  /** A path as written, with the folder it was read from, → the workspace file it is (or not). */
  private readonly resolved = new Map<string, string | undefined>()

  constructor(private readonly files: WorkspaceFiles) {}

  /**
   * Where a failed test failed: from its first failure's or error's text;
   * else where the test is, as far as the report says (its file, and the
   * line its testcase names: googletest's `unknown file` exception).
   */
  failureOf(testCase: TestCase): FailureLocation | undefined {
    const problem = testCase.problems.find(isFailureOrError)
    return this.locate(problem ? failurePositions(problem) : [], testCase)
  }

  locate(
    positions: readonly SourcePosition[],
    test: TestWhereabouts
  ): FailureLocation | undefined {
    // The test's own file: as the report says, or its classname when that
    // is a file (vitest, Playwright and node-tap name classes by file).
    const ownFile =
      test.file || (FILE_NAME.test(test.classname) ? test.classname : '')
    const testFile = ownFile
      ? this.resolve(ownFile, { ...test, file: ownFile })
      : undefined
    let first: FailureLocation | undefined
    for (const { path: written, line, packageDirs, className } of positions) {
      let file = this.resolve(written, test, packageDirs)
      // Kotlin's folders leave out the package's common root: a frame of the
      // test's own class is looked up by its file's name too.
      if (
        file === undefined &&
        packageDirs !== undefined &&
        className !== undefined &&
        outerClass(className) === outerClass(test.classname)
      )
        file = this.resolve(written, test)
      if (file === undefined) continue
      if (file === testFile || testFile === undefined) return { file, line }
      first ??= { file, line }
    }
    if (first) return first
    if (testFile === undefined) return undefined
    return test.line === undefined
      ? { file: testFile }
      : { file: testFile, line: test.line }
  }

  private resolve(
    written: string,
    test: TestWhereabouts,
    packageDirs?: string
  ): string | undefined {
    const found = this.resolveOnce(written, test, packageDirs)
    // A relative path read with its spaces may have begun with words (`Error
    // in my module.py:3:`): its last word is a path too. An absolute one is
    // whole (`C:\Program Files\…`).
    const lastWord = isAbsolute(written)
      ? undefined
      : /\s(\S+)$/.exec(written)?.[1]
    return found === undefined && lastWord
      ? this.resolveOnce(lastWord, test, packageDirs)
      : found
  }

  private resolveOnce(
    written: string,
    test: TestWhereabouts,
    packageDirs?: string
  ): string | undefined {
    // All that decides it: the classname breaks ties between same-named files.
    const key = `${test.reportFile}\n${test.file}\n${test.classname}\n${packageDirs ?? ''}\n${written}`
    if (!this.resolved.has(key))
      this.resolved.set(key, this.find(written, test, packageDirs))
    return this.resolved.get(key)
  }

  private find(
    written: string,
    test: TestWhereabouts,
    packageDirs?: string
  ): string | undefined {
    let file = written
    if (file.startsWith('file://')) {
      try {
        file = fileURLToPath(file)
      } catch {
        // Not a URL node reads (`file://./test/a.ts`, as webdriverio writes): a path after all.
        file = file.slice('file://'.length)
      }
    }
    // A dependency's file, wherever it is, is none of the project's.
    if (file.split(/[\\/]+/).some((part) => NOT_OURS.has(part)))
      return undefined
    if (packageDirs === undefined) {
      // As written: relative to the workspace, the test's file, or the report.
      const bases = path.isAbsolute(file)
        ? ['']
        : new Set(['', folderOf(test.file), folderOf(test.reportFile)])
      for (const base of bases) {
        const found = this.files.fileAt(path.join(base, file))
        if (found !== undefined) return found
      }
    }
    return this.findByName(file, test, packageDirs)
  }

  /**
   * Elsewhere (tests run in a container, in a package of a monorepo, a JVM
   * frame's bare name): the one file whose path ends with the longest tail
   * of the written path. A JVM frame's file must be in its package's folder.
   */
  private findByName(
    file: string,
    test: TestWhereabouts,
    packageDirs?: string
  ): string | undefined {
    const parts = file
      .split(/[\\/]+/)
      // Windows drive letters are no folder's name.
      .filter(
        (part) =>
          part && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part)
      )
    const name = parts.pop()
    if (!name) return undefined
    const named = this.files.named(name)
    if (!named || named.length === 0) return undefined
    const tail = packageDirs
      ? [...packageDirs.split('/'), name]
      : [...parts, name]
    // A JVM frame's file is in its package's folder. An absolute path from
    // elsewhere (a system library, another checkout) must share its folder
    // too: a bare name alone would match the project's file of that name.
    const shortest = packageDirs
      ? tail.length
      : isAbsolute(file)
        ? Math.min(2, tail.length)
        : 1
    // The files sharing the longest tail with the written path: each file
    // compared once (a monorepo may hold thousands of index.ts).
    let longest = 0
    let matches: string[] = []
    for (const candidate of named) {
      const shared = commonTail(candidate.split('/'), tail)
      if (shared > longest) {
        longest = shared
        matches = [candidate]
      } else if (shared === longest) {
        matches.push(candidate)
      }
    }
    if (longest < shortest) return undefined
    return matches.length === 1 ? matches[0] : closest(matches, test)
  }
}

/**
 * Of files of the same name, the one whose folder the test's classname
 * names (go's package path, a JVM package), or else nearest the report; none
 * when that does not tell them apart.
 */
function closest(
  candidates: readonly string[],
  test: TestWhereabouts
): string | undefined {
  const scope = test.classname.split(/[\\/.]+/).filter(Boolean)
  const reportDirs = test.reportFile.split(/[\\/]/).slice(0, -1)
  let best: string | undefined
  let bestScore = -1
  let tied = false
  for (const candidate of candidates) {
    const dirs = candidate.split('/').slice(0, -1)
    const named = Math.max(
      commonTail(dirs, scope),
      commonTail(dirs, scope.slice(0, -1))
    )
    // Named folders count first; nearness to the report breaks ties.
    const score = named * 1000 + commonHead(dirs, reportDirs)
    if (score > bestScore) {
      best = candidate
      bestScore = score
      tied = false
    } else if (score === bestScore) {
      tied = true
    }
  }
  return tied ? undefined : best
}

/** A classname that is a file: `test/shop.test.js`, `flaky.spec.ts`, doctest's `cart_test.cpp`. */
const FILE_NAME =
  /^[\w./@-]+\.(?:[cm]?[jt]sx?|py|rb|php|go|feature|c|cc|cpp|cxx)$/

/** Absolute here or on Windows (`C:\…`, `C:/…`), or a file URL. */
function isAbsolute(file: string): boolean {
  return (
    path.isAbsolute(file) ||
    /^[A-Za-z]:[\\/]/.test(file) ||
    file.startsWith('file://')
  )
}

/** `demo.CartTest` of `demo.CartTest$Inner`. */
function outerClass(className: string): string {
  const nested = className.indexOf('$')
  return (nested < 0 ? className : className.slice(0, nested)).trim()
}

/** '' for the workspace itself. */
function folderOf(file: string): string {
  const folder = path.dirname(file)
  return folder === '.' ? '' : folder
}

function commonTail(a: readonly string[], b: readonly string[]): number {
  let n = 0
  while (
    n < a.length &&
    n < b.length &&
    a[a.length - 1 - n] === b[b.length - 1 - n]
  )
    n++
  return n
}

function commonHead(a: readonly string[], b: readonly string[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}
