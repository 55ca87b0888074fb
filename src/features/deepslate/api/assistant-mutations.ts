/** Mutations on Deepslate assistants: each refreshes exactly the keys it affects; their callers show failures. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import {
  deepslateAssistantKeys,
  deepslateAssistantsApi,
  type DeepslateTenant,
} from '@/api/resources/deepslate/assistants'
import type { AssistantWriteInput } from '@/contract/deepslate/assistant'

export function useCreateDeepslateAssistant(tenant: DeepslateTenant) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: ({ body, signal }: { body: AssistantWriteInput; signal: AbortSignal }) =>
      deepslateAssistantsApi.create(client, tenant, body, signal),
    onSuccess: async (saved) => {
      qc.setQueryData(deepslateAssistantKeys.detail(client, tenant, saved.id), saved)
      await qc.invalidateQueries({ queryKey: deepslateAssistantKeys.lists(client, tenant) })
    },
  })
}

export function useReplaceDeepslateAssistant(tenant: DeepslateTenant, id: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: ({ body, signal }: { body: AssistantWriteInput; signal: AbortSignal }) =>
      deepslateAssistantsApi.replace(client, tenant, id, body, signal),
    onSuccess: async (saved) => {
      qc.setQueryData(deepslateAssistantKeys.detail(client, tenant, saved.id), saved)
      await qc.invalidateQueries({ queryKey: deepslateAssistantKeys.lists(client, tenant) })
    },
  })
}

export function useDeleteDeepslateAssistant(tenant: DeepslateTenant, id: string) {
  const client = useApiClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: () => deepslateAssistantsApi.remove(client, tenant, id),
  })
}

/** An assistant is gone (deleted here or elsewhere): refresh the lists now, forget its detail after leaving its page. */
export function useDeepslateAssistantGone(tenant: DeepslateTenant) {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    refreshLists: () => qc.invalidateQueries({ queryKey: deepslateAssistantKeys.lists(client, tenant) }),
    forgetDetail: (id: string) =>
      qc.removeQueries({ queryKey: deepslateAssistantKeys.detail(client, tenant, id), exact: true }),
  }
}
