/**
 * Runs evaluate requests into the displayed RunStore and the history: one run
 * at a time, stoppable (AbortController), persisted when queued and when it ends.
 */
import { useCallback, useRef, useState } from 'react'
import { errorMessage, isApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { evaluate } from './evaluate-stream'
import { actionFromEvent, createRun, isTerminal, type RunRecord, type RunRequest } from './run-model'
import type { RunHistory } from './run-history'
import { RunStore } from './run-store'

interface Active {
  id: string
  controller: AbortController
  startedAt: number
}

function failureMessage(e: unknown): { message: string; code: string | null } {
  if (isApiError(e)) {
    const status = e.status ? `HTTP ${e.status}: ` : ''
    return { message: `${status}${e.message}`, code: e.status ? String(e.status) : e.kind }
  }
  return { message: errorMessage(e), code: null }
}

export function useRunner(client: ApiClient, history: RunHistory) {
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
      try {
        await evaluate(client, request, current.controller.signal, {
          onResponse: (mode) => mine() && store.dispatch({ type: 'response', mode, at: at() }),
          onEvent: (event) => mine() && store.dispatch(actionFromEvent(event, at())),
          onJson: (output) => mine() && store.dispatch({ type: 'json', output, at: at() }),
        })
        store.flush()
        const run = store.getSnapshot()
        if (mine() && run && !isTerminal(run.status)) {
          store.dispatch({
            type: 'fail',
            at: at(),
            message: 'The stream ended before the run finished (no done or error event).',
            code: 'incomplete',
          })
        }
      } catch (e) {
        if (mine() && !current.controller.signal.aborted) {
          store.flush()
          store.dispatch({ type: 'fail', at: at(), ...failureMessage(e) })
        }
      } finally {
        if (active.current === current) active.current = null
        if (mine()) persist()
      }
      return mine() ? store.getSnapshot() : null
    },
    [client, store, persist, stop],
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
