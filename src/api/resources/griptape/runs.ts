/** Assistant runs: start, list (paged, by status), read, cancel; their events paged by offset and one event by id. */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import type { ApiClient, ErrorReader } from '@/api/http-client'
import { runListSchema, runSchema, type RunCreate, type RunStatus } from '@/contract/griptape/assistant-run'
import { assistantEventListSchema, structureRunEventSchema } from '@/contract/griptape/event'
import { assistantPath } from './assistants'
import { readGriptapeError } from './errors'
import { griptapeKeys, type PageParams } from './keys'

export const runPath = (id: string) => `/assistant-runs/${encodeURIComponent(id)}`
export const runStreamPath = (id: string) => `${runPath(id)}/events/stream`

/** GetEvent answers the structure run's shape plus `assistant_run_id` (our amendment). */
export const eventDetailSchema = structureRunEventSchema.extend({ assistant_run_id: z.string().optional() })
export type EventDetail = z.infer<typeof eventDetailSchema>

export const griptapeRunsApi = {
  create: (client: ApiClient, assistantId: string, body: RunCreate, readError: ErrorReader = readGriptapeError) =>
    client.request('POST', `${assistantPath(assistantId)}/runs`, { schema: runSchema, body, readError }),
  list: (
    client: ApiClient,
    assistantId: string,
    page: PageParams,
    statuses: readonly RunStatus[],
    signal?: AbortSignal,
  ) =>
    client.request('GET', `${assistantPath(assistantId)}/runs`, {
      schema: runListSchema,
      query: { page: page.page, page_size: page.pageSize, status: statuses.join(',') },
      signal,
      readError: readGriptapeError,
    }),
  get: (client: ApiClient, id: string, signal?: AbortSignal) =>
    client.request('GET', runPath(id), { schema: runSchema, signal, readError: readGriptapeError }),
  cancel: (client: ApiClient, id: string) =>
    client.request('POST', `${runPath(id)}/cancel`, { schema: runSchema, readError: readGriptapeError }),
  events: (client: ApiClient, runId: string, offset: number, limit: number, signal?: AbortSignal) =>
    client.request('GET', `${runPath(runId)}/events`, {
      schema: assistantEventListSchema,
      query: { offset, limit },
      signal,
      readError: readGriptapeError,
    }),
  event: (client: ApiClient, id: string, signal?: AbortSignal) =>
    client.request('GET', `/events/${encodeURIComponent(id)}`, {
      schema: eventDetailSchema,
      signal,
      readError: readGriptapeError,
    }),
}

export const griptapeRunQueries = {
  list: (client: ApiClient, assistantId: string, page: PageParams, statuses: readonly RunStatus[]) =>
    queryOptions({
      queryKey: griptapeKeys.runList(client, assistantId, page, statuses),
      queryFn: ({ signal }) => griptapeRunsApi.list(client, assistantId, page, statuses, signal),
    }),
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: griptapeKeys.run(client, id),
      queryFn: ({ signal }) => griptapeRunsApi.get(client, id, signal),
    }),
  /** A past run's events, page after page ("Load more" asks for the next `next_offset`). */
  events: (client: ApiClient, runId: string, limit: number) =>
    infiniteQueryOptions({
      queryKey: griptapeKeys.runEvents(client, runId, limit),
      queryFn: ({ signal, pageParam }) => griptapeRunsApi.events(client, runId, pageParam, limit, signal),
      initialPageParam: 0,
      getNextPageParam: (last) => (last.next_offset < last.total_count ? last.next_offset : undefined),
    }),
  event: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: griptapeKeys.event(client, id),
      queryFn: ({ signal }) => griptapeRunsApi.event(client, id, signal),
      staleTime: Infinity,
    }),
}
