/** Header status of the active connection: environment, host, and whether sign-in worked. */
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Lock } from 'lucide-react'
import { useApiClient, useConnection, useWriteAccess } from '@/api/connection-context'
import { sessionQueries } from '@/api/resources/session'
import { Badge } from '@/components/ui/badge'
import { PLATFORM_INFO } from '@/api/platforms'
import { EnvironmentBadge } from './environment-badge'

export function ConnectionStatus() {
  const { environment, needsCredentials } = useConnection()
  const client = useApiClient()
  const session = useQuery({ ...sessionQueries.current(client), enabled: !needsCredentials })
  const { canWrite } = useWriteAccess()
  const host = environment.target ?? (environment.baseUrl === '' ? window.location.host : environment.baseUrl)
  return (
    <Link
      to="/settings"
      className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-surface-2"
      aria-label={`Connection: ${PLATFORM_INFO[environment.platform].label} · ${environment.label}. Open settings`}
    >
      <EnvironmentBadge environment={environment} />
      <span className="truncate font-medium">
        {PLATFORM_INFO[environment.platform].label} · {environment.label}
      </span>
      <span className="hidden truncate text-muted md:inline">{host}</span>
      {needsCredentials ? (
        <Badge tone="warning">Sign-in needed</Badge>
      ) : session.isError ? (
        <Badge tone="danger">Not connected</Badge>
      ) : session.isSuccess ? (
        <span className="size-2 rounded-full bg-success" title="Connected" aria-label="Connected" role="img" />
      ) : null}
      {!canWrite ? (
        <Badge tone="warning">
          <Lock className="size-3" aria-hidden /> Read-only
        </Badge>
      ) : null}
    </Link>
  )
}
