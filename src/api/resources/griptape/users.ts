/** The organization's users (`GET /users`, not paged in the seed). */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '@/api/http-client'
import { userListSchema } from '@/contract/griptape/user'
import { readGriptapeError } from './errors'
import { griptapeKeys } from './keys'

export const griptapeUserQueries = {
  list: (client: ApiClient) =>
    queryOptions({
      queryKey: griptapeKeys.users(client),
      queryFn: ({ signal }) =>
        client.request('GET', '/users', { schema: userListSchema, signal, readError: readGriptapeError }),
      staleTime: 60_000,
    }),
}
