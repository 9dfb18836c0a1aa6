/**
 * Runs the bundled action exactly as the runner does: `node dist/index.js`
 * with INPUT_* variables (hyphens kept) and real GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

export interface ActionOptions {
  inputs: Record<string, string>
  /** Files to place in the workspace: workspace-relative path → fixture path (repo-relative) or content. */
  files?: Record<string, { fixture: string } | { content: string | Buffer }>
  event?: { name: string; payload: unknown }
  env?: Record<string, string>
  /** Runs after the files are placed, before the action starts. */
  prepare?: (workspace: string) => Promise<void> | void
}

export class Workspaces {
  private readonly dirs: string[] = []

  async create(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qas-action-'))
    this.dirs.push(dir)
    return dir
  }

  async cleanup(): Promise<void> {
    await Promise.all(
      this.dirs.map((dir) => rm(dir, { recursive: true, force: true }))
    )
  }
}

export async function runAction(
  workspaces: Workspaces,
  options: ActionOptions
): Promise<ActionRun> {
  if (!existsSync(BUNDLE))
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
  const home = await workspaces.create()
  const workspace = path.join(home, 'workspace')
  await mkdir(workspace)
  for (const [relative, source] of Object.entries(options.files ?? {})) {
    const target = path.join(workspace, relative)
    await mkdir(path.dirname(target), { recursive: true })
    if ('fixture' in source)
      await copyFile(path.join(REPO_ROOT, source.fixture), target)
    else await writeFile(target, source.content)
  }
  await options.prepare?.(workspace)
  const outputFile = path.join(home, 'output')
  const summaryFile = path.join(home, 'summary')
  const eventFile = path.join(home, 'event.json')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(eventFile, JSON.stringify(options.event?.payload ?? {}))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout
    .setEncoding('utf8')
    .on('data', (chunk: string) => (stdout += chunk))
  child.stderr
    .setEncoding('utf8')
    .on('data', (chunk: string) => (stderr += chunk))
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? -1))
  })
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const entry = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(entry)) outputs[match[1]] = match[3]
  return outputs
}
