/**
 * `POST /api/v2/assistants/{code}/evaluate`: plain JSON `{"output"}`, or with
 * `Accept: text/event-stream` a Server-Sent Events stream written as it is
 * generated. A client disconnect aborts the run.
 */
import type { Context, Hono } from 'hono'
import { methodNotAllowed } from '../http/answers'
import { runEvaluation, type RunEvent, type RunRequest } from '../model/run'
import type { ResolvedOptions } from '../options'
import type { Store } from '../store/store'
import { prepareRun } from './prepare-run'
import { recordRun } from './record-run'

const PATH = '/api/v2/assistants/:code/evaluate'
const DROP_GRACE_MS = 50

function linkAbort(c: Context): AbortController {
  const controller = new AbortController()
  const clientSignal = c.req.raw.signal
  if (clientSignal.aborted) controller.abort()
  else clientSignal.addEventListener('abort', () => controller.abort(), { once: true })
  return controller
}

async function answerJson(c: Context, store: Store, run: RunRequest, options: ResolvedOptions): Promise<Response> {
  const controller = linkAbort(c)
  const events: RunEvent[] = []
  for await (const event of runEvaluation(run, controller.signal)) {
    options.onRunEvent(run.runId, event.event)
    events.push(event)
    if (event.event === 'done') {
      recordRun(store, run, events)
      return c.json({ output: event.data.output })
    }
    if (event.event === 'error') return c.json({ detail: event.data.message, code: event.data.code }, 502)
    if (event.event === 'drop')
      return c.json({ detail: 'The model connection was dropped (_mock.drop_after).', code: 'mock_drop' }, 502)
  }
  // Only reached when the client went away; nobody reads this answer.
  return new Response(null, { status: 499 })
}

function answerStream(c: Context, store: Store, run: RunRequest, options: ResolvedOptions): Response {
  const controller = linkAbort(c)
  const encoder = new TextEncoder()
  const iterator = runEvaluation(run, controller.signal)
  const events: RunEvent[] = []
  const body = new ReadableStream<Uint8Array>(
    {
      // Pull-based with no read-ahead: each event is produced when the socket can take it.
      async pull(stream) {
        try {
          const next = await iterator.next()
          if (next.done) return stream.close()
          const event = next.value
          options.onRunEvent(run.runId, event.event)
          events.push(event)
          if (event.event === 'drop') {
            controller.abort()
            // Let the events already enqueued reach the socket first, so the client sees them, then the cut.
            await new Promise((resolve) => setTimeout(resolve, DROP_GRACE_MS))
            // Under @hono/node-server, cut the socket itself: erroring the stream would make it log and end the body cleanly.
            const outgoing = (c.env as { outgoing?: { destroy?: () => void } } | undefined)?.outgoing
            if (typeof outgoing?.destroy === 'function') {
              outgoing.destroy()
              return stream.close()
            }
            return stream.error(new Error('dropped by _mock.drop_after'))
          }
          stream.enqueue(encoder.encode(`event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`))
          if (event.event === 'done') recordRun(store, run, events)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          stream.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ message, code: 'mock_error' })}\n\n`))
          stream.close()
        }
      },
      async cancel() {
        controller.abort()
        await iterator.return(undefined)
      },
    },
    { highWaterMark: 0 },
  )
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

export function registerEvaluate(app: Hono, store: Store, options: ResolvedOptions): void {
  app.post(PATH, async (c) => {
    const prepared = await prepareRun(c, store, options)
    if (!prepared.ok) return prepared.response
    return prepared.stream ? answerStream(c, store, prepared.run, options) : answerJson(c, store, prepared.run, options)
  })
  app.all(PATH, methodNotAllowed)
}
