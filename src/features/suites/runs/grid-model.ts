/**
 * The results grid as data: one row per case of the run (in the suite's
 * order), its attempts by repetition, its outcome over them ("3/5 passed")
 * and, against the pinned baseline, whether it flipped. Pure, so the page
 * only renders and filters what this returns.
 */
import { caseOutcome, flips, groupAttempts, passCount } from '@/lib/qa/outcome'
import type { CaseAttempt, CaseOutcome, SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'

/** `regression`: passed in the baseline, not now; `fix`: did not pass in the baseline, passes now. */
export type FlipKind = 'regression' | 'fix'

export interface Flip {
  from: CaseOutcome
  to: CaseOutcome
  kind: FlipKind
}

export interface GridRow {
  caseId: string
  name: string
  assistant: string
  /** By repetition number; null while that repetition has not ended. */
  attempts: (CaseAttempt | null)[]
  outcome: CaseOutcome
  passed: number
  total: number
  flip: Flip | null
  /** The case is no longer in the suite (deleted or renamed since the run). */
  removed: boolean
}

export type GridFilter = 'all' | 'failed' | 'flips'

const VERDICTS: readonly CaseOutcome[] = ['passed', 'failed', 'flaky']

/** Only verdicts flip (errors and cancellations are none, as in `flips`); failed ↔ flaky is no flip either. */
export function flipKind(from: CaseOutcome, to: CaseOutcome): FlipKind | null {
  if (!VERDICTS.includes(from) || !VERDICTS.includes(to)) return null
  if (from === 'passed' && to !== 'passed') return 'regression'
  if (from !== 'passed' && to === 'passed') return 'fix'
  return null
}

/**
 * Rows for the cases the run was started for (rows appear before their first attempt ends), in suite
 * order; a case of a stopped run that never ran is cancelled; cases since removed from the suite come last.
 */
export function gridRows(input: { suite: Suite; run: SuiteRun; baseline?: SuiteRun | undefined }): GridRow[] {
  const { suite, run, baseline } = input
  const byCase = groupAttempts(run.attempts)
  const planned = run.caseIds ?? suite.cases.map((c) => c.id)
  const inRun = new Set([...planned, ...byCase.keys()])
  const flipped = new Map<string, Flip>()
  if (baseline && baseline.id !== run.id) {
    for (const f of flips(baseline, run)) {
      const kind = flipKind(f.from, f.to)
      if (kind) flipped.set(f.caseId, { from: f.from, to: f.to, kind })
    }
  }
  const row = (caseId: string, name: string, assistant: string, removed: boolean): GridRow => {
    const list = byCase.get(caseId) ?? []
    const attempts: (CaseAttempt | null)[] = Array.from({ length: run.repeat }, () => null)
    for (const a of list) attempts[a.attempt] = a
    const outcome = caseOutcome(list)
    return {
      caseId,
      name,
      assistant: run.assistantOverrides[assistant] ?? assistant,
      attempts,
      outcome: outcome === 'pending' && run.status !== 'running' ? 'cancelled' : outcome,
      ...passCount(list),
      flip: flipped.get(caseId) ?? null,
      removed,
    }
  }
  const rows: GridRow[] = []
  for (const c of suite.cases) if (inRun.has(c.id)) rows.push(row(c.id, c.name, c.assistant, false))
  const known = new Set(suite.cases.map((c) => c.id))
  for (const id of inRun) {
    if (known.has(id)) continue
    const assistant = byCase.get(id)?.[0]?.run.request.assistant ?? ''
    rows.push(row(id, id, assistant, true))
  }
  return rows
}

const FAILED: readonly CaseOutcome[] = ['failed', 'flaky', 'error']

export function filterRows(rows: readonly GridRow[], filter: GridFilter): GridRow[] {
  if (filter === 'failed') return rows.filter((r) => FAILED.includes(r.outcome))
  if (filter === 'flips') return rows.filter((r) => r.flip !== null)
  return [...rows]
}

export function flipCounts(rows: readonly GridRow[]): { regressions: number; fixes: number } {
  let regressions = 0
  let fixes = 0
  for (const r of rows) {
    if (r.flip?.kind === 'regression') regressions += 1
    else if (r.flip?.kind === 'fix') fixes += 1
  }
  return { regressions, fixes }
}
