/** Routes of an assistant (tags → assistant): fetchers, query keys and query options. */
import { queryOptions } from '@tanstack/react-query'
import { routeListReader, routeSchema, type RouteWrite } from '@/contract/route'
import { readableItems, splitEntries } from '@/contract/read-list'
import { withId } from './with-id'
import type { ApiClient } from '../http-client'
import { assistantPath } from './assistants'

const base = (assistant: string) => `${assistantPath(assistant)}routes/`
const one = (assistant: string, id: number) => `${base(assistant)}${id}/`

export const routeKeys = {
  all: (client: ApiClient, assistant: string) => ['conn', client.key, 'routes', assistant] as const,
  list: (client: ApiClient, assistant: string) => [...routeKeys.all(client, assistant), 'list'] as const,
  detail: (client: ApiClient, assistant: string, id: number) =>
    [...routeKeys.all(client, assistant), 'detail', id] as const,
}

export const routesApi = {
  list: (client: ApiClient, assistant: string, signal?: AbortSignal) =>
    client.request('GET', base(assistant), { schema: routeListReader, signal }),
  get: (client: ApiClient, assistant: string, id: number, signal?: AbortSignal) =>
    client.request('GET', one(assistant, id), { schema: withId(routeSchema, id), signal }),
  create: (client: ApiClient, assistant: string, body: RouteWrite) =>
    client.request('POST', base(assistant), { schema: routeSchema, body }),
  replace: (client: ApiClient, assistant: string, id: number, body: RouteWrite) =>
    client.request('PUT', one(assistant, id), { schema: withId(routeSchema, id), body }),
  remove: (client: ApiClient, assistant: string, id: number) => client.requestEmpty('DELETE', one(assistant, id)),
}

const listBase = (client: ApiClient, assistant: string) =>
  queryOptions({
    queryKey: routeKeys.list(client, assistant),
    queryFn: ({ signal }) => routesApi.list(client, assistant, signal),
  })

export const routeQueries = {
  list: (client: ApiClient, assistant: string) =>
    queryOptions({ ...listBase(client, assistant), select: readableItems }),
  /** Readable and unreadable items, for the list page. Same cache entry as `list`. */
  listWithUnreadable: (client: ApiClient, assistant: string) =>
    queryOptions({ ...listBase(client, assistant), select: splitEntries }),
  detail: (client: ApiClient, assistant: string, id: number) =>
    queryOptions({
      queryKey: routeKeys.detail(client, assistant, id),
      queryFn: ({ signal }) => routesApi.get(client, assistant, id, signal),
    }),
}
