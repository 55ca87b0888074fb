/** Mutations on an assistant's routes; each refreshes the assistant's route list. Callers show failures. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import { routeKeys, routesApi } from '@/api/resources/routes'
import type { Route, RouteWrite } from '@/contract/route'
import { isUnreadable, type ListEntries } from '@/contract/read-list'

export function useCreateRoute(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: RouteWrite) => routesApi.create(client, assistant, body),
    onSuccess: async (route) => {
      qc.setQueryData(routeKeys.detail(client, assistant, route.id), route)
      await qc.invalidateQueries({ queryKey: routeKeys.list(client, assistant) })
    },
  })
}

export function useReplaceRoute(assistant: string, id: number) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: RouteWrite) => routesApi.replace(client, assistant, id, body),
    onSuccess: async (route) => {
      qc.setQueryData(routeKeys.detail(client, assistant, id), route)
      await qc.invalidateQueries({ queryKey: routeKeys.list(client, assistant) })
    },
  })
}

export function useDeleteRoute(assistant: string) {
  const client = useApiClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (id: number) => routesApi.remove(client, assistant, id),
  })
}

/** A route is gone (deleted here or elsewhere): drop its row now, forget its detail after leaving its page. */
export function useRouteGone(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    dropFromLists: async (id: number) => {
      qc.setQueryData<ListEntries<Route>>(routeKeys.list(client, assistant), (list) =>
        list?.filter((r) => isUnreadable(r) || r.id !== id),
      )
      await qc.invalidateQueries({ queryKey: routeKeys.list(client, assistant) })
    },
    forgetDetail: (id: number) => qc.removeQueries({ queryKey: routeKeys.detail(client, assistant, id), exact: true }),
  }
}
