/** What the progress bar says about a run going on (or ended): attempts done of planned, and cases by outcome so far. */
import { caseOutcome, groupAttempts } from '@/lib/qa/outcome'
import type { SuiteRun } from '@/lib/qa/results'

export interface RunProgress {
  done: number
  total: number
  passed: number
  failed: number
  flaky: number
  errored: number
  cancelled: number
}

/** `total`: attempts planned (cases × repeat); an ended run's total is what it recorded when that is more. */
export function progressOf(run: SuiteRun | undefined, total: number): RunProgress {
  const p: RunProgress = { done: 0, total, passed: 0, failed: 0, flaky: 0, errored: 0, cancelled: 0 }
  if (!run) return p
  p.done = run.attempts.length
  p.total = Math.max(total, p.done)
  for (const attempts of groupAttempts(run.attempts).values()) {
    const outcome = caseOutcome(attempts)
    if (outcome === 'passed') p.passed += 1
    else if (outcome === 'failed') p.failed += 1
    else if (outcome === 'flaky') p.flaky += 1
    else if (outcome === 'error') p.errored += 1
    else if (outcome === 'cancelled') p.cancelled += 1
  }
  return p
}

export function progressText(p: RunProgress): string {
  const parts = [`${p.passed} passed`, `${p.failed} failed`, `${p.flaky} flaky`]
  if (p.errored > 0) parts.push(`${p.errored} errored`)
  if (p.cancelled > 0) parts.push(`${p.cancelled} cancelled`)
  return `${p.done} of ${p.total} attempts done: ${parts.join(', ')}`
}
