/** APIs called by the `call_api` tool: fetchers, query keys and query options. */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { isPlainObject } from '@/contract/common'
import { apiListReader, apiSchema, type ApiPatch, type ApiWrite } from '@/contract/api'
import { readableItems, splitEntries } from '@/contract/read-list'
import type { ApiClient } from '../http-client'

const BASE = '/apis/admin/assistants/apis/'

/**
 * The published spec's Api has no `code`: an answer for /apis/{code}/ without
 * one is about the code that was asked for.
 */
const withCode = (code: string) =>
  z.preprocess((v) => (isPlainObject(v) && v.code === undefined ? { ...v, code } : v), apiSchema)
export const apiPath = (code: string) => `${BASE}${encodeURIComponent(code)}/`

export const apiKeys = {
  all: (client: ApiClient) => ['conn', client.key, 'apis'] as const,
  list: (client: ApiClient) => [...apiKeys.all(client), 'list'] as const,
  detail: (client: ApiClient, code: string) => [...apiKeys.all(client), 'detail', code] as const,
}

export const apisApi = {
  list: (client: ApiClient, signal?: AbortSignal) => client.request('GET', BASE, { schema: apiListReader, signal }),
  get: (client: ApiClient, code: string, signal?: AbortSignal) =>
    client.request('GET', apiPath(code), { schema: withCode(code), signal }),
  create: (client: ApiClient, body: ApiWrite) => client.request('POST', BASE, { schema: withCode(body.code), body }),
  replace: (client: ApiClient, code: string, body: ApiWrite) =>
    client.request('PUT', apiPath(code), { schema: withCode(body.code), body }),
  patch: (client: ApiClient, code: string, body: ApiPatch) =>
    client.request('PATCH', apiPath(code), { schema: withCode(body.code ?? code), body }),
  remove: (client: ApiClient, code: string) => client.requestEmpty('DELETE', apiPath(code)),
}

const listBase = (client: ApiClient) =>
  queryOptions({ queryKey: apiKeys.list(client), queryFn: ({ signal }) => apisApi.list(client, signal) })

export const apiQueries = {
  /** The readable APIs (usage panels, pickers). */
  list: (client: ApiClient) => queryOptions({ ...listBase(client), select: readableItems }),
  /** Readable and unreadable items, for the list page. Same cache entry as `list`. */
  listWithUnreadable: (client: ApiClient) => queryOptions({ ...listBase(client), select: splitEntries }),
  detail: (client: ApiClient, code: string) =>
    queryOptions({
      queryKey: apiKeys.detail(client, code),
      queryFn: ({ signal }) => apisApi.get(client, code, signal),
    }),
}
