/**
 * One side of a comparison: which environment, whether it is being read, failed
 * (with retry) or read (with what could not be read, item by item). A side
 * without credentials in this session says how to add them.
 */
import { Link } from '@tanstack/react-router'
import type { UseQueryResult } from '@tanstack/react-query'
import { Loader2 } from 'lucide-react'
import type { Environment } from '@/api/console-config'
import { errorMessage } from '@/api/api-error'
import type { AccountSnapshot } from '@/lib/account/model'
import { EnvironmentBadge } from '@/components/layout/environment-badge'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'

export function SideStatus({
  side,
  environment,
  query,
  needsCredentials,
}: {
  side: 'Left' | 'Right'
  environment: Environment
  query: UseQueryResult<AccountSnapshot> | null
  needsCredentials: boolean
}) {
  return (
    <Panel className="flex flex-col gap-2 p-4">
      <section aria-label={`${side}: ${environment.label}`} className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-medium text-muted uppercase">{side === 'Left' ? 'Source' : 'Target'}</span>
          <h2 className="text-sm font-semibold">{environment.label}</h2>
          <EnvironmentBadge environment={environment} />
        </div>
        {needsCredentials ? (
          <p className="text-sm">
            No credentials for {environment.label} in this session.{' '}
            <Link to="/settings" className="font-medium text-accent underline">
              Sign in to it in Settings
            </Link>
            , then come back: the console remembers each environment’s credentials until the tab closes.
          </p>
        ) : query === null ? null : query.isPending ? (
          <p role="status" className="flex items-center gap-2 text-sm text-muted">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Reading assistants, APIs and routes…
          </p>
        ) : query.isError ? (
          <div role="alert" className="flex flex-wrap items-center gap-3 text-sm">
            <span className="text-danger">
              Could not read {environment.label}: {errorMessage(query.error)}
            </span>
            <Button size="sm" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </div>
        ) : (
          <SnapshotSummary snapshot={query.data} refreshing={query.isFetching} />
        )}
      </section>
    </Panel>
  )
}

function SnapshotSummary({ snapshot, refreshing }: { snapshot: AccountSnapshot; refreshing: boolean }) {
  const { assistants, apis, routes, problems } = snapshot
  return (
    <>
      <p className="text-sm text-muted" role="status">
        {refreshing ? 'Reading again… ' : ''}
        {assistants.length} assistants, {apis.length} APIs, {routes.length} routes · read{' '}
        {new Date(snapshot.readAt).toLocaleTimeString()}
      </p>
      {problems.length > 0 ? (
        <div>
          <p className="text-sm text-warning">
            {problems.length} item{problems.length === 1 ? '' : 's'} could not be read and{' '}
            {problems.length === 1 ? 'is' : 'are'} left out of the comparison:
          </p>
          <ul aria-label={`Unreadable items of ${snapshot.label}`} className="mt-1 flex flex-col gap-1 text-sm">
            {problems.map((p) => (
              <li key={`${p.kind}:${p.key}`} className="flex flex-wrap items-center gap-2">
                <Badge tone="warning">{p.kind}</Badge>
                <span className="font-mono text-[13px]">{p.key}</span>
                <span className="text-xs text-muted">{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}
