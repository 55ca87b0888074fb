/** API keys of the organization or of one user: paged lists, create (the secret answered once), PATCH, delete. */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient, ErrorReader } from '@/api/http-client'
import {
  apiKeyListSchema,
  apiKeySchema,
  createdApiKeySchema,
  type ApiKeyCreate,
  type ApiKeyUpdate,
} from '@/contract/griptape/api-key'
import { readGriptapeError } from './errors'
import { griptapeKeys, type ApiKeyOwner, type PageParams } from './keys'

const ownerPath = (owner: ApiKeyOwner) =>
  owner.kind === 'organization'
    ? `/organizations/${encodeURIComponent(owner.id)}/api-keys`
    : `/users/${encodeURIComponent(owner.id)}/api-keys`
const keyPath = (id: string) => `/api-keys/${encodeURIComponent(id)}`

export const griptapeApiKeysApi = {
  list: (client: ApiClient, owner: ApiKeyOwner, page: PageParams, signal?: AbortSignal) =>
    client.request('GET', ownerPath(owner), {
      schema: apiKeyListSchema,
      query: { page: page.page, page_size: page.pageSize },
      signal,
      readError: readGriptapeError,
    }),
  /** The answer holds the secret `value`: hand it to the one dialog that shows it, never to the cache. */
  create: (client: ApiClient, owner: ApiKeyOwner, body: ApiKeyCreate, readError: ErrorReader = readGriptapeError) =>
    client.request('POST', ownerPath(owner), { schema: createdApiKeySchema, body, readError }),
  update: (client: ApiClient, id: string, body: ApiKeyUpdate, readError: ErrorReader = readGriptapeError) =>
    client.request('PATCH', keyPath(id), { schema: apiKeySchema, body, readError }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) =>
    client.request('GET', keyPath(id), { schema: apiKeySchema, signal, readError: readGriptapeError }),
  remove: (client: ApiClient, id: string) =>
    client.requestEmpty('DELETE', keyPath(id), { readError: readGriptapeError }),
}

export const griptapeApiKeyQueries = {
  list: (client: ApiClient, owner: ApiKeyOwner, page: PageParams) =>
    queryOptions({
      queryKey: griptapeKeys.apiKeyList(client, owner, page),
      queryFn: ({ signal }) => griptapeApiKeysApi.list(client, owner, page, signal),
    }),
}
