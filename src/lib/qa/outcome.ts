/**
 * From attempts to answers: a case's outcome across its repetitions (flaky
 * when some passed and some failed), "3/5 passed", a run's summary, the flips
 * against a baseline, the pass-rate trend over runs and a side-by-side
 * comparison of two runs of one suite. Pure; the console and the CLI share it.
 */
import type { CaseAttempt, CaseOutcome, SuiteRun, SuiteRunSummary } from './results'
import type { Suite } from './suite-format'

export function groupAttempts(attempts: readonly CaseAttempt[]): Map<string, CaseAttempt[]> {
  const byCase = new Map<string, CaseAttempt[]>()
  for (const a of attempts) {
    const list = byCase.get(a.caseId)
    if (list) list.push(a)
    else byCase.set(a.caseId, [a])
  }
  return byCase
}

/**
 * Failures beat errors (the assistant's fault is news; a network blip is not a verdict), errors beat
 * cancellations; passed only when every attempt that ran passed.
 */
export function caseOutcome(attempts: readonly CaseAttempt[]): CaseOutcome {
  if (attempts.length === 0) return 'pending'
  const count = (s: CaseAttempt['status']) => attempts.filter((a) => a.status === s).length
  const passed = count('passed')
  const failed = count('failed')
  if (passed > 0 && failed > 0) return 'flaky'
  if (failed > 0) return 'failed'
  if (count('error') > 0) return 'error'
  if (passed > 0) return 'passed'
  return 'cancelled'
}

/** For "3/5 passed": cancelled attempts did not run, so they are not counted. */
export function passCount(attempts: readonly CaseAttempt[]): { passed: number; total: number } {
  return {
    passed: attempts.filter((a) => a.status === 'passed').length,
    total: attempts.filter((a) => a.status !== 'cancelled').length,
  }
}

/** The cases a run covers, in suite order; a run started for some cases covers only those. */
function coveredCases(run: SuiteRun, suite: Suite): string[] {
  const chosen = run.caseIds ? new Set(run.caseIds) : null
  return suite.cases.map((c) => c.id).filter((id) => !chosen || chosen.has(id))
}

/** Outcome per case of the suite; a stopped run's cases that never ran are cancelled, not pending. */
export function caseOutcomes(run: SuiteRun, suite: Suite): Map<string, CaseOutcome> {
  const byCase = groupAttempts(run.attempts)
  const outcomes = new Map<string, CaseOutcome>()
  for (const id of coveredCases(run, suite)) {
    const outcome = caseOutcome(byCase.get(id) ?? [])
    outcomes.set(id, outcome === 'pending' && run.status !== 'running' ? 'cancelled' : outcome)
  }
  return outcomes
}

export function summarize(run: SuiteRun, suite: Suite): SuiteRunSummary {
  const summary: SuiteRunSummary = { total: 0, passed: 0, failed: 0, flaky: 0, errored: 0, cancelled: 0, pending: 0 }
  for (const outcome of caseOutcomes(run, suite).values()) {
    summary.total += 1
    if (outcome === 'error') summary.errored += 1
    else summary[outcome] += 1
  }
  return summary
}

const JUDGED: readonly CaseOutcome[] = ['passed', 'failed', 'flaky']

export interface Flip {
  caseId: string
  from: CaseOutcome
  to: CaseOutcome
}

/** Cases whose verdict changed between passed, failed and flaky; errors and cancellations are no verdict. */
export function flips(baseline: SuiteRun, current: SuiteRun): Flip[] {
  const before = groupAttempts(baseline.attempts)
  const result: Flip[] = []
  for (const [caseId, attempts] of groupAttempts(current.attempts)) {
    const from = caseOutcome(before.get(caseId) ?? [])
    const to = caseOutcome(attempts)
    if (from !== to && JUDGED.includes(from) && JUDGED.includes(to)) result.push({ caseId, from, to })
  }
  return result
}

export interface TrendPoint {
  runId: string
  at: number
  /** Passed cases over cases with a verdict or an error, 0..1. */
  passRate: number
}

/** Oldest first; runs where no case got a verdict (all cancelled) are left out. */
export function trend(runs: readonly SuiteRun[]): TrendPoint[] {
  const points: TrendPoint[] = []
  for (const run of [...runs].sort((a, b) => a.startedAt - b.startedAt)) {
    let passed = 0
    let counted = 0
    for (const attempts of groupAttempts(run.attempts).values()) {
      const outcome = caseOutcome(attempts)
      if (outcome === 'cancelled' || outcome === 'pending') continue
      counted += 1
      if (outcome === 'passed') passed += 1
    }
    if (counted > 0) points.push({ runId: run.id, at: run.startedAt, passRate: passed / counted })
  }
  return points
}

export interface CaseComparison {
  caseId: string
  name: string
  a: CaseOutcome
  b: CaseOutcome
  aCount: { passed: number; total: number }
  bCount: { passed: number; total: number }
  differs: boolean
}

/** Both runs' outcome per case of the suite: the cases that differ first, each group in suite order. */
export function compareRuns(a: SuiteRun, b: SuiteRun, suite: Suite): CaseComparison[] {
  const aBy = groupAttempts(a.attempts)
  const bBy = groupAttempts(b.attempts)
  const rows = suite.cases
    .filter((c) => aBy.has(c.id) || bBy.has(c.id))
    .map((c) => {
      const aList = aBy.get(c.id) ?? []
      const bList = bBy.get(c.id) ?? []
      const ao = caseOutcome(aList)
      const bo = caseOutcome(bList)
      return {
        caseId: c.id,
        name: c.name,
        a: ao,
        b: bo,
        aCount: passCount(aList),
        bCount: passCount(bList),
        differs: ao !== bo,
      }
    })
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)]
}
