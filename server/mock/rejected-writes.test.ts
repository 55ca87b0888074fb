/**
 * Nothing is stored unless the request is valid: for each writable resource,
 * every rejected request (deep JSON, invalid UTF-8, an invalid field, a broken
 * body) leaves every list answer exactly as it was, and uses up no id.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from './http/json-depth'
import { makeTestApi, type TestApi } from './test-helpers'

const A = '/apis/admin/assistants/'
const ASSISTANT = 'demo-reply-suggester'
let t: TestApi
let threadPath: string

/** Every list the Admin API answers, in full: the state as a client can see it. */
async function snapshot(): Promise<unknown> {
  const assistants = (await t.call('GET', A)).body as Array<{ code: string }>
  const nested: Record<string, unknown> = {}
  for (const { code } of assistants) {
    const threads = (await t.call('GET', `${A}${code}/threads/`)).body as Array<{ id: number }>
    nested[code] = {
      routes: (await t.call('GET', `${A}${code}/routes/`)).body,
      threads,
      messages: await Promise.all(
        threads.map(async (th) => (await t.call('GET', `${A}${code}/threads/${th.id}/messages/`)).body),
      ),
    }
  }
  return { assistants, apis: (await t.call('GET', `${A}apis/`)).body, nested }
}

function nest(depth: number): string {
  return '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1)
}
const deep = (field: string, depth = 10_000) => `{"${field}": ${nest(depth)}}`
const INVALID_UTF8 = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) // {"n":"\xff\xfe"}

interface Bad {
  name: string
  body: string | Uint8Array
  type?: string
}
const broken: Bad[] = [
  { name: 'invalid UTF-8', body: INVALID_UTF8 },
  { name: 'truncated JSON', body: '{"tags": {' },
  { name: 'a list instead of an object', body: '[1, 2]' },
  { name: 'an unsupported media type', body: 'tags=1', type: 'text/plain' },
]

const cases: Array<{ resource: string; method: string; path: () => string; bad: Bad[] }> = [
  {
    resource: 'assistants',
    method: 'POST',
    path: () => A,
    bad: [
      { name: 'deep JSON in an unknown field', body: deep('extra') },
      { name: 'an invalid field', body: JSON.stringify({ code: 'ok-code', name: '', instructions: 'x', tools: [] }) },
      { name: 'an unknown tool', body: JSON.stringify({ code: 'ok-code', name: 'N', instructions: 'x', tools: [99] }) },
      ...broken,
    ],
  },
  {
    resource: 'assistants',
    method: 'PATCH',
    path: () => `${A}${ASSISTANT}/`,
    bad: [
      { name: 'deep JSON', body: deep('name') },
      { name: 'a valid field next to an invalid one', body: JSON.stringify({ name: 'Changed', temperature: 3 }) },
      { name: 'a taken code', body: JSON.stringify({ code: 'demo-routing-assistant' }) },
      ...broken,
    ],
  },
  {
    resource: 'apis',
    method: 'POST',
    path: () => `${A}apis/`,
    bad: [
      { name: 'deep JSON', body: deep('headers') },
      { name: 'a bad URL', body: JSON.stringify({ code: 'new-api', url: 'javascript:alert(1)', headers: '{}' }) },
      {
        name: 'headers not a JSON object',
        body: JSON.stringify({ code: 'new-api', url: 'https://a.example', headers: '[]' }),
      },
      ...broken,
    ],
  },
  {
    resource: 'apis',
    method: 'PUT',
    path: () => `${A}apis/demo-crm/`,
    bad: [
      { name: 'deep JSON', body: deep('url') },
      {
        name: 'an invalid URL host',
        body: JSON.stringify({ code: 'demo-crm', url: 'http://-bad-.com', headers: '{}' }),
      },
      {
        name: 'form-encoded with a bad URL',
        body: 'code=demo-crm&url=gopher%3A%2F%2Fx.com&headers=%7B%7D',
        type: 'application/x-www-form-urlencoded',
      },
      ...broken,
    ],
  },
  {
    resource: 'routes',
    method: 'POST',
    path: () => `${A}${ASSISTANT}/routes/`,
    bad: [
      { name: 'deep JSON in tags', body: deep('tags') },
      { name: `tags one level past ${MAX_JSON_DEPTH}`, body: `{"tags": ${nest(MAX_JSON_DEPTH)}}` },
      { name: 'tags not an object', body: JSON.stringify({ tags: [1] }) },
      ...broken,
    ],
  },
  {
    resource: 'routes',
    method: 'PUT',
    path: () => `${A}demo-routing-assistant/routes/1/`,
    bad: [
      { name: 'deep JSON in tags', body: deep('tags') },
      { name: 'tags a string', body: JSON.stringify({ tags: 'x' }) },
      ...broken,
    ],
  },
  {
    resource: 'threads',
    method: 'POST',
    path: () => `${A}${ASSISTANT}/threads/`,
    bad: [
      { name: 'deep JSON in content', body: deep('content') },
      { name: 'a user_id too long', body: JSON.stringify({ user_id: 'u'.repeat(256), content: {} }) },
      ...broken,
    ],
  },
  {
    resource: 'threads',
    method: 'PATCH',
    path: () => threadPath,
    bad: [
      { name: 'deep JSON in content', body: deep('content') },
      { name: 'valid content next to an invalid user_id', body: JSON.stringify({ content: { x: 1 }, user_id: 5 }) },
      ...broken,
    ],
  },
  {
    resource: 'messages',
    method: 'POST',
    path: () => `${threadPath}messages/`,
    bad: [
      { name: 'deep JSON in an extra field', body: deep('extra') },
      { name: 'an unknown role', body: JSON.stringify({ role: 'robot', content: 'hi' }) },
      { name: 'content not a string', body: JSON.stringify({ content: { text: 'hi' } }) },
      ...broken,
    ],
  },
]

beforeAll(async () => {
  t = await makeTestApi()
  const thread = await t.call('POST', `${A}${ASSISTANT}/threads/`, { json: { content: { x: 0 } } })
  threadPath = `${A}${ASSISTANT}/threads/${(thread.body as { id: number }).id}/`
  await t.call('POST', `${threadPath}messages/`, { json: { content: 'first' } })
})

describe('a rejected request stores nothing', () => {
  for (const { resource, method, path, bad } of cases) {
    it.each(bad)(`${resource}: ${method} with $name`, async ({ body, type }) => {
      const before = await snapshot()
      const res = await t.call(method, path(), {
        body: body as string,
        headers: { 'Content-Type': type ?? 'application/json' },
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(await snapshot()).toEqual(before)
    })
  }

  it('uses up no ids: the next create gets the id it would have had', async () => {
    const probe = await t.call('POST', `${A}${ASSISTANT}/routes/`, { json: { tags: {} } })
    await t.call('DELETE', `${A}${ASSISTANT}/routes/${(probe.body as { id: number }).id}/`)
    await t.call('POST', `${A}${ASSISTANT}/routes/`, {
      body: deep('tags'),
      headers: { 'Content-Type': 'application/json' },
    })
    await t.call('POST', `${A}${ASSISTANT}/routes/`, { json: { tags: [] } })
    const next = await t.call('POST', `${A}${ASSISTANT}/routes/`, { json: { tags: {} } })
    expect((next.body as { id: number }).id).toBe((probe.body as { id: number }).id + 1)
  })

  it(`accepts JSON nested exactly ${MAX_JSON_DEPTH} levels and answers it back`, async () => {
    // The body itself is one level, so tags may nest one level less.
    const res = await t.call('POST', `${A}${ASSISTANT}/routes/`, {
      body: `{"tags": ${nest(MAX_JSON_DEPTH - 1)}}`,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(res.status).toBe(201)
    expect((await t.call('GET', `${A}${ASSISTANT}/routes/`)).status).toBe(200)
  })

  it('answers deep JSON and invalid UTF-8 in the shape of DRF parse errors', async () => {
    const headers = { 'Content-Type': 'application/json' }
    const tooDeep = await t.call('POST', `${A}${ASSISTANT}/routes/`, { body: deep('tags'), headers })
    expect(tooDeep).toMatchObject({
      status: 400,
      body: { detail: `JSON parse error - Nesting is deeper than ${MAX_JSON_DEPTH} levels.` },
    })
    const bytes = await t.call('POST', `${A}${ASSISTANT}/routes/`, { body: INVALID_UTF8, headers })
    expect(bytes.status).toBe(400)
    expect((bytes.body as { detail: string }).detail).toMatch(/^JSON parse error - 'utf-8' codec can't decode/)
  })

  it('every answer stayed within the contract', async () => {
    await t.expectConformant()
  })
})
