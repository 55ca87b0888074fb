/**
 * Previous / next page of a server-paged list, where we are, and (optionally)
 * the page size. The page lives in the URL: the caller turns `onPage` into a
 * navigation. One control for every platform's paged lists.
 */
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Button } from './button'

interface PagerProps {
  /** 1-based. */
  page: number
  pages: number
  total: number
  /** Plural noun for the count and the landmark, e.g. "assistants". */
  what: string
  onPage: (page: number) => void
  size?: { value: number; options: readonly number[]; onChange: (size: number) => void }
}

export function Pager({ page, pages, total, what, onPage, size }: PagerProps) {
  const last = Math.max(1, pages)
  const current = Math.min(page, last)
  return (
    <nav
      aria-label={`Pages of ${what}`}
      className="flex flex-wrap items-center gap-3 border-t border-border px-4 py-2.5 text-sm"
    >
      <span className="mr-auto text-muted tabular-nums">
        Page {current} of {last} · {total} {what}
      </span>
      {size ? (
        <label className="flex items-center gap-2 text-muted">
          Per page
          <select
            className="h-8 rounded-md border border-border bg-surface px-2 text-fg"
            value={size.value}
            onChange={(e) => size.onChange(Number(e.target.value))}
          >
            {size.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Button size="sm" disabled={current <= 1} onClick={() => onPage(current - 1)}>
        <ChevronLeft className="size-4" aria-hidden /> Previous page
      </Button>
      <Button size="sm" disabled={current >= last} onClick={() => onPage(current + 1)}>
        Next page <ChevronRight className="size-4" aria-hidden />
      </Button>
    </nav>
  )
}
