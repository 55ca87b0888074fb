/**
 * Runs evaluate requests into the displayed RunStore and the history: one run
 * at a time, stoppable (AbortController), given up after a stretch of silence
 * (the inactivity timeout), persisted when queued and when it ends. Whatever
 * goes wrong, the run ends in a terminal state that says what happened, with
 * the output that had arrived, and the next Run starts clean.
 */
import { useCallback, useRef, useState } from 'react'
import type { ApiClient } from '@/api/http-client'
import { evaluate } from '@/lib/run/evaluate-stream'
import { inactivityTimeout } from './inactivity-timeout'
import { watchInactivity } from '@/lib/inactivity-watchdog'
import { actionFromEvent, createRun, isTerminal, type RunRecord, type RunRequest } from '@/lib/run/run-model'
import type { RunHistory } from '@/lib/run/run-history'
import { describeFailure, endedEarly, timedOut, type RunFailure, type RunProgress } from '@/lib/run/run-failure'
import { RunStore } from '@/lib/run/run-store'

interface Active {
  id: string
  controller: AbortController
  startedAt: number
}

export interface RunnerOptions {
  /** Silence (ms) after which a run is stopped as timed out; read when a run starts. */
  inactivityTimeoutMs?: () => number
  /** Whether the browser believes it is online (for the failure message). */
  isOnline?: () => boolean
}

const fromSetting = () => inactivityTimeout.ms
const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine

export function useRunner(client: ApiClient, history: RunHistory, options: RunnerOptions = {}) {
  const { inactivityTimeoutMs = fromSetting, isOnline = browserOnline } = options
  const [store] = useState(() => new RunStore())
  const active = useRef<Active | null>(null)

  const persist = useCallback(() => {
    const run = store.getSnapshot()
    if (run) history.upsert(run)
  }, [store, history])

  const stop = useCallback(() => {
    const current = active.current
    if (!current) return
    active.current = null
    current.controller.abort()
    store.flush()
    store.dispatch({ type: 'cancel', at: performance.now() - current.startedAt })
    persist()
  }, [store, persist])

  const start = useCallback(
    async (request: RunRequest): Promise<RunRecord | null> => {
      stop()
      const current: Active = {
        id: crypto.randomUUID(),
        controller: new AbortController(),
        startedAt: performance.now(),
      }
      active.current = current
      store.load(createRun({ id: current.id, connectionKey: client.key, createdAt: Date.now(), request }))
      persist()
      const at = () => performance.now() - current.startedAt
      // Events of a run that is no longer displayed (stopped, replaced) are dropped.
      const mine = () => store.getSnapshot()?.id === current.id
      /** Ends the displayed run as failed, keeping what arrived; the reducer ignores it if the run already ended. */
      const fail = (why: (progress: RunProgress) => RunFailure) => {
        if (!mine()) return
        store.flush()
        const run = store.getSnapshot()
        const progress = { responded: run?.mode != null, chunks: run?.metrics.chunks ?? 0, online: isOnline() }
        store.dispatch({ type: 'fail', at: at(), ...why(progress) })
      }
      const timeoutMs = inactivityTimeoutMs()
      const watchdog = watchInactivity(timeoutMs, () => {
        if (active.current !== current) return
        active.current = null
        fail((progress) => timedOut(timeoutMs, progress))
        current.controller.abort()
        persist()
      })
      try {
        await evaluate(client, request, current.controller.signal, {
          onActivity: watchdog.touch,
          onResponse: (mode) => mine() && store.dispatch({ type: 'response', mode, at: at() }),
          onEvent: (event) => mine() && store.dispatch(actionFromEvent(event, at())),
          onJson: (output) => mine() && store.dispatch({ type: 'json', output, at: at() }),
        })
        store.flush()
        const run = store.getSnapshot()
        if (mine() && run && !isTerminal(run.status)) fail(endedEarly)
      } catch (e) {
        // Aborted: stopped by the user, replaced, or timed out; each of those already said so.
        if (!current.controller.signal.aborted) fail((progress) => describeFailure(e, progress))
      } finally {
        watchdog.stop()
        if (active.current === current) active.current = null
        if (mine()) persist()
      }
      return mine() ? store.getSnapshot() : null
    },
    [client, store, persist, stop, inactivityTimeoutMs, isOnline],
  )

  /** Shows a past run; a run in progress is stopped first (its partial output is kept in the history). */
  const open = useCallback(
    (run: RunRecord) => {
      stop()
      store.load(run)
    },
    [store, stop],
  )

  return { store, start, stop, open }
}
