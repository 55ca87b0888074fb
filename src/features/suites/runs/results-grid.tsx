/**
 * Cases × attempts, virtualized (a suite of 200 cases × N attempts renders
 * only the rows in view). A grid with one tab stop: arrows, Home/End and
 * PageUp/PageDown move between attempt cells (scrolling rows into view), and
 * each cell is a button that opens that attempt.
 */
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { GridRow } from './grid-model'
import { GridRowView, ROW_HEIGHT, type CellRef } from './results-grid-row'

export type { CellRef } from './results-grid-row'

const PAGE = 10

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
  onOpen: (cell: CellRef) => void
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

  // Rows re-render only when their case changed (the run updates once per frame while it goes on).
  const activate = useCallback((r: number, c: number) => setActive({ row: r, col: c }), [])
  const onOpenRef = useRef(onOpen)
  useLayoutEffect(() => {
    onOpenRef.current = onOpen
  })
  const open = useCallback((cell: CellRef) => onOpenRef.current(cell), [])

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
          {items.map((item) => (
            <GridRowView
              key={(rows[item.index] as GridRow).caseId}
              row={rows[item.index] as GridRow}
              index={item.index}
              activeCol={item.index === row ? col : null}
              running={running}
              onActivate={activate}
              onOpen={open}
            />
          ))}
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
