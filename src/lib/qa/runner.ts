/**
 * Runs a suite: every chosen case `repeat` times through an Evaluator, at most
 * `concurrency` requests in flight, repetitions interleaved (every case's first
 * attempt before any second one, so a stopped run has covered the most cases),
 * each finished attempt checked and reported through `onUpdate`. Stopping
 * (the signal) cancels the requests in flight and starts no more; the run ends
 * as `stopped`. The console, the draft test and the CLI all run suites here.
 */
import { createRun, runReducer, type RunRecord, type RunRequest } from '@/lib/run/run-model'
import { checkAssertions, type Judge } from './assertions'
import type { Evaluator } from './evaluator'
import type { AttemptStatus, CaseAttempt, SuiteRun } from './results'
import type { Suite, TestCase } from './suite-format'

export interface RunSuiteOptions {
  suite: Suite
  evaluator: Evaluator
  judge?: Judge
  connectionKey: string
  /** Only these cases (in suite order); all when absent. */
  caseIds?: string[] | null
  concurrency: number
  repeat: number
  signal?: AbortSignal
  /** Case assistant code → code evaluated instead (a draft's temporary copy). Never applied to judges. */
  assistantOverrides?: Record<string, string>
  label?: string | null
  id?: string
  now?: () => number
  onUpdate?: (run: SuiteRun, changed: CaseAttempt) => void
  /** An attempt's request is about to be sent. */
  onAttemptStart?: (attempt: { caseId: string; attempt: number }) => void
}

/** Failure codes of a run that could not be made or finished (run-failure.ts), as opposed to the server's own error event. */
const INFRA_CODES = new Set([
  'timeout',
  'dropped',
  'incomplete',
  'offline',
  'network',
  'contract',
  'auth',
  'aborted',
  'interrupted',
])

/** The run never got through (HTTP, network, timeout, cut): nothing about the assistant can be judged from it. */
export function couldNotRun(run: RunRecord): boolean {
  if (run.status !== 'failed') return false
  if (run.mode === null) return true
  const code = run.error?.code ?? null
  return code !== null && (INFRA_CODES.has(code) || /^\d{3}$/.test(code))
}

export function requestFor(testCase: TestCase, overrides: Record<string, string>): RunRequest {
  return {
    assistant: overrides[testCase.assistant] ?? testCase.assistant,
    conversationId: testCase.conversation_id,
    input: testCase.input,
    transcript: testCase.transcript,
  }
}

function thrownRun(request: RunRequest, connectionKey: string, at: number, e: unknown): RunRecord {
  const run = createRun({
    id: `failed-${at}-${Math.random().toString(36).slice(2)}`,
    connectionKey,
    createdAt: at,
    request,
  })
  const message = e instanceof Error ? e.message : String(e)
  return runReducer(run, { type: 'fail', at: 0, message: `The run could not be made: ${message}`, code: 'network' })
}

export async function runSuite(opts: RunSuiteOptions): Promise<SuiteRun> {
  const now = opts.now ?? (() => Date.now())
  const signal = opts.signal ?? new AbortController().signal
  const overrides = opts.assistantOverrides ?? {}
  const chosen = opts.caseIds ? new Set(opts.caseIds) : null
  const cases = opts.suite.cases.filter((c) => !chosen || chosen.has(c.id))
  const repeat = Math.max(1, Math.floor(opts.repeat))
  const concurrency = Math.max(1, Math.floor(opts.concurrency))
  const queue: { testCase: TestCase; attempt: number }[] = []
  for (let attempt = 0; attempt < repeat; attempt += 1) for (const testCase of cases) queue.push({ testCase, attempt })

  let suiteRun: SuiteRun = {
    id: opts.id ?? crypto.randomUUID(),
    suiteId: opts.suite.id,
    suiteName: opts.suite.name,
    connectionKey: opts.connectionKey,
    assistantOverrides: { ...overrides },
    label: opts.label ?? null,
    startedAt: now(),
    finishedAt: null,
    concurrency,
    repeat,
    status: 'running',
    attempts: [],
    caseIds: cases.map((c) => c.id),
  }

  const runOne = async (testCase: TestCase, attempt: number): Promise<CaseAttempt> => {
    const request = requestFor(testCase, overrides)
    let run: RunRecord
    try {
      run = await opts.evaluator.run(request, signal)
    } catch (e) {
      run = thrownRun(request, opts.connectionKey, now(), e)
    }
    const base = { caseId: testCase.id, attempt, run }
    if (run.status === 'cancelled') return { ...base, status: 'cancelled', assertions: [] }
    if (couldNotRun(run)) return { ...base, status: 'error', assertions: [] }
    // The judge sees the case as evaluated (its assistant overridden); judge assistants are used as written.
    const evaluated = { ...testCase, assistant: request.assistant }
    const assertions = await checkAssertions(evaluated, run, { ...(opts.judge ? { judge: opts.judge } : {}), signal })
    // Stopped while a judge was grading: the verdicts are incomplete, so the attempt did not finish.
    if (signal.aborted && testCase.assertions.some((a) => a.type === 'judge'))
      return { ...base, status: 'cancelled', assertions }
    const failed = run.status === 'failed' || assertions.some((a) => a.verdict === 'fail')
    const status: AttemptStatus = failed ? 'failed' : 'passed'
    return { ...base, status, assertions }
  }

  let next = 0
  const worker = async () => {
    while (!signal.aborted) {
      const item = queue[next]
      if (!item) return
      next += 1
      opts.onAttemptStart?.({ caseId: item.testCase.id, attempt: item.attempt })
      const done = await runOne(item.testCase, item.attempt)
      suiteRun = { ...suiteRun, attempts: [...suiteRun.attempts, done] }
      opts.onUpdate?.(suiteRun, done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  suiteRun = { ...suiteRun, status: signal.aborted ? 'stopped' : 'finished', finishedAt: now() }
  return suiteRun
}
