/**
 * Follows a run from a component: one store per run (the component is keyed by
 * the run id), the stream and the polling started on mount and stopped on
 * unmount, and `reconnect` after a cut, resuming after the last event seen.
 * When the run ends, the lists that show it are refreshed.
 */
import { useEffect, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { griptapeKeys } from '@/api/resources/griptape/keys'
import { isFinalStatus, type AssistantRun } from '@/contract/griptape/assistant-run'
import { FrameBatchedStore } from './frame-batched-store'
import { followRun } from './follow-run'
import { createLiveRun, lastEventId, liveRunReducer, type LiveRun, type LiveRunAction } from './live-run'

export type LiveRunStore = FrameBatchedStore<LiveRun, LiveRunAction>

export function useLiveRun(runId: string) {
  const client = useApiClient()
  const qc = useQueryClient()
  const [store] = useState<LiveRunStore>(() => new FrameBatchedStore(createLiveRun(runId), liveRunReducer))
  const [attempt, setAttempt] = useState(0)
  const startedAt = useRef<number | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    startedAt.current ??= performance.now()
    const origin = startedAt.current
    store.flush()
    const resumeFrom = attempt === 0 ? null : lastEventId(store.getSnapshot())
    if (attempt > 0) store.dispatch({ type: 'stream', state: 'connecting', at: performance.now() - origin })
    let refreshed = false
    void followRun(client, runId, (a) => store.dispatch(a), {
      signal: controller.signal,
      lastEventId: resumeFrom,
      at: () => performance.now() - origin,
      onRun: (run) => {
        qc.setQueryData(griptapeKeys.run(client, run.assistant_run_id), run)
        if (isFinalStatus(run.status) && !refreshed) {
          refreshed = true
          void qc.invalidateQueries({ queryKey: griptapeKeys.runLists(client, run.assistant_id) })
        }
      },
    })
    return () => controller.abort()
  }, [client, qc, runId, store, attempt])

  useEffect(() => () => store.dispose(), [store])

  return {
    store,
    reconnect: () => setAttempt((n) => n + 1),
    /** A run answer from elsewhere (the cancel's), applied like a poll's. */
    applyRun: (run: AssistantRun) =>
      store.dispatch({ type: 'run', run, at: performance.now() - (startedAt.current ?? performance.now()) }),
  }
}
