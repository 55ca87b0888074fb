// @vitest-environment happy-dom
/** useRunner driven like the playground's buttons would, against a real ApiClient and a scripted SSE server. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { ApiClient } from '@/api/http-client'
import type { RunRecord, RunRequest } from './run-model'

vi.mock('idb-keyval', () => ({ get: vi.fn(async () => undefined), set: vi.fn(async () => undefined) }))
const { RunHistory } = await import('./run-history')
const { useRunner } = await import('./use-runner')

type Runner = ReturnType<typeof useRunner>

function renderRunner(client: ApiClient, history: InstanceType<typeof RunHistory>): Runner {
  return renderHook(() => useRunner(client, history)).result.current
}

/** One evaluate request's SSE answer, written by the test; it fails like a browser's when the request aborts. */
interface Stream {
  send(event: string, data: unknown): void
  end(): void
  signal: AbortSignal
}

function sseServer() {
  const streams: Stream[] = []
  const waiting: ((s: Stream) => void)[] = []
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? new AbortController().signal
    const encoder = new TextEncoder()
    let controller!: ReadableStreamDefaultController<Uint8Array>
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) })
    signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
    const stream: Stream = {
      signal,
      send: (event, data) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
      end: () => controller.close(),
    }
    streams.push(stream)
    waiting.shift()?.(stream)
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } })
  })
  /** The n-th request's stream, once it has been sent. */
  const stream = (n: number) =>
    streams[n] ? Promise.resolve(streams[n]) : new Promise<Stream>((resolve) => waiting.push(resolve))
  return { fetch, stream }
}

const request: RunRequest = {
  assistant: 'helper',
  conversationId: null,
  input: { media_type: 'chat' },
  transcript: null,
}
const start = { run_id: 'r1', assistant: 'helper', conversation_id: 'c1', created_at: '2025-01-01T00:00:00Z' }

let history: InstanceType<typeof RunHistory>
let n = 0
beforeEach(() => {
  history = new RunHistory(`runner-test-${++n}`)
})

function setup() {
  const server = sseServer()
  const client = new ApiClient({
    baseUrl: 'http://api',
    key: 'k',
    auth: { scopes: null, getToken: async () => 'tok', invalidate: () => false },
    fetch: server.fetch,
  })
  return { server, runner: renderRunner(client, history) }
}

describe('useRunner', () => {
  it('streams a run to success, and records it in the history when queued and when done', async () => {
    const { server, runner } = setup()
    const upsert = vi.spyOn(history, 'upsert')
    const result = runner.start(request)
    expect(runner.store.getSnapshot()?.status).toBe('queued')
    expect(upsert).toHaveBeenCalledTimes(1)
    const s = await server.stream(0)
    s.send('start', start)
    s.send('delta', { text: 'Hel' })
    s.send('delta', { text: 'lo' })
    s.send('done', { output: 'Hello' })
    s.end()
    const run = (await result) as RunRecord
    expect(run.status).toBe('succeeded')
    expect(run.output).toBe('Hello')
    expect(run.serverRunId).toBe('r1')
    expect(history.find(run.id)?.status).toBe('succeeded')
    expect(upsert).toHaveBeenCalledTimes(2)
  })

  it('fails a stream that ends without a done or error event', async () => {
    const { server, runner } = setup()
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    s.send('delta', { text: 'partial' })
    s.end()
    const run = (await result) as RunRecord
    expect(run.status).toBe('failed')
    expect(run.error?.code).toBe('incomplete')
    expect(run.output).toBe('partial')
  })

  it('shows an HTTP failure with its status', async () => {
    const { server, runner } = setup()
    server.fetch.mockImplementationOnce(
      async () => new Response(JSON.stringify({ detail: 'Assistant not found.' }), { status: 404 }),
    )
    const run = (await runner.start(request)) as RunRecord
    expect(run.status).toBe('failed')
    expect(run.error).toEqual({ message: 'HTTP 404: Assistant not found.', code: '404' })
    expect(history.find(run.id)?.status).toBe('failed')
  })

  it('stop cancels the request, keeps what arrived, and is not reported as a failure', async () => {
    const { server, runner } = setup()
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    s.send('delta', { text: 'so far' })
    await vi.waitFor(() => expect(runner.store.getSnapshot()?.status).toBe('running'))
    runner.stop()
    expect(s.signal.aborted).toBe(true)
    const run = (await result) as RunRecord
    expect(run.status).toBe('cancelled')
    expect(run.error).toBeNull()
    expect(run.output).toBe('so far')
    expect(history.find(run.id)?.status).toBe('cancelled')
  })

  it('a new run stops the one in progress; late events of the old one are dropped', async () => {
    const { server, runner } = setup()
    const first = runner.start(request)
    const s1 = await server.stream(0)
    s1.send('start', start)
    const second = runner.start({ ...request, assistant: 'other' })
    expect(s1.signal.aborted).toBe(true)
    expect(await first).toBeNull()
    const s2 = await server.stream(1)
    s2.send('start', { ...start, run_id: 'r2', assistant: 'other' })
    s2.send('done', { output: 'second' })
    s2.end()
    const run = (await second) as RunRecord
    expect(run.output).toBe('second')
    expect(runner.store.getSnapshot()?.id).toBe(run.id)
    const runs = history.getSnapshot().runs
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'cancelled'])
  })

  it('opening a past run stops the current one and shows the past one', async () => {
    const { server, runner } = setup()
    const done = (await (async () => {
      const r = runner.start(request)
      const s = await server.stream(0)
      s.send('done', { output: 'old' })
      s.end()
      return r
    })()) as RunRecord
    const running = runner.start(request)
    const s = await server.stream(1)
    runner.open(done)
    expect(s.signal.aborted).toBe(true)
    expect(runner.store.getSnapshot()).toBe(done)
    expect(await running).toBeNull()
  })
})
