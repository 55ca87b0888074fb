/** Assistants: fetchers, query keys and query options. Mutations live with the features that use them. */
import { queryOptions } from '@tanstack/react-query'
import { assistantListReader, assistantSchema, type AssistantPatch, type AssistantWrite } from '@/contract/assistant'
import { readableItems, splitEntries } from '@/contract/read-list'
import type { ApiClient } from '../http-client'

const BASE = '/apis/admin/assistants/'
export const assistantPath = (code: string) => `${BASE}${encodeURIComponent(code)}/`

export const assistantKeys = {
  all: (client: ApiClient) => ['conn', client.key, 'assistants'] as const,
  list: (client: ApiClient) => [...assistantKeys.all(client), 'list'] as const,
  detail: (client: ApiClient, code: string) => [...assistantKeys.all(client), 'detail', code] as const,
}

export const assistantsApi = {
  list: (client: ApiClient, signal?: AbortSignal) =>
    client.request('GET', BASE, { schema: assistantListReader, signal }),
  get: (client: ApiClient, code: string, signal?: AbortSignal) =>
    client.request('GET', assistantPath(code), { schema: assistantSchema, signal }),
  create: (client: ApiClient, body: AssistantWrite) => client.request('POST', BASE, { schema: assistantSchema, body }),
  replace: (client: ApiClient, code: string, body: AssistantWrite) =>
    client.request('PUT', assistantPath(code), { schema: assistantSchema, body }),
  patch: (client: ApiClient, code: string, body: AssistantPatch) =>
    client.request('PATCH', assistantPath(code), { schema: assistantSchema, body }),
  remove: (client: ApiClient, code: string) => client.requestEmpty('DELETE', assistantPath(code)),
}

const listBase = (client: ApiClient) =>
  queryOptions({ queryKey: assistantKeys.list(client), queryFn: ({ signal }) => assistantsApi.list(client, signal) })

export const assistantQueries = {
  /** The readable assistants (pickers, counts, usage). */
  list: (client: ApiClient) => queryOptions({ ...listBase(client), select: readableItems }),
  /** Readable and unreadable items, for the list page. Same cache entry as `list`. */
  listWithUnreadable: (client: ApiClient) => queryOptions({ ...listBase(client), select: splitEntries }),
  detail: (client: ApiClient, code: string) =>
    queryOptions({
      queryKey: assistantKeys.detail(client, code),
      queryFn: ({ signal }) => assistantsApi.get(client, code, signal),
    }),
}
