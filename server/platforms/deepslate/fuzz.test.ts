/**
 * Property: whatever a client sends (random JSON, bodies shaped like the real
 * ones, JSON nested thousands of levels deep, bytes that are not UTF-8, odd
 * ids and query strings), the mock answers below 500 in Deepslate's format,
 * and afterwards the list and every assistant still answer 200.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../../mock/http/json-depth'
import { SEED_CREATE_BODY } from './seed-example'
import { SEED_IDS } from './seed'
import { ASSISTANTS, makeDeepslate } from './test-helpers'

const t = makeDeepslate()
afterAll(() => t.expectConformant())

const ITEM = `${ASSISTANTS}/${SEED_IDS.afterHours}`
const writes: Array<[string, string]> = [
  ['POST', ASSISTANTS],
  ['PUT', ITEM],
]

const topFields = Object.keys(SEED_CREATE_BODY).concat(['id', '__proto__', 'constructor'])
const paramFields = ['kb_url', 'max_results', 'auth_token', 'target_url', 'secret_key', '__proto__']
const itemType = fc.oneof(fc.constantFrom('kb_search_v2', 'webhook_transcript_ready_v1', 'custom_v1'), fc.string())
const item = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.string(), fc.constant(null)),
    type: itemType,
    parameters: fc.oneof(
      fc.dictionary(fc.constantFrom(...paramFields), fc.jsonValue(), { maxKeys: 4 }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
)
// Mostly valid bodies with a few fields replaced: reaches the nested validators.
const nearlyValid = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...topFields), fc.jsonValue(), { maxKeys: 3 }),
    fc.array(item, { maxLength: 3 }),
    fc.array(item, { maxLength: 3 }),
  )
  .map(([over, extensions, callEventHooks]) => ({ ...SEED_CREATE_BODY, extensions, callEventHooks, ...over }))
const deepJson = fc
  .tuple(fc.constantFrom(...topFields), fc.integer({ min: MAX_JSON_DEPTH - 3, max: 5_000 }), fc.boolean())
  .map(([field, depth, arrays]) => {
    const [open, close] = arrays ? ['[', ']'] : ['{"k":', '}']
    return `{"${field}": ${open.repeat(depth)}1${close.repeat(depth)}}`
  })
const notUtf8 = fc
  .tuple(fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80]), fc.nat(40))
  .map(([bad, at]) => {
    const text = new TextEncoder().encode(JSON.stringify(SEED_CREATE_BODY))
    const i = Math.min(at + 10, text.length - 2)
    return new Uint8Array([...text.slice(0, i), ...bad, ...text.slice(i)])
  })
const body = fc.oneof(
  fc.json().map((text) => ({ text, type: 'application/json' })),
  nearlyValid.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
  deepJson.map((text) => ({ text, type: 'application/json' })),
  notUtf8.map((text) => ({ text, type: 'application/json' })),
  fc
    .tuple(fc.string(), fc.constantFrom('application/json', 'text/plain', 'application/merge-patch+json', ''))
    .map(([text, type]) => ({ text, type })),
)

function expectWrapped(res: { status: number; body: unknown; text: string }) {
  expect(res.status).toBeLessThan(500)
  expect(res.text).not.toContain('could not be processed')
  expect(res.body).toMatchObject({ success: res.status < 300, traceId: expect.any(String) })
}

describe('never a 5xx', () => {
  it.each(writes)('%s %s with any body', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(body, async ({ text, type }) => {
        const headers: Record<string, string> = type ? { 'Content-Type': type } : {}
        expectWrapped(await t.call(method, path, { body: text, headers }))
      }),
      { numRuns: 150 },
    )
  })

  it('any path ids and query string', async () => {
    const segment = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('{vendorId}'))
    await fc.assert(
      fc.asyncProperty(
        segment,
        segment,
        fc.option(segment),
        fc.dictionary(fc.constantFrom('page', 'size', 'sort', 'phoneNumberId', 'x'), fc.string({ maxLength: 20 })),
        fc.constantFrom('GET', 'DELETE', 'PUT', 'POST'),
        async (vendor, org, id, query, method) => {
          const path = `/api/v1/vendors/${encodeURIComponent(vendor)}/organizations/${encodeURIComponent(org)}/assistants${
            id === null ? '' : `/${encodeURIComponent(id)}`
          }?${new URLSearchParams(query).toString()}`
          const json = method === 'PUT' || method === 'POST' ? SEED_CREATE_BODY : undefined
          expectWrapped(await t.call(method, path, { json }))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('the list query on the real tenant', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer().map(String),
      fc.constantFrom('name,desc', 'id', ',', ''),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('page', 'size', 'sort', 'phoneNumberId'), value), { maxLength: 5 }),
        async (pairs) => {
          const res = await t.call('GET', `${ASSISTANTS}?${new URLSearchParams(pairs).toString()}`)
          expectWrapped(res)
          expect([200, 400]).toContain(res.status)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('afterwards the list and every assistant still answer 200', async () => {
    const list = await t.call('GET', `${ASSISTANTS}?size=100`)
    expect(list.status).toBe(200)
    for (const { id } of (list.body as { data: Array<{ id: string }> }).data)
      expect((await t.call('GET', `${ASSISTANTS}/${id}`)).status).toBe(200)
  })
})
