/**
 * The states every list page goes through, in one place: loading, failed (with
 * retry), nothing there yet, nothing left after the user's filter, and the
 * rows. Callers give the words and the rows' rendering. Items of the server's
 * answer that the console cannot read are listed after the rows, each marked
 * as such with the reason, so one odd item never hides the others.
 */
import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReadList, UnreadableItem } from '@/contract/read-list'
import { Badge } from './badge'
import { TableSkeleton } from './skeleton'
import { ErrorState } from './states'

interface ListStatesProps<T> {
  /** A plain list, or one read with its unreadable items (the list pages). */
  query: UseQueryResult<T[]> | UseQueryResult<ReadList<T>>
  /** What the list holds, for the default messages ("assistants" → "Loading assistants"). */
  what: string
  loading?: ReactNode
  /** Shown when the server has none at all. */
  empty: ReactNode
  /** The rows left after filtering; when empty (and the server has some), `noMatch` shows. */
  filtered?: readonly unknown[]
  noMatch?: ReactNode
  /** Wraps the non-row states (e.g. in a Panel when the rows are cards). */
  frame?: (state: ReactNode) => ReactNode
  children: (items: T[]) => ReactNode
}

export function ListStates<T>({
  query,
  what,
  loading,
  empty,
  filtered,
  noMatch,
  frame = (s) => s,
  children,
}: ListStatesProps<T>) {
  if (query.isPending) return loading ?? <TableSkeleton label={`Loading ${what}`} />
  if (query.isError)
    return frame(
      <ErrorState title={`Could not load ${what}`} error={query.error} onRetry={() => void query.refetch()} />,
    )
  const { items, unreadable } = Array.isArray(query.data) ? { items: query.data, unreadable: [] } : query.data
  if (items.length === 0 && unreadable.length === 0) return frame(empty)
  const rows = items.length === 0 ? null : filtered && filtered.length === 0 ? frame(noMatch ?? empty) : children(items)
  if (unreadable.length === 0) return rows
  return (
    <>
      {rows}
      {frame(<UnreadableItems items={unreadable} what={what} />)}
    </>
  )
}

function UnreadableItems({ items, what }: { items: UnreadableItem[]; what: string }) {
  const n = items.length
  return (
    <section aria-label={`Unreadable ${what}`} className="border-t border-border">
      <p className="px-4 pt-3 pb-1 text-xs text-muted">
        {n} item{n === 1 ? '' : 's'} in the server’s answer could not be read as {what}.
      </p>
      <ul className="divide-y divide-border">
        {items.map((item) => (
          <li key={item.index} title={item.reason} className="flex items-center gap-3 px-4 py-2.5 text-sm">
            <Badge tone="warning">Unreadable item</Badge>
            <span className="shrink-0 font-mono text-[13px]">{item.label ?? `Item ${item.index + 1}`}</span>
            <span className="min-w-0 truncate text-xs text-muted">{item.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
