/** The seeded demo data answers every list and detail, within the contract, with no typing needed. */
import { afterAll, describe, expect, it } from 'vitest'
import { GRIPTAPE_SEED as SEED } from './app'
import { expectSchema, makeGriptape, STEP_MS } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

interface Run {
  assistant_run_id: string
  status: string
  output?: { type: string; value: string }
  status_detail?: unknown
  completed_at: string | null
}

describe('seed', () => {
  it('has a user in the organization', async () => {
    const res = await t.call('GET', '/users')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      users: [{ user_id: SEED.userId, email: 'avery.chen@example.com', organizations: [SEED.organizationId] }],
    })
  })

  it('has two API keys, one active and one deactivated, without their secrets', async () => {
    const org = await t.call('GET', `/organizations/${SEED.organizationId}/api-keys`)
    expect(org.status).toBe(200)
    const keys = (org.body as { api_keys: Array<{ name: string; active: boolean }> }).api_keys
    expect(keys.map((k) => [k.name, k.active])).toEqual([
      ['Local development', true],
      ['CI pipeline (retired)', false],
    ])
    expect(org.text).not.toContain('gt-seeded')
    const user = await t.call('GET', `/users/${SEED.userId}/api-keys`)
    expect((user.body as { pagination: { total_count: number } }).pagination.total_count).toBe(2)
  })

  it('has three assistants, newest first, paged', async () => {
    const res = await t.call('GET', '/assistants')
    expect(res.body).toMatchObject({
      assistants: [{ name: 'Contract Reviewer' }, { name: 'Release Notes Writer' }, { name: 'Support Concierge' }],
      pagination: { page_number: 1, page_size: 10, total_count: 3, total_pages: 1 },
    })
    const page2 = await t.call('GET', '/assistants?page=2&page_size=2')
    expect(page2.body).toEqual({
      assistants: [expect.objectContaining({ name: 'Support Concierge' })],
      pagination: { page_number: 2, page_size: 2, total_count: 3, total_pages: 2, previous_page: 1 },
    })
  })

  it('has past runs in every final status, consistent with their events', async () => {
    const res = await t.call('GET', `/assistants/${SEED.assistants.support}/runs`)
    const runs = (res.body as { assistant_runs: Run[] }).assistant_runs
    expect(runs.map((r) => r.status)).toEqual(['QUEUED', 'CANCELLED', 'FAILED', 'SUCCEEDED'])
    const release = await t.call('GET', `/assistants/${SEED.assistants.releaseNotes}/runs`)
    expect((release.body as { assistant_runs: Run[] }).assistant_runs.map((r) => r.status)).toEqual([
      'ERROR',
      'SUCCEEDED',
    ])

    const ok = await t.call('GET', `/assistant-runs/${SEED.runs.supportSucceeded}`)
    const okRun = ok.body as Run
    expect(okRun.output?.type).toBe('TextArtifact')
    const events = await t.call('GET', `/assistant-runs/${SEED.runs.supportSucceeded}/events`)
    const list = events.body as {
      events: Array<{ type: string; payload: Record<string, unknown> }>
      total_count: number
    }
    expect(list.events.map((e) => e.type)).toEqual([
      'StartStructureRunEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'TextChunkEvent',
      'FinishStructureRunEvent',
    ])
    const tokens = list.events.filter((e) => e.type === 'TextChunkEvent').map((e) => e.payload.token as string)
    expect(tokens.join('')).toBe(okRun.output?.value)
    expect(list.events.at(-1)?.payload.output_task_output).toEqual(okRun.output)

    const failed = (await t.call('GET', `/assistant-runs/${SEED.runs.supportFailed}`)).body as Run
    expect(failed.output?.type).toBe('ErrorArtifact')
    expect(failed.status_detail).toMatchObject({ error: expect.stringContaining('failed') })
    const error = (await t.call('GET', `/assistant-runs/${SEED.runs.releaseError}/events`)).body as {
      events: Array<{ type: string; origin: string }>
    }
    expect(error.events.at(-1)).toMatchObject({ type: 'AssistantRunErrorEvent', origin: 'SYSTEM' })
    const cancelled = (await t.call('GET', `/assistant-runs/${SEED.runs.supportCancelled}/events`)).body as {
      events: Array<{ type: string }>
    }
    expect(cancelled.events.at(-1)?.type).toBe('AssistantRunCancelledEvent')
  })

  it('keeps seeded event ids from one start to the next', async () => {
    const again = makeGriptape({ liveSeedRun: false })
    const a = await t.call('GET', `/assistant-runs/${SEED.runs.contractsSucceeded}/events`)
    const b = await again.call('GET', `/assistant-runs/${SEED.runs.contractsSucceeded}/events`)
    const ids = (x: unknown) => (x as { events: Array<{ event_id: string }> }).events.map((e) => e.event_id)
    expect(ids(a.body)).toEqual(ids(b.body))
    again.app.dispose()
  })

  it('answers one seeded event by id, with its structure run', async () => {
    const events = (await t.call('GET', `/assistant-runs/${SEED.runs.releaseSucceeded}/events`)).body as {
      events: Array<{ event_id: string }>
    }
    const first = events.events[0]
    const one = await t.call('GET', `/events/${first?.event_id}`)
    expect(one.status).toBe(200)
    expectSchema('GetEventResponseContent', one.body)
    const structureRunId = (one.body as { structure_run_id: string }).structure_run_id
    const viaStructure = await t.call('GET', `/structure-runs/${structureRunId}/events?limit=1`)
    expect(viaStructure.body).toMatchObject({ count: 1, limit: 1, offset: 0, next_offset: 1 })
  })
})

describe('the seeded QUEUED run', () => {
  it('plays out when the app starts (on its clock)', async () => {
    const live = makeGriptape()
    const path = `/assistant-runs/${SEED.runs.supportQueued}`
    expect(((await live.call('GET', path)).body as Run).status).toBe('QUEUED')
    live.clock.advance(STEP_MS)
    expect(((await live.call('GET', path)).body as Run).status).toBe('STARTING')
    live.clock.advance(STEP_MS)
    expect(((await live.call('GET', path)).body as Run).status).toBe('RUNNING')
    live.clock.advance(STEP_MS * 10)
    const done = (await live.call('GET', path)).body as Run
    expect(done.status).toBe('SUCCEEDED')
    expect(done.completed_at).not.toBeNull()
    await live.expectConformant()
    live.app.dispose()
  })
})
