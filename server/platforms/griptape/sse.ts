/**
 * A run's events as Server-Sent Events: what was already produced first
 * (after `Last-Event-ID` when given), then each new event as the engine
 * produces it; the stream ends after the run's final event. Nothing is
 * buffered ahead: each event is enqueued when it happens.
 */
import type { Context } from 'hono'
import type { CancelTimer, Clock } from './clock'
import type { RunEngine } from './engine'
import type { EventRecord, GriptapeStore, RunRecord } from './store'
import { isFinalStatus } from '../../../src/contract/griptape/assistant-run'

export interface SseSource {
  store: GriptapeStore
  engine: RunEngine
  clock: Clock
  keepAliveMs: number
}

function frame(event: EventRecord, render: (e: EventRecord) => unknown): string {
  return `id: ${event.event_id}\nevent: ${event.type}\ndata: ${JSON.stringify(render(event))}\n\n`
}

export function eventStream(
  c: Context,
  source: SseSource,
  run: RunRecord,
  render: (e: EventRecord) => unknown,
): Response {
  const encoder = new TextEncoder()
  const lastId = c.req.header('last-event-id')
  let unsubscribe: (() => void) | null = null
  let cancelKeepAlive: CancelTimer | null = null
  let closed = false

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const cleanup = () => {
        closed = true
        unsubscribe?.()
        cancelKeepAlive?.()
        c.req.raw.signal.removeEventListener('abort', onAbort)
      }
      const close = () => {
        if (closed) return
        cleanup()
        controller.close()
      }
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text))
      }
      function onAbort() {
        close()
      }
      const keepAlive = () => {
        if (source.keepAliveMs <= 0) return
        cancelKeepAlive = source.clock.setTimer(() => {
          send(': keep-alive\n\n')
          keepAlive()
        }, source.keepAliveMs)
      }

      const past = source.store.events(run.assistant_run_id)
      const from = lastId ? past.findIndex((e) => e.event_id === lastId) + 1 : 0
      for (const event of past.slice(from)) send(frame(event, render))
      if (isFinalStatus(run.status)) {
        close()
        return
      }
      unsubscribe = source.engine.subscribe(run.assistant_run_id, (signal) => {
        if (signal.kind === 'event') send(frame(signal.event, render))
        else close()
      })
      c.req.raw.signal.addEventListener('abort', onAbort, { once: true })
      keepAlive()
    },
    cancel() {
      closed = true
      unsubscribe?.()
      cancelKeepAlive?.()
    },
  })
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  })
}
