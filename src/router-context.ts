import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionStore } from '@/api/connection-store'

/** What every route's loader can reach: the query cache and the active connection's client. */
export interface RouterContext {
  queryClient: QueryClient
  connection: ConnectionStore
}
