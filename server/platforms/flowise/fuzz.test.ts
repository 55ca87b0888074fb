/**
 * Property: whatever a client sends to a write endpoint (random JSON, bodies
 * shaped like the real ones, details as strings or objects, deep nesting,
 * bytes that are not UTF-8, other media types), the Flowise mock answers
 * below 500 in Flowise's error format, and the list still answers 200.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flowiseErrorSchema } from '../../../src/contract/flowise/errors'
import { MAX_JSON_DEPTH } from '../../mock/http/json-depth'
import { ANTHROPIC_CREDENTIAL_ID, SEED_ASSISTANT_ID, SEED_CREDENTIAL_ID } from './seed'
import { makeFlowiseTestApi } from './test-helpers'

const t = makeFlowiseTestApi()

const endpoints: Array<[string, string]> = [
  ['POST', '/assistants'],
  ['PUT', `/assistants/${SEED_ASSISTANT_ID}`],
  ['PUT', '/assistants/9d2e4f6a-8b0c-4d1e-a3f5-7b9c1d3e5f7a'], // the CUSTOM one
]

const detailKeys = [
  'id',
  'name',
  'description',
  'model',
  'instructions',
  'temperature',
  'top_p',
  'tools',
  'tool_resources',
]
const value = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('function', 'file_search', 'gpt-4', 'asst_abc', '', null, 0, 1, 2.5, -1, [], {}),
  fc.array(fc.constantFrom('function', 'code_interpreter', 'file_search', 'x')),
)
const detailsObject = fc.dictionary(fc.constantFrom(...detailKeys, '__proto__', 'constructor'), value, { maxKeys: 9 })
const details = fc.oneof(
  detailsObject,
  detailsObject.map((d) => JSON.stringify(d)),
  fc.string(),
  fc.jsonValue(),
)
const shaped = fc.record(
  {
    details,
    credential: fc.oneof(
      fc.constantFrom(SEED_CREDENTIAL_ID, ANTHROPIC_CREDENTIAL_ID),
      fc.uuid(),
      fc.string(),
      fc.jsonValue(),
    ),
    iconSrc: fc.oneof(
      fc.constantFrom('/images/assistant.png', 'javascript:1', 'data:image/png;base64,AA', null),
      fc.string(),
      fc.jsonValue(),
    ),
    type: fc.oneof(fc.constantFrom('OPENAI', 'AZURE', 'CUSTOM'), fc.jsonValue()),
    id: fc.jsonValue(),
    ['__proto__']: fc.jsonValue(),
  },
  { requiredKeys: [] },
)
const deepJson = fc
  .tuple(fc.integer({ min: MAX_JSON_DEPTH - 2, max: 5_000 }), fc.boolean(), fc.boolean())
  .map(([depth, arrays, asString]) => {
    const [open, close] = arrays ? ['[', ']'] : ['{"k":', '}']
    const deep = `${open.repeat(depth)}1${close.repeat(depth)}`
    return asString
      ? JSON.stringify({ details: `{"name":"a","model":"b","x":${deep}}`, credential: SEED_CREDENTIAL_ID })
      : `{"details": {"name":"a","model":"b","x":${deep}}, "credential": "${SEED_CREDENTIAL_ID}"}`
  })
const notUtf8 = fc
  .tuple(shaped, fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80]))
  .map(([body, bad]) => {
    const text = new TextEncoder().encode(JSON.stringify({ ...body, iconSrc: '#' }))
    const at = text.indexOf(0x23)
    return new Uint8Array([...text.slice(0, at), ...bad, ...text.slice(at + 1)])
  })
const body = fc.oneof(
  fc.json().map((text) => ({ text: text as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  shaped.map((v) => ({ text: JSON.stringify(v) as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  deepJson.map((text) => ({ text: text as string | Uint8Array<ArrayBuffer>, type: 'application/json' })),
  fc
    .tuple(notUtf8, fc.constantFrom('application/json', 'application/x-www-form-urlencoded', ''))
    .map(([text, type]) => ({ text: text as string | Uint8Array<ArrayBuffer>, type })),
  fc
    .tuple(
      fc.string(),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/json'),
    )
    .map(([text, type]) => ({ text: text as string | Uint8Array<ArrayBuffer>, type })),
)

describe('never a 5xx', () => {
  it.each(endpoints)('%s %s', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(body, async ({ text, type }) => {
        const headers: Record<string, string> = {}
        if (type) headers['Content-Type'] = type
        const res = await t.call(method, path, { body: text, headers })
        expect(res.status).toBeLessThan(500)
        if (res.status >= 400) {
          flowiseErrorSchema.parse(res.body)
          // The app's last-resort handler also answers 4xx; reaching it would mean an unhandled bug.
          expect(res.text).not.toContain('could not be processed')
        }
      }),
      { numRuns: 150 },
    )
  })

  it('afterwards, the list and every assistant still answer 200', async () => {
    const list = await t.call('GET', '/assistants')
    expect(list.status).toBe(200)
    for (const { id } of list.body as Array<{ id: string }>)
      expect((await t.call('GET', `/assistants/${id}`)).status).toBe(200)
  })

  it('every answer stayed within the contract', () => t.expectConformant())
})
