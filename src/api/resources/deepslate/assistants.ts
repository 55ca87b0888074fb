/**
 * Deepslate assistants: paths under the connection's vendor and organization,
 * query keys, fetchers and query options. Every answer comes in Deepslate's
 * wrapper (`success`, `timestamp`, `message`, `data`, `traceId`); it is
 * unwrapped here and nowhere else, and every error answer is read by
 * `readDeepslateApiError` (message, per-field errors at form paths, traceId as
 * the ApiError's `reference`).
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import {
  assistantReadSchema,
  assistantSummaryReadSchema,
  type Assistant,
  type AssistantSummary,
  type AssistantWriteInput,
} from '@/contract/deepslate/assistant'
import { pageSchema, readDeepslateError, responseSchema } from '@/contract/deepslate/envelope'
import { listQueryString, type SortOrder } from '@/contract/deepslate/list-query'
import { isUnreadable, type UnreadableItem } from '@/contract/deepslate/read-items'
import { ApiError } from '../../api-error'
import type { ApiClient, ErrorReader } from '../../http-client'

/** The vendor and organization every Deepslate path is under (from the connection's settings). */
export interface DeepslateTenant {
  vendorId: string
  organizationId: string
}

/** Deepslate's error wrapper as an ApiError; null for anything else (a proxy's HTML page), which the client reads itself. */
export const readDeepslateApiError: ErrorReader = (status, body, statusText) => {
  const read = readDeepslateError(body)
  if (!read) return null
  const message = read.message ?? `${status} ${statusText || 'Error'}`
  return new ApiError({
    kind: status === 401 ? 'auth' : 'http',
    status,
    body,
    message,
    fieldErrors: read.fieldErrors,
    detail: message,
    reference: read.traceId,
  })
}

const collectionPath = ({ vendorId, organizationId }: DeepslateTenant) =>
  `/api/v1/vendors/${encodeURIComponent(vendorId)}/organizations/${encodeURIComponent(organizationId)}/assistants`
const itemPath = (tenant: DeepslateTenant, id: string) => `${collectionPath(tenant)}/${encodeURIComponent(id)}`

/** The one place that sends a Deepslate request and unwraps its answer. */
async function call<S extends z.ZodType>(
  client: ApiClient,
  method: string,
  path: string,
  data: S,
  opts: { body?: unknown; signal?: AbortSignal | undefined } = {},
): Promise<z.output<S>> {
  const answer = await client.request(method, path, {
    // `data` is validated by S inside the wrapper; TypeScript cannot follow S through z.object's mapped type.
    schema: responseSchema(data).transform((wrapped) => (wrapped as unknown as { data: z.output<S> }).data),
    readError: readDeepslateApiError,
    ...opts,
  })
  return answer
}

export interface ListParams {
  /** 0-based, as the API counts. */
  page: number
  size: number
  sort: SortOrder[]
}

export interface AssistantPage {
  items: AssistantSummary[]
  unreadable: UnreadableItem[]
  page: number
  size: number
  totalElements: number
  totalPages: number
}

const summaryPageSchema = pageSchema(assistantSummaryReadSchema)

export const deepslateAssistantsApi = {
  list: async (client: ApiClient, tenant: DeepslateTenant, params: ListParams, signal?: AbortSignal) => {
    const answer = await client.request('GET', `${collectionPath(tenant)}${listQueryString(params)}`, {
      schema: summaryPageSchema,
      readError: readDeepslateApiError,
      signal,
    })
    const items: AssistantSummary[] = []
    const unreadable: UnreadableItem[] = []
    for (const entry of answer.data) {
      if (isUnreadable(entry)) unreadable.push(entry)
      else items.push(entry as AssistantSummary)
    }
    const { page, size, totalElements, totalPages } = answer
    return { items, unreadable, page, size, totalElements, totalPages } satisfies AssistantPage
  },
  get: (client: ApiClient, tenant: DeepslateTenant, id: string, signal?: AbortSignal): Promise<Assistant> =>
    call(client, 'GET', itemPath(tenant, id), assistantReadSchema, { signal }),
  create: (client: ApiClient, tenant: DeepslateTenant, body: AssistantWriteInput, signal?: AbortSignal) =>
    call(client, 'POST', collectionPath(tenant), assistantReadSchema, { body, signal }),
  replace: (client: ApiClient, tenant: DeepslateTenant, id: string, body: AssistantWriteInput, signal?: AbortSignal) =>
    call(client, 'PUT', itemPath(tenant, id), assistantReadSchema, { body, signal }),
  remove: (client: ApiClient, tenant: DeepslateTenant, id: string) =>
    call(client, 'DELETE', itemPath(tenant, id), z.null().optional()),
}

export const deepslateAssistantKeys = {
  all: (client: ApiClient, tenant: DeepslateTenant) =>
    ['conn', client.key, 'deepslate', tenant.vendorId, tenant.organizationId, 'assistants'] as const,
  lists: (client: ApiClient, tenant: DeepslateTenant) =>
    [...deepslateAssistantKeys.all(client, tenant), 'list'] as const,
  list: (client: ApiClient, tenant: DeepslateTenant, params: ListParams) =>
    [...deepslateAssistantKeys.lists(client, tenant), params] as const,
  detail: (client: ApiClient, tenant: DeepslateTenant, id: string) =>
    [...deepslateAssistantKeys.all(client, tenant), 'detail', id] as const,
}

export const deepslateAssistantQueries = {
  list: (client: ApiClient, tenant: DeepslateTenant, params: ListParams) =>
    queryOptions({
      queryKey: deepslateAssistantKeys.list(client, tenant, params),
      queryFn: ({ signal }) => deepslateAssistantsApi.list(client, tenant, params, signal),
      // Paging and sorting keep the current rows on screen until the next page arrives.
      placeholderData: keepPreviousData,
    }),
  detail: (client: ApiClient, tenant: DeepslateTenant, id: string) =>
    queryOptions({
      queryKey: deepslateAssistantKeys.detail(client, tenant, id),
      queryFn: ({ signal }) => deepslateAssistantsApi.get(client, tenant, id, signal),
    }),
}
