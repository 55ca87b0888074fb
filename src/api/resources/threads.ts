/** Threads of an assistant and their messages: fetchers, query keys and query options. */
import { queryOptions } from '@tanstack/react-query'
import {
  messageListSchema,
  messageSchema,
  threadListReader,
  threadSchema,
  type MessageWrite,
  type ThreadWrite,
} from '@/contract/thread'
import { readableItems, splitEntries } from '@/contract/read-list'
import type { ApiClient } from '../http-client'
import { withId } from './with-id'
import { assistantPath } from './assistants'

const base = (assistant: string) => `${assistantPath(assistant)}threads/`
const one = (assistant: string, id: number) => `${base(assistant)}${id}/`

export const threadKeys = {
  all: (client: ApiClient, assistant: string) => ['conn', client.key, 'threads', assistant] as const,
  list: (client: ApiClient, assistant: string) => [...threadKeys.all(client, assistant), 'list'] as const,
  detail: (client: ApiClient, assistant: string, id: number) =>
    [...threadKeys.all(client, assistant), 'detail', id] as const,
  messages: (client: ApiClient, assistant: string, id: number) =>
    [...threadKeys.all(client, assistant), 'messages', id] as const,
}

export const threadsApi = {
  list: (client: ApiClient, assistant: string, signal?: AbortSignal) =>
    client.request('GET', base(assistant), { schema: threadListReader, signal }),
  get: (client: ApiClient, assistant: string, id: number, signal?: AbortSignal) =>
    client.request('GET', one(assistant, id), { schema: withId(threadSchema, id), signal }),
  create: (client: ApiClient, assistant: string, body: ThreadWrite) =>
    client.request('POST', base(assistant), { schema: threadSchema, body }),
  replace: (client: ApiClient, assistant: string, id: number, body: ThreadWrite) =>
    client.request('PUT', one(assistant, id), { schema: withId(threadSchema, id), body }),
  remove: (client: ApiClient, assistant: string, id: number) => client.requestEmpty('DELETE', one(assistant, id)),
  messages: (client: ApiClient, assistant: string, id: number, signal?: AbortSignal) =>
    client.request('GET', `${one(assistant, id)}messages/`, { schema: messageListSchema, signal }),
  postMessage: (client: ApiClient, assistant: string, id: number, body: MessageWrite) =>
    client.request('POST', `${one(assistant, id)}messages/`, { schema: messageSchema, body }),
}

const listBase = (client: ApiClient, assistant: string) =>
  queryOptions({
    queryKey: threadKeys.list(client, assistant),
    queryFn: ({ signal }) => threadsApi.list(client, assistant, signal),
  })

export const threadQueries = {
  list: (client: ApiClient, assistant: string) =>
    queryOptions({ ...listBase(client, assistant), select: readableItems }),
  /** Readable and unreadable items, for the list page. Same cache entry as `list`. */
  listWithUnreadable: (client: ApiClient, assistant: string) =>
    queryOptions({ ...listBase(client, assistant), select: splitEntries }),
  detail: (client: ApiClient, assistant: string, id: number) =>
    queryOptions({
      queryKey: threadKeys.detail(client, assistant, id),
      queryFn: ({ signal }) => threadsApi.get(client, assistant, id, signal),
    }),
  messages: (client: ApiClient, assistant: string, id: number) =>
    queryOptions({
      queryKey: threadKeys.messages(client, assistant, id),
      queryFn: ({ signal }) => threadsApi.messages(client, assistant, id, signal),
    }),
}
