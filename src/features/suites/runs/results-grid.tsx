/**
 * Cases × attempts, virtualized (a suite of 200 cases × N attempts renders
 * only the rows in view). A grid with one tab stop: arrows, Home/End and
 * PageUp/PageDown move between attempt cells (scrolling rows into view), and
 * each cell is a button that opens that attempt.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ArrowDown, ArrowUp, Ban, Check, CircleAlert, LoaderCircle, X } from 'lucide-react'
import { cn } from '@/lib/cn'
import type { CaseAttempt } from '@/lib/qa/results'
import type { GridRow } from './grid-model'
import { OutcomeBadge, OUTCOME } from './run-labels'

const ROW_HEIGHT = 48
const PAGE = 10

const CELL: Record<CaseAttempt['status'], { label: string; Icon: typeof Check; className: string }> = {
  passed: { label: 'Pass', Icon: Check, className: 'border-success/30 bg-success/10 text-success' },
  failed: { label: 'Fail', Icon: X, className: 'border-danger/40 bg-danger/10 text-danger' },
  error: { label: 'Error', Icon: CircleAlert, className: 'border-danger/40 bg-danger/5 text-danger' },
  cancelled: { label: 'Stopped', Icon: Ban, className: 'border-border bg-surface-2 text-muted' },
}

export interface CellRef {
  caseId: string
  attempt: number
}

export function ResultsGrid({
  rows,
  repeat,
  running,
  onOpen,
}: {
  rows: readonly GridRow[]
  repeat: number
  /** Whether missing attempts are still to come (else they were never run). */
  running: boolean
  onOpen: (cell: CellRef, row: GridRow) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)
  const [active, setActive] = useState({ row: 0, col: 0 })
  const focusPending = useRef(false)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is designed for this use; the compiler simply skips memoising this component.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const row = Math.min(active.row, Math.max(0, rows.length - 1))
  const col = Math.min(active.col, repeat - 1)

  // Focus follows the active cell once its row is rendered (after scrolling it into view).
  useLayoutEffect(() => {
    if (!focusPending.current) return
    const el = tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${row}:${col}"]`)
    if (el) {
      focusPending.current = false
      el.focus()
    }
  })

  const move = (r: number, c: number) => {
    const next = { row: Math.max(0, Math.min(rows.length - 1, r)), col: Math.max(0, Math.min(repeat - 1, c)) }
    setActive(next)
    focusPending.current = true
    virtualizer.scrollToIndex(next.row, { align: 'auto' })
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(row + 1, col),
      ArrowUp: () => move(row - 1, col),
      ArrowRight: () => move(row, col + 1),
      ArrowLeft: () => move(row, col - 1),
      PageDown: () => move(row + PAGE, col),
      PageUp: () => move(row - PAGE, col),
      Home: () => (e.ctrlKey ? move(0, 0) : move(row, 0)),
      End: () => (e.ctrlKey ? move(rows.length - 1, repeat - 1) : move(row, repeat - 1)),
    }
    const action = keys[e.key]
    if (!action) return
    e.preventDefault()
    action()
  }

  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const attemptCols = Array.from({ length: repeat }, (_, i) => i)

  return (
    <div ref={scrollRef} className="max-h-[calc(100vh-18rem)] min-h-48 overflow-auto">
      <table
        ref={tableRef}
        role="grid"
        aria-label="Results by case and attempt"
        aria-rowcount={rows.length + 1}
        aria-colcount={repeat + 2}
        onKeyDown={onKeyDown}
        className="w-full table-fixed text-sm"
      >
        <thead className="sticky top-0 z-10 bg-surface-2/95 text-left text-xs text-muted backdrop-blur">
          <tr aria-rowindex={1}>
            <th scope="col" className="w-[30%] px-3 py-2 font-medium">
              Case
            </th>
            <th scope="col" className="w-64 px-3 py-2 font-medium">
              Outcome
            </th>
            {attemptCols.map((i) => (
              <th key={i} scope="col" className="px-1 py-2 text-center font-medium">
                #{i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden>
              <td style={{ height: paddingTop }} colSpan={repeat + 2} />
            </tr>
          ) : null}
          {items.map((item) => {
            const r = rows[item.index] as GridRow
            return (
              <tr
                key={r.caseId}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className={cn(
                  'border-b border-border',
                  r.flip?.kind === 'regression' && 'bg-danger/10 shadow-[inset_3px_0_0_var(--danger)]',
                  r.flip?.kind === 'fix' && 'bg-success/10 shadow-[inset_3px_0_0_var(--success)]',
                )}
              >
                <th scope="row" className="truncate px-3 text-left font-normal">
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
                {attemptCols.map((i) => {
                  const a = r.attempts[i] ?? null
                  const isActive = item.index === row && i === col
                  return (
                    <td key={i} className="px-1 text-center">
                      <AttemptCell
                        attempt={a}
                        running={running}
                        cell={`${item.index}:${i}`}
                        label={`${r.name}, attempt ${i + 1}`}
                        tabIndex={isActive ? 0 : -1}
                        onFocus={() => {
                          if (!isActive) setActive({ row: item.index, col: i })
                        }}
                        onOpen={() => onOpen({ caseId: r.caseId, attempt: i }, r)}
                      />
                    </td>
                  )
                })}
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden>
              <td style={{ height: paddingBottom }} colSpan={repeat + 2} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}

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
        {running ? <LoaderCircle className="size-3.5 animate-spin" aria-hidden /> : '—'}
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
