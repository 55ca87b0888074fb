/**
 * Events: an assistant run's (paged by offset/limit, or streamed), one event
 * by id, and a structure run's (list, stream, and CreateEvents, which adds
 * events of origin USER to the run they belong to).
 */
import type { Context } from 'hono'
import { eventQuerySchema, eventsCreateSchema } from '../../../../src/contract/griptape/event'
import type { Deps, GriptapeEnv, GriptapeHono } from '../context'
import { makeEvent } from '../events'
import { notFound, readJsonObject, validateBody, validateQuery } from '../http'
import { assistantEventBody, structureEventBody } from '../serialize'
import { eventStream } from '../sse'
import type { EventRecord, RunRecord } from '../store'

function page(c: Context<GriptapeEnv>, events: readonly EventRecord[], render: (e: EventRecord) => unknown): Response {
  const query = validateQuery(c, eventQuerySchema, ['offset', 'limit'])
  if (!query.ok) return query.response
  const { offset, limit } = query.data
  const slice = events.slice(offset, offset + limit)
  return c.json({
    events: slice.map(render),
    count: slice.length,
    limit,
    offset,
    next_offset: Math.min(offset, events.length) + slice.length,
    total_count: events.length,
  })
}

export function registerEvents(app: GriptapeHono, deps: Deps): void {
  const { store, engine } = deps
  const source = { store, engine, clock: deps.options.clock, keepAliveMs: deps.options.keepAliveMs }
  const assistantRun = (c: Context<GriptapeEnv>): RunRecord | undefined =>
    store.runs.get(c.req.param('assistant_run_id') ?? '')
  const structureRun = (c: Context<GriptapeEnv>): RunRecord | undefined =>
    store.runByStructureRunId(c.req.param('structure_run_id') ?? '')

  app.get('/assistant-runs/:assistant_run_id/events', (c) => {
    const run = assistantRun(c)
    return run ? page(c, store.events(run.assistant_run_id), assistantEventBody) : notFound(c, 'Assistant run')
  })
  app.get('/assistant-runs/:assistant_run_id/events/stream', (c) => {
    const run = assistantRun(c)
    return run ? eventStream(c, source, run, assistantEventBody) : notFound(c, 'Assistant run')
  })

  app.get('/events/:event_id', (c) => {
    const event = store.event(c.req.param('event_id'))
    // assistant_run_id beside the seed's fields: a console opening an event can find its run.
    return event
      ? c.json({ ...structureEventBody(event), assistant_run_id: event.assistant_run_id })
      : notFound(c, 'Event')
  })

  app.get('/structure-runs/:structure_run_id/events', (c) => {
    const run = structureRun(c)
    return run ? page(c, store.events(run.assistant_run_id), structureEventBody) : notFound(c, 'Structure run')
  })
  app.get('/structure-runs/:structure_run_id/events/stream', (c) => {
    const run = structureRun(c)
    return run ? eventStream(c, source, run, structureEventBody) : notFound(c, 'Structure run')
  })
  app.post('/structure-runs/:structure_run_id/events', async (c) => {
    const run = structureRun(c)
    if (!run) return notFound(c, 'Structure run')
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const parsed = validateBody(c, eventsCreateSchema, body.data, deps.options.strictFields)
    if (!parsed.ok) return parsed.response
    const now = deps.options.clock.now()
    for (const item of parsed.data.events ?? []) {
      const event = makeEvent(run, now, item.type, 'USER', item.payload ?? null)
      event.timestamp = item.timestamp
      engine.publish(run, event)
    }
    return c.body(null, 202)
  })
}
