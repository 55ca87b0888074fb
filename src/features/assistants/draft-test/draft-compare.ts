/**
 * The draft-vs-live verdict: per case, the saved version's outcome beside the
 * draft's, with what changed, differences first. Pure; the dialog, the review
 * dialog and the tests read the same answer.
 */
import { caseOutcome } from '@/lib/qa/outcome'
import type { CaseAttempt, CaseOutcome, SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'

/** `incomplete`: either side did not finish (stopped, or still running). */
export type DraftChange = 'regressed' | 'fixed' | 'changed' | 'incomplete' | 'same'

export interface DraftCaseRow {
  caseId: string
  name: string
  live: CaseOutcome
  draft: CaseOutcome
  change: DraftChange
  liveAttempts: CaseAttempt[]
  draftAttempts: CaseAttempt[]
}

export interface DraftComparison {
  rows: DraftCaseRow[]
  counts: Record<DraftChange, number>
  /** E.g. "2 cases that passed now fail". */
  headline: string
}

const ORDER: DraftChange[] = ['regressed', 'fixed', 'changed', 'incomplete', 'same']
const FAILING: readonly CaseOutcome[] = ['failed', 'flaky', 'error']
const UNFINISHED: readonly CaseOutcome[] = ['pending', 'cancelled']

export function changeOf(live: CaseOutcome, draft: CaseOutcome): DraftChange {
  if (UNFINISHED.includes(live) || UNFINISHED.includes(draft)) return 'incomplete'
  if (live === draft) return 'same'
  if (live === 'passed' && FAILING.includes(draft)) return 'regressed'
  if (FAILING.includes(live) && draft === 'passed') return 'fixed'
  return 'changed'
}

const attemptsOf = (run: SuiteRun | null, caseId: string) => run?.attempts.filter((a) => a.caseId === caseId) ?? []
/** A case with no attempt is pending while its run goes on, and did not run (cancelled) once it ended. */
const outcomeIn = (run: SuiteRun | null, attempts: CaseAttempt[]): CaseOutcome =>
  attempts.length > 0 ? caseOutcome(attempts) : run && run.status !== 'running' ? 'cancelled' : 'pending'
const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many)

export function headlineOf(counts: Record<DraftChange, number>, total: number): string {
  const parts: string[] = []
  if (counts.regressed > 0)
    parts.push(`${cases(counts.regressed)} that passed now ${verb(counts.regressed, 'fails', 'fail')}`)
  if (counts.fixed > 0) parts.push(`${cases(counts.fixed)} that failed now ${verb(counts.fixed, 'passes', 'pass')}`)
  if (counts.changed > 0) parts.push(`${cases(counts.changed)} changed`)
  if (counts.incomplete > 0) parts.push(`${cases(counts.incomplete)} did not finish`)
  if (parts.length === 0) return total === 0 ? 'No cases ran' : `No differences: ${cases(total)}, the same outcome`
  return parts.join(', ')
}

/** Rows for the cases that ran (in `caseIds` order), differences first. */
export function compareDraft(
  suite: Suite,
  caseIds: readonly string[],
  live: SuiteRun | null,
  draft: SuiteRun | null,
): DraftComparison {
  const byId = new Map(suite.cases.map((c) => [c.id, c]))
  const rows = caseIds.map((caseId): DraftCaseRow => {
    const liveAttempts = attemptsOf(live, caseId)
    const draftAttempts = attemptsOf(draft, caseId)
    const l = outcomeIn(live, liveAttempts)
    const d = outcomeIn(draft, draftAttempts)
    return {
      caseId,
      name: byId.get(caseId)?.name ?? caseId,
      live: l,
      draft: d,
      change: changeOf(l, d),
      liveAttempts,
      draftAttempts,
    }
  })
  const rank = (r: DraftCaseRow) => ORDER.indexOf(r.change)
  // Array.prototype.sort is stable: suite order within each group.
  rows.sort((a, b) => rank(a) - rank(b))
  const counts = { regressed: 0, fixed: 0, changed: 0, incomplete: 0, same: 0 }
  for (const r of rows) counts[r.change] += 1
  return { rows, counts, headline: headlineOf(counts, rows.length) }
}
