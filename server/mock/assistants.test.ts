import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assistantListSchema, assistantSchema } from '../../src/contract/assistant'
import { makeTestApi, type TestApi } from './test-helpers'

const A = '/apis/admin/assistants/'
const valid = { code: 'test-assistant', name: 'Test', instructions: 'Be helpful.', tools: [] }

let t: TestApi
beforeAll(async () => {
  t = await makeTestApi()
})
afterAll(async () => {
  await t.expectConformant()
})

describe('assistants CRUD', () => {
  it('lists the seeded assistants', async () => {
    const res = await t.call('GET', A)
    expect(res.status).toBe(200)
    const list = assistantListSchema.parse(res.body)
    expect(list.map((a) => a.code)).toContain('demo-routing-assistant')
  })

  it('creates (201), reads, updates, deletes (204), then 404', async () => {
    const created = await t.call('POST', A, { json: { ...valid, temperature: 0.7, top_p: '0.9', tools: [12] } })
    expect(created.status).toBe(201)
    const a = assistantSchema.parse(created.body)
    expect(a).toMatchObject({
      code: 'test-assistant',
      temperature: '0.70',
      top_p: '0.90',
      tools: [12],
      model: 'gpt-4o',
    })
    expect(JSON.parse(a.tools_json ?? '')).toEqual([expect.objectContaining({ name: 'call_api' })])

    expect((await t.call('GET', `${A}test-assistant/`)).status).toBe(200)
    const patched = await t.call('PATCH', `${A}test-assistant/`, { json: { name: 'Renamed' } })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ name: 'Renamed', temperature: '0.70', tools: [12] })

    expect((await t.call('DELETE', `${A}test-assistant/`)).status).toBe(204)
    expect(await t.call('GET', `${A}test-assistant/`)).toMatchObject({ status: 404, body: { detail: 'Not found.' } })
    expect((await t.call('DELETE', `${A}test-assistant/`)).status).toBe(404)
    expect((await t.call('PATCH', `${A}nope/`, { json: {} })).status).toBe(404)
  })

  it('PUT replaces: required fields needed, absent optional fields reset; PATCH merges', async () => {
    await t.call('POST', A, { json: { ...valid, code: 'put-patch', model: 'gpt-4', temperature: 0.5 } })
    const partialPut = await t.call('PUT', `${A}put-patch/`, { json: { name: 'Only name' } })
    expect(partialPut.status).toBe(400)
    expect(partialPut.body).toMatchObject({
      code: ['This field is required.'],
      instructions: ['This field is required.'],
      tools: ['This field is required.'],
    })
    const put = await t.call('PUT', `${A}put-patch/`, { json: { ...valid, code: 'put-patch', name: 'Replaced' } })
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({ name: 'Replaced', model: 'gpt-4o', temperature: '0.00' })
    const patch = await t.call('PATCH', `${A}put-patch/`, { json: { temperature: '0.25' } })
    expect(patch.body).toMatchObject({ name: 'Replaced', temperature: '0.25' })
  })

  it('ignores read-only fields echoed back and unknown fields, as DRF does', async () => {
    const current = (await t.call('GET', `${A}demo-reply-suggester/`)).body as Record<string, unknown>
    const echoed = await t.call('PUT', `${A}demo-reply-suggester/`, { json: { ...current, id: 999, tools_json: 'x' } })
    expect(echoed.status).toBe(200)
    expect(echoed.body).toMatchObject({ id: current.id })
    const unknown = await t.call('PATCH', `${A}demo-reply-suggester/`, { json: { colour: 'blue', name: 'Tinted' } })
    expect(unknown).toMatchObject({ status: 200, body: { name: 'Tinted' } })
    expect(unknown.body).not.toHaveProperty('colour')
  })

  it('with strictFields (MOCK_STRICT_FIELDS=1), rejects unknown fields by name and stores nothing', async () => {
    const strict = await makeTestApi({ strictFields: true })
    const before = (await strict.call('GET', `${A}demo-reply-suggester/`)).body
    const unknown = await strict.call('PATCH', `${A}demo-reply-suggester/`, { json: { colour: 'blue', name: 'X' } })
    expect(unknown).toMatchObject({ status: 400, body: { colour: ['Unknown field.'] } })
    expect((await strict.call('GET', `${A}demo-reply-suggester/`)).body).toEqual(before)
    await strict.expectConformant()
  })

  it('renaming the code keeps routes and threads attached', async () => {
    await t.call('POST', A, { json: { ...valid, code: 'rename-me' } })
    await t.call('POST', `${A}rename-me/routes/`, { json: { tags: { '==': [1, 1] } } })
    const renamed = await t.call('PATCH', `${A}rename-me/`, { json: { code: 'renamed' } })
    expect(renamed.body).toMatchObject({ code: 'renamed' })
    const routes = await t.call('GET', `${A}renamed/routes/`)
    expect(routes.body).toEqual([expect.objectContaining({ assistant: 'renamed' })])
  })

  it('deleting an assistant deletes its routes and threads', async () => {
    await t.call('POST', A, { json: { ...valid, code: 'cascade' } })
    await t.call('POST', `${A}cascade/routes/`, { json: { tags: {} } })
    const thread = await t.call('POST', `${A}cascade/threads/`, { json: { content: {} } })
    const threadId = (thread.body as { id: number }).id
    await t.call('POST', `${A}cascade/threads/${threadId}/messages/`, { json: { content: 'hi' } })
    await t.call('DELETE', `${A}cascade/`)
    await t.call('POST', A, { json: { ...valid, code: 'cascade' } })
    expect((await t.call('GET', `${A}cascade/routes/`)).body).toEqual([])
    expect((await t.call('GET', `${A}cascade/threads/`)).body).toEqual([])
    expect((await t.call('GET', `${A}cascade/threads/${threadId}/messages/`)).status).toBe(404)
  })

  it('answers 405 for a method the path does not have, and 404 without the trailing slash', async () => {
    expect((await t.call('DELETE', A)).status).toBe(405)
    expect((await t.call('GET', '/apis/admin/assistants')).status).toBe(404)
  })
})

describe('assistant field validation', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, string[]>]> = [
    [
      'code pattern',
      { code: 'Bad Code!' },
      { code: ['Use only lowercase letters, digits and hyphens (a-z, 0-9, -).'] },
    ],
    ['code too short', { code: 'ab' }, { code: ['Ensure this field has at least 3 characters.'] }],
    ['code too long', { code: 'a'.repeat(256) }, { code: ['Ensure this field has no more than 255 characters.'] }],
    ['code unique', { code: 'demo-routing-assistant' }, { code: ['assistant with this code already exists.'] }],
    ['name blank', { name: '' }, { name: ['This field may not be blank.'] }],
    ['model enum', { model: 'gpt-5' }, { model: ['"gpt-5" is not a valid choice.'] }],
    ['temperature range', { temperature: 1.5 }, { temperature: ['Ensure this value is between 0 and 1.'] }],
    [
      'temperature step',
      { temperature: '0.123' },
      { temperature: ['Ensure that there are no more than 2 decimal places.'] },
    ],
    ['top_p not a number', { top_p: 'high' }, { top_p: ['A valid number is required.'] }],
    ['tool ids exist', { tools: [12, 99] }, { tools: ['Invalid pk "99" - object does not exist.'] }],
    ['tool ids integers', { tools: ['x'] }, { 'tools.0': ['A valid integer is required.'] }],
    ['boolean flags', { response_format_json: 'yes' }, { response_format_json: ['Must be a valid boolean.'] }],
  ]
  it.each(cases)('%s', async (_name, override, expected) => {
    const res = await t.call('POST', A, { json: { ...valid, code: 'field-check', ...override } })
    expect(res.status).toBe(400)
    expect(res.body).toEqual(expected)
  })

  it('reports every failing field at once, including database rules', async () => {
    const res = await t.call('POST', A, { json: { code: 'demo-routing-assistant', tools: [99] } })
    expect(res.body).toEqual({
      code: ['assistant with this code already exists.'],
      name: ['This field is required.'],
      instructions: ['This field is required.'],
      tools: ['Invalid pk "99" - object does not exist.'],
    })
  })

  it("accepts the guide's numbers and answers strings", async () => {
    const res = await t.call('POST', A, { json: { ...valid, code: 'numbers', temperature: 0.0, top_p: 1.0 } })
    expect(res.body).toMatchObject({ temperature: '0.00', top_p: '1.00' })
  })

  it('answers bad JSON, wrong media types and non-object bodies with clear 4xx', async () => {
    const bad = await t.call('POST', A, { body: '{"code": ', headers: { 'Content-Type': 'application/json' } })
    expect(bad.status).toBe(400)
    expect((bad.body as { detail: string }).detail).toMatch(/^JSON parse error - /)
    const plain = await t.call('POST', A, { body: 'hello', headers: { 'Content-Type': 'text/plain' } })
    expect(plain).toMatchObject({ status: 415, body: { detail: 'Unsupported media type "text/plain" in request.' } })
    const list = await t.call('POST', A, { json: [1, 2] })
    expect(list).toMatchObject({ status: 400, body: { non_field_errors: ['Invalid data. Expected a JSON object.'] } })
    const empty = await t.call('POST', A, { headers: { 'Content-Type': 'application/json' } })
    expect(empty.body).toMatchObject({ code: ['This field is required.'] })
  })
})
