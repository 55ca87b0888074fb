/** React Query defaults: no retries on 4xx answers, and a default toast for failed mutations nobody handled. */
import { MutationCache, QueryClient } from '@tanstack/react-query'
import { errorMessage, isApiError } from '@/api/api-error'
import { toast } from './notify'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && (error.kind === 'http' || error.kind === 'auth' || error.kind === 'contract'))
            return false
          return failureCount < 2
        },
      },
    },
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.options.onError) return
        toast.error(errorMessage(error))
      },
    }),
  })
}
