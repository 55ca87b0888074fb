/** Starts reading the compared environments while the page's code loads (a separate chunk: the loader imports it lazily). */
import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionStore } from '@/api/connection-store'
import { snapshotQueries } from './snapshot-queries'

export function prefetchSnapshots(
  queryClient: QueryClient,
  store: ConnectionStore,
  environmentIds: (string | undefined)[],
): void {
  for (const id of environmentIds) {
    const connection = id ? store.connectionFor(id) : null
    if (connection && !connection.needsCredentials) void queryClient.prefetchQuery(snapshotQueries.read(connection))
  }
}
