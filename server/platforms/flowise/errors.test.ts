/**
 * Bad input: Flowise's error body ({statusCode, success, message, stack}) with
 * a message per field in `fieldErrors`, 412 where Flowise answers 412, never a
 * 5xx, and nothing stored from a rejected request.
 */
import { describe, expect, it } from 'vitest'
import { flowiseErrorSchema } from '../../../src/contract/flowise/errors'
import { messages } from '../../../src/contract/flowise/messages'
import { MAX_BODY_BYTES } from './http/read-body'
import { ANTHROPIC_CREDENTIAL_ID, SEED_ASSISTANT_ID, SEED_CREDENTIAL_ID } from './seed'
import { makeFlowiseTestApi, type Answer } from './test-helpers'

const good = { name: 'Checker', model: 'gpt-4o' }
const t = makeFlowiseTestApi()

function fieldErrors(res: Answer): Record<string, string[]> {
  const body = flowiseErrorSchema.parse(res.body)
  expect(body).toMatchObject({ statusCode: res.status, success: false, stack: {} })
  return body.fieldErrors ?? {}
}

async function post(json: unknown): Promise<Answer> {
  return t.call('POST', '/assistants', { json })
}

describe('per-field messages', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['missing details', { credential: SEED_CREDENTIAL_ID }, 'details', messages.detailsRequired],
    ['details a number', { details: 7, credential: SEED_CREDENTIAL_ID }, 'details', messages.detailsType],
    [
      'details an array string',
      { details: '[1]', credential: SEED_CREDENTIAL_ID },
      'details',
      messages.detailsNotObject,
    ],
    [
      'missing name',
      { details: { model: 'gpt-4' }, credential: SEED_CREDENTIAL_ID },
      'details.name',
      messages.nameRequired,
    ],
    [
      'blank name',
      { details: { ...good, name: '  ' }, credential: SEED_CREDENTIAL_ID },
      'details.name',
      messages.nameBlank,
    ],
    [
      'long name',
      { details: { ...good, name: 'x'.repeat(257) }, credential: SEED_CREDENTIAL_ID },
      'details.name',
      messages.max(256),
    ],
    [
      'missing model',
      { details: { name: 'a' }, credential: SEED_CREDENTIAL_ID },
      'details.model',
      messages.modelRequired,
    ],
    [
      'long description',
      { details: { ...good, description: 'd'.repeat(513) }, credential: SEED_CREDENTIAL_ID },
      'details.description',
      messages.max(512),
    ],
    [
      'instructions a number',
      { details: { ...good, instructions: 3 }, credential: SEED_CREDENTIAL_ID },
      'details.instructions',
      messages.string,
    ],
    [
      'temperature too high',
      { details: { ...good, temperature: 2.5 }, credential: SEED_CREDENTIAL_ID },
      'details.temperature',
      messages.temperature,
    ],
    [
      'temperature a string',
      { details: { ...good, temperature: '1' }, credential: SEED_CREDENTIAL_ID },
      'details.temperature',
      messages.temperature,
    ],
    [
      'top_p negative',
      { details: { ...good, top_p: -0.1 }, credential: SEED_CREDENTIAL_ID },
      'details.top_p',
      messages.topP,
    ],
    [
      'unknown tool',
      { details: { ...good, tools: ['retrieval'] }, credential: SEED_CREDENTIAL_ID },
      'details.tools.0',
      messages.toolUnknown,
    ],
    [
      'tools not a list',
      { details: { ...good, tools: 'function' }, credential: SEED_CREDENTIAL_ID },
      'details.tools',
      messages.tools,
    ],
    [
      'duplicate tool',
      { details: { ...good, tools: ['function', 'function'] }, credential: SEED_CREDENTIAL_ID },
      'details.tools',
      messages.toolDuplicate,
    ],
    [
      'tool_resources a list',
      { details: { ...good, tool_resources: [] }, credential: SEED_CREDENTIAL_ID },
      'details.tool_resources',
      messages.toolResources,
    ],
    [
      'tool resource a string',
      { details: { ...good, tool_resources: { file_search: 'x' } }, credential: SEED_CREDENTIAL_ID },
      'details.tool_resources.file_search',
      messages.toolResource,
    ],
    [
      'two vector stores',
      {
        details: { ...good, tool_resources: { file_search: { vector_store_ids: ['a', 'b'] } } },
        credential: SEED_CREDENTIAL_ID,
      },
      'details.tool_resources.file_search.vector_store_ids',
      messages.idsMax(1),
    ],
    [
      'bad OpenAI id',
      { details: { ...good, id: 'assistant-1' }, credential: SEED_CREDENTIAL_ID },
      'details.id',
      messages.assistantId,
    ],
    ['missing credential', { details: good }, 'credential', messages.credentialRequired],
    ['credential not a UUID', { details: good, credential: 'openai' }, 'credential', messages.credentialUuid],
    [
      'unknown credential',
      { details: good, credential: '11111111-2222-4333-8444-555555555555' },
      'credential',
      messages.credentialNotFound('11111111-2222-4333-8444-555555555555'),
    ],
    [
      'not an OpenAI credential',
      { details: good, credential: ANTHROPIC_CREDENTIAL_ID },
      'credential',
      messages.credentialNotOpenAi,
    ],
    [
      'javascript: icon',
      { details: good, credential: SEED_CREDENTIAL_ID, iconSrc: 'javascript:alert(1)' },
      'iconSrc',
      messages.iconSrc,
    ],
    [
      'protocol-relative icon',
      { details: good, credential: SEED_CREDENTIAL_ID, iconSrc: '//evil.example/x.png' },
      'iconSrc',
      messages.iconSrc,
    ],
    [
      'icon over 255',
      { details: good, credential: SEED_CREDENTIAL_ID, iconSrc: `/${'a'.repeat(255)}` },
      'iconSrc',
      messages.max(255),
    ],
    ['icon a number', { details: good, credential: SEED_CREDENTIAL_ID, iconSrc: 5 }, 'iconSrc', messages.iconSrcType],
    ['unknown type', { details: good, credential: SEED_CREDENTIAL_ID, type: 'GEMINI' }, 'type', messages.type],
  ]

  it.each(cases)('%s: 400 with the message at its field', async (_name, body, field, message) => {
    const res = await post(body)
    expect(res.status).toBe(400)
    const errors = fieldErrors(res)
    expect(errors[field]).toContain(message)
    // Flowise's own `message` names the field too, for clients that show only it.
    expect((res.body as { message: string }).message).toContain(`${field}: ${message}`)
  })

  it('every problem is named at once', async () => {
    const res = await post({ details: { name: '', temperature: 9 }, credential: 'x', iconSrc: 'ftp://a' })
    expect(Object.keys(fieldErrors(res)).sort()).toEqual(
      ['credential', 'details.model', 'details.name', 'details.temperature', 'iconSrc'].sort(),
    )
  })

  it('a CUSTOM assistant without a name: Flowise’s own message, 412', async () => {
    const res = await post({ details: '{"chatModel":{}}', credential: SEED_CREDENTIAL_ID, type: 'CUSTOM' })
    expect(res.status).toBe(412)
    expect(fieldErrors(res)['details.name']).toEqual([messages.customName])
  })
})

describe('Flowise’s 412s for details it cannot read', () => {
  it.each([
    ['empty', '', messages.detailsEmpty],
    ['not JSON', '{name: x}', messages.detailsInvalidJson],
  ])('details %s', async (_name, details, message) => {
    for (const res of [
      await post({ details, credential: SEED_CREDENTIAL_ID }),
      await t.call('PUT', `/assistants/${SEED_ASSISTANT_ID}`, { json: { details } }),
    ]) {
      expect(res.status).toBe(412)
      expect(fieldErrors(res).details).toEqual([message])
    }
  })
})

describe('bodies that cannot be read', () => {
  it('JSON that does not parse: 400 with the parser’s message', async () => {
    const res = await t.call('POST', '/assistants', {
      body: '{"details": ',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(res.status).toBe(400)
    expect(flowiseErrorSchema.parse(res.body).message).toMatch(/JSON/)
  })

  it('a JSON array or a plain value: 400, the body must be an object', async () => {
    for (const body of ['[]', '3', '"x"', 'null']) {
      const res = await t.call('POST', '/assistants', { body, headers: { 'Content-Type': 'application/json' } })
      expect(res.status).toBe(400)
      expect(fieldErrors(res).body).toEqual([messages.body])
    }
  })

  it('an empty body: each required field is named', async () => {
    const res = await t.call('POST', '/assistants', { body: '', headers: { 'Content-Type': 'application/json' } })
    expect(Object.keys(fieldErrors(res)).sort()).toEqual(['credential', 'details'])
  })

  it('bytes that are not UTF-8: 400', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"details":"'), 0xff, ...new TextEncoder().encode('"}')])
    const res = await t.call('POST', '/assistants', { body: bytes, headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(400)
    expect(flowiseErrorSchema.parse(res.body).message).toMatch(/UTF-8/)
  })

  it('nesting deeper than 64 levels, in the body or inside a details string: 400', async () => {
    const deep = `${'['.repeat(100)}1${']'.repeat(100)}`
    const res = await t.call('POST', '/assistants', {
      body: `{"details": {"name": "a", "model": "b", "x": ${deep}}}`,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(res.status).toBe(400)
    const inString = await post({ details: `{"name":"a","model":"b","x":${deep}}`, credential: SEED_CREDENTIAL_ID })
    expect(inString.status).toBe(400)
    expect(fieldErrors(inString).details?.[0]).toMatch(/deeper than 64/)
  })

  it('another media type: 415', async () => {
    const res = await t.call('POST', '/assistants', { body: 'details', headers: { 'Content-Type': 'text/plain' } })
    expect(res.status).toBe(415)
    flowiseErrorSchema.parse(res.body)
  })

  it('over the size limit: 413', async () => {
    const huge = JSON.stringify({ details: { ...good, instructions: 'x'.repeat(MAX_BODY_BYTES) } })
    const res = await t.call('POST', '/assistants', { body: huge, headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(413)
    flowiseErrorSchema.parse(res.body)
  })
})

describe('404s', () => {
  const unknown = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'
  it.each([
    ['GET', 'getAssistantById'],
    ['PUT', 'updateAssistant'],
    ['DELETE', 'deleteAssistant'],
  ])('%s an unknown id', async (method, operation) => {
    const res = await t.call(method, `/assistants/${unknown}`, {
      json: method === 'PUT' ? { iconSrc: null } : undefined,
    })
    expect(res.status).toBe(404)
    expect(flowiseErrorSchema.parse(res.body).message).toBe(
      `Error: assistantsService.${operation} - Assistant ${unknown} not found`,
    )
  })

  it('PUT to an unknown id is 404 even with a bad body (the id is checked first, as Flowise does)', async () => {
    const res = await t.call('PUT', `/assistants/${unknown}`, {
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(res.status).toBe(404)
  })

  it('a path or method the API does not have: 404 in Flowise’s format', async () => {
    for (const [method, path] of [
      ['GET', '/chatflows'],
      ['PATCH', `/assistants/${SEED_ASSISTANT_ID}`],
      ['POST', `/assistants/${SEED_ASSISTANT_ID}`],
      ['DELETE', '/assistants'],
    ] as const) {
      const res = await t.call(method, path)
      expect(res.status).toBe(404)
      expect(flowiseErrorSchema.parse(res.body).message).toBe(`Cannot ${method} ${path}`)
    }
  })
})

describe('nothing stored from a rejected request', () => {
  it('failed creates add nothing; failed updates change nothing', async () => {
    const api = makeFlowiseTestApi()
    const before = (await api.call('GET', '/assistants')).text
    const rejects: Array<[string, string, unknown]> = [
      ['POST', '/assistants', { details: { ...good, temperature: 3 }, credential: SEED_CREDENTIAL_ID }],
      ['POST', '/assistants', { details: good, credential: ANTHROPIC_CREDENTIAL_ID }],
      ['POST', '/assistants', { details: good, credential: SEED_CREDENTIAL_ID, iconSrc: 'javascript:x' }],
      // A valid details with a bad icon: the details must not be written either.
      [
        'PUT',
        `/assistants/${SEED_ASSISTANT_ID}`,
        { details: { name: 'Changed', model: 'gpt-4o' }, iconSrc: 'bad icon' },
      ],
      ['PUT', `/assistants/${SEED_ASSISTANT_ID}`, { iconSrc: '/images/x.svg', credential: 'not-a-uuid' }],
      ['PUT', `/assistants/${SEED_ASSISTANT_ID}`, { credential: ANTHROPIC_CREDENTIAL_ID, iconSrc: null }],
      ['PUT', `/assistants/${SEED_ASSISTANT_ID}`, { details: '', iconSrc: null }],
    ]
    for (const [method, path, json] of rejects) {
      const res = await api.call(method, path, { json })
      expect(res.status, JSON.stringify(json)).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    expect((await api.call('GET', '/assistants')).text).toBe(before)
    api.expectConformant()
  })
})

describe('conformance', () => {
  it('every answer above conformed to the contract', () => t.expectConformant())
})
