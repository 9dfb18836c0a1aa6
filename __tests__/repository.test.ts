/**
 * The repository around the action: README and action.yml say the same,
 * every workflow parses and uses only actions pinned to a commit, and the
 * benchmark measures the parser as the action runs it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import {
  MAX_NODES_AT_ONCE,
  MAX_PIECE_DEPTH,
  MAX_PROBLEMS,
  MAX_TEST_CASES
} from '../src/reports/junit.js'
import {
  parserOptions,
  RAW_ELEMENTS,
  USED_ATTRIBUTES
} from '../src/reports/junit/parser-options.js'
import { MAX_MARKERS_PER_TEST } from '../src/markers.js'
import { COMMENT_LIMITS } from '../src/results/comment.js'
import {
  MAX_KEPT_CHARS,
  MAX_KEPT_PROBLEMS,
  MAX_KEPT_TEST_CASES
} from '../src/results/plan.js'
import { MAX_NESTING, MAX_SIDE_BY_SIDE } from '../src/reports/well-formed.js'
import {
  MAX_GITHUB_BODY_BYTES,
  MAX_LOOKUP_MS
} from '../src/issues/github-issues.js'
import {
  MAX_BODY_REFERENCES,
  MAX_LINKED_ISSUES
} from '../src/issues/references.js'
import {
  MAX_ANSWER_BYTES,
  MAX_LISTING_ANSWER_BYTES,
  MAX_SERVER_TEXT
} from '../src/qasphere/client.js'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

interface ActionYml {
  branding?: { icon?: string; color?: string }
  runs: { using: string; main: string }
  inputs: Record<
    string,
    { description?: string; default?: string; required?: boolean }
  >
  outputs: Record<string, { description?: string }>
}

const action = parse(read('action.yml')) as ActionYml
const readme = read('README.md')

/** First-column `names` of the README tables whose first header is `header`, with their second cell. */
function tableRows(header: string): Map<string, string> {
  const rows = new Map<string, string>()
  let inTable = false
  for (const line of readme.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false
      continue
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
    if (cells[0] === header) {
      inTable = true
      continue
    }
    const name = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')
    if (inTable && name) rows.set(name[1], cells[1] ?? '')
  }
  return rows
}

describe('action.yml', () => {
  it('runs on node24 from the bundle, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding?.icon).toBeTruthy()
    expect(action.branding?.color).toBeTruthy()
  })

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, (input.description ?? '').length > 20]).toEqual([
        name,
        true
      ])
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect([name, (output.description ?? '').length > 10]).toEqual([
        name,
        true
      ])
    }
  })
})

describe('README and action.yml are in sync', () => {
  const inputs = tableRows('Input')
  const outputs = tableRows('Output')

  it('every input is in an inputs table, with its default', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, inputs.has(name)]).toEqual([name, true])
      if (input.default !== undefined) {
        expect([name, inputs.get(name)]).toEqual([name, `\`${input.default}\``])
      }
    }
  })

  it('every input in the README exists', () => {
    expect(inputs.size).toBe(Object.keys(action.inputs).length)
    for (const name of inputs.keys()) {
      expect([name, name in action.inputs]).toEqual([name, true])
    }
  })

  it('outputs match both ways', () => {
    expect([...outputs.keys()].sort()).toEqual(
      Object.keys(action.outputs).sort()
    )
  })
})

describe('README and the code agree', () => {
  it("states a report's limits as they are", () => {
    const text = readme.replace(/\s+/g, ' ')
    const n = (value: number) => value.toLocaleString('en-US')
    expect(text).toContain(
      `with more than ${n(MAX_TEST_CASES)} testcases or with elements nested more than ${MAX_NESTING} deep are refused`
    )
    expect(text).toContain(
      `why a skipped test was skipped (its \`<skipped message>\`, or the element's text when there is no message or the message only names the test`
    )
    expect(text).toContain(
      `and so are files with more than ${n(MAX_PROBLEMS)} failures, errors and skips, with more than ${n(MAX_SIDE_BY_SIDE)} elements side by side in one element, or with more than ${n(MAX_NODES_AT_ONCE)} elements and attributes in one testcase (or in another element the action cannot read in pieces, such as a suite inside more than ${MAX_PIECE_DEPTH} big suites): no test tool writes as many, and each would take gigabytes of memory. A file with a test that carries more than ${n(MAX_MARKERS_PER_TEST)} markers is refused too. One upload keeps at most ${n(MAX_KEPT_TEST_CASES)} marked testcases (a testcase counts once per marker on it), ${n(MAX_KEPT_PROBLEMS)} failures, errors and skips and ${n(MAX_KEPT_CHARS)} characters (${MAX_KEPT_CHARS / 2 ** 20} Mi) of report text in all: a report that would take it over is refused the same way, so that many reports cannot add up to more memory than a runner has`
    )
  })

  it("states the comment's limits as they are", () => {
    const text = readme.replace(/\s+/g, ' ')
    const n = (value: number) => value.toLocaleString('en-US')
    expect(text).toContain(
      `names of up to ${n(COMMENT_LIMITS.nameChars)} characters, up to ${n(COMMENT_LIMITS.listedTestCases)} tests listed (those that failed first when there are more), the details of up to ${n(COMMENT_LIMITS.detailedTestCases)} failed tests`
    )
    expect(text).toContain(
      `up to ${n(COMMENT_LIMITS.problemsPerTest)} messages per test of up to ${n(COMMENT_LIMITS.problemChars)} characters each and the last ${n(COMMENT_LIMITS.outputChars)} characters of its output`
    )
  })

  it("states the issue links' limits as they are", () => {
    const text = readme.replace(/\s+/g, ' ')
    expect(text).toContain(
      `At most **${MAX_BODY_REFERENCES} issues from a pull request body** (the first ${MAX_BODY_REFERENCES} distinct ones`
    )
    expect(text).toContain(`at most **${MAX_LINKED_ISSUES} issues in all**`)
    expect(text).toContain(
      `half the \`timeout\` input, at most ${MAX_LOOKUP_MS / 1000} s`
    )
    expect(text).toContain(
      `larger than ${MAX_GITHUB_BODY_BYTES / 1024 / 1024} MiB counts as a failed look-up`
    )
    expect(text).toContain(
      `closes (\`close(s/d)\`, \`fix(es/ed)\`, \`resolve(s/d)\` + \`#N\`, \`owner/repo#N\` or an issue URL; not in HTML comments or code, nor with the keyword and the number in two paragraphs), at most ${MAX_BODY_REFERENCES}`
    )
  })

  it('states the limits on answers and server text as they are', () => {
    const text = readme.replace(/\s+/g, ' ')
    const MiB = 1024 * 1024
    expect(text).toContain(
      `At most ${MAX_LISTING_ANSWER_BYTES / MiB} MiB of a test-case listing is read`
    )
    expect(text).toContain(
      `and ${MAX_ANSWER_BYTES / MiB} MiB of any other answer`
    )
    expect(text).toContain(`cut to ${MAX_SERVER_TEXT} characters`)
  })
})

describe('workflows', () => {
  const dir = new URL('.github/workflows/', root)
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
  const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/

  it('exist: CI and check-dist', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml']))
  })

  it.each(files)(
    '%s parses, has least-privilege permissions and pins every action',
    (file) => {
      const workflow = parse(readFileSync(new URL(file, dir), 'utf8')) as {
        permissions?: Record<string, string>
        jobs: Record<string, { steps?: { uses?: string }[] }>
      }
      expect(workflow.permissions).toEqual({ contents: 'read' })
      const uses = Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : []))
      )
      expect(uses.length).toBeGreaterThan(0)
      for (const ref of uses) {
        expect([ref, ref === './' || PINNED.test(ref)]).toEqual([ref, true])
      }
    }
  )

  it('dependabot groups npm and GitHub Actions updates', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; groups?: object }[]
    }
    const ecosystems = config.updates.map((u) => u['package-ecosystem'])
    expect(ecosystems.sort()).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) expect(update.groups).toBeDefined()
  })
})

describe('benchmark', () => {
  it("measures fast-xml-parser alone with the action's parser options", async () => {
    const bench = (await import(
      new URL('scripts/bench-parser.mjs', root).href
    )) as typeof import('../src/reports/junit/parser-options.js')
    const { ignoreAttributes: benchIgnores, ...benchRest } = bench.parserOptions
    const { ignoreAttributes: ownIgnores, ...ownRest } = parserOptions
    expect(benchRest).toEqual(ownRest)
    expect([...bench.USED_ATTRIBUTES]).toEqual([...USED_ATTRIBUTES])
    expect(bench.RAW_ELEMENTS).toEqual(RAW_ELEMENTS)
    const names = [...USED_ATTRIBUTES, 'tests', 'timestamp', 'hostname', 'id']
    const ignored = (ignores: unknown) =>
      names.map((name) => (ignores as (n: string) => boolean)(name))
    expect(ignored(benchIgnores)).toEqual(ignored(ownIgnores))
    expect(ignored(ownIgnores)).toContain(true)
  })
})

describe('bundle', () => {
  it('leaves out undici: only getAgentDispatcher (a proxy for fetch) needs it, and the action never calls it', () => {
    const sources = readdirSync(new URL('src/', root), {
      recursive: true,
      encoding: 'utf8'
    }).filter((name) => name.endsWith('.ts'))
    for (const name of sources) {
      expect([name, read(`src/${name}`)]).not.toEqual([
        name,
        expect.stringMatching(/getAgentDispatcher|from 'undici'/)
      ])
    }
    const bundle = read('dist/index.js')
    expect(bundle).toContain('undici is not bundled with this action')
    expect(bundle).not.toContain('class Pool extends')
  })
})
