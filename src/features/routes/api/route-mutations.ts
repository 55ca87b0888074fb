/** Mutations on an assistant's routes; each refreshes the assistant's route list. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { routeKeys, routesApi } from '@/api/resources/routes'
import type { RouteWrite } from '@/contract/route'

export function useCreateRoute(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
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
    mutationFn: (body: RouteWrite) => routesApi.replace(client, assistant, id, body),
    onSuccess: async (route) => {
      qc.setQueryData(routeKeys.detail(client, assistant, id), route)
      await qc.invalidateQueries({ queryKey: routeKeys.list(client, assistant) })
    },
  })
}

export function useDeleteRoute(assistant: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => routesApi.remove(client, assistant, id),
    onSuccess: async (_, id) => {
      qc.removeQueries({ queryKey: routeKeys.detail(client, assistant, id) })
      await qc.invalidateQueries({ queryKey: routeKeys.list(client, assistant) })
    },
  })
}
