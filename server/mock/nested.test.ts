import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeListSchema, routeSchema } from '../../src/contract/route'
import { messageListSchema, messageSchema, threadSchema } from '../../src/contract/thread'
import { toolListSchema, describeTool } from '../../src/contract/tool'
import { makeTestApi, type TestApi } from './test-helpers'

const A = '/apis/admin/assistants/'
let t: TestApi
beforeAll(async () => {
  t = await makeTestApi()
})
afterAll(async () => {
  await t.expectConformant()
})

describe('tools', () => {
  it('lists the catalogue with call_api as id 12 and documented parameters', async () => {
    const tools = toolListSchema.parse((await t.call('GET', `${A}tools/`)).body)
    const callApi = tools.find((x) => x.id === 12)
    expect(callApi && describeTool(callApi).parameters.map((p) => p.name)).toEqual([
      'api_code',
      'path',
      'method',
      'headers',
      'payload',
    ])
    for (const tool of tools) expect(describeTool(tool).exampleUsage).toBeTruthy()
    expect(tools.some((x) => x.source_assistant === 'demo-conversation-summarizer')).toBe(true)
    expect((await t.call('GET', `${A}tools/12/`)).body).toMatchObject({ id: 12 })
    expect((await t.call('GET', `${A}tools/99/`)).status).toBe(404)
    expect((await t.call('GET', `${A}tools/abc/`)).status).toBe(404)
    expect((await t.call('POST', `${A}tools/`, { json: {} })).status).toBe(405)
  })
})

describe('routes', () => {
  it('CRUD nested under an assistant, with JsonLogic tags', async () => {
    const base = `${A}demo-knowledge-answerer/routes/`
    const created = await t.call('POST', base, {
      json: { tags: { '==': [{ var: 'channel' }, 'email'] }, assistant: 'ignored', id: 5 },
    })
    expect(created.status).toBe(201)
    const route = routeSchema.parse(created.body)
    expect(route.assistant).toBe('demo-knowledge-answerer')
    expect(routeListSchema.parse((await t.call('GET', base)).body).map((r) => r.id)).toContain(route.id)
    const put = await t.call('PUT', `${base}${route.id}/`, { json: {} })
    expect(put.body).toMatchObject({ tags: {} })
    const patch = await t.call('PATCH', `${base}${route.id}/`, { json: { tags: { and: [true, true] } } })
    expect(patch.body).toMatchObject({ tags: { and: [true, true] } })
    expect((await t.call('PATCH', `${base}${route.id}/`, { json: { tags: [1] } })).body).toEqual({
      tags: ['Expected a JSON object.'],
    })
    // DRF ignores fields a serializer does not declare; the rule stays as it was.
    expect((await t.call('PATCH', `${base}${route.id}/`, { json: { foo: 1 } })).body).toMatchObject({
      tags: { and: [true, true] },
    })
    // A route is only reachable under its own assistant.
    expect((await t.call('GET', `${A}demo-routing-assistant/routes/${route.id}/`)).status).toBe(404)
    expect((await t.call('DELETE', `${base}${route.id}/`)).status).toBe(204)
    expect((await t.call('GET', `${base}${route.id}/`)).status).toBe(404)
  })

  it('404 when the assistant does not exist', async () => {
    expect((await t.call('GET', `${A}nobody/routes/`)).body).toEqual({ detail: 'Not found.' })
    expect((await t.call('POST', `${A}nobody/routes/`, { json: { tags: {} } })).status).toBe(404)
  })
})

describe('threads and messages', () => {
  it('CRUD threads; PUT resets, PATCH merges', async () => {
    const base = `${A}demo-reply-suggester/threads/`
    const created = await t.call('POST', base, { json: { user_id: 'agent-1', content: { conversation_id: 'c1' } } })
    expect(created.status).toBe(201)
    const thread = threadSchema.parse(created.body)
    expect(thread).toMatchObject({ assistant: 'demo-reply-suggester', user_id: 'agent-1' })
    const patch = await t.call('PATCH', `${base}${thread.id}/`, { json: { content: { x: 1 } } })
    expect(patch.body).toMatchObject({ user_id: 'agent-1', content: { x: 1 } })
    const put = await t.call('PUT', `${base}${thread.id}/`, { json: { content: { y: 2 } } })
    expect(put.body).toMatchObject({ user_id: null, content: { y: 2 } })
    expect((await t.call('PATCH', `${base}${thread.id}/`, { json: { user_id: 'u'.repeat(256) } })).body).toEqual({
      user_id: ['Ensure this field has no more than 255 characters.'],
    })
    expect((await t.call('DELETE', `${base}${thread.id}/`)).status).toBe(204)
    expect((await t.call('GET', `${base}${thread.id}/`)).status).toBe(404)
  })

  it('messages: any object, role defaults to user, stored with id and created_at', async () => {
    const thread = threadSchema.parse((await t.call('POST', `${A}demo-reply-suggester/threads/`, { json: {} })).body)
    const path = `${A}demo-reply-suggester/threads/${thread.id}/messages/`
    const first = await t.call('POST', path, { json: { content: 'Hello', extra: { a: 1 } } })
    expect(first.status).toBe(201)
    expect(messageSchema.parse(first.body)).toMatchObject({ role: 'user', content: 'Hello', extra: { a: 1 } })
    const tool = await t.call('POST', path, {
      json: {
        role: 'tool',
        name: 'call_api',
        tool_call: { name: 'call_api', arguments: { path: '/x' }, result: { ok: true } },
      },
    })
    expect(tool.body).toMatchObject({ role: 'tool', content: '', tool_call: { name: 'call_api' } })
    expect(new Date((tool.body as { created_at: string }).created_at).toString()).not.toBe('Invalid Date')
    expect((await t.call('POST', path, { json: { role: 'robot' } })).body).toEqual({
      role: ['Must be one of: system, user, assistant, tool.'],
    })
    expect((await t.call('POST', path, { json: 'text' })).status).toBe(400)
    const list = messageListSchema.parse((await t.call('GET', path)).body)
    expect(list.map((m) => m.role)).toEqual(['user', 'tool'])
    expect((await t.call('GET', `${A}demo-reply-suggester/threads/999/messages/`)).status).toBe(404)
  })

  it('seeded threads read like a trace', async () => {
    const messages = messageListSchema.parse(
      (await t.call('GET', `${A}demo-routing-assistant/threads/1/messages/`)).body,
    )
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant'])
  })
})

describe('mock conversations', () => {
  it('lists and reads conversations with a read token', async () => {
    const list = await t.call('GET', '/mock/conversations/')
    expect((list.body as unknown[]).length).toBeGreaterThanOrEqual(5)
    expect((await t.call('GET', '/mock/conversations/669fbd2936688700080849f5/')).body).toMatchObject({
      channel: 'webchat',
    })
    expect((await t.call('GET', '/mock/conversations/nope/')).status).toBe(404)
    expect((await t.call('GET', '/mock/conversations/', { token: null })).status).toBe(401)
  })
})
