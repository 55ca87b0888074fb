/** Previous / next page of a Griptape list, with where we are; the page lives in the URL. */
import { ChevronLeft, ChevronRight } from 'lucide-react'
import type { Pagination } from '@/contract/griptape/pagination'
import { Button } from '@/components/ui/button'

export function PageControls({
  pagination,
  what,
  onPage,
}: {
  pagination: Pagination
  what: string
  onPage: (page: number) => void
}) {
  const { page_number, total_pages, total_count, next_page, previous_page } = pagination
  return (
    <nav
      aria-label={`Pages of ${what}`}
      className="flex flex-wrap items-center justify-between gap-2 border-t border-border px-4 py-2.5 text-sm"
    >
      <span className="text-muted tabular-nums">
        Page {Math.min(page_number, Math.max(total_pages, 1))} of {Math.max(total_pages, 1)} · {total_count} {what}
      </span>
      <div className="flex gap-2">
        <Button size="sm" disabled={previous_page === undefined} onClick={() => previous_page && onPage(previous_page)}>
          <ChevronLeft className="size-4" aria-hidden /> Previous page
        </Button>
        <Button size="sm" disabled={next_page === undefined} onClick={() => next_page && onPage(next_page)}>
          Next page <ChevronRight className="size-4" aria-hidden />
        </Button>
      </div>
    </nav>
  )
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' })
}
