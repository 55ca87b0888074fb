/**
 * Follows one run until it ends: its event stream (output and events as they
 * happen) and, beside it, the run itself every second (QUEUED → STARTING has
 * no event, and the final status is the run's word). A cut stream is reported,
 * not retried blindly: the caller offers to reconnect from the last event.
 */
import { errorMessage, isApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { griptapeRunsApi } from '@/api/resources/griptape/runs'
import { isFinalStatus, type AssistantRun } from '@/contract/griptape/assistant-run'
import { readEventStream } from './event-stream'
import type { LiveRunAction } from './live-run'

export interface FollowOptions {
  signal: AbortSignal
  lastEventId: string | null
  /** Milliseconds since following started (for the metrics). */
  at: () => number
  pollMs?: number
  onRun?: (run: AssistantRun) => void
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

async function poll(client: ApiClient, runId: string, dispatch: (a: LiveRunAction) => void, opts: FollowOptions) {
  while (!opts.signal.aborted) {
    try {
      const run = await griptapeRunsApi.get(client, runId, opts.signal)
      dispatch({ type: 'run', run, at: opts.at() })
      opts.onRun?.(run)
      if (isFinalStatus(run.status)) return
    } catch (e) {
      if (opts.signal.aborted) return
      // A run that is gone stops the polling; anything else is tried again on the next tick.
      if (isApiError(e) && e.isNotFound) return
    }
    await sleep(opts.pollMs ?? 1000, opts.signal)
  }
}

export async function followRun(
  client: ApiClient,
  runId: string,
  dispatch: (a: LiveRunAction) => void,
  opts: FollowOptions,
): Promise<void> {
  const stream = readEventStream(
    client,
    runId,
    { signal: opts.signal, lastEventId: opts.lastEventId },
    {
      onOpen: () => dispatch({ type: 'stream', state: 'open', at: opts.at() }),
      onEvent: (event) => dispatch({ type: 'event', event, at: opts.at() }),
    },
  ).then(
    () => dispatch({ type: 'stream', state: 'ended', at: opts.at() }),
    (e: unknown) => {
      if (!opts.signal.aborted) dispatch({ type: 'stream', state: 'lost', error: errorMessage(e), at: opts.at() })
    },
  )
  await Promise.all([stream, poll(client, runId, dispatch, opts)])
}
