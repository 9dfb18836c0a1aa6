/**
 * readConfig: inputs in, a typed config (or an error naming the input) out.
 * Inputs come from a plain object, as @actions/core's getInput would give them.
 */
import { describe, expect, it } from '@jest/globals'
import {
  type Config,
  DEFAULT_REPORTS,
  InputError,
  readConfig
} from '../src/config.js'
import {
  DEFAULT_STATUSES,
  neededUpdates,
  needsAccountStatuses,
  resolveStatusMap,
  type StatusInfo
} from '../src/results/statuses.js'

const BASE: Record<string, string> = {
  url: 'https://acme.eu1.qasphere.com',
  'api-key': 't1.ak1.secret',
  project: 'BD',
  run: '42'
}

/** readConfig with these inputs (unset inputs read as ''), recording masked secrets. */
function read(inputs: Record<string, string>): {
  config: Config
  masked: string[]
} {
  const masked: string[] = []
  const config = readConfig(
    (name) => inputs[name] ?? '',
    (secret) => masked.push(secret)
  )
  return { config, masked }
}

/** The error readConfig throws for these inputs. */
function failure(inputs: Record<string, string>): Error {
  try {
    read(inputs)
  } catch (error) {
    return error as Error
  }
  throw new Error(`readConfig accepted ${JSON.stringify(inputs)}`)
}

describe('target from url, project and run', () => {
  it('reads them into a config with the documented defaults', () => {
    const { config } = read(BASE)
    expect(config).toEqual({
      baseUrl: 'https://acme.eu1.qasphere.com',
      apiKey: 't1.ak1.secret',
      project: 'BD',
      run: 42,
      reports: DEFAULT_REPORTS,
      ifNoFilesFound: 'warn',
      onUnmatched: 'warn',
      failOnTestFailure: false,
      newRun: undefined,
      closeRun: false,
      dryRun: false,
      batchSize: 500,
      retries: 5,
      timeoutSeconds: 600,
      rateLimit: 20,
      statusMap: [],
      configureStatuses: [],
      annotations: true,
      attachments: false,
      issueIntegrationId: '',
      linkIssues: 'failed',
      issues: '',
      githubToken: '',
      ignoredInputs: []
    })
  })

  it('names run-title and its companions as ignored when the run is named', () => {
    const extra = {
      'run-title': 'Nightly',
      'run-description': 'd',
      'milestone-id': 'abc'
    }
    expect(read({ ...BASE, ...extra }).config.ignoredInputs).toEqual([
      'run-title',
      'run-description',
      'milestone-id'
    ])
    expect(
      read({
        ...BASE,
        url: '',
        project: '',
        run: '',
        'run-url': 'https://acme.eu1.qasphere.com/project/BD/run/42',
        'run-title': 'Nightly'
      }).config.ignoredInputs
    ).toEqual(['run-title'])
    expect(
      read({ ...BASE, run: '', 'run-title': 'Nightly' }).config.ignoredInputs
    ).toEqual([])
  })

  it.each([
    ['https://acme.eu1.qasphere.com/', 'https://acme.eu1.qasphere.com'],
    ['https://acme.eu1.qasphere.com///', 'https://acme.eu1.qasphere.com'],
    ['https://example.com/qasphere/', 'https://example.com/qasphere'],
    ['https://ACME.eu1.qasphere.com', 'https://acme.eu1.qasphere.com'],
    // The API's base, as QA Sphere's API documentation writes it.
    [
      'https://acme.eu1.qasphere.com/api/public/v0',
      'https://acme.eu1.qasphere.com'
    ],
    [
      'https://example.com/qasphere/api/public/v0/',
      'https://example.com/qasphere'
    ]
  ])('url %s becomes base %s', (url, baseUrl) => {
    expect(read({ ...BASE, url }).config.baseUrl).toBe(baseUrl)
  })

  it.each(['url', 'project'])(
    'a missing %s alone is named as missing, not read as a wrong value',
    (input) => {
      const error = failure({ ...BASE, [input]: '' })
      expect(error).toBeInstanceOf(InputError)
      expect(error.message).toContain(`"${input}"`)
      expect(error.message).toContain('set url, project and run')
    }
  )

  it('names every missing input in the message', () => {
    const error = failure({ 'api-key': 'k', project: 'BD' })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain('"url"')
    expect(error.message).toContain('"run"')
    expect(error.message).not.toContain('"project"')
    expect(error.message).toContain('run-url')
  })

  it('names a single missing input in the singular', () => {
    const { message } = failure({ 'api-key': 'k', project: 'BD', run: '42' })
    expect(message).toMatch(/^Input "url" is not set: set url, project and run/)
  })

  it('names all three when none is set', () => {
    const { message } = failure({})
    expect(message).toMatch(
      /^Inputs "url", "project" and "run" are not set: set url, project and run/
    )
  })

  it('refuses a project that is not a code or id', () => {
    const error = failure({ ...BASE, project: 'BD 1' })
    expect(error.message).toMatch(/^Input "project": "BD 1" is not a project/)
  })

  it.each(['0', '-1', '1.5', 'abc', '42x', '1e3', '1234567890', ' 42'])(
    'refuses run id %j',
    (run) => {
      const error = failure({ ...BASE, run })
      expect(error).toBeInstanceOf(InputError)
      expect(error.message).toContain('Input "run"')
      expect(error.message).toContain('is not a positive integer')
    }
  )

  it.each([
    ['1', 1],
    ['007', 7],
    ['999999999', 999999999]
  ])('accepts run id %j as %d', (run, expected) => {
    expect(read({ ...BASE, run }).config.run).toBe(expected)
  })
})

describe('run-title', () => {
  const TITLED = { ...BASE, run: '', 'run-title': 'Nightly' }

  it('with its description and milestone makes the run to create', () => {
    expect(
      read({ ...TITLED, 'run-description': 'd', 'milestone-id': '12' }).config
        .newRun
    ).toEqual({ title: 'Nightly', description: 'd', milestoneId: 12 })
    expect(read(TITLED).config.newRun).toEqual({ title: 'Nightly' })
  })

  it.each(['abc', '0', '-1', '1.5', '12x', 'x12', '1234567890'])(
    'milestone-id %j is refused',
    (milestone) => {
      expect(failure({ ...TITLED, 'milestone-id': milestone }).message).toBe(
        `Input "milestone-id": "${milestone}" is not a positive integer`
      )
    }
  )
})

describe('url scheme and credentials', () => {
  it.each([
    'http://localhost:8080',
    'http://LOCALHOST',
    'http://127.0.0.1:3000',
    'http://127.12.34.56',
    'http://[::1]:9000'
  ])('allows plain http for loopback %s', (url) => {
    expect(read({ ...BASE, url }).config.baseUrl).toBe(new URL(url).origin)
  })

  it.each([
    'http://acme.eu1.qasphere.com',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'http://10.0.0.1',
    'http://[::2]',
    'ftp://acme.eu1.qasphere.com',
    'file:///etc/passwd'
  ])('requires https for %s', (url) => {
    const error = failure({ ...BASE, url })
    expect(error.message).toContain('Input "url"')
    expect(error.message).toContain('must use https://')
  })

  it('refuses something that is not a URL', () => {
    const error = failure({ ...BASE, url: 'acme.eu1.qasphere.com' })
    expect(error.message).toContain('Input "url"')
    expect(error.message).toContain('is not a URL')
  })

  it.each([
    ['user and password', 'https://bob:hunter2@acme.eu1.qasphere.com'],
    ['user only', 'https://hunter2@acme.eu1.qasphere.com']
  ])('refuses credentials in the url (%s) without repeating them', (_, url) => {
    const error = failure({ ...BASE, url })
    expect(error.message).toContain('Input "url"')
    expect(error.message).toContain('must not contain credentials')
    expect(error.message).not.toContain('hunter2')
  })

  it('refuses credentials in run-url', () => {
    const error = failure({
      'run-url': 'https://bob:hunter2@acme.qasphere.com/project/BD/run/1'
    })
    expect(error.message).toContain('Input "run-url"')
    expect(error.message).not.toContain('hunter2')
  })

  it.each(['https://acme.qasphere.com/?x=1', 'https://acme.qasphere.com/#top'])(
    'refuses a url with a query or fragment: %s',
    (url) => {
      expect(failure({ ...BASE, url }).message).toContain(
        'must not have a query or fragment'
      )
    }
  )
})

describe('run-url', () => {
  it('gives base, project and run', () => {
    const { config } = read({
      'run-url': 'https://acme.eu1.qasphere.com/project/BD/run/42'
    })
    expect(config).toMatchObject({
      baseUrl: 'https://acme.eu1.qasphere.com',
      project: 'BD',
      run: 42
    })
  })

  it('keeps a path prefix in the base and ignores what follows the run id', () => {
    const { config } = read({
      'run-url':
        'https://example.com/qa/sphere/project/APP_2/run/7/tcase/3?tab=results#x'
    })
    expect(config).toMatchObject({
      baseUrl: 'https://example.com/qa/sphere',
      project: 'APP_2',
      run: 7
    })
  })

  it('may be repeated by project as code or id; two codes or two ids that differ contradict it', () => {
    const runUrl = 'https://acme.eu1.qasphere.com/project/BD/run/42'
    const id = '1HcFIPb4Q_rEKPQ6tVIn4f1'
    expect(read({ 'run-url': runUrl, project: 'bd' }).config.project).toBe('BD')
    expect(read({ 'run-url': runUrl, project: id }).config.project).toBe('BD')
    expect(
      read({
        'run-url': `https://acme.eu1.qasphere.com/project/${id}/run/42`,
        project: 'BD'
      }).config.project
    ).toBe(id)
    expect(failure({ 'run-url': runUrl, project: 'XY' }).message).toBe(
      `Input "project": "XY" contradicts run-url "${runUrl}"; set one of them`
    )
  })

  it('allows http for a loopback run-url', () => {
    const { config } = read({
      'run-url': 'http://127.0.0.1:4010/project/BD/run/1'
    })
    expect(config.baseUrl).toBe('http://127.0.0.1:4010')
  })

  it('requires https for run-url', () => {
    const error = failure({
      'run-url': 'http://acme.qasphere.com/project/BD/run/1'
    })
    expect(error.message).toContain('Input "run-url"')
    expect(error.message).toContain('must use https://')
  })

  it.each([
    'https://acme.qasphere.com/project/BD',
    'https://acme.qasphere.com/project/BD/runs/42',
    'https://acme.qasphere.com/'
  ])('refuses %s, which is not a run address', (runUrl) => {
    const error = failure({ 'run-url': runUrl })
    expect(error.message).toContain('Input "run-url"')
    expect(error.message).toContain('is not the address of a QA Sphere run')
  })

  it.each(['0', 'abc', '-3'])('refuses run id %j in run-url', (run) => {
    const error = failure({
      'run-url': `https://acme.qasphere.com/project/BD/run/${run}`
    })
    expect(error.message).toContain('Input "run-url"')
    expect(error.message).toContain('is not a positive integer')
  })

  it('accepts url, project and run that repeat it', () => {
    const { config } = read({
      'run-url': 'https://acme.qasphere.com/prefix/project/BD/run/42',
      url: 'https://acme.qasphere.com/prefix/',
      project: 'bd',
      run: '042'
    })
    expect(config).toMatchObject({
      baseUrl: 'https://acme.qasphere.com/prefix',
      project: 'BD',
      run: 42
    })
  })

  it.each([
    ['url', 'https://other.qasphere.com'],
    ['url', 'https://acme.qasphere.com/prefix/more'],
    ['project', 'XY'],
    ['run', '43']
  ])('refuses a contradicting %s (%s)', (input, value) => {
    const error = failure({
      'run-url': 'https://acme.qasphere.com/prefix/project/BD/run/42',
      [input]: value
    })
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toMatch(new RegExp(`^Input "${input}": `))
    expect(error.message).toContain(value)
  })

  it('does not need url, project or run', () => {
    expect(() =>
      read({ 'run-url': 'https://acme.qasphere.com/project/BD/run/1' })
    ).not.toThrow()
  })
})

describe('enums', () => {
  it.each(['warn', 'error', 'ignore'] as const)(
    'if-no-files-found accepts %s',
    (value) => {
      const { config } = read({ ...BASE, 'if-no-files-found': value })
      expect(config.ifNoFilesFound).toBe(value)
    }
  )

  it.each(['warn', 'fail', 'ignore'] as const)(
    'on-unmatched accepts %s',
    (value) => {
      expect(read({ ...BASE, 'on-unmatched': value }).config.onUnmatched).toBe(
        value
      )
    }
  )

  it.each([
    ['if-no-files-found', 'fail'],
    ['if-no-files-found', 'skip'],
    ['on-unmatched', 'error'],
    ['on-unmatched', 'nope']
  ])('%s refuses %s and lists the allowed values', (input, value) => {
    const error = failure({ ...BASE, [input]: value })
    expect(error.message).toContain(`Input "${input}"`)
    expect(error.message).toContain(`"${value}" is not one of`)
    expect(error.message).toContain('ignore')
  })
})

describe('booleans', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('%s is %s', (value, expected) => {
    const { config } = read({
      ...BASE,
      'dry-run': value,
      annotations: value,
      'fail-on-test-failure': value
    })
    expect(config.dryRun).toBe(expected)
    expect(config.annotations).toBe(expected)
    expect(config.failOnTestFailure).toBe(expected)
  })

  it('defaults: dry-run false, annotations true', () => {
    const { config } = read(BASE)
    expect(config.dryRun).toBe(false)
    expect(config.annotations).toBe(true)
  })

  it.each(['yes', 'no', '1', '0', 'tRUE', 'on', 'y'])('refuses %j', (value) => {
    expect(failure({ ...BASE, 'dry-run': value }).message).toBe(
      `Input "dry-run": "${value}" is not true or false`
    )
    expect(failure({ ...BASE, annotations: value }).message).toContain(
      'Input "annotations"'
    )
    expect(
      failure({ ...BASE, 'fail-on-test-failure': value }).message
    ).toContain('Input "fail-on-test-failure"')
  })
})

describe('a URL without its scheme', () => {
  it('is shown the form each input takes', () => {
    expect(failure({ ...BASE, url: 'acme.eu1.qasphere.com' }).message).toBe(
      'Input "url": "acme.eu1.qasphere.com" is not a URL; expected https://<tenant>.qasphere.com'
    )
    expect(
      failure({
        'api-key': 'k',
        'run-url': 'acme.eu1.qasphere.com/project/BD/run/4'
      }).message
    ).toBe(
      'Input "run-url": "acme.eu1.qasphere.com/project/BD/run/4" is not a URL; expected https://<tenant>.qasphere.com/project/BD/run/42'
    )
  })
})

describe('status-map and configure-statuses', () => {
  it.each([
    [
      'status-map',
      'error=blocked, flaky=passed',
      'Input "status-map": "error=blocked, flaky=passed" holds more than one mapping: write one outcome=status per line'
    ],
    [
      'status-map',
      'error=blocked\nfailure=failed\nERROR=custom1',
      'Input "status-map": maps error twice: keep one line for it'
    ],
    [
      'configure-statuses',
      'custom1=Flaky:orange\nCUSTOM1=Known Issue:blue',
      'Input "configure-statuses": sets custom1 twice: keep one line for it'
    ],
    [
      'configure-statuses',
      'custom1= :red',
      'Input "configure-statuses": "custom1= :red" is not customN=Name:color (like custom1=Flaky:orange); N is 1 to 4'
    ]
  ])('%s: %j is refused, saying how to write it', (input, value, message) => {
    expect(failure({ ...BASE, [input]: value }).message).toBe(message)
  })

  it.each([
    [
      'status-map',
      'error',
      'Input "status-map": "error" is not outcome=status (like error=Known Issue)'
    ],
    [
      'status-map',
      'error=',
      'Input "status-map": "error=" is not outcome=status (like error=Known Issue)'
    ],
    [
      'configure-statuses',
      'custom1=Flaky:brown',
      'Input "configure-statuses": "custom1=Flaky:brown": the colour "brown" is not one of blue, gray, red, orange, yellow, green, teal, indigo, purple, pink'
    ]
  ])('%s: %j is refused, saying what is wrong', (input, value, message) => {
    expect(failure({ ...BASE, [input]: value }).message).toBe(message)
  })

  it('skips comment and blank lines, and reads names and colours as written', () => {
    const { config } = read({
      ...BASE,
      'status-map': '# flaky tests are known\n\nflaky=Known Issue',
      'configure-statuses': '# ours\n custom2 = Known Issue : Orange '
    })
    expect(config.statusMap).toEqual([
      { outcome: 'flaky', target: 'Known Issue' }
    ])
    expect(config.configureStatuses).toEqual([
      { id: 'custom2', name: 'Known Issue', color: 'orange' }
    ])
  })

  it("asks for the account's statuses only when a mapping names no default status", () => {
    const map = (text: string) => read({ ...BASE, 'status-map': text }).config
    expect(
      needsAccountStatuses(map('error=failed\nflaky=Passed').statusMap)
    ).toBe(false)
    expect(
      needsAccountStatuses(map('error=failed\nflaky=custom1').statusMap)
    ).toBe(true)
  })

  it('maps to any default status, by id or name, with the defaults alone (the account is not asked then)', () => {
    const { statusMap } = read({
      ...BASE,
      'status-map':
        'passed=open\nfailure=Blocked\nerror=failed\nskipped=PASSED\nflaky=skipped'
    }).config
    expect(resolveStatusMap(statusMap, DEFAULT_STATUSES)).toEqual({
      passed: 'open',
      failure: 'blocked',
      error: 'failed',
      skipped: 'passed',
      flaky: 'skipped'
    })
  })

  it('a name two statuses share: the active one, or an error naming both when both are active', () => {
    const custom = (
      id: 'custom1' | 'custom2',
      isActive: boolean
    ): StatusInfo => ({
      id,
      name: 'Known Issue',
      color: 'red',
      isDefault: false,
      isActive
    })
    const { statusMap } = read({
      ...BASE,
      'status-map': 'error=known issue'
    }).config
    expect(
      resolveStatusMap(statusMap, [
        ...DEFAULT_STATUSES,
        custom('custom1', false),
        custom('custom2', true)
      ]).error
    ).toBe('custom2')
    expect(() =>
      resolveStatusMap(statusMap, [
        ...DEFAULT_STATUSES,
        custom('custom1', true),
        custom('custom2', true)
      ])
    ).toThrow(
      'status-map: error=known issue: 2 active statuses are named "known issue" (custom1, custom2): map to the id of the one meant'
    )
  })

  it('updates only the custom statuses not already active with that name and colour', () => {
    const current: StatusInfo[] = [
      ...DEFAULT_STATUSES,
      {
        id: 'custom1',
        name: 'Flaky',
        color: 'orange',
        isDefault: false,
        isActive: true
      },
      {
        id: 'custom2',
        name: 'Known Issue',
        color: 'red',
        isDefault: false,
        isActive: false
      },
      {
        id: 'custom3',
        name: 'Later',
        color: 'blue',
        isDefault: false,
        isActive: true
      },
      {
        id: 'custom4',
        name: 'Other',
        color: 'teal',
        isDefault: false,
        isActive: true
      }
    ]
    const wanted = [
      { id: 'custom1' as const, name: 'Flaky', color: 'orange' },
      { id: 'custom2' as const, name: 'Known Issue', color: 'red' },
      { id: 'custom3' as const, name: 'Later', color: 'pink' },
      { id: 'custom4' as const, name: 'Renamed', color: 'teal' }
    ]
    expect(neededUpdates(wanted, current).map((u) => u.id)).toEqual([
      'custom2',
      'custom3',
      'custom4'
    ])
  })

  it('takes a status name holding = or a comma', () => {
    expect(
      read({ ...BASE, 'status-map': 'error=a=b, c\nfailure=x, y' }).config
        .statusMap
    ).toEqual([
      { outcome: 'error', target: 'a=b, c' },
      { outcome: 'failure', target: 'x, y' }
    ])
  })
})

describe('retries', () => {
  it.each([
    ['0', 0],
    ['20', 20]
  ])('accepts %s', (value, expected) => {
    expect(read({ ...BASE, retries: value }).config.retries).toBe(expected)
  })

  it.each(['-1', '21'])('refuses %j', (value) => {
    expect(failure({ ...BASE, retries: value }).message).toContain(
      'Input "retries": "' + value + '" is not a whole number from 0 to 20'
    )
  })
})

describe('batch-size', () => {
  it.each([
    ['1', 1],
    ['1000', 1000],
    ['250', 250]
  ])('accepts %s', (value, expected) => {
    expect(read({ ...BASE, 'batch-size': value }).config.batchSize).toBe(
      expected
    )
  })

  it.each(['0', '1001', '-5', '2.5', 'ten', '1e2', '10 '])(
    'refuses %j',
    (value) => {
      const error = failure({ ...BASE, 'batch-size': value })
      expect(error.message).toContain('Input "batch-size"')
      expect(error.message).toContain('from 1 to 1000')
    }
  )
})

describe('reports', () => {
  it('splits lines, trims them and drops comments and blank lines', () => {
    const reports = [
      '# JUnit files of both jobs',
      '  build/test-results/**/*.xml  ',
      '',
      '   ',
      '\t# indented comment',
      'reports/junit.xml',
      '!**/node_modules/**'
    ].join('\r\n')
    expect(read({ ...BASE, reports }).config.reports).toEqual([
      'build/test-results/**/*.xml',
      'reports/junit.xml',
      '!**/node_modules/**'
    ])
  })

  it.each(['', '\n\n', '# only a comment\n  \n'])(
    'uses the default patterns for %j',
    (reports) => {
      const { config } = read({ ...BASE, reports })
      expect(config.reports).toEqual(DEFAULT_REPORTS)
      expect(config.reports).toContain('**/TEST-*.xml')
      expect(config.reports).toContain('!**/node_modules/**')
    }
  )
})

describe('api-key', () => {
  it('is masked before any other input is read', () => {
    const events: string[] = []
    readConfig(
      (name) => {
        events.push(`read ${name}`)
        return BASE[name] ?? ''
      },
      (secret) => events.push(`mask ${secret}`)
    )
    expect(events.slice(0, 2)).toEqual(['read api-key', 'mask t1.ak1.secret'])
    expect(events.filter((e) => e.startsWith('mask'))).toHaveLength(1)
  })

  it('is masked even when another input is invalid', () => {
    const masked: string[] = []
    expect(() =>
      readConfig(
        (name) =>
          (({ ...BASE, url: 'http://evil.example' }) as Record<string, string>)[
            name
          ] ?? '',
        (secret) => masked.push(secret)
      )
    ).toThrow(InputError)
    expect(masked).toEqual(['t1.ak1.secret'])
  })

  it('is not masked when empty, and the config keeps it empty', () => {
    const { config, masked } = read({ ...BASE, 'api-key': '' })
    expect(masked).toEqual([])
    expect(config.apiKey).toBe('')
  })
})

describe('issue links', () => {
  const base = { url: 'https://acme.qasphere.com', project: 'BD', run: '1' }

  it('reads the link inputs and masks the GitHub token', () => {
    const masked: string[] = []
    const config = readConfig(
      (name) =>
        ({
          ...base,
          'issue-integration-id': 'int-1',
          'link-issues': 'all',
          issues: '7, #8',
          'github-token': 'ghs_token'
        })[name] ?? '',
      (secret) => masked.push(secret)
    )
    expect(config).toMatchObject({
      issueIntegrationId: 'int-1',
      linkIssues: 'all',
      issues: '7, #8',
      githubToken: 'ghs_token'
    })
    expect(masked).toEqual(['ghs_token'])
  })

  it('refuses an unknown link-issues value, naming the input', () => {
    expect(() =>
      readConfig(
        (name) => ({ ...base, 'link-issues': 'some' })[name] ?? '',
        () => {}
      )
    ).toThrow('Input "link-issues": "some" is not one of failed, all, none')
  })
})
