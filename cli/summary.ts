/**
 * The table printed after a suite ran: per case its outcome, "3/5 passed" and
 * the assertions that failed (or the error), then the totals. Outcomes come
 * from the shared outcome module, so the CLI and the console agree.
 */
import { caseOutcomes, groupAttempts, passCount, summarize } from '@/lib/qa/outcome'
import type { CaseAttempt, CaseOutcome, SuiteRun, SuiteRunSummary } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'

const NAME_WIDTH = 52
const PROBLEM_WIDTH = 72
const LABELS: Record<CaseOutcome, string> = {
  passed: 'passed',
  failed: 'FAILED',
  flaky: 'FLAKY',
  error: 'ERROR',
  cancelled: 'cancelled',
  pending: 'pending',
}

function clip(text: string, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= width ? clean : `${clean.slice(0, width - 1)}…`
}

/** What went wrong across the attempts, each failed assertion or error once. */
export function problems(attempts: readonly CaseAttempt[]): string[] {
  const seen = new Set<string>()
  for (const a of attempts) {
    if (a.status === 'error') seen.add(`error: ${a.run.error?.message ?? 'the run could not be made'}`)
    for (const r of a.assertions) if (r.verdict === 'fail') seen.add(clip(r.description, PROBLEM_WIDTH))
  }
  return [...seen]
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
    .join('  ')
    .trimEnd()
}

export function summaryTable(suite: Suite, run: SuiteRun): string {
  const outcomes = caseOutcomes(run, suite)
  const byCase = groupAttempts(run.attempts)
  const rows = suite.cases
    .filter((c) => outcomes.has(c.id))
    .map((c) => {
      const attempts = byCase.get(c.id) ?? []
      const { passed, total } = passCount(attempts)
      return [
        clip(c.name, NAME_WIDTH),
        LABELS[outcomes.get(c.id) ?? 'pending'],
        `${passed}/${total} passed`,
        problems(attempts).join('; '),
      ]
    })
  const header = ['Case', 'Outcome', 'Runs', 'Failed assertions']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  // The last column is not padded, so its rule need not span its longest cell.
  const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? (header[i]?.length ?? 0) : w))
  return [row(header, widths), row(rule, widths), ...rows.map((r) => row(r, widths))].join('\n')
}

export function totalsLine(summary: SuiteRunSummary): string {
  const parts = [`${summary.passed} passed`, `${summary.failed} failed`, `${summary.flaky} flaky`]
  parts.push(`${summary.errored} error${summary.errored === 1 ? '' : 's'}`)
  if (summary.cancelled > 0) parts.push(`${summary.cancelled} cancelled`)
  return `${summary.total} case${summary.total === 1 ? '' : 's'}: ${parts.join(', ')}`
}

export function addSummaries(summaries: readonly SuiteRunSummary[]): SuiteRunSummary {
  const total: SuiteRunSummary = { total: 0, passed: 0, failed: 0, flaky: 0, errored: 0, cancelled: 0, pending: 0 }
  for (const s of summaries) for (const key of Object.keys(total) as (keyof SuiteRunSummary)[]) total[key] += s[key]
  return total
}

export function suiteSummary(file: string, suite: Suite, run: SuiteRun): { text: string; summary: SuiteRunSummary } {
  const summary = summarize(run, suite)
  const seconds = run.finishedAt !== null ? ` in ${((run.finishedAt - run.startedAt) / 1000).toFixed(1)} s` : ''
  const text = [
    '',
    `${suite.name} (${file}), repeat ${run.repeat}, concurrency ${run.concurrency}${seconds}`,
    summaryTable(suite, run),
    totalsLine(summary),
    ...notChecked(suite, run),
  ].join('\n')
  return { text, summary }
}

const MAX_NOT_CHECKED = 10

/**
 * Assertions that got no verdict (tool calls on a server that does not stream, a judge assistant
 * the server does not have) do not fail a case, but a green run must not hide that they were skipped.
 */
export function notChecked(suite: Suite, run: SuiteRun): string[] {
  const lines = new Set<string>()
  for (const a of run.attempts)
    for (const r of a.assertions)
      if (r.verdict === 'unknown') {
        const name = suite.cases.find((c) => c.id === a.caseId)?.name ?? a.caseId
        lines.add(`  ${clip(name, NAME_WIDTH)}: ${clip(r.description, PROBLEM_WIDTH)} - ${r.reason}`)
      }
  if (lines.size === 0) return []
  const shown = [...lines].slice(0, MAX_NOT_CHECKED)
  const more = lines.size > shown.length ? [`  … and ${lines.size - shown.length} more (see --junit or --json)`] : []
  return ['Not checked here (no verdict: these neither passed nor failed their case):', ...shown, ...more]
}
