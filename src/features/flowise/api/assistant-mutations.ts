/** Mutations on Flowise assistants: each refreshes exactly the keys it affects; their callers show failures. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import {
  flowiseApi,
  flowiseKeys,
  type FlowiseAssistantUpdate,
  type FlowiseListEntries,
} from '@/api/resources/flowise/assistants'
import type { Assistant } from '@/contract/flowise/assistant-read'
import type { AssistantCreateInput } from '@/contract/flowise/assistant-write'
import { UnreadableFlowiseItem } from '@/contract/flowise/read-list'

export function useCreateFlowiseAssistant() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: AssistantCreateInput) => flowiseApi.create(client, body),
    onSuccess: async (assistant) => {
      qc.setQueryData(flowiseKeys.detail(client, assistant.id), assistant)
      await qc.invalidateQueries({ queryKey: flowiseKeys.list(client) })
    },
  })
}

export function useUpdateFlowiseAssistant(id: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: FlowiseAssistantUpdate) => flowiseApi.update(client, id, body),
    onSuccess: async (assistant) => {
      qc.setQueryData(flowiseKeys.detail(client, assistant.id), assistant)
      await qc.invalidateQueries({ queryKey: flowiseKeys.list(client) })
    },
  })
}

export function useDeleteFlowiseAssistant(id: string) {
  const client = useApiClient()
  return useMutation({ ...ERROR_SHOWN_BY_CALLER, mutationFn: () => flowiseApi.remove(client, id) })
}

/** An assistant is gone (deleted here or elsewhere): drop its row now, forget its detail after leaving its page. */
export function useFlowiseAssistantGone() {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    dropFromLists: async (id: string) => {
      qc.setQueryData<FlowiseListEntries<Assistant>>(flowiseKeys.list(client), (list) =>
        list?.filter((a) => a instanceof UnreadableFlowiseItem || a.id !== id),
      )
      await qc.invalidateQueries({ queryKey: flowiseKeys.list(client) })
    },
    forgetDetail: (id: string) => qc.removeQueries({ queryKey: flowiseKeys.detail(client, id), exact: true }),
  }
}
