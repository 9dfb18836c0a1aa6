/**
 * The run results go to: the project's code, the run run-title names
 * (created or reused), its test cases indexed, and closing it (close-run).
 */
import { PROJECT_CODE, type Config, type NewRun } from './config.js'
import { counted } from './util/counted.js'
import { errorMessage } from './util/error-message.js'
import { info, warning } from './log.js'
import type { QaSphereClient, RunTestCase } from './qasphere/client.js'

/** The project's code (markers are `CODE-12`), also when `project` is its id. */
export async function resolveProjectCode(
  client: QaSphereClient,
  project: string
): Promise<string> {
  // Codes are short; anything else is a project id, whose code the markers need.
  if (PROJECT_CODE.test(project)) return project.toUpperCase()
  const { code } = await client.getProject(project)
  return code.toUpperCase()
}

export interface TitledRun {
  /** Undefined in a dry run: nothing is posted then. */
  id: number | undefined
  /** The run to show and link: also the one a dry run would reuse. */
  shownId: number | undefined
  label: number | string
  created: boolean
  listing: Promise<ListingIndex>
}

/**
 * The run for run-title: created or reused (in a dry run, planned against the
 * project's test cases). When the project has none of the marked cases,
 * nothing is created: `none` (the caller reports every marker as unmatched).
 */
export async function runFromTitle(
  client: QaSphereClient,
  config: Config,
  newRun: NewRun,
  projectCode: string,
  seqs: number[],
  /** What must be done before the run is created (a refusal then leaves no empty run). */
  beforeCreating: () => Promise<void> = () => Promise.resolve()
): Promise<TitledRun | 'none'> {
  const found = await client.findTestCasesBySeq(
    config.project,
    projectCode,
    seqs
  )
  if (found.length === 0) return 'none'
  if (config.dryRun) {
    // What the upload would do: reuse the run of that title, or create one.
    const existing = await client.findRunByTitle(
      config.project,
      newRun.title,
      newRun.milestoneId
    )
    if (existing) {
      const reuse = `Dry run: would reuse run ${existing.id}: it already has the title "${newRun.title}"`
      if (existing.closed) {
        warning(
          `${reuse}, but it is closed: QA Sphere would take none of the results`
        )
      } else info(reuse)
      return {
        id: undefined,
        shownId: existing.id,
        label: `${existing.id} (reused by title)`,
        created: false,
        listing: runListing(client, config.project, existing.id)
      }
    }
    info(
      `Dry run: would create the run "${newRun.title}" with ${counted(found.length, 'test case')}`
    )
    return {
      id: undefined,
      shownId: undefined,
      label: `"${newRun.title}" (to be created)`,
      created: false,
      listing: Promise.resolve(
        indexListing(
          found.map(({ id, seq }) => ({ id, seq, title: '', status: 'open' }))
        )
      )
    }
  }
  // Created with the marked test cases that exist in the project, or, when a
  // run already has that title (matrix legs, re-runs), that run.
  await beforeCreating()
  const run = await client.createOrReuseRun(config.project, {
    ...newRun,
    tcaseIds: found.map((t) => t.id)
  })
  info(
    run.created
      ? `Created run ${run.id} "${newRun.title}" with ${counted(found.length, 'test case')}`
      : `Reusing run ${run.id}: it already has the title "${newRun.title}"`
  )
  return {
    id: run.id,
    shownId: run.id,
    label: run.id,
    created: run.created,
    listing: runListing(client, config.project, run.id)
  }
}

/**
 * A run's listing, indexed as soon as it arrives: the listing itself (100,000
 * objects with titles) is not kept while the results are posted.
 */
export function runListing(
  client: QaSphereClient,
  project: string,
  run: number
): Promise<ListingIndex> {
  return client.listRunTestCases(project, run).then(indexListing)
}

/** What the upload keeps of a run's listing (see indexListing). */
export interface ListingIndex {
  idBySeq: Map<number, string>
  statusBefore: Map<string, string>
}

/**
 * Of a run's (possibly huge) listing, only what the upload needs: each test
 * case's id by its sequence number, and its status before posting (absent:
 * open), which tells a stored batch whose answer was lost.
 */
export function indexListing(tcases: readonly RunTestCase[]): ListingIndex {
  const idBySeq = new Map<number, string>()
  const statusBefore = new Map<string, string>()
  for (const { id, seq, status } of tcases) {
    idBySeq.set(seq, id)
    // Absent means open: a fresh run of 100,000 needs no entries at all.
    if (status !== 'open') statusBefore.set(id, status)
  }
  return { idBySeq, statusBefore }
}

/** close-run: only after a fully successful upload. Returns why the step fails, if closing does. */
export async function closeRun(
  client: QaSphereClient,
  config: Config,
  runId: number,
  stored: number,
  uploadFailed: boolean
): Promise<string | undefined> {
  if (uploadFailed) {
    info(`Run ${runId} is not closed: the upload did not fully succeed`)
    return undefined
  }
  if (stored === 0) {
    info(`Run ${runId} is not closed: nothing was posted to it`)
    return undefined
  }
  try {
    await client.closeRun(config.project, runId)
    info(`Closed run ${runId}`)
    return undefined
  } catch (error) {
    return `The results were stored, but closing run ${runId} failed: ${errorMessage(error)}`
  }
}
