/**
 * Report discovery (src/reports/find.ts) in a throw-away workspace under the
 * system temp dir. `opendirSync` is wrapped to record which directories the
 * walk enters, so "does not walk into node_modules / .git / outside" is
 * observable.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as fs from 'node:fs'
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const opened: string[] = []
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  default: fs,
  opendirSync: (...args: Parameters<typeof fs.opendirSync>) => {
    opened.push(path.resolve(String(args[0])))
    return fs.opendirSync(...args)
  }
}))
const { findReports } = await import('../src/reports/find.js')

/** The action's default patterns. */
const { DEFAULT_REPORTS: DEFAULT_LIKE } = await import('../src/config.js')

const FILES = [
  'reports/junit.xml',
  'reports/nested/deep/TEST-com.example.FooTest.xml',
  'packages/web/test-results/results.xml',
  'packages/web/test-results/sub/more.xml',
  'packages/web/test-results/notes.txt',
  'packages/@acme/web/test-results/junit.xml',
  'app/build/cypress-junit.xml',
  'app/unit_junit.xml',
  'TestResults/run.xml',
  'TestResults/deeper/not-matched.xml',
  'test-results.xml',
  'other/readme.xml',
  'node_modules/pkg/junit.xml',
  'node_modules/pkg/test-results/r.xml',
  'packages/web/node_modules/dep/junit.xml',
  '.git/junit.xml',
  '.git/test-results/x.xml',
  'dir-pattern/a.xml',
  'dir-pattern/sub/b.xml',
  'dir-pattern/c.txt'
]

let base = ''
let ws = ''
let outside = ''

function abs(...relatives: string[]): string[] {
  return relatives.map((relative) => path.join(ws, relative)).sort()
}

function write(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, '<testsuites/>\n')
}

beforeAll(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'find-reports-')))
  ws = path.join(base, 'ws')
  outside = path.join(base, 'outside')
  for (const file of FILES) write(path.join(ws, file))
  write(path.join(outside, 'junit-secret.xml'))
  write(path.join(outside, 'test-results', 'junit.xml'))
  mkdirSync(path.join(ws, 'links'))
  symlinkSync(
    path.join(outside, 'junit-secret.xml'),
    path.join(ws, 'links', 'junit-outside.xml')
  )
  symlinkSync(outside, path.join(ws, 'links', 'outside-dir'), 'dir')
  symlinkSync(
    path.join(outside, 'test-results'),
    path.join(ws, 'links', 'test-results'),
    'dir'
  )
  symlinkSync(
    path.join('..', 'reports', 'junit.xml'),
    path.join(ws, 'links', 'junit-inside.xml')
  )
  symlinkSync(ws, path.join(base, 'ws-link'), 'dir')
})

afterAll(() => {
  rmSync(base, { recursive: true, force: true })
})

describe('findReports', () => {
  it('default-like patterns find nested report files', async () => {
    opened.length = 0
    const found = await findReports(DEFAULT_LIKE, ws)
    expect(found).toEqual({
      files: abs(
        'reports/junit.xml',
        'reports/nested/deep/TEST-com.example.FooTest.xml',
        'packages/web/test-results/results.xml',
        'packages/web/test-results/sub/more.xml',
        'packages/@acme/web/test-results/junit.xml',
        'app/build/cypress-junit.xml',
        'app/unit_junit.xml',
        'TestResults/run.xml',
        'test-results.xml'
      ),
      refused: [],
      // junit-inside.xml leads to reports/junit.xml, read under its own name.
      links: ['links/junit-outside.xml']
    })
    expect(opened).toContain(path.join(ws, 'reports', 'nested', 'deep'))
    // The patterns all start at the root: one walk for all, each directory
    // read once (one walk per pattern took seven times as long).
    expect(opened).toContain(ws)
    expect(new Set(opened).size).toBe(opened.length)
  })

  it("default-like patterns find Gradle's file names, which hold `$` and `#` (a nested class, a display name)", async () => {
    const gradle = path.join(base, 'gradle')
    const names = [
      'TEST-demo.CartTest$Inner.xml',
      'TEST-BD-220#20tracking.xml',
      'TEST-int#29.xml'
    ]
    for (const name of names)
      write(path.join(gradle, 'app/build/test-results/test', name))
    const found = await findReports(DEFAULT_LIKE, gradle)
    expect(found.files).toEqual(
      names
        .map((name) => path.join(gradle, 'app/build/test-results/test', name))
        .sort()
    )
  })

  it('patterns starting in different directories each walk their own', async () => {
    opened.length = 0
    const found = await findReports(
      ['reports/**/*.xml', 'packages/web/**/*.xml', 'reports/*.xml'],
      ws
    )
    expect(found.files).toEqual(
      abs(
        'reports/junit.xml',
        'reports/nested/deep/TEST-com.example.FooTest.xml',
        'packages/web/node_modules/dep/junit.xml',
        'packages/web/test-results/results.xml',
        'packages/web/test-results/sub/more.xml'
      )
    )
    expect(opened).toContain(path.join(ws, 'reports'))
    expect(opened).toContain(path.join(ws, 'packages', 'web'))
    expect(opened).not.toContain(ws)
    expect(opened).not.toContain(path.join(ws, 'app'))
    expect(new Set(opened).size).toBe(opened.length)
  })

  it('ignores case as Windows does, and only where asked', async () => {
    // Literal parts are found by the file system (which ignores case on
    // Windows): here only the glob parts differ in case.
    const patterns = ['reports/JUNIT.X?L', 'reports/nested/**/test-*.xml']
    expect((await findReports(patterns, ws, false)).files).toEqual([])
    expect((await findReports(patterns, ws, true)).files).toEqual(
      abs(
        'reports/junit.xml',
        'reports/nested/deep/TEST-com.example.FooTest.xml'
      )
    )
    const excluded = await findReports(
      ['reports/**/*.xml', '!reports/NESTED/**'],
      ws,
      true
    )
    expect(excluded.files).toEqual(abs('reports/junit.xml'))
  })

  it('results are sorted and de-duplicated', async () => {
    const found = await findReports(
      [
        'reports/junit.xml',
        '**/junit.xml',
        '!**/node_modules/**',
        'reports/**/*.xml',
        path.join(ws, 'reports', 'junit.xml'),
        './reports/junit.xml'
      ],
      ws
    )
    expect(found.files).toEqual(
      abs(
        'reports/junit.xml',
        'reports/nested/deep/TEST-com.example.FooTest.xml',
        'packages/@acme/web/test-results/junit.xml'
      )
    )
    expect(found.files).toEqual([...new Set(found.files)].sort())
    expect(found.refused).toEqual([])
  })

  describe('! excludes', () => {
    it('a directory glob', async () => {
      const found = await findReports(
        ['reports/**/*.xml', 'dir-pattern/**/*.xml', '!reports/nested/**'],
        ws
      )
      expect(found.files).toEqual(
        abs('reports/junit.xml', 'dir-pattern/a.xml', 'dir-pattern/sub/b.xml')
      )
    })

    it('a single file', async () => {
      const found = await findReports(
        ['reports/**/*.xml', '!reports/junit.xml'],
        ws
      )
      expect(found.files).toEqual(
        abs('reports/nested/deep/TEST-com.example.FooTest.xml')
      )
    })

    it('dir/* excludes the files in dir only, however the include is written', async () => {
      for (const include of [
        '**/*.xml',
        'reports/**/*.xml',
        'reports',
        '**/reports/**/*.xml'
      ]) {
        const found = await findReports([include, '!reports/*'], ws)
        const inReports = found.files.filter((file) =>
          file.startsWith(path.join(ws, 'reports') + path.sep)
        )
        expect([include, inReports]).toEqual([
          include,
          abs('reports/nested/deep/TEST-com.example.FooTest.xml')
        ])
      }
    })

    it('a plain directory excludes the XML files under it', async () => {
      const found = await findReports(['dir-pattern', '!dir-pattern/sub'], ws)
      expect(found.files).toEqual(abs('dir-pattern/a.xml'))
    })

    it('a plain directory excludes everything under it, not only XML files', async () => {
      const found = await findReports(
        ['packages/web/**', '!packages/web/test-results'],
        ws
      )
      expect(found.files).toEqual(
        abs('packages/web/node_modules/dep/junit.xml')
      )
    })

    it('!**/node_modules/** is not walked into, at any depth', async () => {
      const all = await findReports(['**/junit.xml'], ws)
      expect(all.files).toEqual(
        expect.arrayContaining(
          abs(
            'node_modules/pkg/junit.xml',
            'packages/web/node_modules/dep/junit.xml'
          )
        )
      )
      opened.length = 0
      const found = await findReports(
        ['**/junit.xml', '!**/node_modules/**'],
        ws
      )
      expect(found.files).toEqual(
        abs('reports/junit.xml', 'packages/@acme/web/test-results/junit.xml')
      )
      expect(opened).toContain(ws)
      expect(opened).toContain(path.join(ws, 'packages', 'web'))
      expect(opened.filter((dir) => dir.includes('node_modules'))).toEqual([])
    })
  })

  describe('a glob naming folders covers what is under them, as a plain folder does', () => {
    it.each(['!**/node_modules', '!**/node_modules/'])(
      '%j excludes everything under every node_modules, unwalked',
      async (exclude) => {
        opened.length = 0
        const found = await findReports(['**/junit.xml', exclude], ws)
        expect(found.files).toEqual(
          abs('reports/junit.xml', 'packages/@acme/web/test-results/junit.xml')
        )
        expect(opened.filter((dir) => dir.includes('node_modules'))).toEqual([])
      }
    )

    it('**/test-results includes the XML files under every test-results', async () => {
      const found = await findReports(
        ['**/test-results', '!**/node_modules/**'],
        ws
      )
      expect(found.files).toEqual(
        abs(
          'packages/@acme/web/test-results/junit.xml',
          'packages/web/test-results/results.xml',
          'packages/web/test-results/sub/more.xml'
        )
      )
    })

    it('a pattern whose last part is a glob is not widened: !dir/* stays the files in dir', async () => {
      const found = await findReports(['reports/**/*.xml', '!reports/*'], ws)
      expect(found.files).toEqual(
        abs('reports/nested/deep/TEST-com.example.FooTest.xml')
      )
    })
  })

  it('a file reached through a link in a pattern, and by the walk, is found once', async () => {
    const link = path.join(ws, 'links', 'reports-again')
    symlinkSync(path.join('..', 'reports'), link, 'dir')
    try {
      const found = await findReports(
        ['reports/*.xml', 'links/reports-again/junit.xml'],
        ws
      )
      expect(found.files).toEqual(abs('links/reports-again/junit.xml'))
    } finally {
      rmSync(link)
    }
  })

  it.each(['links/reports-again/*.xml', 'links/reports-again'])(
    'a folder the pattern names that is a link inside the workspace is read (%j), its files once',
    async (pattern) => {
      const link = path.join(ws, 'links', 'reports-again')
      symlinkSync(path.join('..', 'reports'), link, 'dir')
      try {
        const through = await findReports([pattern], ws)
        expect(through.refused).toEqual([])
        expect(through.files).toContain(
          path.join(ws, 'links/reports-again/junit.xml')
        )
        const both = await findReports([pattern, 'reports/*.xml'], ws)
        expect(both.files.filter((f) => f.endsWith('/junit.xml'))).toEqual([
          path.join(ws, 'links/reports-again/junit.xml')
        ])
      } finally {
        rmSync(link)
      }
    }
  )

  describe('a plain directory means every .xml under it', () => {
    it.each(['dir-pattern', 'dir-pattern/', './dir-pattern', 'dir-pattern\\'])(
      '%j',
      async (pattern) => {
        const found = await findReports([pattern], ws)
        expect(found).toEqual({
          files: abs('dir-pattern/a.xml', 'dir-pattern/sub/b.xml'),
          refused: [],
          links: []
        })
      }
    )

    it('given as an absolute path inside the workspace', async () => {
      const found = await findReports([path.join(ws, 'dir-pattern')], ws)
      expect(found.files).toEqual(
        abs('dir-pattern/a.xml', 'dir-pattern/sub/b.xml')
      )
    })

    it('"." is the whole workspace, like **/*.xml', async () => {
      const dot = await findReports(['.'], ws)
      const glob = await findReports(['**/*.xml'], ws)
      expect(dot.files).toEqual(glob.files)
      expect(dot.files).toContain(path.join(ws, 'other', 'readme.xml'))
      expect(dot.files).not.toContain(
        path.join(ws, 'packages/web/test-results/notes.txt')
      )
    })

    // `@` (and `+`) are only glob syntax before `(`: `@acme` is an ordinary
    // directory name (npm scopes).
    it('whose path contains @ (npm scope)', async () => {
      const found = await findReports(['packages/@acme/web/test-results'], ws)
      expect(found.files).toEqual(
        abs('packages/@acme/web/test-results/junit.xml')
      )
    })
  })

  describe('never leaves the workspace', () => {
    it.each([
      '../outside/junit-secret.xml',
      '../outside',
      '../outside/**/*.xml',
      'reports/../../outside/*.xml',
      '..',
      '!../outside/**'
    ])('%j is refused', async (pattern) => {
      opened.length = 0
      const found = await findReports([pattern], ws)
      expect(found).toEqual({
        files: [],
        refused: [`${pattern} (outside the workspace)`],
        links: []
      })
      expect(opened.filter((dir) => dir.startsWith(outside))).toEqual([])
    })

    it('absolute paths outside are refused, the rest still used', async () => {
      const secret = path.join(outside, 'junit-secret.xml')
      const found = await findReports(
        [secret, outside, path.join(outside, '**'), 'reports/junit.xml'],
        ws
      )
      expect(found).toEqual({
        files: abs('reports/junit.xml'),
        refused: [
          `${secret} (outside the workspace)`,
          `${outside} (outside the workspace)`,
          `${path.join(outside, '**')} (outside the workspace)`
        ],
        links: []
      })
    })

    it('a sibling directory sharing the prefix is outside', async () => {
      const sibling = `${ws}-other/junit.xml`
      const found = await findReports([sibling], ws)
      expect(found.refused).toEqual([`${sibling} (outside the workspace)`])
    })

    it('absolute paths inside are fine, globs too', async () => {
      const found = await findReports(
        [
          path.join(ws, 'reports', 'junit.xml'),
          path.join(ws, 'TestResults', '*.xml')
        ],
        ws
      )
      expect(found).toEqual({
        files: abs('reports/junit.xml', 'TestResults/run.xml'),
        refused: [],
        links: []
      })
    })

    it.each([
      'links/junit-outside.xml',
      'links/outside-dir/junit-secret.xml',
      'links/outside-dir/*.xml',
      'links/outside-dir',
      'links/outside-dir/**/*.xml',
      'links/test-results/junit.xml',
      'links/**',
      'links'
    ])(
      'symbolic links to the outside are not followed: %j',
      async (pattern) => {
        opened.length = 0
        const found = await findReports([pattern], ws)
        expect(found.files).toEqual([])
        expect(opened.filter((dir) => dir.startsWith(outside))).toEqual([])
      }
    )

    it("a pattern whose folder leads out through a link says so (Bazel's bazel-testlogs)", async () => {
      const found = await findReports(
        ['links/outside-dir/**/*.xml', 'links/outside-dir/**/junit*.xml'],
        ws
      )
      expect(found).toEqual({
        files: [],
        refused: [
          'links/outside-dir/**/*.xml (links/outside-dir leads out of the workspace through a symbolic link, not followed)'
        ],
        links: []
      })
    })

    it('symbolic links are skipped while walking, even to inside files', async () => {
      opened.length = 0
      const found = await findReports(
        ['**/junit*.xml', '**/test-results/**/*.xml'],
        ws
      )
      expect(found.files.filter((file) => file.includes('/links/'))).toEqual([])
      expect(opened.filter((dir) => dir.includes('/links/'))).toEqual([])
      // Named, so that the step can say why they were not read; not one
      // whose file is read under its own name (reports/junit.xml).
      expect(found.links).toEqual(['links/junit-outside.xml'])
      expect(await findReports(['links/junit-inside.xml'], ws)).toEqual({
        files: [],
        refused: [],
        links: ['links/junit-inside.xml']
      })
      // Excluded, or not matched: not named.
      expect(
        (await findReports(['links/*.xml', '!**/junit-outside.xml'], ws)).links
      ).toEqual(['links/junit-inside.xml'])
      expect(
        (await findReports(['**/test-results/**/*.xml'], ws)).links
      ).toEqual([])
    })

    it('.git is skipped while walking', async () => {
      opened.length = 0
      const found = await findReports(['**/*.xml', '**/test-results/**'], ws)
      expect(found.files.filter((file) => file.includes('/.git/'))).toEqual([])
      expect(found.files).toContain(path.join(ws, 'test-results.xml'))
      expect(opened.filter((dir) => dir.includes('.git'))).toEqual([])
    })
  })

  it('Windows separators are accepted', async () => {
    const found = await findReports(['reports\\nested\\**\\*.xml'], ws)
    expect(found.files).toEqual(
      abs('reports/nested/deep/TEST-com.example.FooTest.xml')
    )
  })

  it('a pattern matching nothing is neither found nor refused', async () => {
    expect(await findReports(['missing/**/*.xml', 'nope.xml'], ws)).toEqual({
      files: [],
      refused: [],
      links: []
    })
  })

  it('a workspace given through a symbolic link is searched, files named under the link', async () => {
    const link = path.join(base, 'ws-link')
    const found = await findReports(['reports/junit.xml'], link)
    expect(found.files).toEqual([path.join(link, 'reports/junit.xml')])
  })

  it('a workspace given through a symbolic link is walked by patterns that start at its root', async () => {
    const link = path.join(base, 'ws-link')
    const viaLink = await findReports(DEFAULT_LIKE, link)
    const direct = await findReports(DEFAULT_LIKE, ws)
    expect(direct.files.length).toBeGreaterThan(5)
    expect(viaLink.files).toEqual(
      direct.files.map((file) => path.join(link, path.relative(ws, file)))
    )
    const everyXml = await findReports(
      ['**/*.xml', '!**/node_modules/**'],
      link
    )
    expect(everyXml.files).toContain(path.join(link, 'other/readme.xml'))
  })

  // An absolute pattern may spell the workspace as given or as its real path.
  it('an absolute pattern spelled with the given (symlinked) workspace path', async () => {
    const link = path.join(base, 'ws-link')
    const found = await findReports(
      [path.join(link, 'reports', 'junit.xml')],
      link
    )
    expect(found).toEqual({
      files: [path.join(link, 'reports/junit.xml')],
      refused: [],
      links: []
    })
  })
})
