/**
 * Event streams: events reach the client as the run produces them (the first
 * before the last exists), resume after Last-Event-ID, end with the run, and
 * close when the app is disposed. One test runs over real HTTP on real timers.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { createGriptapeApp, DEMO_GRIPTAPE_KEY, GRIPTAPE_SEED as SEED } from './app'
import { expectEventsConform, makeGriptape, parseSse, STEP_MS, StreamReader } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

const support = `/assistants/${SEED.assistants.support}/runs`

async function startRun(body: unknown): Promise<string> {
  const res = await t.call('POST', support, { json: body })
  return (res.body as { assistant_run_id: string }).assistant_run_id
}

describe('GET /assistant-runs/{id}/events/stream', () => {
  it('sends each event as it is produced: the first arrives before the last exists', async () => {
    const id = await startRun({ input: 'Tell me about express shipping', stream: true })
    const res = await t.request('GET', `/assistant-runs/${id}/events/stream`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = new StreamReader(res)
    expect(await reader.available()).toBe('') // QUEUED: nothing yet

    t.clock.advance(STEP_MS * 2) // STARTING, then RUNNING with its start event
    const first = parseSse(await reader.available())
    expect(first.map((m) => m.event)).toEqual(['StartStructureRunEvent'])
    const run = (await t.call('GET', `/assistant-runs/${id}`)).body as { status: string }
    expect(run.status).toBe('RUNNING')
    const produced = (await t.call('GET', `/assistant-runs/${id}/events`)).body as { total_count: number }
    expect(produced.total_count).toBe(1) // the final event does not exist yet
    expect(reader.done).toBe(false)

    t.clock.advance(STEP_MS)
    expect(parseSse(await reader.available()).map((m) => m.event)).toEqual(['TextChunkEvent'])

    t.clock.advance(STEP_MS * 10)
    const rest = parseSse(await reader.available())
    expect(rest.map((m) => m.event)).toEqual([
      'TextChunkEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'FinishStructureRunEvent',
    ])
    expect(reader.done).toBe(true) // the stream ends with the run

    const all = [...first, ...rest]
    expectEventsConform(all, 'AssistantEvent')
    const listed = (await t.call('GET', `/assistant-runs/${id}/events`)).body as { events: Array<{ event_id: string }> }
    expect(all.map((m) => m.id)).toEqual(
      listed.events
        .slice(0, 1)
        .concat(listed.events.slice(2))
        .map((e) => e.event_id),
    )
  })

  it('replays a finished run and closes', async () => {
    const res = await t.request('GET', `/assistant-runs/${SEED.runs.supportFailed}/events/stream`)
    const messages = parseSse(await res.text())
    expect(messages.map((m) => m.event)).toEqual([
      'StartStructureRunEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'FinishStructureRunEvent',
    ])
    expectEventsConform(messages, 'AssistantEvent')
  })

  it('resumes after Last-Event-ID', async () => {
    const all = parseSse(
      await (await t.request('GET', `/assistant-runs/${SEED.runs.supportSucceeded}/events/stream`)).text(),
    )
    const resumed = parseSse(
      await (
        await t.request('GET', `/assistant-runs/${SEED.runs.supportSucceeded}/events/stream`, {
          headers: { 'Last-Event-ID': all[2]?.id ?? '' },
        })
      ).text(),
    )
    expect(resumed.map((m) => m.id)).toEqual(all.slice(3).map((m) => m.id))
  })

  it('ends with a cancelled run', async () => {
    const id = await startRun({ _mock: { outcome: 'HANG' } })
    t.clock.advance(STEP_MS * 3)
    const reader = new StreamReader(await t.request('GET', `/assistant-runs/${id}/events/stream`))
    expect(parseSse(await reader.available()).map((m) => m.event)).toEqual(['StartStructureRunEvent'])
    await t.call('POST', `/assistant-runs/${id}/cancel`)
    expect(parseSse(await reader.available()).map((m) => m.event)).toEqual(['AssistantRunCancelledEvent'])
    expect(reader.done).toBe(true)
  })

  it('sends keep-alive comments while nothing happens', async () => {
    const k = makeGriptape({ liveSeedRun: false, keepAliveMs: 1000 })
    const res = await k.call('POST', support, { json: { _mock: { outcome: 'HANG' } } })
    const id = (res.body as { assistant_run_id: string }).assistant_run_id
    const reader = new StreamReader(await k.request('GET', `/assistant-runs/${id}/events/stream`))
    k.clock.advance(2500)
    expect(await reader.available()).toContain(': keep-alive\n\n')
    k.app.dispose()
    await reader.available()
    expect(reader.done).toBe(true)
    expect(k.clock.pendingCount).toBe(0)
  })

  it('dispose() ends open streams and leaves no timers', async () => {
    const d = makeGriptape()
    const res = await d.call('POST', support, { json: { _mock: { outcome: 'HANG', hang_status: 'QUEUED' } } })
    const id = (res.body as { assistant_run_id: string }).assistant_run_id
    const reader = new StreamReader(await d.request('GET', `/assistant-runs/${id}/events/stream`))
    expect(d.clock.pendingCount).toBeGreaterThan(0) // the seeded live run is playing
    d.app.dispose()
    await reader.available()
    expect(reader.done).toBe(true)
    expect(d.clock.pendingCount).toBe(0)
  })

  it('404 in Griptape format for an unknown run', async () => {
    const res = await t.call('GET', '/assistant-runs/3c9a7e52-1b4d-4f8a-9e6c-000000000000/events/stream')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ type: 'NotFoundError', errors: [{ message: 'Assistant run not found.' }] })
  })
})

describe('structure runs', () => {
  it('CreateEvents adds USER events that streams and lists see', async () => {
    const id = await startRun({ _mock: { outcome: 'HANG' } })
    t.clock.advance(STEP_MS * 3)
    const first = (await t.call('GET', `/assistant-runs/${id}/events`)).body as {
      events: Array<{ event_id: string }>
    }
    const event = (await t.call('GET', `/events/${first.events[0]?.event_id}`)).body as { structure_run_id: string }
    const base = `/structure-runs/${event.structure_run_id}/events`
    const reader = new StreamReader(await t.request('GET', `${base}/stream`))
    expect(parseSse(await reader.available())).toHaveLength(1)

    const posted = await t.call('POST', base, {
      json: { events: [{ type: 'CustomProgressEvent', timestamp: 1717318800.5, payload: { step: 1 } }] },
    })
    expect(posted.status).toBe(202)
    expect(posted.text).toBe('')
    const live = parseSse(await reader.available())
    expect(live).toEqual([
      expect.objectContaining({
        event: 'CustomProgressEvent',
        data: expect.objectContaining({ origin: 'USER', timestamp: 1717318800.5 }),
      }),
    ])
    expectEventsConform(live, 'StructureRunEvent')
    const listed = (await t.call('GET', base)).body as { total_count: number }
    expect(listed.total_count).toBe(2)
    await t.call('POST', `/assistant-runs/${id}/cancel`)
    await reader.available()
    expect(reader.done).toBe(true)
  })

  it('CreateEvents refuses bad events field by field and stores none of them', async () => {
    const events = (await t.call('GET', `/assistant-runs/${SEED.runs.contractsSucceeded}/events`)).body as {
      events: Array<{ event_id: string }>
    }
    const one = (await t.call('GET', `/events/${events.events[0]?.event_id}`)).body as { structure_run_id: string }
    const base = `/structure-runs/${one.structure_run_id}/events`
    const before = ((await t.call('GET', base)).body as { total_count: number }).total_count
    const res = await t.call('POST', base, {
      json: { events: [{ type: 'Fine', timestamp: 1 }, { type: '', timestamp: 'now' }, 7] },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'events.1.type', message: 'Must not be empty.' },
        { field: 'events.1.timestamp', message: 'Must be a number.' },
        { field: 'events.2', message: 'Must be a JSON object.' },
      ],
    })
    expect(((await t.call('GET', base)).body as { total_count: number }).total_count).toBe(before)
  })
})

describe('over real HTTP, on real timers', () => {
  it('the first event reaches the client well before the last is produced', async () => {
    const app = createGriptapeApp({ delayMs: 40, liveSeedRun: false })
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const { port } = server.address() as AddressInfo
    const base = `http://127.0.0.1:${port}`
    const headers = { Authorization: `Bearer ${DEMO_GRIPTAPE_KEY}`, 'Content-Type': 'application/json' }
    try {
      const created = await fetch(`${base}${support}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          input: 'Is there a warranty on refurbished laptops?',
          stream: true,
          _mock: { chunks: 6 },
        }),
      })
      const { assistant_run_id: id } = (await created.json()) as { assistant_run_id: string }
      const res = await fetch(`${base}/assistant-runs/${id}/events/stream`, { headers })
      const reader = (res.body as ReadableStream<Uint8Array>).getReader()
      const decoder = new TextDecoder()
      const arrivals: Array<{ event: string; at: number }> = []
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += decoder.decode(value, { stream: true })
        for (const m of parseSse(buffer.slice(0, buffer.lastIndexOf('\n\n') + 2)))
          arrivals.push({ event: m.event ?? '', at: performance.now() })
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2)
      }
      expect(arrivals.map((a) => a.event)).toEqual([
        'StartStructureRunEvent',
        ...Array<string>(6).fill('TextChunkEvent'),
        'FinishStructureRunEvent',
      ])
      const first = arrivals[0]?.at ?? 0
      const last = arrivals.at(-1)?.at ?? 0
      // Seven steps of 40 ms separate the start event from the final one.
      expect(last - first).toBeGreaterThan(150)
    } finally {
      app.dispose()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
