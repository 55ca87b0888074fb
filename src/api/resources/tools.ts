/** The tools catalogue (read-only). Tools rarely change, so they stay fresh for a while. */
import { queryOptions } from '@tanstack/react-query'
import { toolListReader, toolSchema } from '@/contract/tool'
import { readableItems, splitEntries } from '@/contract/read-list'
import { withId } from './with-id'
import type { ApiClient } from '../http-client'

const BASE = '/apis/admin/assistants/tools/'

export const toolKeys = {
  all: (client: ApiClient) => ['conn', client.key, 'tools'] as const,
  list: (client: ApiClient) => [...toolKeys.all(client), 'list'] as const,
  detail: (client: ApiClient, id: number) => [...toolKeys.all(client), 'detail', id] as const,
}

export const toolsApi = {
  list: (client: ApiClient, signal?: AbortSignal) => client.request('GET', BASE, { schema: toolListReader, signal }),
  get: (client: ApiClient, id: number, signal?: AbortSignal) =>
    client.request('GET', `${BASE}${id}/`, { schema: withId(toolSchema, id), signal }),
}

const listBase = (client: ApiClient) =>
  queryOptions({
    queryKey: toolKeys.list(client),
    queryFn: ({ signal }) => toolsApi.list(client, signal),
    staleTime: 5 * 60_000,
  })

export const toolQueries = {
  list: (client: ApiClient) => queryOptions({ ...listBase(client), select: readableItems }),
  /** Readable and unreadable items, for the list page. Same cache entry as `list`. */
  listWithUnreadable: (client: ApiClient) => queryOptions({ ...listBase(client), select: splitEntries }),
  detail: (client: ApiClient, id: number) =>
    queryOptions({ queryKey: toolKeys.detail(client, id), queryFn: ({ signal }) => toolsApi.get(client, id, signal) }),
}
