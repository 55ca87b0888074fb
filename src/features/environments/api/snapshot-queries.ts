/** Reading a connection's whole configuration (assistants, APIs, routes) as one snapshot, cached per connection. */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { ConnectionState } from '@/api/connection-store'
import { readSnapshot } from '@/lib/account/read-snapshot'

export const snapshotQueries = {
  read: (connection: ConnectionState) =>
    queryOptions({
      queryKey: ['conn', connection.client.key, 'account-snapshot'] as const,
      queryFn: ({ signal }) => readSnapshot(connection.client, { label: connection.environment.label, signal }),
      // A comparison is a moment's picture: re-read when the page is opened again, not behind the user's back.
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: false,
    }),
}

/** After a promotion or import: the written side (and the other, for a fresh comparison) is read again. */
export function invalidateSnapshots(queryClient: QueryClient, ...connections: ConnectionState[]): Promise<void> {
  return Promise.all(
    connections.map((c) => queryClient.invalidateQueries({ queryKey: snapshotQueries.read(c).queryKey })),
  ).then(() => undefined)
}
