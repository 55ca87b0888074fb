/** Starting and cancelling runs: each refreshes exactly the run lists and the run it affects. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ERROR_SHOWN_BY_CALLER } from '@/lib/query-client'
import { useApiClient } from '@/api/connection-context'
import type { ErrorReader } from '@/api/http-client'
import { griptapeKeys } from '@/api/resources/griptape/keys'
import { griptapeRunsApi } from '@/api/resources/griptape/runs'
import type { RunCreate } from '@/contract/griptape/assistant-run'

export function useStartRun(assistantId: string, readError: ErrorReader) {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    ...ERROR_SHOWN_BY_CALLER,
    mutationFn: (body: RunCreate) => griptapeRunsApi.create(client, assistantId, body, readError),
    onSuccess: async (run) => {
      qc.setQueryData(griptapeKeys.run(client, run.assistant_run_id), run)
      await qc.invalidateQueries({ queryKey: griptapeKeys.runLists(client, assistantId) })
    },
  })
}

/** A refused cancel (409: the run had already finished) gets the one default toast. */
export function useCancelRun() {
  const client = useApiClient()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (runId: string) => griptapeRunsApi.cancel(client, runId),
    onSuccess: async (run) => {
      qc.setQueryData(griptapeKeys.run(client, run.assistant_run_id), run)
      await qc.invalidateQueries({ queryKey: griptapeKeys.runLists(client, run.assistant_id) })
    },
    onError: async (_e, runId) => {
      await qc.invalidateQueries({ queryKey: griptapeKeys.run(client, runId) })
    },
  })
}
