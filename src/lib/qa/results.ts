/**
 * What running a suite produces: per case and repetition, the run (the shared
 * RunRecord, as the playground shows it) and each assertion's verdict with its
 * reason. Stored in IndexedDB by the console, written as JSON/JUnit by the CLI.
 */
import type { RunRecord } from '@/lib/run/run-model'

/** `unknown`: the assertion cannot be checked against this server or run (never counted as a pass). */
export type Verdict = 'pass' | 'fail' | 'unknown'

export interface AssertionResult {
  /** Index in the case's `assertions`. */
  index: number
  verdict: Verdict
  /** Generated (or the assertion's label), e.g. `call_api PUT /categories/* was called`. */
  description: string
  /** Why it passed or failed, in words a QA reader understands. */
  reason: string
}

/**
 * `error`: the run itself could not be made (network, 4xx/5xx, timeout), so nothing was judged.
 * `cancelled`: stopped by the user before it finished.
 */
export type AttemptStatus = 'passed' | 'failed' | 'error' | 'cancelled'

export interface CaseAttempt {
  caseId: string
  /** 0-based repetition number. */
  attempt: number
  status: AttemptStatus
  run: RunRecord
  assertions: AssertionResult[]
}

/** Across repetitions: `flaky` when some attempts passed and some failed ("3/5 passed"). */
export type CaseOutcome = 'passed' | 'failed' | 'flaky' | 'error' | 'cancelled' | 'pending'

export interface SuiteRunSummary {
  total: number
  passed: number
  failed: number
  flaky: number
  errored: number
  cancelled: number
  pending: number
}

export interface SuiteRun {
  id: string
  suiteId: string
  suiteName: string
  /** Connection identity (not secret) the run went against. */
  connectionKey: string
  /** Assistant code overrides applied for this run (case assistant → evaluated code), e.g. a draft's temporary copy. */
  assistantOverrides: Record<string, string>
  /** Free label, e.g. "draft" / "live" / "demo-routing-assistant". */
  label: string | null
  startedAt: number
  finishedAt: number | null
  concurrency: number
  repeat: number
  status: 'running' | 'finished' | 'stopped'
  /** Finished attempts, in the order they finished. */
  attempts: CaseAttempt[]
  /** The cases this run was started for, in suite order; absent or null: every case of the suite. */
  caseIds?: string[] | null
}
