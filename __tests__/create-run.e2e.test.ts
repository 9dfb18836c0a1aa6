/**
 * End to end: run-title creates a run holding the marked test cases, or
 * reuses the run that already has the title; close-run closes it.
 */
import { describe, expect, it } from '@jest/globals'
import { useTestServer } from './helpers/test-server.js'

const ctx = useTestServer()

/** A report marking these sequence numbers, the first failing. */
function report(...seqs: number[]): string {
  const cases = seqs.map((seq, i) =>
    i === 0
      ? `<testcase name="BD-${seq} case" time="1"><failure message="boom"/></testcase>`
      : `<testcase name="BD-${seq} case" time="1"/>`
  )
  return `<testsuite name="release">${cases.join('')}</testsuite>`
}

function action(seqs: number[], inputs: Record<string, string> = {}) {
  return ctx.action({
    files: { 'junit.xml': { content: report(...seqs) } },
    inputs: { run: '', 'run-title': 'Release v1.2.0', ...inputs }
  })
}

const bd = () => ctx.server.state.projects[0]
const runNamed = (title: string) => bd().runs.find((r) => r.title === title)
const seqsOf = (tcaseIds: string[]) =>
  tcaseIds.map((id) => bd().tcases.find((t) => t.id === id)?.seq)

describe('run-title', () => {
  it('creates a run holding the marked test cases and posts into it', async () => {
    const result = await action([3, 1, 2, 99], {
      'run-description': 'Nightly of main',
      'milestone-id': '7'
    })
    expect(result.exitCode).toBe(0)
    const run = runNamed('Release v1.2.0')
    expect(run).toBeDefined()
    expect(seqsOf(run?.tcaseIds ?? [])).toEqual([1, 2, 3])
    expect(run).toMatchObject({
      description: 'Nightly of main',
      milestoneId: 7,
      closed: false
    })
    expect(result.outputs).toMatchObject({
      'run-id': String(run?.id),
      'run-created': 'true',
      'run-url': `${ctx.server.url}/project/BD/run/${run?.id}`,
      unmatched: '["BD-99"]'
    })
    expect(ctx.server.resultsFor('BD', run?.id ?? 0)).toHaveLength(3)
    const create = ctx.server.requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/project/BD/run')
    )
    expect(JSON.parse(create?.body ?? '{}')).toMatchObject({
      title: 'Release v1.2.0',
      type: 'static_struct',
      queryPlans: [{ tcaseIds: expect.any(Array) }]
    })
    // One look-up of the markers in the project, one run listing.
    expect(
      ctx.server.requests.filter((r) => r.path.endsWith('/tcase/seq'))
    ).toHaveLength(1)
    expect(
      ctx.server.requests.filter(
        (r) => r.path.endsWith('/tcase') && r.method === 'GET'
      )
    ).toHaveLength(1)
  })

  it('configure-statuses with a key that may not change them: refused before the run is created', async () => {
    const result = await action([1, 2], {
      'configure-statuses': 'custom2=Flaky:yellow'
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      'needs an API key with the Admin or Owner role'
    )
    expect(runNamed('Release v1.2.0')).toBeUndefined()
    expect(result.outputs['run-id']).toBe('')
  })

  it('reuses the run on a second invocation (matrix legs, re-runs); cases it lacks are unmatched', async () => {
    const first = await action([1, 2])
    expect(first.outputs['run-created']).toBe('true')
    const second = await action([2, 4])
    expect(second.exitCode).toBe(0)
    expect(second.outputs['run-created']).toBe('false')
    expect(second.outputs['run-id']).toBe(first.outputs['run-id'])
    expect(second.outputs['run-url']).toBe(first.outputs['run-url'])
    expect(second.stdout).toContain(`Reusing run ${first.outputs['run-id']}`)
    expect(JSON.parse(second.outputs.unmatched)).toEqual(['BD-4'])
    expect(bd().runs.filter((r) => r.title === 'Release v1.2.0')).toHaveLength(
      1
    )
    expect(
      ctx.server.resultsFor('BD', Number(first.outputs['run-id']))
    ).toHaveLength(3)
  })

  it('close-run: closes the run after a fully successful upload', async () => {
    const result = await action([1, 2], { 'close-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`Closed run ${result.outputs['run-id']}`)
    expect(runNamed('Release v1.2.0')?.closed).toBe(true)
    // The closed run takes no more results.
    const again = await action([1, 2])
    expect(again.exitCode).toBe(1)
    expect(again.stdout).toContain('the run is closed')
    expect(again.stdout).toContain(
      'reopen it in QA Sphere or post to another run (with close-run, a re-run or another matrix leg that reuses the run by run-title finds it closed: close it in a last job instead)'
    )
  })

  it('close-run: leaves the run open when nothing was posted to it', async () => {
    const result = await action([77], { run: '42', 'close-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.total).toBe('0')
    expect(bd().runs.find((r) => r.id === 42)?.closed).toBe(false)
    expect(result.stdout).toContain(
      'Run 42 is not closed: nothing was posted to it'
    )
  })

  it('close-run: leaves the run open when the upload did not fully succeed', async () => {
    const result = await action([1, 99], {
      'close-run': 'true',
      'on-unmatched': 'fail'
    })
    expect(result.exitCode).toBe(1)
    expect(runNamed('Release v1.2.0')?.closed).toBe(false)
    expect(result.stdout).toContain(
      'is not closed: the upload did not fully succeed'
    )
  })

  it('reports without a marker: no run, and a summary that says so', async () => {
    const result = await action([])
    expect(result.exitCode).toBe(0)
    expect(runNamed('Release v1.2.0')).toBeUndefined()
    expect(result.stdout).toContain('nothing to upload, and no run was created')
    expect(result.summary).toContain('&quot;Release v1.2.0&quot; (not created)')
    expect(result.outputs).toMatchObject({ total: '0', 'run-id': '' })
  })

  it('reports without a marker of a project that does not exist: the step fails, saying so, instead of passing with a warning', async () => {
    const result = await action([12], { project: 'BF' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /::error::.*HTTP 404.*the project, the run or a test case was not found/
    )
    expect(result.stdout).not.toContain('::warning::No test in the reports')
    expect(bd().runs.filter((r) => r.title === 'Release v1.2.0')).toEqual([])
  })

  it('reports without a marker and a key QA Sphere refuses: the step fails', async () => {
    const result = await action([], { 'api-key': 'not-a-key' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::.*HTTP 401/)
  })

  it('a project without any of the marked cases: no run, every marker unmatched', async () => {
    const result = await action([77, 99])
    expect(result.exitCode).toBe(0)
    expect(runNamed('Release v1.2.0')).toBeUndefined()
    expect(JSON.parse(result.outputs.unmatched)).toEqual(['BD-77', 'BD-99'])
    // No run: its outputs are there, empty.
    expect(result.outputs).toMatchObject({
      'run-id': '',
      'run-url': '',
      'run-created': 'false'
    })
    expect(result.stdout).toContain(
      '::warning::No run was created: none of the marked test cases exists in project BD'
    )
    // The summary says so too, with the markers.
    expect(result.summary).toContain('&quot;Release v1.2.0&quot; (not created)')
    expect(result.summary).toContain(
      '2 markers found in reports but not in project BD, not uploaded: <code>BD-77</code>, <code>BD-99</code>'
    )
    expect(
      ctx.server.requests.filter(
        (r) => r.method === 'POST' && r.path.endsWith('/run')
      )
    ).toHaveLength(0)
  })

  it('dry run: creates nothing, shows the plan', async () => {
    const result = await action([1, 2], { 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(runNamed('Release v1.2.0')).toBeUndefined()
    expect(result.stdout).toContain(
      'Dry run: would create the run "Release v1.2.0" with 2 test cases'
    )
    expect(result.outputs.total).toBe('2')
    expect(result.outputs['run-created']).toBe('false')
    expect(
      ctx.server.requests.filter(
        (r) => r.method === 'POST' && !r.path.endsWith('/tcase/seq')
      )
    ).toHaveLength(0)
  })

  it('dry run: plans against the run that already has the title, as the upload would', async () => {
    const title = bd().runs.find((r) => r.id === 42)?.title ?? ''
    const dry = await action([1, 17, 99], {
      'run-title': title,
      'dry-run': 'true'
    })
    const real = await action([1, 17, 99], { 'run-title': title })
    expect(dry.exitCode).toBe(0)
    expect(dry.stdout).toContain(
      `Dry run: would reuse run 42: it already has the title "${title}"`
    )
    // The same results and unmatched markers as the upload itself.
    expect(real.stdout).toContain('Reusing run 42')
    expect(JSON.parse(dry.outputs.unmatched)).toEqual(['BD-17', 'BD-99'])
    expect(JSON.parse(dry.outputs.unmatched)).toEqual(
      JSON.parse(real.outputs.unmatched)
    )
    const markers = (outputs: Record<string, string>) =>
      (JSON.parse(outputs.results) as { marker: string }[]).map((r) => r.marker)
    expect(markers(dry.outputs)).toEqual(markers(real.outputs))
    expect(dry.outputs.total).toBe('1')
    expect(dry.outputs['run-id']).toBe('42')
    expect(dry.summary).toContain(`href="${ctx.server.url}/project/BD/run/42"`)
  })

  it('dry run: a run of that title in another milestone is not the one reused', async () => {
    const real = await action([1, 2], { 'milestone-id': '7' })
    const id = real.outputs['run-id']
    const without = await action([1, 2], { 'dry-run': 'true' })
    expect(without.stdout).toContain(
      'Dry run: would create the run "Release v1.2.0"'
    )
    const within = await action([1, 2], {
      'dry-run': 'true',
      'milestone-id': '7'
    })
    expect(within.stdout).toContain(`Dry run: would reuse run ${id}`)
  })

  it('dry run: warns when the run it would reuse is closed', async () => {
    const title = bd().runs.find((r) => r.closed)?.title ?? ''
    const dry = await action([1], { 'run-title': title, 'dry-run': 'true' })
    expect(dry.exitCode).toBe(0)
    expect(dry.stdout).toMatch(
      /::warning::Dry run: would reuse run 43: .*, but it is closed: QA Sphere would take none of the results/
    )
  })

  it('is ignored when run is given, with a warning', async () => {
    const result = await action([1], { run: '42' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(
      '::warning::Input "run-title" is ignored: run or run-url names the run (42)'
    )
    expect(result.outputs).toMatchObject({
      'run-id': '42',
      'run-created': 'false'
    })
    expect(runNamed('Release v1.2.0')).toBeUndefined()
  })

  it('close-run also closes a run given by id', async () => {
    const result = await action([1], { run: '42', 'close-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(bd().runs.find((r) => r.id === 42)?.closed).toBe(true)
  })

  it('a title over 255 characters is refused before anything is sent', async () => {
    const result = await action([1], { 'run-title': 'x'.repeat(256) })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::Input "run-title": is 256 characters long; QA Sphere allows at most 255'
    )
    expect(ctx.server.requests).toHaveLength(0)
  })
})
