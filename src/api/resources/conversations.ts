/**
 * The mock's seeded CX conversations (`/mock/conversations/`). A real server
 * has no such endpoint: callers hide "load conversation" when this fails.
 */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '@/api/http-client'
import { conversationListSchema } from '@/contract/evaluate'

export const conversationKeys = {
  list: (client: ApiClient) => ['conn', client.key, 'mock-conversations'] as const,
}

export const conversationQueries = {
  list: (client: ApiClient) =>
    queryOptions({
      queryKey: conversationKeys.list(client),
      queryFn: ({ signal }) =>
        client.request('GET', '/mock/conversations/', { schema: conversationListSchema, signal }),
      // A 404 means "not the mock": asking again will not change that.
      retry: false,
      staleTime: Infinity,
    }),
}
