/** Mutations on APIs: each refreshes exactly the keys it affects; callers handle errors at their fields. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { apiKeys, apisApi } from '@/api/resources/apis'
import type { ApiPatch, ApiWrite } from '@/contract/api'

export function useCreateApi() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ApiWrite) => apisApi.create(client, body),
    onSuccess: async (api) => {
      qc.setQueryData(apiKeys.detail(client, api.code), api)
      await qc.invalidateQueries({ queryKey: apiKeys.list(client) })
    },
  })
}

export function usePatchApi(code: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ApiPatch) => apisApi.patch(client, code, body),
    onSuccess: async (api) => {
      qc.setQueryData(apiKeys.detail(client, api.code), api)
      await qc.invalidateQueries({ queryKey: apiKeys.list(client) })
    },
  })
}

export function useDeleteApi(code: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => apisApi.remove(client, code),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: apiKeys.detail(client, code) })
      await qc.invalidateQueries({ queryKey: apiKeys.list(client) })
    },
  })
}
