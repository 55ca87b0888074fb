/**
 * Draft beside live, differences first: the headline ("2 cases that passed
 * now fail"), then one row per case with both outcomes; a row opens to both
 * outputs and the assertions that failed, with their reasons.
 */
import { useState } from 'react'
import { ChevronDown, ChevronRight } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { passCount } from '@/lib/qa/outcome'
import type { CaseAttempt, CaseOutcome } from '@/lib/qa/results'
import type { DraftCaseRow, DraftChange, DraftComparison } from './draft-compare'

const OUTCOME: Record<CaseOutcome, { label: string; tone: 'neutral' | 'accent' | 'success' | 'danger' | 'warning' }> = {
  passed: { label: 'Passed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  flaky: { label: 'Flaky', tone: 'warning' },
  error: { label: 'Error', tone: 'danger' },
  cancelled: { label: 'Stopped', tone: 'neutral' },
  pending: { label: 'Pending', tone: 'neutral' },
}

const CHANGE: Record<DraftChange, string> = {
  regressed: 'Passed live, fails in the draft',
  fixed: 'Failed live, passes in the draft',
  changed: 'Changed',
  incomplete: 'Did not finish',
  same: 'Same',
}

export function OutcomeBadge({ outcome, attempts }: { outcome: CaseOutcome; attempts: CaseAttempt[] }) {
  const { label, tone } = OUTCOME[outcome]
  const { passed, total } = passCount(attempts)
  // "3/5" when repeated; a single attempt needs no count.
  const count = total > 1 ? ` ${passed}/${total}` : ''
  return (
    <Badge tone={tone}>
      {label}
      {count}
    </Badge>
  )
}

export function DraftTestResult({ comparison }: { comparison: DraftComparison }) {
  const { counts } = comparison
  const tone = counts.regressed > 0 ? 'text-danger' : counts.fixed > 0 ? 'text-success' : 'text-fg'
  return (
    <section aria-label="Draft test result" className="flex flex-col gap-3">
      <p className={`text-sm font-semibold ${tone}`} role="status">
        {comparison.headline}
      </p>
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">Cases, live beside draft</caption>
        <thead className="text-left text-xs text-muted uppercase">
          <tr className="border-b border-border">
            <th scope="col" className="py-2 font-medium">
              Case
            </th>
            <th scope="col" className="w-32 py-2 font-medium">
              Live
            </th>
            <th scope="col" className="w-32 py-2 font-medium">
              Draft
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <CaseRow key={row.caseId} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  )
}

function CaseRow({ row }: { row: DraftCaseRow }) {
  const [open, setOpen] = useState(false)
  const detailsId = `draft-case-${row.caseId}`
  return (
    <>
      <tr className="border-b border-border last:border-0" data-change={row.change}>
        <th scope="row" className="py-2 pr-2 text-left font-medium">
          <button
            type="button"
            className="flex items-start gap-1 text-left hover:underline"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? (
              <ChevronDown className="mt-0.5 size-4 shrink-0" aria-hidden />
            ) : (
              <ChevronRight className="mt-0.5 size-4 shrink-0" aria-hidden />
            )}
            <span>
              {row.name}
              <span
                className={`block text-xs font-normal ${row.change === 'regressed' ? 'text-danger' : 'text-muted'}`}
              >
                {CHANGE[row.change]}
              </span>
            </span>
          </button>
        </th>
        <td className="py-2">
          <OutcomeBadge outcome={row.live} attempts={row.liveAttempts} />
        </td>
        <td className="py-2">
          <OutcomeBadge outcome={row.draft} attempts={row.draftAttempts} />
        </td>
      </tr>
      {open ? (
        <tr id={detailsId}>
          <td colSpan={3} className="pb-3">
            <div className="grid grid-cols-2 gap-3">
              <AttemptDetails title="Live" attempt={row.liveAttempts[0]} />
              <AttemptDetails title="Draft" attempt={row.draftAttempts[0]} />
            </div>
          </td>
        </tr>
      ) : null}
    </>
  )
}

function AttemptDetails({ title, attempt }: { title: string; attempt: CaseAttempt | undefined }) {
  if (!attempt)
    return (
      <div className="rounded-md border border-border p-2 text-xs text-muted">
        <h4 className="font-semibold text-fg">{title}</h4>
        Not run.
      </div>
    )
  const failing = attempt.assertions.filter((a) => a.verdict !== 'pass')
  return (
    <div
      aria-label={`${title} output`}
      role="group"
      className="flex min-w-0 flex-col gap-2 rounded-md border border-border p-2"
    >
      <h4 className="text-xs font-semibold">{title}</h4>
      {attempt.run.error ? <p className="text-xs text-danger">{attempt.run.error.message}</p> : null}
      <pre className="max-h-48 overflow-auto rounded bg-surface-2 p-2 text-xs break-words whitespace-pre-wrap">
        {attempt.run.output || '(no output)'}
      </pre>
      {failing.length > 0 ? (
        <ul className="flex flex-col gap-1 text-xs">
          {failing.map((a) => (
            <li key={a.index}>
              <span className={a.verdict === 'fail' ? 'font-medium text-danger' : 'font-medium text-muted'}>
                {a.verdict === 'fail' ? 'Failed' : 'Not checkable here'}:
              </span>{' '}
              {a.description} — {a.reason}
            </li>
          ))}
        </ul>
      ) : attempt.assertions.length > 0 ? (
        <p className="text-xs text-success">
          {attempt.assertions.length === 1
            ? 'The assertion passed.'
            : `All ${attempt.assertions.length} assertions passed.`}
        </p>
      ) : null}
    </div>
  )
}
