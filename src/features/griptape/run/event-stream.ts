/**
 * Reads a run's events from `GET /assistant-runs/{id}/events/stream`
 * (Server-Sent Events: `id:` the event id, `event:` its type, `data:` the
 * event as JSON). Past events come first, then live ones; the server ends the
 * stream after the run's final event. `Last-Event-ID` resumes after a cut.
 */
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { ApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { readGriptapeError } from '@/api/resources/griptape/errors'
import { runStreamPath } from '@/api/resources/griptape/runs'
import { assistantEventSchema, type AssistantEvent } from '@/contract/griptape/event'
import { watchInactivity } from '@/lib/inactivity-watchdog'

export interface EventStreamSink {
  onOpen(): void
  onEvent(event: AssistantEvent): void
}

/** The server sends a keep-alive comment every 15 s: three missed ones mean the connection is dead. */
export const STREAM_SILENCE_MS = 45_000

/** Parses one SSE message's data as an event; a broken one is a contract error, not a silent skip. */
export function parseEventData(data: string, type: string | undefined): AssistantEvent {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    throw new ApiError({ kind: 'contract', message: `A "${type ?? 'message'}" event is not JSON.` })
  }
  const parsed = assistantEventSchema.safeParse(json)
  if (!parsed.success) throw ApiError.fromContract(`the "${type ?? 'message'}" stream event`, parsed.error, json)
  return parsed.data
}

function tap(onChunk: () => void): TransformStream<BufferSource, BufferSource> {
  return new TransformStream({
    transform(chunk, controller) {
      onChunk()
      controller.enqueue(chunk)
    },
  })
}

/** Resolves when the server ends the stream; throws an ApiError when it fails or falls silent. */
export async function readEventStream(
  client: ApiClient,
  runId: string,
  opts: { signal: AbortSignal; lastEventId: string | null; silenceMs?: number },
  sink: EventStreamSink,
): Promise<void> {
  const controller = new AbortController()
  const abort = () => controller.abort()
  opts.signal.addEventListener('abort', abort, { once: true })
  let silent = false
  const watchdog = watchInactivity(opts.silenceMs ?? STREAM_SILENCE_MS, () => {
    silent = true
    controller.abort()
  })
  try {
    const res = await client.send('GET', runStreamPath(runId), {
      headers: { Accept: 'text/event-stream', ...(opts.lastEventId ? { 'Last-Event-ID': opts.lastEventId } : {}) },
      signal: controller.signal,
      readError: readGriptapeError,
    })
    watchdog.touch()
    if (!res.body) throw new ApiError({ kind: 'network', message: 'The server answered the stream without a body.' })
    sink.onOpen()
    const reader = res.body
      .pipeThrough(tap(watchdog.touch))
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        sink.onEvent(parseEventData(value.data, value.event))
      }
    } finally {
      reader.cancel().catch(() => undefined)
      reader.releaseLock()
    }
  } catch (e) {
    if (silent)
      throw new ApiError({
        kind: 'network',
        message: `Nothing arrived for ${Math.round((opts.silenceMs ?? STREAM_SILENCE_MS) / 1000)} s: the stream was given up.`,
      })
    if (opts.signal.aborted) throw new ApiError({ kind: 'aborted', message: 'Stopped following the run.' })
    if (e instanceof ApiError) throw e
    throw new ApiError({ kind: 'network', message: `The event stream was cut (${(e as Error).message}).` })
  } finally {
    watchdog.stop()
    opts.signal.removeEventListener('abort', abort)
  }
}
