/**
 * The mock's seeded CX conversations (`/mock/conversations/`), the same query
 * the playground uses (copied: features do not import each other). A real
 * server has no such endpoint; callers say so when it fails.
 */
import { queryOptions } from '@tanstack/react-query'
import type { ApiClient } from '@/api/http-client'
import { conversationListSchema } from '@/contract/evaluate'

export const conversationQueries = {
  list: (client: ApiClient) =>
    queryOptions({
      queryKey: ['conn', client.key, 'mock-conversations'] as const,
      queryFn: ({ signal }) =>
        client.request('GET', '/mock/conversations/', { schema: conversationListSchema, signal }),
      retry: false,
      staleTime: Infinity,
    }),
}
