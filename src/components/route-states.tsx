/**
 * What a route shows while its loader runs, when it fails and when its record
 * does not exist: one look for every detail page, set as the router's defaults.
 */
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { isApiError } from '@/api/api-error'
import { buttonClasses } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'

export function RoutePending() {
  return (
    <div role="status" aria-label="Loading" className="mx-auto flex w-full max-w-7xl flex-col gap-4 px-6 py-6">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-7 w-72" />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-80" />
        <Skeleton className="h-48" />
      </div>
    </div>
  )
}

export function RouteNotFound({
  title = 'Not found',
  description = 'It may have been deleted, or the address is misspelled.',
  back,
}: {
  title?: string
  description?: string
  back?: { to: string; label: string }
}) {
  return (
    <EmptyState
      title={title}
      description={description}
      action={
        <Link to={back?.to ?? '/assistants'} className={buttonClasses()}>
          {back?.label ?? 'Back to assistants'}
        </Link>
      }
    />
  )
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryReset = useQueryErrorResetBoundary()
  // A record deleted while its page was open (or after a connection switch) reads as not found.
  if (isApiError(error) && error.isNotFound) return <RouteNotFound />
  return (
    <ErrorState
      title="Could not load this page"
      error={error}
      onRetry={() => {
        queryReset.reset()
        reset()
        void router.invalidate()
      }}
    />
  )
}
