/**
 * Test cases + the run's test-case listing → one planned result per QA Sphere
 * test case. Pure.
 */
import { grouped } from '../util/counted.js'
import type { MarkerFinder } from '../markers.js'
import { formatMarker, MAX_MARKERS_PER_TEST } from '../markers.js'
import type { ResultLink } from '../qasphere/client.js'
import { MAX_PROBLEMS } from '../reports/junit.js'
import {
  detachedTestCase,
  sharedCopies,
  ownTextLength,
  type Outcome,
  type TestCase
} from '../reports/test-case.js'
import {
  buildComment,
  type AttachmentLink,
  type WorkflowLinks
} from './comment.js'
import {
  DEFAULT_STATUS_MAP,
  DEFAULT_STATUSES,
  statusName,
  type StatusId
} from './statuses.js'
import { clipped, plainText } from '../util/text.js'

/** How statuses are mapped and named in one upload. */
export interface StatusScheme {
  statusOf: Readonly<Record<Outcome, StatusId>>
  nameOf: (status: StatusId) => string
}

export const DEFAULT_SCHEME: StatusScheme = {
  statusOf: DEFAULT_STATUS_MAP,
  nameOf: (status) => statusName(status, DEFAULT_STATUSES)
}

/** Worst wins when several test cases report to one marker. */
const OUTCOME_RANK: Record<Outcome, number> = {
  failure: 5,
  error: 4,
  flaky: 3,
  passed: 2,
  skipped: 1
}

export interface PlannedResult {
  marker: string
  seq: number
  tcaseId: string
  outcome: Outcome
  status: StatusId
  /** The status's display name in QA Sphere. */
  readonly statusName: string
  /** Summed milliseconds; undefined when no contributing test had a usable time. */
  timeTaken: number | undefined
  /** The HTML comment, built on each read. */
  readonly comment: string
  testCases: TestCase[]
  /** Links to GitHub issues, set when issue linking applies to this result. */
  links?: ResultLink[]
  /** Its test cases' files, once uploaded (input `attachments`). */
  attachments?: AttachmentLink[]
}

export interface ResultPlan {
  results: PlannedResult[]
  /** Markers found in reports whose test case is not in the run, e.g. `BD-99`. */
  unmatched: string[]
  /** Test cases with no marker of this project. */
  unmarkedTestCases: number
}

/**
 * Marked test cases kept at most in one upload (one per marker on it), and
 * their failures, errors and skips, so that many reports cannot add up to
 * more memory than a runner has. Posting 1,000,000 results takes about
 * 1.2 GB of the JavaScript heap, and node's heap on a 7 GB runner is about
 * 1.75 GB.
 */
export const MAX_KEPT_TEST_CASES = 1_000_000
export const MAX_KEPT_PROBLEMS = MAX_PROBLEMS
/**
 * Characters of report text kept at most (the kept tests' names, failures
 * and output, or the whole text of a report they keep alive; see add): one
 * report's worth, however many reports add to it.
 */
export const MAX_KEPT_CHARS = 256 * 1024 * 1024

/** Node's heap on a 7 GB runner (v8's heap_size_limit), which the limits above are sized for. */
export const SIZED_FOR_HEAP_BYTES = 1792 * 1024 * 1024

export interface KeptLimits {
  testCases: number
  problems: number
  chars: number
  /** The heap they were made smaller for (see keptLimits), in bytes. */
  heapBytes?: number
}

/**
 * The limits for a heap of `heapBytes` (v8's heap_size_limit): on a smaller
 * heap (node takes about a quarter of the machine's memory: a 4 GB container
 * gets 1 GB), smaller in proportion, so that a report is refused with a
 * message rather than the process killed by "heap out of memory".
 */
export function keptLimits(heapBytes: number): KeptLimits {
  const share = Math.min(1, heapBytes / SIZED_FOR_HEAP_BYTES)
  const limits = {
    testCases: Math.floor(MAX_KEPT_TEST_CASES * share),
    problems: Math.floor(MAX_KEPT_PROBLEMS * share),
    chars: Math.floor(MAX_KEPT_CHARS * share)
  }
  return share < 1 ? { ...limits, heapBytes } : limits
}

/** Collects test cases by marker, one report file at a time. */
export class MarkerGroups {
  private readonly groups = new Map<number, TestCase[]>()
  unmarkedTestCases = 0
  private keptTestCases = 0
  private keptProblems = 0
  private keptChars = 0

  constructor(
    private readonly finder: MarkerFinder,
    readonly limits: KeptLimits = keptLimits(SIZED_FOR_HEAP_BYTES)
  ) {}

  /**
   * One report's test cases (`textLength`: the report's, whose text their
   * strings are slices of). Returns why the report is refused, nothing of it
   * added: a test with more than MAX_MARKERS_PER_TEST markers, or marked test
   * cases that would take the upload over the limits (a test counts once per
   * marker; unmarked ones are only counted).
   */
  add(testCases: readonly TestCase[], textLength = 0): string | undefined {
    const seqsOf = new Array<number[]>(testCases.length)
    let kept = 0
    let problems = 0
    let chars = 0
    // What test cases share is counted once.
    const suiteLists = new Set<readonly string[]>()
    const runsInValues = new Set<string>()
    /** The limit the upload would go over with this report, if any. */
    const overLimit = (): string | undefined =>
      this.keptTestCases + kept > this.limits.testCases
        ? `${grouped(this.limits.testCases)} marked testcases (one per marker on it)`
        : this.keptProblems + problems > this.limits.problems
          ? `${grouped(this.limits.problems)} failures, errors and skips of marked testcases`
          : this.keptChars + chars > this.limits.chars
            ? `${grouped(this.limits.chars)} characters of report text (the marked tests' names, failures and output, or the whole text of a report that is mostly marked tests)`
            : undefined
    for (let i = 0; i < testCases.length; i++) {
      const testCase = testCases[i]
      const seqs = this.finder.ofTestCase(testCase)
      if (seqs.length > MAX_MARKERS_PER_TEST) {
        return `the test "${plainText(clipped(testCase.name, 100))}" carries more than ${grouped(MAX_MARKERS_PER_TEST)} markers, more than any test marks (memory)`
      }
      seqsOf[i] = seqs
      if (seqs.length > 0) {
        kept += seqs.length
        problems += testCase.problems.length
        chars += ownTextLength(testCase)
        if (!suiteLists.has(testCase.suites)) {
          suiteLists.add(testCase.suites)
          for (const suite of testCase.suites) chars += suite.length
        }
        const { runsIn } = testCase
        if (runsIn !== undefined && !runsInValues.has(runsIn)) {
          runsInValues.add(runsIn)
          chars += runsIn.length
        }
      }
      if (overLimit()) break
    }
    // Kept as slices, the strings keep the report's whole text. Copies free
    // it, but take time and memory when most of it is kept (a big report of
    // marked tests): made only when little of it is.
    const copy = kept > 0 && chars * 4 < textLength
    if (kept > 0 && !copy) chars = Math.max(chars, textLength)
    const over = overLimit()
    if (over) {
      const { heapBytes } = this.limits
      const heap =
        heapBytes === undefined
          ? ''
          : `, limits made smaller for node's heap of ${grouped(Math.round(heapBytes / 2 ** 20))} MiB, they are sized for ${grouped(SIZED_FOR_HEAP_BYTES / 2 ** 20)} MiB`
      return `with its marked testcases the upload would keep more than ${over}, the most one upload keeps (memory${heap}); upload the reports in several steps`
    }
    this.keptTestCases += kept
    this.keptProblems += problems
    this.keptChars += chars
    const copies = sharedCopies()
    for (let i = 0; i < testCases.length; i++) {
      const seqs = seqsOf[i]
      if (seqs.length === 0) {
        this.unmarkedTestCases++
        continue
      }
      const testCase = copy
        ? detachedTestCase(testCases[i], copies)
        : testCases[i]
      for (const seq of seqs) {
        const group = this.groups.get(seq)
        if (group) group.push(testCase)
        else this.groups.set(seq, [testCase])
      }
    }
    return undefined
  }

  get size(): number {
    return this.groups.size
  }

  /** Sequence numbers marked anywhere, ascending. */
  seqs(): number[] {
    return [...this.groups.keys()].sort((a, b) => a - b)
  }

  plan(
    tcaseIdBySeq: ReadonlyMap<number, string>,
    links: WorkflowLinks,
    scheme: StatusScheme = DEFAULT_SCHEME
  ): ResultPlan {
    const code = this.finder.projectCode
    const results: PlannedResult[] = []
    const unmatched: string[] = []
    for (const seq of this.seqs()) {
      const testCases = this.groups.get(seq) ?? []
      const tcaseId = tcaseIdBySeq.get(seq)
      if (tcaseId === undefined) {
        unmatched.push(formatMarker(code, seq))
        continue
      }
      const outcome = worstOutcome(testCases)
      results.push(
        new Planned(
          formatMarker(code, seq),
          seq,
          tcaseId,
          outcome,
          scheme.statusOf[outcome],
          totalMilliseconds(testCases),
          testCases,
          links,
          scheme.nameOf
        )
      )
    }
    return { results, unmatched, unmarkedTestCases: this.unmarkedTestCases }
  }
}

/** A planned result whose comment is built when read (posted), not all at once: 100,000 comments are 40 MB. */
class Planned implements PlannedResult {
  links?: ResultLink[]
  attachments?: AttachmentLink[]

  constructor(
    readonly marker: string,
    readonly seq: number,
    readonly tcaseId: string,
    public outcome: Outcome,
    public status: StatusId,
    readonly timeTaken: number | undefined,
    readonly testCases: TestCase[],
    private readonly workflowLinks: WorkflowLinks,
    private readonly nameOf: (status: StatusId) => string
  ) {}

  get statusName(): string {
    return this.nameOf(this.status)
  }

  get comment(): string {
    return buildComment(
      this.outcome,
      this.statusName,
      this.testCases,
      this.workflowLinks,
      this.attachments
    )
  }
}

export function worstOutcome(testCases: readonly TestCase[]): Outcome {
  let worst: Outcome = 'skipped'
  for (const { outcome } of testCases) {
    if (OUTCOME_RANK[outcome] > OUTCOME_RANK[worst]) worst = outcome
  }
  return worst
}

export function totalMilliseconds(
  testCases: readonly TestCase[]
): number | undefined {
  let total: number | undefined
  for (const { seconds } of testCases) {
    if (seconds !== undefined) total = (total ?? 0) + seconds
  }
  return total === undefined ? undefined : Math.round(total * 1000)
}
