/**
 * The action: reports → test cases → markers → planned results → QA Sphere →
 * outputs and summary. `run()` is the one failure boundary.
 */
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { readConfig, USER_AGENT, type Config, type NewRun } from './config.js'
import { counted, firstAndMore } from './util/counted.js'
import { errorMessage } from './util/error-message.js'
import { readWorkflowRun, type WorkflowRun } from './github.js'
import { formatMarker, MarkerFinder } from './markers.js'
import { QaSphereApiError, QaSphereClient } from './qasphere/client.js'
import {
  attachIssueLinks,
  lookUpLinkedIssues
} from './issues/workflow-links.js'
import type { LinkedIssue } from './issues/github-issues.js'
import { annotateFailures } from './annotations/annotate.js'
import { FailureLocator } from './annotations/locate.js'
import { sourceLinks, type SourceLink } from './annotations/source-links.js'
import { WorkspaceFiles } from './annotations/workspace-files.js'
import { skippedWarning, uploadAttachments } from './attachments.js'
import { info, setFailed, warning } from './log.js'
import {
  setEmptyOutputs,
  setNoRunOutputs,
  setOutputs,
  setRunOutputs,
  setUnmatchedOutput
} from './outputs.js'
import { prepareStatuses, type StatusPlan } from './prepare-statuses.js'
import { readReports, type ReadReports } from './read-reports.js'
import type { PlannedResult, ResultPlan } from './results/plan.js'
import { DEFAULT_STATUSES, type StatusInfo } from './results/statuses.js'
import {
  closeRun,
  resolveProjectCode,
  runFromTitle,
  runListing,
  type ListingIndex
} from './run-target.js'
import { showPlanOnly, storeResults } from './store-results.js'
import type { StoredId } from './results/stored.js'
import { renderFailureSummary, renderSummary } from './summary.js'
import { hideSecrets } from './util/secrets.js'

/** Longest wait for one answer: the client's timeout and the socket's. */
const REQUEST_TIMEOUT_MS = 120_000
/** Unmatched markers named in the warning (or failure message). */
const MAX_LISTED_MARKERS = 100

/** What the failure boundary needs to know of the job summary. */
interface SummaryState {
  /** The job summary was written (the failure summary is written only if not). */
  written: boolean
  /** The failure summary's heading: what happened to the upload. */
  failureHeading: string
}

export async function run(): Promise<void> {
  // Read before anything can fail: the failure summary hides them (an input
  // error may echo a value, e.g. a key set as the project).
  const secrets = {
    'api-key': core.getInput('api-key'),
    'github-token': core.getInput('github-token')
  }
  const summary: SummaryState = {
    written: false,
    failureHeading: 'the upload failed'
  }
  let message: string
  try {
    setEmptyOutputs()
    const config = readConfig((name) => core.getInput(name), core.setSecret)
    const failures = await upload(config, readWorkflowRun(), summary)
    message = failures.join('\n')
  } catch (error) {
    message = errorMessage(error)
  }
  if (!message) return
  setFailed(message)
  // A step that failed before its summary says why there too.
  if (!summary.written && process.env.GITHUB_STEP_SUMMARY) {
    // The runner masks secrets in the log; the summary gets them removed here.
    const shown = hideSecrets(message, secrets, 4).text
    try {
      await core.summary
        .addRaw(renderFailureSummary(shown, summary.failureHeading))
        .write()
    } catch {
      // The step has failed already; a summary that cannot be written adds nothing.
    }
  }
}

/** Does the upload; returns the reasons the step fails (empty when it succeeds). */
async function upload(
  config: Config,
  workflow: WorkflowRun,
  summary: SummaryState
): Promise<string[]> {
  for (const name of config.ignoredInputs) {
    warning(
      `Input "${name}" is ignored: run or run-url names the run (${config.run})`
    )
  }
  if (!config.apiKey) return uploadSkipped(config, workflow, summary)
  const http = qaSphereHttp()
  // Requests still pending when the upload ends (it failed before the
  // listing came) must not keep the step alive retrying.
  const over = new AbortController()
  // A cancelled job: the runner sends SIGINT, then SIGTERM 7.5 s later. No
  // more is sent, and what was stored still reaches the outputs and summary.
  const cancel = (name: NodeJS.Signals): void => {
    if (over.signal.aborted) return
    warning(
      `The step was cancelled (${name}): no more results are sent; what QA Sphere stored is reported`
    )
    over.abort(new Error(`The step was cancelled (${name})`))
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  try {
    return await uploadReports(config, workflow, summary, http, over.signal)
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
    over.abort()
    http.dispose()
  }
}

/** No key: skipped where GitHub withholds secrets (forks, Dependabot), refused elsewhere. */
function uploadSkipped(
  config: Config,
  workflow: WorkflowRun,
  summary: SummaryState
): Promise<string[]> {
  if (workflow.isForkPullRequest) {
    core.notice(
      'QA Sphere upload skipped: api-key is empty because GitHub does not pass secrets to pull requests from forks. Upload from a workflow_run workflow instead (see the README).'
    )
    return judgeReportsOnly(config, workflow, summary)
  }
  if (workflow.isDependabotRun) {
    core.notice(
      'QA Sphere upload skipped: api-key is empty because GitHub passes only Dependabot secrets to workflow runs Dependabot starts. To upload them too, add the key as a Dependabot secret (Settings → Secrets and variables → Dependabot) of the same name.'
    )
    return judgeReportsOnly(config, workflow, summary)
  }
  throw new Error(
    'Input "api-key" is empty: set it to a QA Sphere API key, e.g. api-key: ${{ secrets.QASPHERE_API_KEY }}. If it is set so already, the secret is not defined in this repository (or is misspelled), is an environment secret of an environment this job does not use, or is not passed into this reusable workflow (secrets: inherit).'
  )
}

/** What the stages after reading the reports share. */
interface Upload {
  config: Config
  workflow: WorkflowRun
  summary: SummaryState
  client: QaSphereClient
  deadline: number
  projectCode: string
  projectUrl: string
  reports: ReadReports
  /** Why the step fails, as found (failed tests are added at the end: see stepFailures). */
  failures: string[]
  /** Aborted when the step is cancelled (or over). */
  signal: AbortSignal
}

/** The run the results go to. */
interface RunTarget {
  /** Undefined in a dry run with run-title: nothing is posted then. */
  id: number | undefined
  label: number | string
  url: string
  listing: Promise<ListingIndex>
}

async function uploadReports(
  config: Config,
  workflow: WorkflowRun,
  summary: SummaryState,
  http: HttpClient,
  signal: AbortSignal
): Promise<string[]> {
  const deadline = Date.now() + config.timeoutSeconds * 1000
  const client = new QaSphereClient(config.baseUrl, config.apiKey, http, {
    retries: config.retries,
    deadline,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    requestsPerSecond: config.rateLimit,
    signal
  })
  const projectCode = await resolveProjectCode(client, config.project)
  const projectUrl = `${config.baseUrl}/project/${encodeURIComponent(projectCode)}`

  // The listing and the issue titles are asked for before the reports are
  // read. Reading blocks node's event loop: the requests leave before it only
  // over connections quick to set up (loopback), else once it is done.
  let givenRun: RunTarget | undefined
  if (config.run !== undefined) {
    const url = `${projectUrl}/run/${config.run}`
    setRunOutputs(config.run, url, false)
    const listing = runListing(client, config.project, config.run)
    // Awaited later. A run that does not exist has no id or address to hand on.
    listing.catch((error: unknown) => {
      if (error instanceof QaSphereApiError && error.status === 404)
        setNoRunOutputs()
    })
    givenRun = { id: config.run, label: config.run, url, listing }
  }
  const linkedIssues = lookUpLinkedIssues(config, workflow, signal)
  linkedIssues.catch(() => {}) // awaited later; avoid an unhandled rejection meanwhile
  const statusesReady = prepareStatuses(client, config)
  statusesReady.catch(() => {}) // awaited before anything is written

  const reports = await readReports(
    config,
    workflow.workspace,
    new MarkerFinder(projectCode)
  )
  traceMemory('reports read')
  const upload: Upload = {
    config,
    workflow,
    summary,
    client,
    deadline,
    projectCode,
    projectUrl,
    reports,
    failures: [...reports.failures],
    signal
  }
  try {
    // A status-map that cannot be resolved stops the upload before any write.
    const statusPlan = await statusesReady
    const target = await chooseRun(upload, givenRun, statusPlan)
    if (target) {
      await postToRun(upload, target, statusPlan, linkedIssues)
    }
  } catch (error) {
    // Once the reports are read, their failures (and failed tests) are the
    // step's too, also when an error ends the upload.
    const alsoFailing = stepFailures(upload)
    if (alsoFailing.length === 0) throw error
    throw new Error([errorMessage(error), ...alsoFailing].join('\n'), {
      cause: error
    })
  }
  return stepFailures(upload)
}

/**
 * The step's failures: failed tests come last, once the results are posted
 * (they are no reason to hold back an upload, or not to close its run).
 */
function stepFailures({ config, reports, failures }: Upload): string[] {
  return [...failures, ...testFailures(config, reports)]
}

/**
 * The run named by run or run-url, or the one run-title names (created or
 * reused). Undefined when nothing is to be posted: the summary and the log
 * have said why.
 */
async function chooseRun(
  upload: Upload,
  givenRun: RunTarget | undefined,
  statusPlan: StatusPlan
): Promise<RunTarget | undefined> {
  const { config, client, projectCode, projectUrl, reports } = upload
  const marked = reports.groups.size > 0
  let target = givenRun
  if (!target && config.newRun && marked) {
    const seqs = reports.groups.seqs()
    const titled = await runFromTitle(
      client,
      config,
      config.newRun,
      projectCode,
      seqs,
      // configure-statuses refused (not an admin key): no run is created.
      statusPlan.apply
    )
    if (titled === 'none') {
      await reportNoTestCases(
        upload,
        config.newRun,
        seqs.map((seq) => formatMarker(projectCode, seq))
      )
      return undefined
    }
    const url =
      titled.shownId === undefined
        ? projectUrl
        : `${projectUrl}/run/${titled.shownId}`
    if (titled.shownId !== undefined)
      setRunOutputs(titled.shownId, url, titled.created)
    target = {
      id: titled.id,
      label: titled.label,
      url,
      listing: titled.listing
    }
  }
  if (marked && target) return target

  // The named run must exist, also with nothing to post to it; with
  // run-title, the project and the key must do (a mistyped code finds no marker).
  if (target) await target.listing
  else await client.getProject(projectCode)
  // With run-title and nothing marked, no run was created: the summary says so.
  const label =
    target?.label ?? (config.newRun && notCreatedLabel(config.newRun))
  if (label) {
    await writeSummary(upload, {
      run: label,
      runUrl: target?.url ?? projectUrl,
      plan: emptyPlan(reports)
    })
  }
  if (reports.files > 0) {
    warning(
      `No test in the reports carries a marker of project ${projectCode} (like ${projectCode}-12): nothing to upload${target?.id === undefined ? ', and no run was created' : ''}.`
    )
  }
  return undefined
}

/** run-title, when the project has none of the marked test cases: no run is created. */
async function reportNoTestCases(
  upload: Upload,
  newRun: NewRun,
  unmatched: string[]
): Promise<void> {
  const { projectCode, projectUrl, reports } = upload
  setUnmatchedOutput(unmatched)
  reportUnmatched(upload, unmatched, `project ${projectCode}`)
  warning(
    `No run was created: none of the marked test cases exists in project ${projectCode}.`
  )
  await writeSummary(upload, {
    run: notCreatedLabel(newRun),
    runUrl: projectUrl,
    plan: { ...emptyPlan(reports), unmatched },
    unmatchedIn: `project ${projectCode}`
  })
}

/** How the summary names a run-title run that was not created. */
function notCreatedLabel(newRun: NewRun): string {
  return `"${newRun.title}" (not created)`
}

/** Plans one result per marked test case of the run, posts them, and reports what became of them. */
async function postToRun(
  upload: Upload,
  target: RunTarget,
  { scheme, statuses, apply: applyStatuses }: StatusPlan,
  linkedIssues: Promise<LinkedIssue[]>
): Promise<void> {
  const { config, workflow, client, reports, failures } = upload
  const runId = target.id
  // Only ids, numbers and statuses are kept of the (possibly huge) listing.
  const { idBySeq, statusBefore } = await target.listing
  traceMemory('listing read')
  const plan = reports.groups.plan(idBySeq, workflow.links, scheme)
  traceMemory('planned')
  reportUnmatched(upload, plan.unmatched, `run ${target.label}`)
  // configure-statuses changes the account only for an upload that posts.
  if (plan.results.length > 0) await applyStatuses()

  const issues = await linkedIssues
  attachIssueLinks(config, workflow, plan.results, issues)
  /** Why the step fails, found from here on (files, posting, closing the run). */
  const postingFailures: string[] = []
  if (
    config.attachments &&
    !config.dryRun &&
    runId !== undefined &&
    !(await givenRunClosed(upload, runId))
  ) {
    // Files may take half the time left: the results must still be posted.
    // Their own connections, closed after: an upload cut short stops.
    const filesHttp = qaSphereHttp()
    try {
      const filesClient = client.until(
        Date.now() + (upload.deadline - Date.now()) / 2,
        filesHttp
      )
      const failure = await attachFiles(
        filesClient,
        plan.results,
        workflow,
        config
      )
      // The results are posted all the same; the step fails at the end.
      if (failure) postingFailures.push(failure)
    } finally {
      filesHttp.dispose()
    }
  }

  if (config.dryRun && runId !== undefined && plan.results.length > 0)
    await warnIfClosed(client, config, runId)
  const postsNothing = config.dryRun || runId === undefined
  const stored = postsNothing
    ? showPlanOnly(plan.results, config.project, runId)
    : await storeResults(client, config, runId, plan.results, statusBefore)
  // A dry run's plan is shown whole: nothing was being posted.
  if (upload.signal.aborted && !postsNothing)
    postingFailures.push(
      `${errorMessage(upload.signal.reason)} while the results were posted.`
    )
  if (stored.unstored) postingFailures.push(stored.unstored)
  const { resultIds, undecided } = stored
  traceMemory('posted')
  setOutputs(plan.results, resultIds, plan.unmatched, config.dryRun)
  traceMemory('outputs set')
  // Where failed tests failed, for the annotations and the summary's links.
  const locator = new FailureLocator(new WorkspaceFiles(workflow.workspace))
  // One error annotation for each report that could not be used.
  if (config.annotations)
    annotateFailures(plan.results, locator, reports.failures.length)
  if (config.closeRun && runId !== undefined && !config.dryRun) {
    const storedCount = resultIds.filter((id) => id !== undefined).length
    const failure = await closeRun(
      client,
      config,
      runId,
      storedCount,
      failures.length + postingFailures.length > 0
    )
    if (failure) postingFailures.push(failure)
  }
  failures.push(...postingFailures)
  await writeSummary(upload, {
    run: target.label,
    runUrl: target.url,
    plan,
    resultIds,
    undecided,
    linkedIssues: issues,
    statuses,
    // Reports and markers that fail the step show as warnings already.
    failures: postingFailures,
    sourceLinks: process.env.GITHUB_STEP_SUMMARY
      ? sourceLinks(plan.results, locator, workflow.links)
      : undefined
  })
  traceMemory('summary written')
}

/**
 * A run given by number (run, run-url) that is closed takes no results:
 * its files are not uploaded, and the batches then fail with QA Sphere's 409.
 */
async function givenRunClosed(
  { config, client }: Upload,
  runId: number
): Promise<boolean> {
  if (config.run === undefined) return false // created or found open by run-title
  const closed = await client
    .runClosed(config.project, runId)
    .catch(() => undefined) // the batches will tell
  if (closed) {
    warning(
      `Attachments not uploaded: run ${runId} is closed, and QA Sphere takes no results in a closed run`
    )
  }
  return closed === true
}

/** A dry run into a run given by number: would QA Sphere take the results? */
async function warnIfClosed(
  client: QaSphereClient,
  config: Config,
  runId: number
): Promise<void> {
  const closed = await client
    .runClosed(config.project, runId)
    .catch(() => undefined) // a dry run does not fail on what it cannot tell
  if (closed) {
    warning(
      `Dry run: run ${runId} is closed: QA Sphere would take none of the results (HTTP 409)`
    )
  }
}

/** fail-on-test-failure: the step's failure when a test in the reports failed. */
function testFailures(config: Config, reports: ReadReports): string[] {
  if (!config.failOnTestFailure || reports.failedTests === 0) return []
  return [
    `${counted(reports.failedTests, 'test')} in the reports failed (fail-on-test-failure is true).`
  ]
}

/**
 * An upload skipped for want of a key still fails the step as it would have
 * for failed tests, missing or unreadable reports, when fail-on-test-failure
 * or if-no-files-found: error asks so: with the tests run under
 * continue-on-error, the step may be the job's only check (a pull request
 * from a fork would pass with failing tests or no reports at all).
 */
async function judgeReportsOnly(
  config: Config,
  workflow: WorkflowRun,
  summary: SummaryState
): Promise<string[]> {
  if (!config.failOnTestFailure && config.ifNoFilesFound !== 'error') return []
  // Also when reading the reports fails (if-no-files-found: error).
  summary.failureHeading =
    'the upload was skipped (api-key is empty), and the step failed'
  // Only failures are judged: markers are not resolved (`project` may be an
  // id here; without a key it cannot be looked up).
  const reports = await readReports(
    config,
    workflow.workspace,
    new MarkerFinder(config.project)
  )
  return [...reports.failures, ...testFailures(config, reports)]
}

function qaSphereHttp(): HttpClient {
  return new HttpClient(USER_AGENT, [], {
    allowRedirects: false,
    allowRetries: false,
    socketTimeout: REQUEST_TIMEOUT_MS,
    keepAlive: true
  })
}

/** Files named by warnings one by one; the rest are counted. */
const MAX_LISTED_ATTACHMENT_PROBLEMS = 10

/** Uploads the files tests name (input attachments); returns why the step fails, if it does. */
async function attachFiles(
  client: QaSphereClient,
  results: readonly PlannedResult[],
  workflow: WorkflowRun,
  config: Config
): Promise<string | undefined> {
  const outcome = await uploadAttachments(client, results, workflow.workspace, {
    'api-key': config.apiKey,
    'github-token': config.githubToken
  })
  // When uploading stopped, its failure says how many were and that no result lists them.
  if (outcome.uploaded > 0 && !outcome.failure)
    info(`Uploaded ${counted(outcome.uploaded, 'attachment file')}`)
  const skipped = skippedWarning(outcome, MAX_LISTED_ATTACHMENT_PROBLEMS)
  if (skipped) warning(skipped)
  return outcome.failure
}

/** Markers that are not test cases of `where`: a warning, or a failure (on-unmatched). */
function reportUnmatched(
  { config, failures }: Upload,
  unmatched: string[],
  where: string
): void {
  if (unmatched.length === 0 || config.onUnmatched === 'ignore') return
  const listed = firstAndMore(unmatched, MAX_LISTED_MARKERS, String)
  const more =
    unmatched.length > MAX_LISTED_MARKERS
      ? ' (the unmatched output holds them all)'
      : ''
  const one = unmatched.length === 1
  const consequence = config.dryRun
    ? 'would not be uploaded'
    : `${one ? 'was' : 'were'} not uploaded`
  const message = `${counted(unmatched.length, 'marker')} ${one ? 'is not a test case' : 'are not test cases'} of ${where} and ${consequence}: ${listed}${more}`
  if (config.onUnmatched === 'fail') failures.push(message)
  else warning(message)
}

/** Time and memory at each stage, in the debug log (ACTIONS_STEP_DEBUG). */
function traceMemory(stage: string): void {
  if (!core.isDebug()) return
  const { rss, heapUsed } = process.memoryUsage()
  core.debug(
    `${stage} at ${Math.round(performance.now())} ms: rss ${Math.round(rss / 2 ** 20)} MiB, heap ${Math.round(heapUsed / 2 ** 20)} MiB`
  )
}

function emptyPlan(reports: ReadReports): ResultPlan {
  return {
    results: [],
    unmatched: [],
    unmarkedTestCases: reports.groups.unmarkedTestCases
  }
}

/** What the summary shows of the run: nothing posted unless the results are given. */
interface RunView {
  run: number | string
  runUrl: string
  plan: ResultPlan
  resultIds?: StoredId[]
  undecided?: ReadonlySet<number>
  linkedIssues?: LinkedIssue[]
  statuses?: readonly StatusInfo[]
  sourceLinks?: ReadonlyMap<PlannedResult, SourceLink>
  /** Why the step fails that the summary says nowhere else. */
  failures?: readonly string[]
  /** Where unmatched markers were looked for, when not in the run. */
  unmatchedIn?: string
}

async function writeSummary(upload: Upload, view: RunView): Promise<void> {
  const { config, projectCode, reports, summary } = upload
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const html = renderSummary({
    projectCode,
    run: view.run,
    runUrl: view.runUrl,
    dryRun: config.dryRun,
    planned: view.plan.results,
    resultIds: view.resultIds ?? [],
    undecided: view.undecided ?? new Set(),
    unmatched: view.plan.unmatched,
    unmatchedIn: view.unmatchedIn,
    unmarkedTestCases: view.plan.unmarkedTestCases,
    testCaseCount: reports.testCases,
    reportFiles: reports.files,
    problems: reports.problems,
    failures: view.failures ?? [],
    linkedIssues: view.linkedIssues ?? [],
    statuses: view.statuses ?? DEFAULT_STATUSES,
    sourceLinks: view.sourceLinks
  })
  try {
    await core.summary.addRaw(html).write()
  } catch (error) {
    // The results are posted; a summary file that cannot be written must not
    // hide why the step fails, or fail a step that succeeded.
    warning(`The job summary could not be written: ${errorMessage(error)}`)
    return
  }
  summary.written = true
}
