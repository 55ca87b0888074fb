/** DRF ignores fields a serializer does not declare; the mock does too, unless strictFields is on. */
import { beforeAll, describe, expect, it } from 'vitest'
import { optionsFromEnv, resolveOptions } from './options'
import { makeTestApi, type TestApi } from './test-helpers'

const A = '/apis/admin/assistants/'
let t: TestApi
let strict: TestApi
beforeAll(async () => {
  t = await makeTestApi()
  strict = await makeTestApi({ strictFields: true })
})

// JSON.stringify drops a literal `__proto__` key of an object literal; write it as JSON text.
const withExtra = (body: Record<string, unknown>) =>
  JSON.stringify({ ...body, colour: 'blue', nested: { deep: [1, 2] }, constructor: 'x' }).replace(
    /^\{/,
    '{"__proto__": {"polluted": true}, ',
  )

const writes: Array<[string, string, () => string, Record<string, unknown>]> = [
  ['assistant create', 'POST', () => A, { code: 'extra-fields', name: 'E', instructions: 'x', tools: [] }],
  ['assistant patch', 'PATCH', () => `${A}demo-reply-suggester/`, { name: 'Patched' }],
  ['api create', 'POST', () => `${A}apis/`, { code: 'extra-api', url: 'https://x.example.com', headers: '{}' }],
  ['api put', 'PUT', () => `${A}apis/demo-crm/`, { code: 'demo-crm', url: 'https://crm.example.com', headers: '{}' }],
  ['route create', 'POST', () => `${A}demo-reply-suggester/routes/`, { tags: { '==': [1, 1] } }],
  ['thread create', 'POST', () => `${A}demo-reply-suggester/threads/`, { content: { a: 1 } }],
]

describe('unknown fields', () => {
  it.each(writes)('%s: ignored, the declared fields stored', async (_name, method, path, body) => {
    const res = await t.call(method, path(), { body: withExtra(body), headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBeLessThan(300)
    expect(res.body).toMatchObject(body)
    for (const key of ['colour', 'nested', 'constructor']) expect(Object.hasOwn(res.body as object, key)).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each(writes)('%s: with strictFields, a 400 naming each one', async (_name, method, path, body) => {
    const res = await strict.call(method, path(), {
      body: withExtra({ ...body, code: (body.code as string | undefined)?.replace('extra', 'strict') ?? body.code }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({
      colour: ['Unknown field.'],
      nested: ['Unknown field.'],
      constructor: ['Unknown field.'],
    })
    // An object literal's `__proto__` would set a prototype, not a key: check the own key instead.
    expect(Object.getOwnPropertyDescriptor(res.body, '__proto__')?.value).toEqual(['Unknown field.'])
  })

  it('messages keep extra fields: there, any JSON object is the message', async () => {
    const thread = await t.call('POST', `${A}demo-reply-suggester/threads/`, { json: {} })
    const path = `${A}demo-reply-suggester/threads/${(thread.body as { id: number }).id}/messages/`
    expect((await t.call('POST', path, { json: { content: 'hi', colour: 'blue' } })).body).toMatchObject({
      colour: 'blue',
    })
  })

  it('MOCK_STRICT_FIELDS=1 turns strict mode on; off by default', () => {
    expect(resolveOptions(optionsFromEnv({ MOCK_STRICT_FIELDS: '1' })).strictFields).toBe(true)
    expect(resolveOptions(optionsFromEnv({})).strictFields).toBe(false)
  })

  it('every answer stayed within the contract', async () => {
    await t.expectConformant()
    await strict.expectConformant()
  })
})

describe('request bodies that are not UTF-8', () => {
  const bytes = (text: string, bad: number[]) => new Uint8Array([...new TextEncoder().encode(text), ...bad])

  it('JSON: a 400 parse error, nothing stored', async () => {
    const before = (await t.call('GET', `${A}apis/`)).body
    const res = await t.call('POST', `${A}apis/`, {
      body: bytes(
        '{"code": "latin", "url": "https://x.example.com", "headers": "{\\"X\\": \\"',
        [0xe9, 0x22, 0x7d, 0x22, 0x7d],
      ),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    })
    expect(res.status).toBe(400)
    expect((res.body as { detail: string }).detail).toMatch(/^JSON parse error - /)
    expect((await t.call('GET', `${A}apis/`)).body).toEqual(before)
  })

  it("form-encoded: read as Latin-1, as Django's QueryDict does for misbehaving clients", async () => {
    const res = await t.call('POST', `${A}apis/`, {
      body: bytes(
        'code=latin-form&url=https%3A%2F%2Fx.example.com&headers=%7B%22X%22%3A%22caf',
        [0xe9, 0x25, 0x32, 0x32, 0x25, 0x37, 0x44],
      ),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res).toMatchObject({ status: 201, body: { headers: '{"X":"café"}' } })
  })
})
