/** Runs: the status lifecycle on the app's clock, `_mock` outcomes, cancel, the status filter, events by page and by id. */
import { afterAll, describe, expect, it } from 'vitest'
import { GRIPTAPE_SEED as SEED } from './app'
import { makeGriptape, STEP_MS } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
  expect(t.clock.pendingCount).toBe(0)
})

interface Run {
  assistant_run_id: string
  status: string
  input?: string
  args: string[]
  stream: boolean
  thread_id?: string
  output?: { type: string; value: string }
  status_detail?: Record<string, unknown>
  completed_at: string | null
  ruleset_ids: string[]
  tool_ids: string[]
}
interface EventList {
  events: Array<{ event_id: string; type: string; origin: string; payload: Record<string, unknown> }>
  count: number
  total_count: number
  next_offset: number
}

const support = `/assistants/${SEED.assistants.support}/runs`

async function start(body: unknown): Promise<Run> {
  const res = await t.call('POST', support, { json: body })
  expect(res.status).toBe(201)
  return res.body as Run
}
const get = async (id: string) => (await t.call('GET', `/assistant-runs/${id}`)).body as Run
const events = async (id: string, query = '') =>
  (await t.call('GET', `/assistant-runs/${id}/events${query}`)).body as EventList

describe('a run plays out step by step', () => {
  it('QUEUED -> STARTING -> RUNNING -> chunk events -> SUCCEEDED, output consistent with the events', async () => {
    const run = await start({
      input: 'How do refunds work for damaged parcels?',
      stream: true,
      args: ['--tone', 'warm'],
    })
    expect(run).toMatchObject({ status: 'QUEUED', stream: true, completed_at: null, args: ['--tone', 'warm'] })
    expect(run.output).toBeUndefined()
    const seen: string[] = [run.status]
    for (let i = 0; i < 10; i += 1) {
      t.clock.advance(STEP_MS)
      const now = await get(run.assistant_run_id)
      if (seen.at(-1) !== now.status) seen.push(now.status)
    }
    expect(seen).toEqual(['QUEUED', 'STARTING', 'RUNNING', 'SUCCEEDED'])
    const done = await get(run.assistant_run_id)
    const list = await events(run.assistant_run_id)
    expect(list.events.map((e) => e.type)).toEqual([
      'StartStructureRunEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'FinishStructureRunEvent',
    ])
    const text = list.events
      .filter((e) => e.type === 'TextChunkEvent')
      .map((e) => e.payload.token)
      .join('')
    expect(text).toBe(done.output?.value)
    expect(text).toContain('refunds')
    expect(text).toContain('--tone, warm')
    expect(done.completed_at).not.toBeNull()
  })

  it('the scripted model is deterministic', async () => {
    const a = await start({ input: 'Same question', stream: true })
    const b = await start({ input: 'Same question', stream: true })
    t.clock.advance(STEP_MS * 10)
    expect((await get(a.assistant_run_id)).output?.value).toBe((await get(b.assistant_run_id)).output?.value)
  })

  it('without stream, the text arrives only in the final event', async () => {
    const run = await start({ input: 'Hi' })
    t.clock.advance(STEP_MS * 5)
    expect((await events(run.assistant_run_id)).events.map((e) => e.type)).toEqual([
      'StartStructureRunEvent',
      'FinishStructureRunEvent',
    ])
    expect((await get(run.assistant_run_id)).stream).toBe(false)
  })

  it('_mock sets the chunk count and the delay of a run', async () => {
    const run = await start({
      input: 'one two three four five six seven',
      stream: true,
      _mock: { chunks: 2, delay_ms: 1000 },
    })
    t.clock.advance(STEP_MS * 5)
    expect((await get(run.assistant_run_id)).status).toBe('QUEUED')
    t.clock.advance(1000 * 6)
    expect((await events(run.assistant_run_id)).events.filter((e) => e.type === 'TextChunkEvent')).toHaveLength(2)
  })

  it('takes the assistant lists, overrides and additional ids; threads', async () => {
    const extra = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
    const run = await start({ tool_ids: [extra], additional_ruleset_ids: [extra], new_thread: true })
    expect(run.tool_ids).toEqual([extra])
    expect(run.ruleset_ids).toHaveLength(2)
    expect(run.ruleset_ids).toContain(extra)
    expect(run.thread_id).toMatch(/^[0-9a-f-]{36}$/)
    const given = await start({ thread_id: extra, new_thread: true, input: null })
    expect(given.thread_id).toBe(extra)
    expect(given.input).toBeUndefined()
  })

  it("accepts the public griptape driver's body verbatim", async () => {
    // GriptapeCloudAssistantDriver._create_run with its defaults (no thread, no input).
    const res = await t.call('POST', support, {
      json: {
        args: ['Where is my parcel?'],
        stream: false,
        thread_id: null,
        input: null,
        additional_ruleset_ids: [],
        additional_knowledge_base_ids: [],
        additional_structure_ids: [],
        additional_tool_ids: [],
      },
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'QUEUED', args: ['Where is my parcel?'] })
  })
})

describe('_mock outcomes reach every status', () => {
  it('FAILED: half the chunks, then a FinishStructureRunEvent with an ErrorArtifact', async () => {
    const run = await start({ input: 'x y z w', stream: true, _mock: { outcome: 'FAILED' } })
    t.clock.advance(STEP_MS * 10)
    const done = await get(run.assistant_run_id)
    expect(done.status).toBe('FAILED')
    expect(done.output?.type).toBe('ErrorArtifact')
    expect(done.status_detail?.error).toMatch(/simulated failure/)
    const list = await events(run.assistant_run_id)
    expect(list.events.map((e) => e.type)).toEqual([
      'StartStructureRunEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'FinishStructureRunEvent',
    ])
    expect(list.events.at(-1)?.payload.output_task_output).toEqual(done.output)
  })

  it('ERROR: a SYSTEM error event, no output', async () => {
    const run = await start({ input: 'x', _mock: { outcome: 'ERROR' } })
    t.clock.advance(STEP_MS * 10)
    const done = await get(run.assistant_run_id)
    expect(done.status).toBe('ERROR')
    expect(done.output).toBeUndefined()
    expect((await events(run.assistant_run_id)).events.at(-1)).toMatchObject({
      type: 'AssistantRunErrorEvent',
      origin: 'SYSTEM',
    })
  })

  it.each(['QUEUED', 'STARTING', 'RUNNING'] as const)('HANG stays %s until cancelled', async (status) => {
    const run = await start({ _mock: { outcome: 'HANG', hang_status: status } })
    t.clock.advance(STEP_MS * 100)
    expect((await get(run.assistant_run_id)).status).toBe(status)
    const cancelled = await t.call('POST', `/assistant-runs/${run.assistant_run_id}/cancel`)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', status_detail: { cancelled_by: SEED.userId } })
    expect((cancelled.body as Run).completed_at).not.toBeNull()
    expect((await events(run.assistant_run_id)).events.at(-1)?.type).toBe('AssistantRunCancelledEvent')
  })

  it('HANG defaults to RUNNING', async () => {
    const run = await start({ _mock: { outcome: 'HANG' } })
    t.clock.advance(STEP_MS * 100)
    expect((await get(run.assistant_run_id)).status).toBe('RUNNING')
    await t.call('POST', `/assistant-runs/${run.assistant_run_id}/cancel`)
  })
})

describe('cancel', () => {
  it('a QUEUED run: it never moves again', async () => {
    const run = await start({ input: 'stop me', stream: true })
    const res = await t.call('POST', `/assistant-runs/${run.assistant_run_id}/cancel`)
    expect(res.body).toMatchObject({ status: 'CANCELLED' })
    t.clock.advance(STEP_MS * 20)
    expect((await get(run.assistant_run_id)).status).toBe('CANCELLED')
    expect((await events(run.assistant_run_id)).events.map((e) => e.type)).toEqual(['AssistantRunCancelledEvent'])
  })

  it('a RUNNING run mid-stream: no further chunks', async () => {
    const run = await start({ input: 'a b c d e f g h', stream: true })
    t.clock.advance(STEP_MS * 3)
    expect((await get(run.assistant_run_id)).status).toBe('RUNNING')
    await t.call('POST', `/assistant-runs/${run.assistant_run_id}/cancel`)
    const before = (await events(run.assistant_run_id)).total_count
    t.clock.advance(STEP_MS * 20)
    expect((await events(run.assistant_run_id)).total_count).toBe(before)
  })

  it('a finished run: 409 in Griptape format, nothing changed', async () => {
    const res = await t.call('POST', `/assistant-runs/${SEED.runs.supportSucceeded}/cancel`)
    expect(res.status).toBe(409)
    expect(res.body).toEqual({
      type: 'ConflictError',
      errors: [{ field: 'status', message: expect.stringContaining('already SUCCEEDED') }],
    })
    expect((await get(SEED.runs.supportSucceeded)).status).toBe('SUCCEEDED')
  })

  it('an unknown run: 404', async () => {
    const res = await t.call('POST', '/assistant-runs/00000000-0000-4000-8000-000000000000/cancel')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ type: 'NotFoundError', errors: [{ message: 'Assistant run not found.' }] })
  })
})

describe('listing runs', () => {
  it('filters by status (comma-separated or repeated) and pages', async () => {
    const fresh = makeGriptape({ liveSeedRun: false })
    const path = `/assistants/${SEED.assistants.contracts}/runs`
    for (let i = 0; i < 5; i += 1)
      await fresh.call('POST', path, { json: { input: `q${i}`, _mock: { outcome: 'HANG' } } })
    fresh.clock.advance(STEP_MS * 5)
    const running = await fresh.call('GET', `${path}?status=RUNNING&page_size=2&page=2`)
    expect(running.body).toMatchObject({
      pagination: { page_number: 2, page_size: 2, total_count: 5, total_pages: 3, next_page: 3, previous_page: 1 },
    })
    expect((running.body as { assistant_runs: Run[] }).assistant_runs.map((r) => r.input)).toEqual(['q2', 'q1'])
    const both = await fresh.call('GET', `${path}?status=SUCCEEDED,RUNNING`)
    expect((both.body as { pagination: { total_count: number } }).pagination.total_count).toBe(6)
    const repeated = await fresh.call('GET', `${path}?status=SUCCEEDED&status=RUNNING`)
    expect((repeated.body as { pagination: { total_count: number } }).pagination.total_count).toBe(6)
    const none = await fresh.call('GET', `${path}?status=FAILED`)
    expect(none.body).toMatchObject({ assistant_runs: [], pagination: { total_count: 0, total_pages: 0 } })
    await fresh.expectConformant()
    fresh.app.dispose()
  })

  it('refuses unknown statuses and bad pages, a message per field', async () => {
    const res = await t.call('GET', `${support}?status=DONE,RUNNING&page=0&page_size=abc`)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'page', message: 'Must be at least 1.' },
        { field: 'page_size', message: 'Must be a whole number.' },
        { field: 'status', message: expect.stringContaining('Unknown status "DONE"') },
      ],
    })
  })

  it('404 for an unknown assistant', async () => {
    expect((await t.call('GET', '/assistants/nope/runs')).status).toBe(404)
    expect((await t.call('POST', '/assistants/nope/runs', { json: {} })).status).toBe(404)
  })
})

describe('events by page and by id', () => {
  it('offset and limit, next_offset for polling', async () => {
    const id = SEED.runs.supportSucceeded
    const first = await events(id, '?limit=2')
    expect(first).toMatchObject({ count: 2, total_count: 6, next_offset: 2 })
    const rest = await events(id, `?offset=${first.next_offset}&limit=100`)
    expect(rest).toMatchObject({ count: 4, next_offset: 6, offset: 2 })
    const past = await events(id, '?offset=50')
    expect(past).toMatchObject({ count: 0, events: [], next_offset: 6 })
    const one = await t.call('GET', `/events/${rest.events[0]?.event_id}`)
    expect(one.body).toMatchObject({ event_id: rest.events[0]?.event_id, assistant_run_id: id })
  })

  it('bad offset/limit: 400 per field; unknown ids: 404', async () => {
    const res = await t.call('GET', `/assistant-runs/${SEED.runs.supportSucceeded}/events?offset=-1&limit=5000`)
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'offset', message: 'Must be at least 0.' },
        { field: 'limit', message: 'Must be at most 1000.' },
      ],
    })
    expect((await t.call('GET', '/assistant-runs/x/events')).status).toBe(404)
    expect((await t.call('GET', '/events/x')).status).toBe(404)
    expect((await t.call('GET', '/structure-runs/x/events')).status).toBe(404)
  })
})

describe('run input errors: a message per field, nothing stored', () => {
  it('names each bad field, nested _mock fields too', async () => {
    const before = (await t.call('GET', `${support}?page_size=100`)).body as { pagination: { total_count: number } }
    const res = await t.call('POST', support, {
      json: {
        input: 42,
        args: ['ok', 3],
        stream: 'yes',
        thread_id: 'not-a-uuid',
        tool_ids: ['123'],
        _mock: { outcome: 'EXPLODE', chunks: 0, delay_ms: 1.5, colour: 'red' },
      },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: expect.arrayContaining([
        { field: 'input', message: 'Must be a string.' },
        { field: 'args.1', message: 'Must be a string.' },
        { field: 'stream', message: 'Must be true or false.' },
        { field: 'thread_id', message: expect.stringContaining('Must be a UUID') },
        { field: 'tool_ids.0', message: expect.stringContaining('Must be a UUID') },
        { field: '_mock.outcome', message: 'Must be one of: SUCCEEDED, FAILED, ERROR, HANG.' },
        { field: '_mock.chunks', message: 'Must be at least 1.' },
        { field: '_mock.delay_ms', message: 'Must be a whole number.' },
        { field: '_mock.colour', message: 'Unknown field.' },
      ]),
    })
    const after = (await t.call('GET', `${support}?page_size=100`)).body as { pagination: { total_count: number } }
    expect(after.pagination.total_count).toBe(before.pagination.total_count)
  })
})
