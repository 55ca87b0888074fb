/** Griptape assistants: paged list and one assistant. */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '@/api/http-client'
import { assistantListSchema, assistantSchema } from '@/contract/griptape/assistant'
import { readGriptapeError } from './errors'
import { griptapeKeys, type PageParams } from './keys'

export const assistantPath = (id: string) => `/assistants/${encodeURIComponent(id)}`

export const griptapeAssistantsApi = {
  list: (client: ApiClient, page: PageParams, signal?: AbortSignal) =>
    client.request('GET', '/assistants', {
      schema: assistantListSchema,
      query: { page: page.page, page_size: page.pageSize },
      signal,
      readError: readGriptapeError,
    }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) =>
    client.request('GET', assistantPath(id), { schema: assistantSchema, signal, readError: readGriptapeError }),
}

export const griptapeAssistantQueries = {
  list: (client: ApiClient, page: PageParams) =>
    queryOptions({
      queryKey: griptapeKeys.assistantList(client, page),
      queryFn: ({ signal }) => griptapeAssistantsApi.list(client, page, signal),
    }),
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: griptapeKeys.assistant(client, id),
      queryFn: ({ signal }) => griptapeAssistantsApi.get(client, id, signal),
    }),
}
