/**
 * React Query defaults: no retries on 4xx answers, and one declared policy for
 * mutation errors: a mutation whose caller shows its errors (a form's fields
 * and banner, a dialog) says so with `meta: { errorShownBy: 'caller' }`; every
 * other failed mutation gets exactly one toast, here.
 */
import { MutationCache, QueryClient } from '@tanstack/react-query'
import { errorMessage, isApiError } from '@/api/api-error'
import { toast } from './notify'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** 'caller': the code that runs the mutation displays its failure; no toast. */
      errorShownBy?: 'caller'
    }
  }
}

/** Spread into a mutation whose caller displays the failure itself. */
export const ERROR_SHOWN_BY_CALLER = { meta: { errorShownBy: 'caller' } } as const

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
        if (mutation.meta?.errorShownBy === 'caller') return
        toast.error(errorMessage(error))
      },
    }),
  })
}
