/**
 * Property: whatever a client sends to a write endpoint (random JSON, bodies
 * shaped like the real ones, unknown fields, JSON nested thousands of levels
 * deep, bytes that are not UTF-8), the mock answers below 500, and afterwards
 * every list still answers 200.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from './http/json-depth'
import { makeTestApi, type TestApi } from './test-helpers'

let t: TestApi
let threadPath: string
beforeAll(async () => {
  t = await makeTestApi()
  const thread = await t.call('POST', '/apis/admin/assistants/demo-reply-suggester/threads/', { json: {} })
  threadPath = `/apis/admin/assistants/demo-reply-suggester/threads/${(thread.body as { id: number }).id}/`
})

const endpoints: Array<[string, () => string]> = [
  ['POST', () => '/apis/admin/assistants/'],
  ['PUT', () => '/apis/admin/assistants/demo-reply-suggester/'],
  ['PATCH', () => '/apis/admin/assistants/demo-reply-suggester/'],
  ['POST', () => '/apis/admin/assistants/apis/'],
  ['PUT', () => '/apis/admin/assistants/apis/demo-crm/'],
  ['PATCH', () => '/apis/admin/assistants/apis/demo-crm/'],
  ['POST', () => '/apis/admin/assistants/demo-reply-suggester/routes/'],
  ['PUT', () => '/apis/admin/assistants/demo-routing-assistant/routes/1/'],
  ['PATCH', () => '/apis/admin/assistants/demo-routing-assistant/routes/1/'],
  ['POST', () => '/apis/admin/assistants/demo-reply-suggester/threads/'],
  ['PUT', () => threadPath],
  ['PATCH', () => threadPath],
  ['POST', () => `${threadPath}messages/`],
  ['POST', () => '/api/v2/assistants/demo-conversation-summarizer/evaluate'],
  ['POST', () => '/oauth/token/'],
]

// Objects shaped like the real bodies, with random values, reach deeper than random JSON alone.
const fieldNames = [
  'code',
  'name',
  'instructions',
  'model',
  'temperature',
  'top_p',
  'tools',
  'url',
  'headers',
  'tags',
  'content',
  'user_id',
  'role',
  'input',
  'transcript',
  'tool_call',
  'id',
  '__proto__',
  'constructor',
]
const shaped = fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue(), { maxKeys: 6 })
// Unknown fields next to real ones: ignored, as DRF does, so these often succeed.
const withUnknown = fc
  .tuple(shaped, fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { minKeys: 1, maxKeys: 4 }))
  .map(([known, unknown]) => ({ ...unknown, ...known }))
// Deep nesting of arrays and objects, around the limit and far past it, under a real field name.
const deepJson = fc
  .tuple(fc.constantFrom(...fieldNames), fc.integer({ min: MAX_JSON_DEPTH - 2, max: 5_000 }), fc.boolean())
  .map(([field, depth, arrays]) => {
    const [open, close] = arrays ? ['[', ']'] : ['{"k":', '}']
    return `{"${field}": ${open.repeat(depth)}1${close.repeat(depth)}}`
  })
const JSON_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', '']
// Random bytes, and valid JSON with a broken UTF-8 sequence spliced into a string.
const notUtf8 = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  fc
    .tuple(shaped, fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80]))
    .map(([value, bad]) => {
      const text = new TextEncoder().encode(JSON.stringify({ ...value, name: '#' }))
      const at = text.indexOf(0x23) // the '#'
      return new Uint8Array([...text.slice(0, at), ...bad, ...text.slice(at + 1)])
    }),
)
const body = fc.oneof(
  fc.json().map((text) => ({ text, type: 'application/json' })),
  shaped.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  withUnknown.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  deepJson.map((text) => ({ text, type: 'application/json' })),
  fc.tuple(notUtf8, fc.constantFrom(...JSON_TYPES)).map(([text, type]) => ({ text, type })),
  fc.string().map((text) => ({ text, type: 'application/json' })),
  fc
    .tuple(
      fc.string(),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/xml'),
    )
    .map(([text, type]) => ({ text, type })),
)

describe('never a 5xx', () => {
  it.each(endpoints)('%s %s', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async ({ text, type }, streamed) => {
        const headers: Record<string, string> = {}
        if (type) headers['Content-Type'] = type
        if (streamed) headers.Accept = 'text/event-stream'
        const res = await t.call(method, path(), { body: text, headers })
        expect(res.status).toBeLessThan(500)
        // The app's last-resort handler also answers 4xx; reaching it would mean an unhandled bug.
        expect(res.text).not.toContain('The request could not be processed')
      }),
      { numRuns: 120 },
    )
  })

  it('afterwards, every list still answers 200', async () => {
    const assistants = await t.call('GET', '/apis/admin/assistants/')
    expect(assistants.status).toBe(200)
    expect((await t.call('GET', '/apis/admin/assistants/apis/')).status).toBe(200)
    for (const { code } of assistants.body as Array<{ code: string }>) {
      const threads = await t.call('GET', `/apis/admin/assistants/${code}/threads/`)
      expect(threads.status).toBe(200)
      expect((await t.call('GET', `/apis/admin/assistants/${code}/routes/`)).status).toBe(200)
      for (const { id } of threads.body as Array<{ id: number }>) {
        expect((await t.call('GET', `/apis/admin/assistants/${code}/threads/${id}/messages/`)).status).toBe(200)
      }
    }
  })

  it('responses stayed within the contract', async () => {
    await t.expectConformant()
  })
})
