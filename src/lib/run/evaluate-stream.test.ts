import { describe, expect, it, vi } from 'vitest'
import { ApiClient, StaticTokenAuth } from '@/api/http-client'
import type { StreamEvent } from '@/contract/evaluate'
import { evaluate } from './evaluate-stream'

const request = { assistant: 'demo', conversationId: 'c1', input: { a: 1 }, transcript: null }

function clientAnswering(respond: (url: string, init: RequestInit) => Response) {
  const seen: { url: string; init: RequestInit }[] = []
  const client = new ApiClient({
    baseUrl: 'http://x.test',
    key: 'k',
    auth: new StaticTokenAuth('tok'),
    fetch: (input, init) => {
      seen.push({ url: String(input), init: init ?? {} })
      return Promise.resolve(respond(String(input), init ?? {}))
    },
  })
  return { client, seen }
}

function sseBody(chunks: string[], breakAtEnd = false): ReadableStream<Uint8Array> {
  const enc = new TextEncoder()
  let i = 0
  // Pull-based so a break lands after the chunks were read (error() discards queued chunks).
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i]
      i += 1
      if (chunk !== undefined) controller.enqueue(enc.encode(chunk))
      else if (breakAtEnd) controller.error(new TypeError('network error'))
      else controller.close()
    },
  })
}

function collect() {
  const log: string[] = []
  const events: StreamEvent[] = []
  return {
    log,
    events,
    sink: {
      onResponse: (mode: string) => log.push(`response:${mode}`),
      onEvent: (e: StreamEvent) => {
        events.push(e)
        log.push(e.event)
      },
      onJson: (o: string) => log.push(`json:${o}`),
    },
  }
}

describe('evaluate', () => {
  it('posts the body with SSE accept and parses events split across chunks', async () => {
    const { client, seen } = clientAnswering(
      () =>
        new Response(
          sseBody([
            'event: start\ndata: {"run_id":"r","assistant":"demo","conversation_id":"c1","created_at":"t"}\n\nevent: del',
            'ta\ndata: {"text":"Hi"}\n\n',
            'event: done\ndata: {"output":"Hi"}\n\n',
          ]),
          {
            headers: { 'Content-Type': 'text/event-stream; charset=utf-8' },
          },
        ),
    )
    const out = collect()
    await evaluate(client, request, new AbortController().signal, out.sink)
    expect(out.log).toEqual(['response:stream', 'start', 'delta', 'done'])
    expect(seen[0]?.url).toBe('http://x.test/api/v2/assistants/demo/evaluate?conversation_id=c1')
    const headers = seen[0]?.init.headers as Record<string, string>
    expect(headers.Accept).toContain('text/event-stream')
    expect(headers.Authorization).toBe('Bearer tok')
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ input: { a: 1 } })
  })

  it('falls back to a JSON answer', async () => {
    const { client } = clientAnswering(() => Response.json({ output: 'plain' }))
    const out = collect()
    await evaluate(client, request, new AbortController().signal, out.sink)
    expect(out.log).toEqual(['response:json', 'json:plain'])
  })

  it('reports a stream that breaks mid-way as a network error after the events that arrived', async () => {
    const { client } = clientAnswering(
      () =>
        new Response(sseBody(['event: delta\ndata: {"text":"a"}\n\n'], true), {
          headers: { 'Content-Type': 'text/event-stream' },
        }),
    )
    const out = collect()
    await expect(evaluate(client, request, new AbortController().signal, out.sink)).rejects.toMatchObject({
      kind: 'network',
    })
    expect(out.log).toEqual(['response:stream', 'delta'])
  })

  it('ignores unknown event names and rejects malformed known ones', async () => {
    const { client } = clientAnswering(
      () =>
        new Response(sseBody(['event: ping\ndata: {}\n\nevent: delta\ndata: {"nope":1}\n\n']), {
          headers: { 'Content-Type': 'text/event-stream' },
        }),
    )
    const out = collect()
    await expect(evaluate(client, request, new AbortController().signal, out.sink)).rejects.toMatchObject({
      kind: 'contract',
    })
  })

  it('turns HTTP errors into ApiError with the status', async () => {
    const { client } = clientAnswering(() => Response.json({ input: ['Expected a JSON object.'] }, { status: 422 }))
    await expect(evaluate(client, request, new AbortController().signal, collect().sink)).rejects.toMatchObject({
      status: 422,
    })
  })

  it('reports activity for the answer and each piece of the body, keep-alive comments included', async () => {
    const { client } = clientAnswering(
      () =>
        new Response(
          sseBody([': ping\n\n', 'event: delta\ndata: {"text":"a"}\n\n', 'event: done\ndata: {"output":"a"}\n\n']),
          {
            headers: { 'Content-Type': 'text/event-stream' },
          },
        ),
    )
    const out = collect()
    let activity = 0
    await evaluate(client, request, new AbortController().signal, { ...out.sink, onActivity: () => (activity += 1) })
    expect(activity).toBe(4)
    expect(out.log).toEqual(['response:stream', 'delta', 'done'])
  })

  it('stops at the done or error event and closes the connection, even if the server keeps it open', async () => {
    for (const last of ['event: done\ndata: {"output":"a"}\n\n', 'event: error\ndata: {"message":"m"}\n\n']) {
      let cancelled = false
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(last))
          // …and never closes.
        },
        cancel() {
          cancelled = true
        },
      })
      const { client } = clientAnswering(() => new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }))
      const out = collect()
      await evaluate(client, request, new AbortController().signal, out.sink)
      expect(out.events).toHaveLength(1)
      await vi.waitFor(() => expect(cancelled).toBe(true))
    }
  })

  it('closes the connection when an event breaks the contract', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('event: delta\ndata: {"nope":1}\n\n'))
      },
      cancel() {
        cancelled = true
      },
    })
    const { client } = clientAnswering(() => new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }))
    await expect(evaluate(client, request, new AbortController().signal, collect().sink)).rejects.toMatchObject({
      kind: 'contract',
    })
    await vi.waitFor(() => expect(cancelled).toBe(true))
  })

  it('a JSON answer cut short is a lost connection, a malformed one breaks the contract', async () => {
    const cut = clientAnswering(
      () => new Response(sseBody(['{"outp'], true), { headers: { 'Content-Type': 'application/json' } }),
    )
    await expect(evaluate(cut.client, request, new AbortController().signal, collect().sink)).rejects.toMatchObject({
      kind: 'network',
    })
    const bad = clientAnswering(() => new Response('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } }))
    await expect(evaluate(bad.client, request, new AbortController().signal, collect().sink)).rejects.toMatchObject({
      kind: 'contract',
    })
  })
})
