/**
 * Property: whatever a client sends (random JSON, bodies shaped like the real
 * ones, deep nesting, bytes that are not UTF-8, odd query strings), the mock
 * answers below 500, a rejected request stores nothing, and every answer stays
 * within the contract.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../../mock/http/json-depth'
import { GRIPTAPE_SEED as SEED } from './app'
import { makeGriptape } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

const structureRun = async () => {
  const events = (await t.call('GET', `/assistant-runs/${SEED.runs.supportSucceeded}/events?limit=1`)).body as {
    events: Array<{ event_id: string }>
  }
  const event = (await t.call('GET', `/events/${events.events[0]?.event_id}`)).body as { structure_run_id: string }
  return event.structure_run_id
}

const writes: Array<[string, string, () => Promise<string>]> = [
  ['POST /assistants', 'POST', async () => '/assistants'],
  ['PATCH /assistants/{id}', 'PATCH', async () => `/assistants/${SEED.assistants.releaseNotes}`],
  ['POST /assistants/{id}/runs', 'POST', async () => `/assistants/${SEED.assistants.support}/runs`],
  ['POST /organizations/{id}/api-keys', 'POST', async () => `/organizations/${SEED.organizationId}/api-keys`],
  ['POST /users/{id}/api-keys', 'POST', async () => `/users/${SEED.userId}/api-keys`],
  ['PATCH /api-keys/{id}', 'PATCH', async () => `/api-keys/${SEED.apiKeys.ci}`],
  ['POST /structure-runs/{id}/events', 'POST', async () => `/structure-runs/${await structureRun()}/events`],
  ['POST /assistant-runs/{id}/cancel', 'POST', async () => `/assistant-runs/${SEED.runs.supportFailed}/cancel`],
]

const fieldNames = [
  'name',
  'description',
  'input',
  'model',
  'args',
  'stream',
  'thread_id',
  'new_thread',
  'tool_ids',
  'ruleset_ids',
  'additional_tool_ids',
  'active',
  'events',
  '_mock',
  '__proto__',
  'constructor',
]
const mockControls = fc.record(
  {
    outcome: fc.oneof(fc.constantFrom('SUCCEEDED', 'FAILED', 'ERROR', 'HANG'), fc.jsonValue()),
    hang_status: fc.oneof(fc.constantFrom('QUEUED', 'STARTING', 'RUNNING'), fc.jsonValue()),
    chunks: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.jsonValue()),
    delay_ms: fc.oneof(fc.integer({ min: -5, max: 70_000 }), fc.double()),
  },
  { requiredKeys: [] },
)
const uuidish = fc.oneof(fc.uuid({ version: 4 }), fc.string(), fc.jsonValue())
const shaped = fc.oneof(
  fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue(), { maxKeys: 6 }),
  fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 210 }), fc.jsonValue()),
      input: fc.oneof(fc.string(), fc.constant(null), fc.jsonValue()),
      tool_ids: fc.array(uuidish, { maxLength: 3 }),
      thread_id: fc.oneof(uuidish, fc.constant(null)),
      stream: fc.oneof(fc.boolean(), fc.jsonValue()),
      active: fc.oneof(fc.boolean(), fc.jsonValue()),
      _mock: fc.oneof(mockControls, fc.jsonValue()),
      events: fc.array(
        fc.record({ type: fc.oneof(fc.string(), fc.jsonValue()), timestamp: fc.oneof(fc.double(), fc.jsonValue()) }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  ),
)
const deepJson = fc
  .tuple(fc.constantFrom(...fieldNames), fc.integer({ min: MAX_JSON_DEPTH - 2, max: 5000 }), fc.boolean())
  .map(([field, depth, arrays]) => {
    const [open, close] = arrays ? ['[', ']'] : ['{"k":', '}']
    return `{"${field}": ${open.repeat(depth)}1${close.repeat(depth)}}`
  })
const notUtf8 = fc
  .tuple(shaped, fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80]))
  .map(([value, bad]) => {
    const text = new TextEncoder().encode(JSON.stringify({ ...value, name: '#' }))
    const at = text.indexOf(0x23)
    return new Uint8Array([...text.slice(0, at), ...bad, ...text.slice(at + 1)])
  })
const body = fc.oneof(
  fc.json().map((text) => ({ text: text as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  shaped.map((v) => ({ text: JSON.stringify(v) as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  deepJson.map((text) => ({ text: text as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  fc.tuple(notUtf8, fc.constantFrom('application/json', '')).map(([text, type]) => ({ text, type })),
  fc
    .tuple(fc.string(), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', '', 'application/json'))
    .map(([text, type]) => ({ text: text as string | Uint8Array<ArrayBuffer>, type })),
)

/** What a rejected write must leave untouched. */
async function snapshot(): Promise<string> {
  const parts = await Promise.all(
    [
      '/assistants?page_size=100',
      `/assistants/${SEED.assistants.support}/runs?page_size=100`,
      `/organizations/${SEED.organizationId}/api-keys?page_size=100`,
      `/assistant-runs/${SEED.runs.supportSucceeded}/events`,
    ].map(async (path) => (await t.call('GET', path)).text),
  )
  return parts.join('\n')
}

describe('never a 5xx, nothing stored on rejection', () => {
  it.each(writes)('%s', async (_label, method, pathOf) => {
    const path = await pathOf()
    await fc.assert(
      fc.asyncProperty(body, async ({ text, type }) => {
        const before = await snapshot()
        const headers: Record<string, string> = {}
        if (type) headers['Content-Type'] = type
        const res = await t.call(method, path, { body: text, headers })
        expect(res.status).toBeLessThan(500)
        expect(res.text).not.toContain('could not be processed')
        if (res.status >= 400) {
          expect(res.body).toMatchObject({ type: expect.any(String), errors: expect.any(Array) })
          expect(await snapshot()).toBe(before)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('odd query strings on lists', async () => {
    const lists = [
      '/assistants',
      `/assistants/${SEED.assistants.support}/runs`,
      `/organizations/${SEED.organizationId}/api-keys`,
      `/users/${SEED.userId}/api-keys`,
      `/assistant-runs/${SEED.runs.supportSucceeded}/events`,
    ]
    const param = fc.constantFrom('page', 'page_size', 'status', 'offset', 'limit', 'x')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        fc.array(fc.tuple(param, fc.string()), { maxLength: 4 }),
        async (path, pairs) => {
          const query = new URLSearchParams(pairs).toString()
          const res = await t.call('GET', `${path}?${query}`)
          expect([200, 400]).toContain(res.status)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('odd ids in paths answer 404', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (raw) => {
        const id = encodeURIComponent(raw)
        for (const path of [`/assistants/${id}`, `/assistant-runs/${id}`, `/api-keys/${id}`, `/events/${id}`]) {
          const res = await t.call('GET', path)
          expect([404, 200]).toContain(res.status)
        }
      }),
      { numRuns: 60 },
    )
  })
})
