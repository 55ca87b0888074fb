/**
 * Assistant writes. Each mutation updates or invalidates exactly the keys it
 * affects (this connection's list and the one detail), so other pages refresh
 * without a reload. Errors are left to the caller: forms show them at their fields.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { toast } from '@/lib/notify'
import { useApiClient } from '@/api/connection-context'
import { assistantKeys, assistantsApi } from '@/api/resources/assistants'
import type { Assistant, AssistantPatch, AssistantWrite } from '@/contract/assistant'

export function useCreateAssistant() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: AssistantWrite) => assistantsApi.create(client, body),
    onSuccess: async (created) => {
      qc.setQueryData(assistantKeys.detail(client, created.code), created)
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
      toast.success(`Assistant ${created.code} created`)
    },
    // The form shows errors at their fields and in its banner; no toast on top.
    onError: () => undefined,
  })
}

export function usePatchAssistant(code: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (patch: AssistantPatch) => assistantsApi.patch(client, code, patch),
    onSuccess: async (saved) => {
      qc.setQueryData(assistantKeys.detail(client, code), saved)
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
      toast.success(`Saved ${code}`)
    },
    onError: () => undefined,
  })
}

export function useDeleteAssistant(code: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => assistantsApi.remove(client, code),
    onSuccess: async () => {
      // Drop the row at once, then confirm with the server.
      qc.setQueryData<Assistant[]>(assistantKeys.list(client), (list) => list?.filter((a) => a.code !== code))
      await qc.invalidateQueries({ queryKey: assistantKeys.list(client) })
      toast.success(`Deleted ${code}`)
    },
    onError: (e) => toast.error(`Could not delete ${code}: ${e.message}`),
  })
}

/**
 * Forgets a deleted assistant's detail. Called after navigating away: removing
 * it while its page is still mounted would make that page refetch and flash a 404.
 */
export function useForgetAssistant() {
  const client = useApiClient()
  const qc = useQueryClient()
  return (code: string) => qc.removeQueries({ queryKey: assistantKeys.detail(client, code), exact: true })
}
