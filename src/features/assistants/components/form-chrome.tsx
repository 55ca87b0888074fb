/** Pieces around the assistant form shared by the create and edit pages: notices, the action bar and the loading frame. */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { Lock } from 'lucide-react'
import { Skeleton } from '@/components/ui/skeleton'

export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <div
      role="note"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-warning/40 bg-warning/10 px-4 py-2.5 text-sm text-warning"
    >
      <Lock className="size-4 shrink-0" aria-hidden />
      <span className="flex-1">{reason} Saving and deleting are disabled.</span>
      <Link to="/settings" className="font-medium underline underline-offset-2">
        Change connection
      </Link>
    </div>
  )
}

/** Sticky bar at the bottom of the form, so Save stays in reach on long instructions. */
export function FormActionBar({
  status,
  children,
  start,
}: {
  status: ReactNode
  children: ReactNode
  start?: ReactNode
}) {
  return (
    <div className="sticky bottom-0 z-20 -mx-6 mt-1 border-t border-border bg-bg/90 px-6 py-3 backdrop-blur">
      <div className="flex flex-wrap items-center gap-3">
        {start}
        <p className="mr-auto text-sm text-muted" aria-live="polite">
          {status}
        </p>
        {children}
      </div>
    </div>
  )
}

export function FormSkeleton() {
  return (
    <div role="status" aria-label="Loading assistant" className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
        <Skeleton className="h-80" />
        <Skeleton className="h-10 w-40" />
      </div>
      <div className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5">
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
    </div>
  )
}

export function changeSummary(count: number, saved: string): string {
  return count === 0 ? saved : `${count} unsaved change${count === 1 ? '' : 's'}`
}
