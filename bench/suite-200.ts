/**
 * The 200-case suite bench (issue 11): a generated suite over the seeded demo
 * assistants, run against the mock by the same runner the console and the CLI
 * use, in Node (wall time at concurrency 4) and in Chromium through the console
 * (the long tasks while the results grid fills). The mock's per-chunk delay is
 * set per case (`input._mock.delay_ms`) and reported with the figures.
 */
import { ApiClient } from '@/api/http-client'
import type { AuthSource } from '@/api/auth-source'
import { deepdeskEvaluator, evaluatorJudge } from '@/lib/qa/evaluator'
import { summarize as summarizeRun } from '@/lib/qa/outcome'
import { runSuite } from '@/lib/qa/runner'
import { SUITE_FORMAT, SUITE_FORMAT_VERSION, suiteSchema, type Suite, type TestCaseInput } from '@/lib/qa/suite-format'
import type { SuiteRunSummary } from '@/lib/qa/results'
import { ms } from './lib/table'
import { renderTable, valueRow, type Row } from './lib/table'

export const SUITE_CASES = 200
export const SUITE_CONCURRENCY = 4
/** Per-chunk delay asked of the mock for these cases (the server default is 25 ms per word). */
export const SUITE_DELAY_MS = 5

export interface SuiteNodeRun {
  wallMs: number
  attempts: number
  summary: SuiteRunSummary
}

export interface SuiteBrowserRun {
  /** Run clicked → the results page says Finished. */
  wallMs: number
  longTasks: number
  longestTaskMs: number
  /** Sum of (duration − 50 ms) over the long tasks. */
  blockingMs: number
  /** Rows in the DOM at the end (the grid is virtualized). */
  rowsInDom: number
  summaryText: string
  /** 1-minute load average when the browser run started (long tasks are wall time: a busy machine stretches them). */
  loadAverage1m: number
}

export const SUITE_METHOD =
  "Generated suite (bench/suite-200.ts: routing, sentiment, summary and reply cases over the seeded demo assistants, each with assertions that pass on the mock), input._mock.delay_ms per case. Node: runSuite + deepdeskEvaluator (the console's runner) over HTTP against the console server's mock, wall time of one run. Chromium: the suite written to the console's IndexedDB suite store, its page opened, concurrency set, Run clicked, then its results page opened (the grid fills live); PerformanceObserver(\"longtask\", installed before the app loads) entries from the click until the page shows Finished and the browser is idle."

export interface Suite200Report {
  method: string
  cases: number
  concurrency: number
  mockDelayMs: number
  node: SuiteNodeRun | null
  browser: { status: 'measured'; run: SuiteBrowserRun } | { status: 'skipped'; reason: string } | null
}

const TOPICS = [
  'my invoice is wrong and I was charged twice',
  'where is my parcel, it is three days late',
  'I want to cancel my contract',
  'the app crashes when I log in',
  'can I change my subscription to the cheaper plan',
  'thanks, the new router works great',
  'I have asked about this outage four times now, let me speak to a manager',
  'what are your opening hours today',
]

/** A deterministic suite of `n` cases spread over four demo assistants, each with assertions that pass on the mock. */
export function generateSuite(n = SUITE_CASES, delayMs = SUITE_DELAY_MS): Suite {
  const cases: TestCaseInput[] = []
  for (let i = 0; i < n; i += 1) {
    const topic = TOPICS[i % TOPICS.length] as string
    const transcript = [
      { speaker: 'agent' as const, text: 'Hello, how can I help you?' },
      { speaker: 'customer' as const, text: `Case ${i + 1}: ${topic}.` },
    ]
    const input = { _mock: { delay_ms: delayMs } }
    const id = `case-${String(i + 1).padStart(3, '0')}`
    switch (i % 4) {
      case 0:
        cases.push({
          id,
          name: `Routing ${i + 1}`,
          assistant: 'demo-routing-assistant',
          transcript,
          input,
          assertions: [
            { type: 'tool_called', match: { name: 'call_api', method: 'PUT' } },
            { type: 'contains', value: 'categorized' },
          ],
        })
        break
      case 1:
        cases.push({
          id,
          name: `Sentiment ${i + 1}`,
          assistant: 'demo-sentiment-classifier',
          transcript,
          input,
          assertions: [{ type: 'is_json' }, { type: 'run_succeeded' }],
        })
        break
      case 2:
        cases.push({
          id,
          name: `Summary ${i + 1}`,
          assistant: 'demo-conversation-summarizer',
          transcript,
          input,
          assertions: [
            { type: 'regex', pattern: '\\S' },
            { type: 'total_time_under', ms: 30_000 },
          ],
        })
        break
      default:
        cases.push({
          id,
          name: `Reply ${i + 1}`,
          assistant: 'demo-reply-suggester',
          transcript,
          input,
          assertions: [{ type: 'contains', value: 'Suggested reply' }],
        })
    }
  }
  return suiteSchema.parse({
    format: SUITE_FORMAT,
    version: SUITE_FORMAT_VERSION,
    id: 'bench-suite-200',
    name: `Bench: ${n} cases`,
    cases,
  })
}

function staticToken(token: string): AuthSource {
  return { getToken: async () => token, invalidate: () => false, scopes: null }
}

/** The runner in Node against the console's mock: wall time for the whole suite. */
export async function nodeSuiteRun(baseUrl: string, token: string, suite: Suite): Promise<SuiteNodeRun> {
  const client = new ApiClient({ baseUrl, key: 'bench', auth: staticToken(token) })
  const evaluator = deepdeskEvaluator(client)
  const started = performance.now()
  const run = await runSuite({
    suite,
    evaluator,
    judge: evaluatorJudge(evaluator),
    connectionKey: 'bench',
    concurrency: SUITE_CONCURRENCY,
    repeat: 1,
  })
  const wallMs = performance.now() - started
  return { wallMs, attempts: run.attempts.length, summary: summarizeRun(run, suite) }
}

export function suite200Targets(r: Suite200Report | null): {
  id: string
  target: string
  actual: string
  met: boolean | null
  margin: string | null
}[] {
  const target = `no long task over 50 ms while the results grid fills (${r?.cases ?? SUITE_CASES} cases)`
  if (!r?.browser || r.browser.status === 'skipped')
    return [
      {
        id: 'suite200.longTasks',
        target,
        actual: r?.browser?.status === 'skipped' ? r.browser.reason : 'not measured',
        met: null,
        margin: null,
      },
    ]
  const b = r.browser.run
  return [
    {
      id: 'suite200.longTasks',
      target,
      actual: `${b.longTasks} long tasks, longest ${ms(b.longestTaskMs)}`,
      met: b.longTasks === 0,
      margin: b.longTasks === 0 ? null : `${ms(b.longestTaskMs - 50)} over on the longest`,
    },
  ]
}

export function printSuite200(r: Suite200Report): void {
  const rows: Row[] = []
  const s = r.node?.summary
  if (r.node && s)
    rows.push(
      valueRow(
        `Node: wall time, ${r.cases} cases, concurrency ${r.concurrency}`,
        ms(r.node.wallMs),
        `${s.passed} passed, ${s.failed} failed, ${s.flaky} flaky, ${s.errored} errored`,
      ),
    )
  if (r.browser?.status === 'measured') {
    const b = r.browser.run
    rows.push(valueRow('Chromium: Run → Finished', ms(b.wallMs), b.summaryText))
    rows.push(valueRow('Chromium: long tasks > 50 ms', String(b.longTasks), 'target 0'))
    rows.push(valueRow('Chromium: longest task', ms(b.longestTaskMs), `blocking ${ms(b.blockingMs)}`))
    rows.push(valueRow('Chromium: grid rows in the DOM', String(b.rowsInDom), 'virtualized'))
    rows.push(valueRow('Chromium: load average (1 min) at start', b.loadAverage1m.toFixed(2)))
  } else if (r.browser?.status === 'skipped') rows.push(valueRow('Chromium', 'skipped', r.browser.reason))
  console.log(renderTable(`6. Suite of ${r.cases} cases (mock delay_ms ${r.mockDelayMs} per chunk)`, rows))
}
