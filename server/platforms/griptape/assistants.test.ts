/** Assistants: CRUD, paging, per-field errors, nothing stored on rejection, 404s. */
import { afterAll, describe, expect, it } from 'vitest'
import { GRIPTAPE_SEED as SEED } from './app'
import { makeGriptape } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

const total = async () =>
  ((await t.call('GET', '/assistants')).body as { pagination: { total_count: number } }).pagination.total_count

describe('assistants', () => {
  it('create, get, update, delete', async () => {
    const created = await t.call('POST', '/assistants', {
      json: {
        name: 'Onboarding Guide',
        input: 'Welcome new customers.',
        tool_ids: ['aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'],
      },
    })
    expect(created.status).toBe(201)
    const a = created.body as { assistant_id: string; created_by: string }
    expect(created.body).toMatchObject({
      name: 'Onboarding Guide',
      description: '',
      organization_id: SEED.organizationId,
      created_by: SEED.userId,
      knowledge_base_ids: [],
      tool_ids: ['aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'],
    })
    expect((await t.call('GET', `/assistants/${a.assistant_id}`)).body).toEqual(created.body)
    const first = ((await t.call('GET', '/assistants?page_size=1')).body as { assistants: Array<{ name: string }> })
      .assistants[0]
    expect(first?.name).toBe('Onboarding Guide')

    t.clock.advance(60_000)
    const updated = await t.call('PATCH', `/assistants/${a.assistant_id}`, {
      json: { description: 'Greets new customers', model: 'gpt-4o-mini', tool_ids: [] },
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ name: 'Onboarding Guide', description: 'Greets new customers', tool_ids: [] })
    const u = updated.body as { updated_at: string; created_at: string }
    expect(u.updated_at > u.created_at).toBe(true)

    const run = await t.call('POST', `/assistants/${a.assistant_id}/runs`, { json: { _mock: { outcome: 'HANG' } } })
    const runId = (run.body as { assistant_run_id: string }).assistant_run_id
    expect((await t.call('DELETE', `/assistants/${a.assistant_id}`)).status).toBe(204)
    expect((await t.call('GET', `/assistants/${a.assistant_id}`)).status).toBe(404)
    expect((await t.call('GET', `/assistant-runs/${runId}`)).status).toBe(404)
    expect((await t.call('DELETE', `/assistants/${a.assistant_id}`)).status).toBe(404)
  })

  it('refuses bad input with a message per field and stores nothing', async () => {
    const before = await total()
    const res = await t.call('POST', '/assistants', {
      json: { name: '', description: 5, ruleset_ids: 'x', model: 'm'.repeat(201), colour: 'blue' },
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'name', message: 'Must not be empty.' },
        { field: 'description', message: 'Must be a string.' },
        { field: 'model', message: 'Must be at most 200 characters.' },
        { field: 'ruleset_ids', message: 'Must be a list of UUIDs.' },
      ],
    })
    expect((await t.call('POST', '/assistants', { json: {} })).body).toEqual({
      type: 'ValidationError',
      errors: [{ field: 'name', message: 'This field is required.' }],
    })
    expect(await total()).toBe(before)
  })

  it('an update that fails changes nothing', async () => {
    const path = `/assistants/${SEED.assistants.contracts}`
    const before = (await t.call('GET', path)).body
    const res = await t.call('PATCH', path, { json: { name: 'Renamed', tool_ids: ['nope'] } })
    expect(res.body).toEqual({
      type: 'ValidationError',
      errors: [{ field: 'tool_ids.0', message: expect.stringContaining('Must be a UUID') }],
    })
    expect((await t.call('GET', path)).body).toEqual(before)
  })

  it('strictFields names unknown fields', async () => {
    const strict = makeGriptape({ strictFields: true, liveSeedRun: false })
    const res = await strict.call('POST', '/assistants', { json: { name: 'x', colour: 'blue' } })
    expect(res.body).toEqual({ type: 'ValidationError', errors: [{ field: 'colour', message: 'Unknown field.' }] })
    strict.app.dispose()
  })

  it('bodies that are not a JSON object', async () => {
    const array = await t.call('POST', '/assistants', { json: [1] })
    expect(array.body).toEqual({
      type: 'ValidationError',
      errors: [{ message: 'The request body must be a json object.' }],
    })
    const broken = await t.call('POST', '/assistants', {
      body: '{"name": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(broken.status).toBe(400)
    expect(broken.body).toMatchObject({ type: 'BadRequestError' })
    const form = await t.call('POST', '/assistants', {
      body: 'name=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form.body).toEqual({
      type: 'BadRequestError',
      errors: [{ message: 'Unsupported Content-Type "application/x-www-form-urlencoded": send application/json.' }],
    })
    const deep = await t.call('POST', '/assistants', {
      body: `{"name": ${'['.repeat(100)}${']'.repeat(100)}}`,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(deep.body).toMatchObject({
      type: 'BadRequestError',
      errors: [{ message: expect.stringContaining('64 levels') }],
    })
    const bytes = new TextEncoder().encode('{"name": "#"}')
    bytes[10] = 0xff
    const notUtf8 = await t.call('POST', '/assistants', {
      body: bytes,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(notUtf8.body).toEqual({
      type: 'BadRequestError',
      errors: [{ message: 'The request body is not valid UTF-8.' }],
    })
  })

  it('paging: bad values per field, pages past the end are empty', async () => {
    const bad = await t.call('GET', '/assistants?page=1.5&page_size=101')
    expect(bad.body).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'page', message: 'Must be a whole number.' },
        { field: 'page_size', message: 'Must be at most 100.' },
      ],
    })
    const past = await t.call('GET', '/assistants?page=9&page_size=2')
    expect(past.body).toMatchObject({
      assistants: [],
      pagination: { page_number: 9, total_pages: 2, previous_page: 2 },
    })
  })

  it('unknown paths answer 404 in Griptape format', async () => {
    const res = await t.call('GET', '/nothing-here')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ type: 'NotFoundError', errors: [{ message: 'Resource not found.' }] })
  })
})
