/** Flowise assistants and credentials: fetchers, query keys and query options. Mutations live in the feature. */
import { queryOptions } from '@tanstack/react-query'
import {
  assistantListReader,
  assistantSchema,
  deleteResultSchema,
  type Assistant,
} from '@/contract/flowise/assistant-read'
import type { AssistantCreateInput, assistantUpdateSchema } from '@/contract/flowise/assistant-write'
import { credentialListReader, type Credential } from '@/contract/flowise/credential'
import { UnreadableFlowiseItem } from '@/contract/flowise/read-list'
import type { z } from 'zod'
import type { ApiClient } from '../../http-client'
import { readFlowiseApiError } from './errors'

export type FlowiseAssistantUpdate = z.input<ReturnType<typeof assistantUpdateSchema>>
export type FlowiseListEntries<T> = (T | UnreadableFlowiseItem)[]
export interface FlowiseReadList<T> {
  items: T[]
  unreadable: UnreadableFlowiseItem[]
}

const BASE = '/assistants'
const assistantPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`
const readError = readFlowiseApiError

export const flowiseKeys = {
  all: (client: ApiClient) => ['conn', client.key, 'flowise'] as const,
  assistants: (client: ApiClient) => [...flowiseKeys.all(client), 'assistants'] as const,
  list: (client: ApiClient) => [...flowiseKeys.assistants(client), 'list'] as const,
  detail: (client: ApiClient, id: string) => [...flowiseKeys.assistants(client), 'detail', id] as const,
  credentials: (client: ApiClient) => [...flowiseKeys.all(client), 'credentials'] as const,
}

export const flowiseApi = {
  list: (client: ApiClient, signal?: AbortSignal) =>
    client.request('GET', BASE, { schema: assistantListReader, signal, readError }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) =>
    client.request('GET', assistantPath(id), { schema: assistantSchema, signal, readError }),
  /** Flowise answers 200 (not 201) with the stored assistant. */
  create: (client: ApiClient, body: AssistantCreateInput, signal?: AbortSignal) =>
    client.request('POST', BASE, { schema: assistantSchema, body, signal, readError }),
  /** Partial: what the body leaves out keeps its value; `details` replaces the whole details. */
  update: (client: ApiClient, id: string, body: FlowiseAssistantUpdate, signal?: AbortSignal) =>
    client.request('PUT', assistantPath(id), { schema: assistantSchema, body, signal, readError }),
  remove: (client: ApiClient, id: string) =>
    client.request('DELETE', assistantPath(id), { schema: deleteResultSchema, readError }),
  credentials: (client: ApiClient, signal?: AbortSignal) =>
    client.request('GET', '/credentials', { schema: credentialListReader, signal, readError }),
}

function split<T>(entries: FlowiseListEntries<T>): FlowiseReadList<T> {
  const items: T[] = []
  const unreadable: UnreadableFlowiseItem[] = []
  for (const e of entries) {
    if (e instanceof UnreadableFlowiseItem) unreadable.push(e)
    else items.push(e)
  }
  return { items, unreadable }
}

function readable<T>(entries: FlowiseListEntries<T>): T[] {
  return entries.filter((e): e is T => !(e instanceof UnreadableFlowiseItem))
}

const listBase = (client: ApiClient) =>
  queryOptions({ queryKey: flowiseKeys.list(client), queryFn: ({ signal }) => flowiseApi.list(client, signal) })

export const flowiseQueries = {
  /** Readable and unreadable assistants, for the list page. */
  list: (client: ApiClient) => queryOptions({ ...listBase(client), select: split<Assistant> }),
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: flowiseKeys.detail(client, id),
      queryFn: ({ signal }) => flowiseApi.get(client, id, signal),
    }),
  /** The credentials an assistant may use (names and kinds; Flowise never answers their secrets). */
  credentials: (client: ApiClient) =>
    queryOptions({
      queryKey: flowiseKeys.credentials(client),
      queryFn: ({ signal }) => flowiseApi.credentials(client, signal),
      select: readable<Credential>,
      staleTime: 60_000,
    }),
}
