/**
 * Which GitHub issues and pull requests a workflow run is about. Pure: the
 * event payload and the `issues` input in, de-duplicated references out.
 */

export interface IssueRef {
  owner: string
  repo: string
  number: number
}

export interface RepoContext {
  /** `owner/repo` of the workflow. */
  repository: string
  /** e.g. `https://github.com` or a GitHub Enterprise Server URL. */
  serverUrl: string
}

export function refKey(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase()
}

export function formatRef(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`
}

/**
 * Issues taken from a pull request body. Anyone who opens a pull request
 * writes its body: each issue costs a GitHub request with the workflow's
 * token and a link on every result (with `meta.id`, a QA Sphere comment on
 * the issue), so a body that names thousands must not get them all.
 */
export const MAX_BODY_REFERENCES = 10
/** Issues linked in all: the event's and the `issues` input's together. */
export const MAX_LINKED_ISSUES = 50

/** References kept, and how many distinct others were left out. */
export interface CappedReferences {
  refs: IssueRef[]
  ignored: number
}

/** The first `max` distinct references; the count of the others. */
export function capReferences(
  refs: readonly IssueRef[],
  max: number
): CappedReferences {
  const distinct = dedupe(refs)
  return {
    refs: distinct.slice(0, max),
    ignored: Math.max(0, distinct.length - max)
  }
}

/** An owner or repository name; never `.` or `..`, which would move up a URL path. */
const NAME = '(?!\\.\\.?(?![\\w.-]))[\\w.-]+'
const NUMBER = '(\\d{1,9})'

/**
 * One reference as a user writes it: `12`, `#12`, `owner/repo#12`, or an
 * issue/pull request URL on the workflow's GitHub server.
 */
export function parseReference(
  text: string,
  context: RepoContext
): IssueRef | undefined {
  const value = text.trim()
  const [owner, repo] = context.repository.split('/')
  let match = new RegExp(`^#?${NUMBER}$`).exec(value)
  if (match && owner && repo) return ref(owner, repo, match[1])
  match = new RegExp(`^(${NAME})/(${NAME})#${NUMBER}$`).exec(value)
  if (match) return ref(match[1], match[2], match[3])
  return parseIssueUrl(value, context)
}

function parseIssueUrl(
  value: string,
  context: RepoContext
): IssueRef | undefined {
  let url: URL
  let server: URL
  try {
    url = new URL(value)
    server = new URL(context.serverUrl)
  } catch {
    return undefined
  }
  if (url.host.toLowerCase() !== server.host.toLowerCase()) return undefined
  const match = new RegExp(
    `^/(${NAME})/(${NAME})/(?:issues|pull)/${NUMBER}/?$`
  ).exec(url.pathname)
  return match ? ref(match[1], match[2], match[3]) : undefined
}

/** The `issues` input: one per line or comma-separated. Returns the unreadable ones too. */
export function parseReferenceList(
  input: string,
  context: RepoContext
): { refs: IssueRef[]; invalid: string[] } {
  const refs: IssueRef[] = []
  const invalid: string[] = []
  for (const item of input.split(/[\n,]/)) {
    if (item.trim() === '') continue
    const parsed = parseReference(item, context)
    if (parsed) refs.push(parsed)
    else invalid.push(item.trim())
  }
  return { refs, invalid }
}

/**
 * Issues a pull request body closes with GitHub's closing keywords:
 * close(s/d), fix(es/ed), resolve(s/d) + `#N`, `owner/repo#N` or an issue URL.
 * Every one, de-duplicated, in order; referencesFromEvent caps them.
 */
export function closedByBody(body: string, context: RepoContext): IssueRef[] {
  // Not inside a URL or a path (`https://example.com/fixes #12`).
  const keyword =
    '(?<![\\w/.-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\b:?\\s+'
  // A number runs to its end: `#1234567890` is no `#123456789`.
  // A URL stops at the NUL that separates paragraphs (see prose).
  const target = `((?:${NAME}/${NAME})?#\\d{1,9}(?!\\w)|<?https?://[^\\s\\u0000)>\\]]+)`
  const pattern = new RegExp(keyword + target, 'gi')
  const refs: IssueRef[] = []
  for (const match of prose(body).matchAll(pattern)) {
    // A URL ends before the sentence's punctuation: `Fixes https://…/7.`
    const text = match[1].replace(/^</, '').replace(/[.,;:!?'"]+$/, '')
    const parsed = parseReference(text, context)
    if (parsed) refs.push(parsed)
  }
  return dedupe(refs)
}

/**
 * The text of a Markdown body that GitHub reads closing keywords in, as
 * CommonMark reads it: HTML comment blocks (pull request templates'
 * examples), fenced and indented code blocks (not inside a list, where an
 * indented line is text), HTML `<pre>` and `<code>`, and in each paragraph
 * code spans and inline comments are blanked out; paragraphs kept apart.
 * Read by scanning, never by backtracking patterns: a body of 30,000
 * backticks is read at once.
 */
function prose(body: string): string {
  const out: string[] = []
  let paragraph: string[] = []
  /** An HTML <pre> or <code> still open: it runs on past blank lines. */
  let openHtml: HtmlCode | undefined
  const pushText = (text: string): void => {
    const read = withoutHtmlCode(withoutInlineCode(text), openHtml)
    openHtml = read.open
    out.push(read.text)
  }
  const endParagraph = (): void => {
    if (paragraph.length > 0) pushText(paragraph.join('\n'))
    paragraph = []
  }
  let fence: string | undefined
  let inComment = false
  /** In a list, an indented line is text; elsewhere, after a blank line, code. */
  let inList = false
  let inIndentedCode = false
  for (const line of body.split(/\r\n?|\n/)) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined
      continue
    }
    if (inComment) {
      inComment = !line.includes('-->')
      continue
    }
    const blank = line.trim() === ''
    const indented = INDENTED.test(line)
    if (inIndentedCode) {
      if (blank || indented) continue
      inIndentedCode = false
    }
    if (!blank) {
      // A list item may interrupt a paragraph; indented code may not.
      if (paragraph.length === 0 && indented && !inList) {
        inIndentedCode = true
        continue
      }
      if (LIST_ITEM.test(line)) inList = true
      else if (paragraph.length === 0 && !indented) inList = false
    }
    const opening = FENCE_OPENING.exec(line)
    // A backtick fence's info string holds no backtick: ```a``` is a code span.
    if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
      endParagraph()
      fence = opening[1]
      continue
    }
    if (COMMENT_BLOCK.test(line)) {
      endParagraph()
      // Ends on the line that holds `-->`, its own first line too (`<!-->`).
      inComment = !line.includes('-->')
      continue
    }
    if (HEADING.test(line)) {
      // A heading is a line of its own: no code span goes past it.
      endParagraph()
      pushText(line)
    } else if (blank) endParagraph()
    else paragraph.push(line)
  }
  endParagraph()
  // Not a space: a keyword and a number in two paragraphs are no reference.
  return out.join('\u0000')
}

const INDENTED = /^(?: {4}|\t)/
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/

type HtmlCode = 'pre' | 'code'

/**
 * A paragraph without its HTML `<pre>` and `<code>` elements, where GitHub
 * reads no references; `open`: one left open by an earlier paragraph (HTML
 * runs on past blank lines). Each is one `\u0000`: no keyword reaches past
 * it. Found by indexOf, each tag looked for once per position it is passed.
 */
function withoutHtmlCode(
  body: string,
  open: HtmlCode | undefined
): { text: string; open: HtmlCode | undefined } {
  const lower = body.toLowerCase()
  let out = ''
  let at = 0
  if (open) {
    const end = lower.indexOf(`</${open}>`)
    if (end < 0) return { text: '\u0000', open }
    out = '\u0000'
    at = end + open.length + 3
  }
  if (!lower.includes('<pre', at) && !lower.includes('<code', at))
    return { text: out + body.slice(at), open: undefined }
  const next = { pre: -2, code: -2 }
  const find = (tag: HtmlCode): number => {
    if (next[tag] !== -1 && next[tag] < at)
      next[tag] = lower.indexOf(`<${tag}`, at)
    return next[tag]
  }
  for (;;) {
    const pre = find('pre')
    const code = find('code')
    if (pre < 0 && code < 0) break
    const tag = code < 0 || (pre >= 0 && pre < code) ? 'pre' : 'code'
    const start = tag === 'pre' ? pre : code
    // `<pre>`, `<pre class=…>`: not `<prefix>`.
    const after = lower[start + tag.length + 1]
    if (after !== '>' && after !== undefined && !/\s/.test(after)) {
      out += body.slice(at, start + 1)
      at = start + 1
      continue
    }
    out += body.slice(at, start) + '\u0000'
    const end = lower.indexOf(`</${tag}>`, start)
    if (end < 0) return { text: out, open: tag }
    at = end + tag.length + 3
  }
  return { text: out + body.slice(at), open: undefined }
}

const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})([\s\S]*)$/
const FENCE_CLOSING = /^ {0,3}(`+|~+)[ \t]*$/
const COMMENT_BLOCK = /^ {0,3}<!--/
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/

/** A closing fence: the opening's character, at least as many, nothing after. */
function closesFence(line: string, opening: string): boolean {
  const run = FENCE_CLOSING.exec(line)?.[1]
  return run !== undefined && run.startsWith(opening)
}

/**
 * A paragraph without its code spans (a run of backticks up to the next run
 * as long; a backslash before the first makes it text) and inline comments,
 * whichever comes first.
 */
function withoutInlineCode(text: string): string {
  const marks = /`+|<!--/g
  // Run lengths with no run as long after this position: not looked for again.
  const noCloserFrom = new Map<number, number>()
  let noCommentEndFrom = Infinity
  let out = ''
  let kept = 0
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    const start = mark.index
    const after = marks.lastIndex
    let end: number
    if (mark[0] === '<!--') {
      if (isEscaped(text, start) || noCommentEndFrom <= after) continue
      const close = text.indexOf('-->', after)
      if (close < 0) {
        noCommentEndFrom = after
        continue
      }
      end = close + 3
    } else {
      if (isEscaped(text, start)) {
        // The escaped backtick is text; the rest of its run may open a span.
        marks.lastIndex = start + 1
        continue
      }
      const length = mark[0].length
      if ((noCloserFrom.get(length) ?? Infinity) <= after) continue
      const close = runAsLong(text, after, length)
      if (close < 0) {
        noCloserFrom.set(length, after)
        continue
      }
      end = close + length
    }
    out += text.slice(kept, start) + ' '
    kept = marks.lastIndex = end
  }
  return out + text.slice(kept)
}

/** Whether an odd number of backslashes comes right before `index`. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0
  while (index - backslashes > 0 && text[index - backslashes - 1] === '\\')
    backslashes++
  return backslashes % 2 === 1
}

/** Where the next run of exactly `length` backticks from `from` starts, or -1. */
function runAsLong(text: string, from: number, length: number): number {
  const runs = /`+/g
  runs.lastIndex = from
  for (let run = runs.exec(text); run; run = runs.exec(text))
    if (run[0].length === length) return run.index
  return -1
}

/** The payload's fields read here, as GitHub sends them; each is checked before use. */
interface EventPayload {
  pull_request?: {
    number?: unknown
    body?: unknown
    base?: { ref?: unknown; repo?: { default_branch?: unknown } }
  }
  issue?: { number?: unknown }
  workflow_run?: {
    event?: unknown
    head_branch?: unknown
    head_repository?: {
      id?: unknown
      full_name?: unknown
      owner?: { login?: unknown }
    }
    pull_requests?: unknown
  }
  repository?: { id?: unknown; default_branch?: unknown }
}

/** `value` if it is a string, else ''. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** A pull request as a workflow_run lists it. */
interface RunPullRequest {
  number?: unknown
  head?: { repo?: { id?: unknown } }
  base?: { repo?: { id?: unknown; url?: unknown } }
}

/**
 * The pull requests of this repository that a workflow_run lists: GitHub
 * lists other repositories' too (a fork's own pull request with the same
 * branch name), and this repository's from another head with that name.
 */
function runPullRequests(
  event: EventPayload,
  context: RepoContext
): RunPullRequest[] {
  const run = event.workflow_run
  const list = run?.pull_requests
  if (!Array.isArray(list)) return []
  const here = event.repository?.id
  const headHere = run?.head_repository?.id
  const ours = (pr: RunPullRequest): boolean => {
    const head = pr.head?.repo?.id
    if (head !== undefined && headHere !== undefined && head !== headHere)
      return false
    const base = pr.base?.repo
    if (base?.id !== undefined && here !== undefined) return base.id === here
    return (
      typeof base?.url !== 'string' ||
      base.url
        .toLowerCase()
        .endsWith(`/repos/${context.repository.toLowerCase()}`)
    )
  }
  return list.filter(
    (pr): pr is RunPullRequest =>
      typeof pr === 'object' && pr !== null && ours(pr as RunPullRequest)
  )
}

/**
 * For a workflow_run triggered by a pull request from a fork, GitHub lists
 * none of this repository's pull requests; the pull request is then found by
 * its head (`owner:branch`). Undefined when no such look-up is needed.
 */
export function forkPullRequestHead(
  eventName: string,
  payload: unknown,
  context: RepoContext
): string | undefined {
  const event = (payload ?? {}) as EventPayload
  const run = event.workflow_run
  if (eventName !== 'workflow_run' || typeof run !== 'object' || !run)
    return undefined
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
    return undefined
  if (runPullRequests(event, context).length > 0) return undefined
  const headRepo = text(run.head_repository?.full_name)
  const headOwner =
    text(run.head_repository?.owner?.login) || headRepo.split('/')[0]
  const headBranch = text(run.head_branch)
  if (!headOwner || !headBranch) return undefined
  if (headRepo.toLowerCase() === context.repository.toLowerCase())
    return undefined
  return `${headOwner}:${headBranch}`
}

/**
 * References that the triggering event names, per the event kind. A pull
 * request body gives at most MAX_BODY_REFERENCES; `ignored` counts the
 * distinct others it names.
 */
export function referencesFromEvent(
  eventName: string,
  payload: unknown,
  context: RepoContext
): CappedReferences {
  const event = (payload ?? {}) as EventPayload
  const [owner, repo] = context.repository.split('/')
  const none = { refs: [], ignored: 0 }
  if (!owner || !repo) return none
  const own = (number: unknown): IssueRef[] =>
    Number.isSafeInteger(number) && (number as number) > 0
      ? [{ owner, repo, number: number as number }]
      : []

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      // GitHub closes issues only from a pull request into the default
      // branch: a backport's "Fixes #7" closes nothing.
      const body = capReferences(
        intoDefaultBranch(event)
          ? closedByBody(text(event.pull_request?.body), context)
          : [],
        MAX_BODY_REFERENCES
      )
      return {
        refs: dedupe([...own(event.pull_request?.number), ...body.refs]),
        ignored: body.ignored
      }
    }
    case 'issues':
    case 'issue_comment':
      return { refs: own(event.issue?.number), ignored: 0 }
    case 'workflow_run': {
      const run = event.workflow_run
      if (typeof run !== 'object' || !run) return none
      return {
        refs: runPullRequests(event, context).flatMap((pr) => own(pr.number)),
        ignored: 0
      }
    }
    default:
      return none
  }
}

/** Whether the pull request goes into the default branch (unknown: assumed). */
function intoDefaultBranch(event: EventPayload): boolean {
  const base = event.pull_request?.base?.ref
  const main =
    event.pull_request?.base?.repo?.default_branch ??
    event.repository?.default_branch
  return typeof base !== 'string' || typeof main !== 'string' || base === main
}

export function dedupe(refs: readonly IssueRef[]): IssueRef[] {
  const seen = new Map<string, IssueRef>()
  for (const r of refs) if (!seen.has(refKey(r))) seen.set(refKey(r), r)
  return [...seen.values()]
}

function ref(
  owner: string,
  repo: string,
  number: string
): IssueRef | undefined {
  const n = Number(number)
  return n > 0 ? { owner, repo, number: n } : undefined
}
