/**
 * Assistant writes. Each updates or invalidates exactly the keys it affects
 * (this connection's list and the one detail), so other pages refresh without a
 * reload. Their callers (the edit kit, the delete dialog) show failures.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import { assistantKeys, assistantsApi } from '@/api/resources/assistants'
import type { Assistant, AssistantPatch, AssistantWrite } from '@/contract/assistant'
import { isUnreadable, type ListEntries } from '@/contract/read-list'

export function useCreateAssistant() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: AssistantWrite) => assistantsApi.create(client, body),
    onSuccess: async (created) => {
      qc.setQueryData(assistantKeys.detail(client, created.code), created)
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
      toast.success(`Assistant ${created.code} created`)
    },
  })
}

export function usePatchAssistant(code: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (patch: AssistantPatch) => assistantsApi.patch(client, code, patch),
    onSuccess: async (saved) => {
      qc.setQueryData(assistantKeys.detail(client, code), saved)
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
      toast.success(`Saved ${code}`)
    },
  })
}

export function useDeleteAssistant(code: string) {
  const client = useApiClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: () => assistantsApi.remove(client, code),
  })
}

/**
 * An assistant is gone (deleted here, or already deleted elsewhere): drop its row at once and
 * confirm with the server. Its detail is forgotten after leaving its page (`forgetDetail`):
 * removing it while the page is mounted would refetch and flash a 404.
 */
export function useAssistantGone() {
  const client = useApiClient()
  const qc = useQueryClient()
  return {
    dropFromLists: async (code: string) => {
      qc.setQueryData<ListEntries<Assistant>>(assistantKeys.list(client), (list) =>
        list?.filter((a) => isUnreadable(a) || a.code !== code),
      )
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
    },
    forgetDetail: (code: string) => qc.removeQueries({ queryKey: assistantKeys.detail(client, code), exact: true }),
  }
}
