// @vitest-environment happy-dom
/** useRunner driven like the playground's buttons would, against a real ApiClient and a scripted SSE server. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { ApiClient } from '@/api/http-client'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import type { RunnerOptions } from './use-runner'

vi.mock('idb-keyval', () => ({ get: vi.fn(async () => undefined), set: vi.fn(async () => undefined) }))
const { RunHistory } = await import('@/lib/run/run-history')
const { useRunner } = await import('./use-runner')

type Runner = ReturnType<typeof useRunner>

function renderRunner(
  client: ApiClient,
  history: InstanceType<typeof RunHistory>,
  options: RunnerOptions = {},
): Runner {
  return renderHook(() => useRunner(client, history, options)).result.current
}

/** One evaluate request's SSE answer, written by the test; it fails like a browser's when the request aborts. */
interface Stream {
  send(event: string, data: unknown): void
  end(): void
  /** The connection breaks, as when the server's socket is destroyed. */
  cut(): void
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
      cut: () => controller.error(new TypeError('network error')),
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

function setup(options: RunnerOptions & { refreshableToken?: boolean } = {}) {
  const { refreshableToken = false, ...runnerOptions } = options
  const server = sseServer()
  let token = 0
  const client = new ApiClient({
    baseUrl: 'http://api',
    key: 'k',
    auth: { scopes: null, getToken: async () => `tok-${token}`, invalidate: () => refreshableToken && ++token > 0 },
    fetch: server.fetch,
  })
  return { server, runner: renderRunner(client, history, runnerOptions) }
}

/** A fetch that never answers (until its request is aborted). */
const neverAnswers = async (_url: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  )

const finished = async (result: Promise<RunRecord | null>): Promise<RunRecord> => {
  const run = await result
  if (!run) throw new Error('the run is no longer displayed')
  return run
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

describe('useRunner under faults', () => {
  it('a connection cut mid-stream fails the run as dropped, with the chunks so far, and keeps them', async () => {
    const { server, runner } = setup()
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    for (const text of ['one ', 'two ', 'three']) s.send('delta', { text })
    // A broken stream discards what is still queued in it: cut once the chunks were read, as on a real socket.
    await vi.waitFor(() => expect(runner.store.getSnapshot()?.output).toBe('one two three'))
    s.cut()
    const run = await finished(result)
    expect(run.status).toBe('failed')
    expect(run.output).toBe('one two three')
    expect(run.error).toEqual({
      message: 'The connection was lost after 3 chunks: the output is incomplete.',
      code: 'dropped',
    })
    expect(history.find(run.id)?.error?.code).toBe('dropped')
  })

  it('a stream that goes silent is stopped after the inactivity timeout; what arrived stays', async () => {
    const { server, runner } = setup({ inactivityTimeoutMs: () => 60 })
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    s.send('delta', { text: 'so far' })
    // …and nothing more, with the connection kept open.
    const run = await finished(result)
    expect(run.status).toBe('failed')
    expect(run.output).toBe('so far')
    expect(run.error).toEqual({
      message: 'No data for 0.06 s after 1 chunk: stopped waiting, the output is incomplete.',
      code: 'timeout',
    })
    // The request is aborted, so the server stops generating.
    expect(s.signal.aborted).toBe(true)
    expect(history.find(run.id)?.status).toBe('failed')
  })

  it('data keeps a slow stream alive past the timeout', async () => {
    // The silences (60 ms) stay far under the timeout (300 ms); the whole run lasts longer than it.
    const { server, runner } = setup({ inactivityTimeoutMs: () => 300 })
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    for (let i = 0; i < 6; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 60))
      s.send('delta', { text: `${i}` })
    }
    s.send('done', { output: '012345' })
    s.end()
    expect((await finished(result)).status).toBe('succeeded')
  })

  it('a server that never answers is given up on too, and Stop works while waiting', async () => {
    const { server, runner } = setup({ inactivityTimeoutMs: () => 50 })
    server.fetch.mockImplementationOnce(neverAnswers)
    const run = await finished(runner.start(request))
    expect(run.error).toEqual({ message: 'No answer from the server for 0.05 s: stopped waiting.', code: 'timeout' })
    expect(run.mode).toBeNull()

    const { server: slow, runner: patient } = setup({ inactivityTimeoutMs: () => 60_000 })
    slow.fetch.mockImplementationOnce(neverAnswers)
    const waiting = patient.start(request)
    await vi.waitFor(() => expect(slow.fetch).toHaveBeenCalled())
    patient.stop()
    expect((await finished(waiting)).status).toBe('cancelled')
  })

  it('a 500 with an HTML page says so once, as a failure with its status', async () => {
    const { server, runner } = setup()
    server.fetch.mockImplementationOnce(
      async () =>
        new Response('<!doctype html><html><head><title>Internal Server Error</title></head></html>', {
          status: 500,
          statusText: 'Internal Server Error',
          headers: { 'Content-Type': 'text/html' },
        }),
    )
    const run = await finished(runner.start(request))
    expect(run.error).toEqual({
      message: 'HTTP 500 Internal Server Error: The server answered an HTML page: “Internal Server Error”.',
      code: '500',
    })
  })

  it('offline: the request was not sent, and says so', async () => {
    const { server, runner } = setup({ isOnline: () => false })
    server.fetch.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch')
    })
    const run = await finished(runner.start(request))
    expect(run.error).toEqual({ message: 'The browser is offline: the request was not sent.', code: 'offline' })
  })

  it('a 401 once is retried with a fresh token and the run goes on', async () => {
    const { server, runner } = setup({ refreshableToken: true })
    server.fetch.mockImplementationOnce(
      async () => new Response(JSON.stringify({ detail: 'Invalid or expired token.' }), { status: 401 }),
    )
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('done', { output: 'fine' })
    s.end()
    const run = await finished(result)
    expect(run.status).toBe('succeeded')
    const auth = server.fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>).Authorization)
    expect(auth).toEqual(['Bearer tok-0', 'Bearer tok-1'])
  })

  it('after any failure, the next run starts clean and succeeds', async () => {
    const { server, runner } = setup({ inactivityTimeoutMs: () => 50 })
    server.fetch.mockImplementationOnce(neverAnswers)
    const failed = await finished(runner.start(request))
    expect(failed.status).toBe('failed')
    const result = runner.start(request)
    const s = await server.stream(0)
    s.send('start', start)
    s.send('done', { output: 'again' })
    s.end()
    const run = await finished(result)
    expect(run.status).toBe('succeeded')
    expect(run.id).not.toBe(failed.id)
    expect(run.request).toEqual(failed.request)
    expect(history.getSnapshot().runs.map((r) => r.status)).toEqual(['succeeded', 'failed'])
  })
})
