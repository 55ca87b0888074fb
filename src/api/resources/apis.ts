/** APIs called by the `call_api` tool: fetchers, query keys and query options. */
import { queryOptions } from '@tanstack/react-query'
import { apiListSchema, apiSchema, type ApiPatch, type ApiWrite } from '@/contract/api'
import type { ApiClient } from '../http-client'

const BASE = '/apis/admin/assistants/apis/'
export const apiPath = (code: string) => `${BASE}${encodeURIComponent(code)}/`

export const apiKeys = {
  all: (client: ApiClient) => ['conn', client.key, 'apis'] as const,
  list: (client: ApiClient) => [...apiKeys.all(client), 'list'] as const,
  detail: (client: ApiClient, code: string) => [...apiKeys.all(client), 'detail', code] as const,
}

export const apisApi = {
  list: (client: ApiClient, signal?: AbortSignal) => client.request('GET', BASE, { schema: apiListSchema, signal }),
  get: (client: ApiClient, code: string, signal?: AbortSignal) =>
    client.request('GET', apiPath(code), { schema: apiSchema, signal }),
  create: (client: ApiClient, body: ApiWrite) => client.request('POST', BASE, { schema: apiSchema, body }),
  replace: (client: ApiClient, code: string, body: ApiWrite) =>
    client.request('PUT', apiPath(code), { schema: apiSchema, body }),
  patch: (client: ApiClient, code: string, body: ApiPatch) =>
    client.request('PATCH', apiPath(code), { schema: apiSchema, body }),
  remove: (client: ApiClient, code: string) => client.requestEmpty('DELETE', apiPath(code)),
}

export const apiQueries = {
  list: (client: ApiClient) =>
    queryOptions({ queryKey: apiKeys.list(client), queryFn: ({ signal }) => apisApi.list(client, signal) }),
  detail: (client: ApiClient, code: string) =>
    queryOptions({
      queryKey: apiKeys.detail(client, code),
      queryFn: ({ signal }) => apisApi.get(client, code, signal),
    }),
}
