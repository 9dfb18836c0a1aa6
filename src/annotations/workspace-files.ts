/**
 * Which files exist in the workspace, for placing annotations on them. Files
 * are only looked at (stat, directory listings), never read, and nothing
 * outside the workspace is looked at: a report's paths are untrusted.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { isInside } from '../util/inside.js'

/** Folders of dependencies and tools: a failure is annotated on the project's own code. */
export const NOT_OURS = new Set([
  'node_modules',
  'bower_components',
  'site-packages',
  'dist-packages',
  'vendor',
  'venv',
  '.venv',
  '.tox',
  '.git'
])

/** Build output and caches: no source to point at, and often many files. */
const NOT_SOURCE = new Set(['target', 'coverage', '__pycache__'])

/**
 * Files and folders listed at most when looking files up by name (about
 * 0.2 s on a runner): a monorepo can hold millions.
 */
const MAX_LISTED_ENTRIES = 100_000

export class WorkspaceFiles {
  /** Workspace-relative paths ('/'-separated) by base name; built when first needed. */
  private byName: Map<string, string[]> | null | undefined
  /** The workspace's own real path: what a file's real path must be inside. */
  private realRoot: string | undefined

  constructor(
    readonly workspace: string,
    private readonly maxListed = MAX_LISTED_ENTRIES
  ) {}

  /**
   * `file` (absolute, or relative to the workspace) as a workspace-relative
   * path, when it is a regular file inside the workspace and not in a
   * dependency's folder.
   */
  fileAt(file: string): string | undefined {
    const relative = this.inside(file)
    if (relative === undefined) return undefined
    try {
      // A symbolic link is followed only when it stays inside the workspace.
      this.realRoot ??= realpathSync(this.workspace)
      const real = realpathSync(path.join(this.workspace, relative))
      if (!isInside(this.realRoot, real)) return undefined
      return statSync(real).isFile() ? relative : undefined
    } catch {
      return undefined
    }
  }

  /** `file` relative to the workspace ('/'-separated), when it is inside and not a dependency's. */
  private inside(file: string): string | undefined {
    const absolute = path.resolve(this.workspace, file)
    if (!isInside(this.workspace, absolute)) return undefined
    const parts = path.relative(this.workspace, absolute).split(path.sep)
    if (parts.some((part) => NOT_OURS.has(part))) return undefined
    return parts.join('/')
  }

  /**
   * Files named `name` in the workspace (dependencies', build output's and
   * dot folders left out), as workspace-relative paths; undefined when the
   * workspace holds too many files to list.
   */
  named(name: string): readonly string[] | undefined {
    if (this.byName === undefined) this.byName = this.list()
    return this.byName === null ? undefined : (this.byName.get(name) ?? [])
  }

  private list(): Map<string, string[]> | null {
    const byName = new Map<string, string[]>()
    let listed = 0
    const pending = ['']
    while (pending.length > 0) {
      const folder = pending.pop() as string
      let entries
      try {
        entries = readdirSync(path.join(this.workspace, folder), {
          withFileTypes: true
        })
      } catch {
        continue // unreadable: its files are not ours to place
      }
      if ((listed += entries.length) > this.maxListed) return null
      for (const entry of entries) {
        const relative = folder ? `${folder}/${entry.name}` : entry.name
        // Symbolic links are not followed: they may lead out of the workspace.
        if (entry.isDirectory()) {
          if (
            !entry.name.startsWith('.') &&
            !NOT_OURS.has(entry.name) &&
            !NOT_SOURCE.has(entry.name)
          )
            pending.push(relative)
        } else if (entry.isFile()) {
          const same = byName.get(entry.name)
          if (same) same.push(relative)
          else byName.set(entry.name, [relative])
        }
      }
    }
    return byName
  }
}
