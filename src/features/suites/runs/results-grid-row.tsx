/** One case's row of the results grid: name, outcome over its attempts, flip mark, a button per attempt. */
import { memo } from 'react'
import { ArrowDown, ArrowUp, Ban, Check, CircleAlert, X } from 'lucide-react'
import { cn } from '@/lib/cn'
import type { CaseAttempt } from '@/lib/qa/results'
import type { GridRow } from './grid-model'
import { OutcomeBadge, OUTCOME } from './run-labels'

export const ROW_HEIGHT = 48

export interface CellRef {
  caseId: string
  attempt: number
}

const CELL: Record<CaseAttempt['status'], { label: string; Icon: typeof Check; className: string }> = {
  passed: { label: 'Pass', Icon: Check, className: 'border-success/30 bg-success/10 text-success' },
  failed: { label: 'Fail', Icon: X, className: 'border-danger/40 bg-danger/10 text-danger' },
  error: { label: 'Error', Icon: CircleAlert, className: 'border-danger/40 bg-danger/5 text-danger' },
  cancelled: { label: 'Stopped', Icon: Ban, className: 'border-border bg-surface-2 text-muted' },
}

interface RowProps {
  row: GridRow
  index: number
  /** The attempt column holding the grid's one tab stop, when it is in this row. */
  activeCol: number | null
  running: boolean
  onActivate: (index: number, col: number) => void
  onOpen: (cell: CellRef) => void
}

/** Rows are rebuilt on every update of a run going on; only those whose case changed re-render. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.row
  const y = b.row
  return (
    a.index === b.index &&
    a.activeCol === b.activeCol &&
    a.running === b.running &&
    a.onActivate === b.onActivate &&
    a.onOpen === b.onOpen &&
    x.caseId === y.caseId &&
    x.name === y.name &&
    x.assistant === y.assistant &&
    x.outcome === y.outcome &&
    x.passed === y.passed &&
    x.total === y.total &&
    x.removed === y.removed &&
    x.flip?.kind === y.flip?.kind &&
    x.flip?.from === y.flip?.from &&
    x.attempts.length === y.attempts.length &&
    x.attempts.every((attempt, i) => attempt === y.attempts[i])
  )
}

export const GridRowView = memo(function GridRowView({
  row: r,
  index,
  activeCol,
  running,
  onActivate,
  onOpen,
}: RowProps) {
  return (
    <tr
      aria-rowindex={index + 2}
      style={{ height: ROW_HEIGHT }}
      className={cn(
        'border-b border-border',
        r.flip?.kind === 'regression' && 'shadow-[inset_3px_0_0_var(--danger)]',
        r.flip?.kind === 'fix' && 'shadow-[inset_3px_0_0_var(--success)]',
      )}
    >
      {/* Only the name cell is tinted: tinted badges on a tinted row lose their contrast. */}
      <th
        scope="row"
        className={cn(
          'truncate px-3 text-left font-normal',
          r.flip?.kind === 'regression' && 'bg-danger/10',
          r.flip?.kind === 'fix' && 'bg-success/10',
        )}
      >
        <span className="block truncate font-medium">{r.name}</span>
        <span className="block truncate font-mono text-xs text-muted">
          {r.assistant}
          {r.removed ? ' · no longer in the suite' : ''}
        </span>
      </th>
      <td className="px-3">
        <div className="flex items-center gap-1.5">
          <OutcomeBadge outcome={r.outcome} />
          <span className="text-xs whitespace-nowrap text-muted tabular-nums">
            {r.passed}/{r.total} passed
          </span>
          {r.flip ? <FlipMark flip={r.flip} /> : null}
        </div>
      </td>
      {r.attempts.map((a, i) => (
        <td key={i} className="px-1 text-center">
          <AttemptCell
            attempt={a}
            running={running}
            cell={`${index}:${i}`}
            label={`${r.name}, attempt ${i + 1}`}
            tabIndex={activeCol === i ? 0 : -1}
            onFocus={() => {
              if (activeCol !== i) onActivate(index, i)
            }}
            onOpen={() => onOpen({ caseId: r.caseId, attempt: i })}
          />
        </td>
      ))}
    </tr>
  )
}, sameRow)

function FlipMark({ flip }: { flip: NonNullable<GridRow['flip']> }) {
  const regression = flip.kind === 'regression'
  const Icon = regression ? ArrowDown : ArrowUp
  return (
    <span
      className={cn(
        'inline-flex items-center gap-0.5 rounded px-1 text-xs font-medium',
        regression ? 'text-danger' : 'text-success',
      )}
      title={`Baseline: ${OUTCOME[flip.from].label}`}
    >
      <Icon className="size-3" aria-hidden />
      {regression ? 'Regressed' : 'Fixed'}
      <span className="sr-only">
        {' '}
        (baseline {OUTCOME[flip.from].label.toLowerCase()}, now {OUTCOME[flip.to].label.toLowerCase()})
      </span>
    </span>
  )
}

function AttemptCell({
  attempt,
  running,
  cell,
  label,
  tabIndex,
  onFocus,
  onOpen,
}: {
  attempt: CaseAttempt | null
  running: boolean
  cell: string
  label: string
  tabIndex: number
  onFocus: () => void
  onOpen: () => void
}) {
  const base =
    'inline-flex h-8 w-full max-w-24 items-center justify-center gap-1 rounded-md border text-xs font-medium focus-visible:outline-2 focus-visible:outline-accent'
  if (!attempt) {
    // A static mark: hundreds of spinners animating would cost every frame while the grid fills.
    return (
      <button
        type="button"
        data-cell={cell}
        tabIndex={tabIndex}
        onFocus={onFocus}
        aria-disabled
        aria-label={`${label}: ${running ? 'not finished yet' : 'not run'}`}
        className={cn(base, 'border-dashed border-border text-muted')}
      >
        {running ? '…' : '—'}
      </button>
    )
  }
  const { label: text, Icon, className } = CELL[attempt.status]
  return (
    <button
      type="button"
      data-cell={cell}
      tabIndex={tabIndex}
      onFocus={onFocus}
      onClick={onOpen}
      aria-label={`${label}: ${text.toLowerCase()}`}
      aria-haspopup="dialog"
      className={cn(base, className)}
    >
      <Icon className="size-3.5" aria-hidden />
      {text}
    </button>
  )
}
