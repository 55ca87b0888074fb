/** Griptape lists on the shared pager, and how Griptape times read. */
import type { Pagination } from '@/contract/griptape/pagination'
import { Pager } from '@/components/ui/pager'

/** A Griptape `pagination` object on the shared pager. */
export function PageControls({
  pagination,
  what,
  onPage,
}: {
  pagination: Pagination
  what: string
  onPage: (page: number) => void
}) {
  return (
    <Pager
      page={pagination.page_number}
      pages={pagination.total_pages}
      total={pagination.total_count}
      what={what}
      onPage={onPage}
    />
  )
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' })
}
