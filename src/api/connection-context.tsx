/** React access to the active connection, its client and what it may do. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { ConnectionState, ConnectionStore } from './connection-store'
import type { ApiClient } from './http-client'
import { sessionQueries } from './resources/session'

const ConnectionContext = createContext<ConnectionStore | null>(null)

export function ConnectionProvider({ store, children }: { store: ConnectionStore; children: ReactNode }) {
  return <ConnectionContext.Provider value={store}>{children}</ConnectionContext.Provider>
}

export function useConnectionStore(): ConnectionStore {
  const store = useContext(ConnectionContext)
  if (!store) throw new Error('useConnectionStore must be used inside <ConnectionProvider>')
  return store
}

export function useConnection(): ConnectionState {
  const store = useConnectionStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/**
 * The stable identity of the active connection (platform, environment, custom URL, auth type,
 * client id): the same after re-applying the same settings or a reload. Key persisted things
 * (drafts, run history, suites) by it; `client.key` is only the cache scope.
 */
export function useConnectionIdentity(): string {
  return useConnection().identity
}

export function useApiClient(): ApiClient {
  return useConnection().client
}

export const READ_ONLY_REASON = 'Read-only connection: the token was not granted the assistants:write scope.'

/**
 * Whether the connection may write. Known from the granted scopes for client
 * credentials; a pasted bearer token is assumed writable (the server still says no).
 */
export function useWriteAccess(): { canWrite: boolean; reason: string | null } {
  const client = useApiClient()
  const session = useQuery(sessionQueries.current(client))
  const scopes = session.data?.scopes ?? null
  if (scopes === null) return { canWrite: true, reason: null }
  const canWrite = scopes.includes('assistants:write')
  return { canWrite, reason: canWrite ? null : READ_ONLY_REASON }
}
