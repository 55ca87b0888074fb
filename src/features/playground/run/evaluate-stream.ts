/**
 * Sends one evaluate request and reports what comes back: SSE events as they
 * arrive (POST + fetch + eventsource-parser; EventSource cannot POST), or the
 * plain `{"output"}` JSON answer of a server that does not stream.
 */
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { ApiError } from '@/api/api-error'
import type { ApiClient } from '@/api/http-client'
import { evaluateResponseSchema, parseStreamEvent, type StreamEvent } from '@/contract/evaluate'
import { evaluateBody, evaluatePath, evaluateQuery } from '../lib/request'
import type { RunRequest } from './run-model'

export interface EvaluateSink {
  onResponse(mode: 'stream' | 'json'): void
  onEvent(event: StreamEvent): void
  onJson(output: string): void
}

export const STREAM_ACCEPT = 'text/event-stream, application/json'

export async function evaluate(
  client: ApiClient,
  req: RunRequest,
  signal: AbortSignal,
  sink: EvaluateSink,
): Promise<void> {
  const res = await client.send('POST', evaluatePath(req.assistant), {
    body: evaluateBody(req),
    query: evaluateQuery(req),
    headers: { Accept: STREAM_ACCEPT },
    signal,
  })
  const contentType = res.headers.get('content-type') ?? ''
  if (!contentType.toLowerCase().includes('text/event-stream')) {
    sink.onResponse('json')
    const body: unknown = await res.json().catch(() => null)
    const parsed = evaluateResponseSchema.safeParse(body)
    if (!parsed.success) throw ApiError.fromContract('POST evaluate', parsed.error, body)
    sink.onJson(parsed.data.output)
    return
  }
  sink.onResponse('stream')
  if (!res.body) throw new ApiError({ kind: 'network', message: 'The server answered a stream without a body.' })
  const reader = res.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      let event: StreamEvent | null
      try {
        event = parseStreamEvent(value.event ?? 'message', value.data)
      } catch (e) {
        throw new ApiError({
          kind: 'contract',
          message: `A "${value.event ?? 'message'}" event does not match the contract: ${(e as Error).message}`,
        })
      }
      if (event) sink.onEvent(event)
    }
  } catch (e) {
    if (signal.aborted) throw new ApiError({ kind: 'aborted', message: 'The run was cancelled.' })
    if (e instanceof ApiError) throw e
    throw new ApiError({ kind: 'network', message: `The connection was lost mid-stream (${(e as Error).message}).` })
  } finally {
    reader.releaseLock()
  }
}
