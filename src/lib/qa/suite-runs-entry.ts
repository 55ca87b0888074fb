/**
 * The small record of a suite run that the runs list, the trend and "failed
 * last time" need, kept in the suite's index (the whole run is stored apart).
 */
import { caseOutcome, groupAttempts, passCount } from './outcome'
import type { CaseOutcome, SuiteRun } from './results'

export interface SuiteRunCaseEntry {
  caseId: string
  outcome: CaseOutcome
  passed: number
  total: number
}

export interface SuiteRunEntry extends Omit<SuiteRun, 'attempts'> {
  /** Per case in the run, in the order its attempts were recorded. */
  cases: SuiteRunCaseEntry[]
}

export function entryOf(run: SuiteRun): SuiteRunEntry {
  const { attempts, ...rest } = run
  const cases = [...groupAttempts(attempts)].map(([caseId, list]) => ({
    caseId,
    outcome: caseOutcome(list),
    ...passCount(list),
  }))
  return { ...rest, cases }
}

/** As `trend` in outcome.ts, from the entry: passed cases over cases with a verdict or an error; null when none. */
export function entryPassRate(entry: SuiteRunEntry): number | null {
  const judged = entry.cases.filter((c) => c.outcome !== 'pending' && c.outcome !== 'cancelled')
  if (judged.length === 0) return null
  return judged.filter((c) => c.outcome === 'passed').length / judged.length
}

/** Cases to run again when "failed last time" is chosen: failed, flaky or errored in the newest ended run. */
export function failedLastTime(entries: SuiteRunEntry[]): string[] | null {
  const last = entries.find((e) => e.status !== 'running')
  if (!last) return null
  return last.cases
    .filter((c) => c.outcome === 'failed' || c.outcome === 'flaky' || c.outcome === 'error')
    .map((c) => c.caseId)
}
