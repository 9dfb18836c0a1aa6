/**
 * The action: reports → test cases → markers → planned results → QA Sphere →
 * outputs and summary. `run()` is the one failure boundary.
 */
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { readConfig, USER_AGENT, type Config } from './config.js'
import { counted, grouped } from './counted.js'
import { errorMessage } from './error-message.js'
import { readWorkflowRun, type WorkflowRun } from './github.js'
import { formatMarker, MarkerFinder } from './markers.js'
import { QaSphereClient, type RunTestCase } from './qasphere/client.js'
import {
  attachIssueLinks,
  lookUpLinkedIssues
} from './issues/workflow-links.js'
import type { LinkedIssue } from './issues/github-issues.js'
import { annotateFailures } from './annotations/annotate.js'
import { FailureLocator } from './annotations/locate.js'
import { sourceLinks, type SourceLink } from './annotations/source-links.js'
import { WorkspaceFiles } from './annotations/workspace-files.js'
import { uploadAttachments } from './attachments.js'
import { info, setFailed, warning } from './log.js'
import {
  setEmptyOutputs,
  setOutputs,
  setRunOutputs,
  setUnmatchedOutput
} from './outputs.js'
import { prepareStatuses } from './prepare-statuses.js'
import { readReports, type ReadReports } from './read-reports.js'
import type { PlannedResult, ResultPlan } from './results/plan.js'
import { DEFAULT_STATUSES, type StatusInfo } from './results/statuses.js'
import {
  closeRun,
  indexListing,
  resolveProjectCode,
  runFromTitle
} from './run-target.js'
import { showPlanOnly, storeResults } from './store-results.js'
import type { StoredId } from './results/stored.js'
import { renderFailureSummary, renderSummary } from './summary.js'

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
  const secrets = [core.getInput('api-key'), core.getInput('github-token')]
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
    let shown = message
    for (const secret of secrets)
      if (secret.length >= 4) shown = shown.split(secret).join('***')
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
  const failures: string[] = []
  for (const name of config.ignoredInputs) {
    warning(
      `Input "${name}" is ignored: run or run-url names the run (${config.run})`
    )
  }
  if (!config.apiKey) {
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
      'Input "api-key" is empty: set it to a QA Sphere API key, e.g. api-key: ${{ secrets.QASPHERE_API_KEY }}'
    )
  }

  const http = qaSphereHttp()
  // Once the reports are read, their failures (and failed tests) are the
  // step's too, also when an error ends the upload.
  let failingSoFar = (): string[] => []
  try {
    const deadline = Date.now() + config.timeoutSeconds * 1000
    const client = new QaSphereClient(config.baseUrl, config.apiKey, http, {
      retries: config.retries,
      deadline,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      requestsPerSecond: config.rateLimit
    })
    const projectCode = await resolveProjectCode(client, config.project)
    const projectUrl = `${config.baseUrl}/project/${encodeURIComponent(projectCode)}`
    const runUrlOf = (run: number): string => `${projectUrl}/run/${run}`

    // The listing and the issue titles are fetched while the reports are parsed.
    let runId = config.run
    let listing: Promise<RunTestCase[]> | undefined
    if (runId !== undefined) {
      setRunOutputs(runId, runUrlOf(runId), false)
      listing = client.listRunTestCases(config.project, runId)
      listing.catch(() => {}) // awaited below; avoid an unhandled rejection meanwhile
    }
    const linkedIssues = lookUpLinkedIssues(config, workflow)
    linkedIssues.catch(() => {}) // awaited below; avoid an unhandled rejection meanwhile
    const statusesReady = prepareStatuses(client, config)
    statusesReady.catch(() => {}) // awaited below, before anything is written

    const reports = await readReports(
      config,
      workflow.workspace,
      new MarkerFinder(projectCode)
    )
    for (const failure of reports.failures) failures.push(failure)
    traceMemory('reports read')
    // Last among the step's failures, once the results are posted: failed
    // tests are no reason to hold back an upload, or not to close its run.
    const withTestFailures = (): string[] => [
      ...failures,
      ...testFailures(config, reports)
    ]
    failingSoFar = withTestFailures
    // A status-map that cannot be resolved stops the upload before any write.
    const { scheme, statuses } = await statusesReady

    let runLabel: number | string | undefined = runId
    let shownRunId = runId
    if (runId === undefined && config.newRun && reports.groups.size > 0) {
      const seqs = reports.groups.seqs()
      const target = await runFromTitle(
        client,
        config,
        config.newRun,
        projectCode,
        seqs
      )
      if (target === 'none') {
        const unmatched = seqs.map((seq) => formatMarker(projectCode, seq))
        setUnmatchedOutput(unmatched)
        reportUnmatched(config, unmatched, failures, `project ${projectCode}`)
        warning(
          `No run was created: none of the marked test cases exists in project ${projectCode}.`
        )
        await writeSummary(
          summary,
          config,
          projectCode,
          `"${config.newRun.title}" (not created)`,
          projectUrl,
          { ...emptyPlan(reports), unmatched },
          [],
          new Set(),
          reports
        )
        return withTestFailures()
      }
      runId = target.id
      shownRunId = target.shownId
      runLabel = target.label
      listing = target.listing
      if (shownRunId !== undefined)
        setRunOutputs(shownRunId, runUrlOf(shownRunId), target.created)
    }
    const runUrl = shownRunId === undefined ? projectUrl : runUrlOf(shownRunId)

    if (
      reports.groups.size === 0 ||
      runLabel === undefined ||
      listing === undefined
    ) {
      await listing
      // With run-title and nothing marked, no run was created: the summary says so.
      const label =
        runLabel ?? (config.newRun && `"${config.newRun.title}" (not created)`)
      if (label) {
        await writeSummary(
          summary,
          config,
          projectCode,
          label,
          runUrl,
          emptyPlan(reports),
          [],
          new Set(),
          reports
        )
      }
      if (reports.files > 0) {
        warning(
          `No test in the reports carries a marker of project ${projectCode} (like ${projectCode}-12): nothing to upload${runId === undefined ? ', and no run was created' : ''}.`
        )
      }
      return withTestFailures()
    }

    // Only ids, numbers and statuses are kept of the (possibly huge) listing.
    const { idBySeq, statusBefore } = indexListing(await listing)
    traceMemory('listing read')
    const plan = reports.groups.plan(idBySeq, workflow.links, scheme)
    traceMemory('planned')
    reportUnmatched(config, plan.unmatched, failures, `run ${runLabel}`)

    const issues = await linkedIssues
    attachIssueLinks(config, workflow, plan.results, issues)
    if (config.attachments && !config.dryRun && runId !== undefined) {
      // Files may take half the time left: the results must still be posted.
      // Their own connections, closed after: an upload cut short stops.
      const filesHttp = qaSphereHttp()
      try {
        await attachFiles(
          client.until(Date.now() + (deadline - Date.now()) / 2, filesHttp),
          plan.results,
          workflow.workspace,
          failures
        )
      } finally {
        filesHttp.dispose()
      }
    }

    const { resultIds, undecided } =
      config.dryRun || runId === undefined
        ? showPlanOnly(plan.results)
        : await storeResults(client, config, runId, plan.results, {
            statusBefore,
            failures
          })

    traceMemory('posted')
    setOutputs(plan.results, resultIds, plan.unmatched, config.dryRun)
    traceMemory('outputs set')
    // Where failed tests failed, for the annotations and the summary's links.
    const locator = new FailureLocator(new WorkspaceFiles(workflow.workspace))
    // One error annotation for each report that could not be used.
    if (config.annotations)
      annotateFailures(plan.results, locator, reports.failures.length)
    if (config.closeRun && runId !== undefined && !config.dryRun) {
      const stored = resultIds.filter((id) => id !== undefined).length
      await closeRun(client, config, runId, stored, failures)
    }
    await writeSummary(
      summary,
      config,
      projectCode,
      runLabel,
      runUrl,
      plan,
      resultIds,
      undecided,
      reports,
      issues,
      statuses,
      process.env.GITHUB_STEP_SUMMARY
        ? sourceLinks(plan.results, locator, workflow.links)
        : undefined
    )
    traceMemory('summary written')
    return withTestFailures()
  } catch (error) {
    const alsoFailing = failingSoFar()
    if (alsoFailing.length === 0) throw error
    throw new Error([errorMessage(error), ...alsoFailing].join('\n'), {
      cause: error
    })
  } finally {
    http.dispose()
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

async function attachFiles(
  client: QaSphereClient,
  results: readonly PlannedResult[],
  workspace: string,
  failures: string[]
): Promise<void> {
  const outcome = await uploadAttachments(client, results, workspace)
  if (outcome.uploaded > 0)
    info(`Uploaded ${counted(outcome.uploaded, 'attachment file')}`)
  const { skipped, skippedCount } = outcome
  if (skippedCount > 0) {
    const listed = skipped.slice(0, MAX_LISTED_ATTACHMENT_PROBLEMS).join('; ')
    const more =
      skippedCount > MAX_LISTED_ATTACHMENT_PROBLEMS
        ? ` and ${skippedCount - MAX_LISTED_ATTACHMENT_PROBLEMS} more`
        : ''
    warning(
      `${counted(skippedCount, 'attachment file')} named in the reports ${skippedCount === 1 ? 'was' : 'were'} not uploaded: ${listed}${more}`
    )
  }
  // The results are posted all the same; the step fails at the end.
  if (outcome.failure) failures.push(outcome.failure)
}

function reportUnmatched(
  config: Config,
  unmatched: string[],
  failures: string[],
  where: string
): void {
  if (unmatched.length === 0 || config.onUnmatched === 'ignore') return
  const listed = unmatched.slice(0, MAX_LISTED_MARKERS).join(', ')
  const more =
    unmatched.length > MAX_LISTED_MARKERS
      ? ` and ${grouped(unmatched.length - MAX_LISTED_MARKERS)} more (the unmatched output holds them all)`
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

async function writeSummary(
  summary: SummaryState,
  config: Config,
  projectCode: string,
  run: number | string,
  runUrl: string,
  plan: ResultPlan,
  resultIds: StoredId[],
  undecided: ReadonlySet<number>,
  reports: ReadReports,
  linkedIssues: LinkedIssue[] = [],
  statuses: readonly StatusInfo[] = DEFAULT_STATUSES,
  sourceLinks?: ReadonlyMap<PlannedResult, SourceLink>
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const html = renderSummary({
    projectCode,
    run,
    runUrl,
    dryRun: config.dryRun,
    planned: plan.results,
    resultIds,
    undecided,
    unmatched: plan.unmatched,
    unmarkedTestCases: plan.unmarkedTestCases,
    testCaseCount: reports.testCases,
    reportFiles: reports.files,
    problems: reports.problems,
    linkedIssues,
    statuses,
    sourceLinks
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
