/** Over real HTTP: events reach the client as they are produced, and a disconnect stops the run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMockServer, type RunningMockServer } from './app'
import { expectServerConformant, fetchDemoToken } from './test-helpers'

let server: RunningMockServer
let token: string
const produced: Array<{ runId: string; event: string; at: number }> = []

beforeAll(async () => {
  server = await startMockServer({
    streamDelayMs: 0,
    validateResponses: true,
    onRunEvent: (runId, event) => produced.push({ runId, event, at: performance.now() }),
  })
  token = await fetchDemoToken(server.url)
})
afterAll(async () => {
  await expectServerConformant(server.url)
  await server.close()
})

function evaluate(body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}/api/v2/assistants/demo-reply-suggester/evaluate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  })
}

/** Reads SSE events as they arrive, with their arrival time; stops when `until` says so. */
async function readEvents(res: Response, until: (events: string[]) => boolean = () => false) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  const events: Array<{ event: string; at: number }> = []
  let buffer = ''
  let error: unknown = null
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const name = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1] ?? 'message'
        events.push({ event: name, at: performance.now() })
        buffer = buffer.slice(end + 2)
        end = buffer.indexOf('\n\n')
      }
      if (until(events.map((e) => e.event))) break
    }
  } catch (e) {
    error = e
  }
  return { events, error, reader }
}

const runOf = (event: string) => produced.filter((p) => p.event === 'start').at(-1)?.runId ?? event

describe('SSE over HTTP', () => {
  it('delivers the first delta before the server produces the last one', async () => {
    const res = await evaluate({ input: { _mock: { chunks: 20, delay_ms: 40 } } })
    const { events } = await readEvents(res)
    const runId = runOf('start')
    const deltas = events.filter((e) => e.event === 'delta')
    const done = events.find((e) => e.event === 'done')
    expect(deltas).toHaveLength(20)
    const lastProduced = produced.filter((p) => p.runId === runId && p.event === 'delta').at(-1)?.at ?? 0
    const firstArrived = deltas[0]?.at ?? Infinity
    expect(firstArrived).toBeLessThan(lastProduced)
    // 19 more deltas at 40 ms each follow the first one: it came ~760 ms before the end.
    expect((done?.at ?? 0) - firstArrived).toBeGreaterThan(400)
  })

  it('stops generating when the client disconnects', async () => {
    const controller = new AbortController()
    const res = await evaluate({ input: { _mock: { chunks: 1000, delay_ms: 10 } } }, controller.signal)
    await readEvents(res, (names) => names.filter((n) => n === 'delta').length >= 3)
    controller.abort()
    const runId = runOf('start')
    await new Promise((r) => setTimeout(r, 300))
    const count = produced.filter((p) => p.runId === runId && p.event === 'delta').length
    await new Promise((r) => setTimeout(r, 200))
    expect(produced.filter((p) => p.runId === runId && p.event === 'delta').length).toBe(count)
    expect(count).toBeLessThan(40)
    expect(produced.some((p) => p.runId === runId && p.event === 'done')).toBe(false)
  })

  it('_mock.drop_after closes the connection without done or error', async () => {
    const res = await evaluate({ input: { _mock: { drop_after: 3, delay_ms: 0 } } })
    const { events, error } = await readEvents(res)
    expect(events.map((e) => e.event)).toEqual(['start', 'delta', 'delta', 'delta'])
    expect(error).not.toBeNull()
  })

  it('the JSON form still works over HTTP', async () => {
    const res = await fetch(`${server.url}/api/v2/assistants/demo-reply-suggester/evaluate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: { text: 'Hi' } }),
    })
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(((await res.json()) as { output: string }).output).toContain('"Hi"')
  })
})
