/** Mutations on APIs: each refreshes exactly the keys it affects; their callers (edit kit, delete dialog) show failures. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import { apiKeys, apisApi } from '@/api/resources/apis'
import type { Api, ApiPatch, ApiWrite } from '@/contract/api'
import { isUnreadable, type ListEntries } from '@/contract/read-list'

export function useCreateApi() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
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
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: ApiPatch) => apisApi.patch(client, code, body),
    onSuccess: async (api) => {
      qc.setQueryData(apiKeys.detail(client, api.code), api)
      await qc.invalidateQueries({ queryKey: apiKeys.list(client) })
    },
  })
}

export function useDeleteApi(code: string) {
  const client = useApiClient()
  return useMutation({ ...ERROR_SHOWN_BY_CALLER, mutationFn: () => apisApi.remove(client, code) })
}

/** An API is gone (deleted here or elsewhere): drop its row now, forget its detail after leaving its page. */
export function useApiGone() {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    dropFromLists: async (code: string) => {
      qc.setQueryData<ListEntries<Api>>(apiKeys.list(client), (list) =>
        list?.filter((a) => isUnreadable(a) || a.code !== code),
      )
      await qc.invalidateQueries({ queryKey: apiKeys.list(client) })
    },
    forgetDetail: (code: string) => qc.removeQueries({ queryKey: apiKeys.detail(client, code), exact: true }),
  }
}
