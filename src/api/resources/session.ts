/** The signed-in session of a connection: fetching a token proves the credentials and tells the scopes. */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '../http-client'

export const sessionQueries = {
  current: (client: ApiClient) =>
    queryOptions({
      queryKey: ['conn', client.key, 'session'] as const,
      queryFn: async ({ signal }) => ({ scopes: await client.signIn(signal) }),
      staleTime: Infinity,
      retry: false,
    }),
}
