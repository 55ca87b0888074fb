/**
 * Sends one evaluate request and reports what comes back: SSE events as they
 * arrive (POST + fetch + eventsource-parser; EventSource cannot POST), or the
 * plain `{"output"}` JSON answer of a server that does not stream.
 */
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { ApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { evaluateResponseSchema, parseStreamEvent, type StreamEvent } from '@/contract/evaluate'
import { evaluateBody, evaluatePath, evaluateQuery } from './evaluate-request'
import type { RunRequest } from './run-model'

export interface EvaluateSink {
  onResponse(mode: 'stream' | 'json'): void
  onEvent(event: StreamEvent): void
  onJson(output: string): void
  /** Anything arrived (the answer's headers, any bytes of the body, keep-alive comments too). */
  onActivity?(): void
}

export const STREAM_ACCEPT = 'text/event-stream, application/json'

const lost = (e: unknown) =>
  new ApiError({ kind: 'network', message: `The connection was lost mid-stream (${(e as Error).message}).` })

/** Passes the bytes through, reporting each piece. */
function tap(onChunk: () => void): TransformStream<BufferSource, BufferSource> {
  return new TransformStream({
    transform(chunk, controller) {
      onChunk()
      controller.enqueue(chunk)
    },
  })
}

export async function evaluate(
  client: ApiClient,
  req: RunRequest,
  signal: AbortSignal,
  sink: EvaluateSink,
): Promise<void> {
  const activity = () => sink.onActivity?.()
  const res = await client.send('POST', evaluatePath(req.assistant), {
    body: evaluateBody(req),
    query: evaluateQuery(req),
    headers: { Accept: STREAM_ACCEPT },
    signal,
  })
  activity()
  const contentType = res.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().includes('text/event-stream')) {
    sink.onResponse('json')
    let text: string
    try {
      text = await res.text()
    } catch (e) {
      if (signal.aborted) throw new ApiError({ kind: 'aborted', message: 'The run was cancelled.' })
      throw lost(e)
    }
    let body: unknown = null
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    const parsed = evaluateResponseSchema.safeParse(body)
    if (!parsed.success) throw ApiError.fromContract('POST evaluate', parsed.error, body)
    sink.onJson(parsed.data.output)
    return
  }
  sink.onResponse('stream')
  if (!res.body) throw new ApiError({ kind: 'network', message: 'The server answered a stream without a body.' })
  const reader = res.body
    .pipeThrough(tap(activity))
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
    .getReader()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) {
        finished = true
        return
      }
      let event: StreamEvent | null
      try {
        event = parseStreamEvent(value.event ?? 'message', value.data)
      } catch (e) {
        throw new ApiError({
          kind: 'contract',
          message: `A "${value.event ?? 'message'}" event does not match the contract: ${(e as Error).message}`,
        })
      }
      if (!event) continue
      sink.onEvent(event)
      // done and error are the last events: whatever the server does with the connection afterwards is not ours to wait for.
      if (event.event === 'done' || event.event === 'error') return
    }
  } catch (e) {
    if (signal.aborted) throw new ApiError({ kind: 'aborted', message: 'The run was cancelled.' })
    if (e instanceof ApiError) throw e
    throw lost(e)
  } finally {
    // Leaving early (an end event, a broken event): close the connection, so the server stops generating.
    if (!finished) reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}
