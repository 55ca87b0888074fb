/**
 * The states every list page goes through, in one place: loading, failed (with
 * retry), nothing there yet, nothing left after the user's filter, and the
 * rows. Callers give the words and the rows' rendering.
 */
import type { ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { TableSkeleton } from './skeleton'
import { ErrorState } from './states'

interface ListStatesProps<T> {
  query: UseQueryResult<T[]>
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
  children: (data: T[]) => ReactNode
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
  if (query.data.length === 0) return frame(empty)
  if (filtered && filtered.length === 0) return frame(noMatch ?? empty)
  return children(query.data)
}
