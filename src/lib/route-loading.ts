/**
 * Detail routes load their record before rendering: the loader awaits the
 * query (warming the cache the page then reads with useSuspenseQuery) and
 * turns a 404 into the router's not-found, so pages never handle loading,
 * missing or failed records themselves.
 *
 *   loader: ({ context, params }) =>
 *     loadOrNotFound(() => context.queryClient.ensureQueryData(assistantQueries.detail(client, params.code)))
 */
import { notFound } from '@tanstack/react-router'
import { isApiError } from '@/api/api-error'

export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (e) {
    if (isApiError(e) && e.isNotFound) throw notFound()
    throw e
  }
}
