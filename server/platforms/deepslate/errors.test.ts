/**
 * Bad input: Deepslate's error format with a message per field, path ids
 * (400 when not UUIDs, 404 when unknown), unknown paths and methods, bodies
 * that are not JSON, and proof that a refused write stores nothing.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { DEEPSLATE_DEMO_ORGANIZATION_ID, DEEPSLATE_DEMO_VENDOR_ID } from '../../../src/contract/deepslate/demo'
import { SEED_CREATE_BODY } from './seed-example'
import { SEED_IDS } from './seed'
import { ASSISTANTS, dataOf, fieldErrors, makeDeepslate, type Answer } from './test-helpers'

const t = makeDeepslate()
afterAll(() => t.expectConformant())

const RECEPTIONIST = `${ASSISTANTS}/${SEED_IDS.receptionist}`

function expectErrorShape(res: Answer, status: number) {
  expect(res.status).toBe(status)
  expect(res.body).toEqual({
    success: false,
    timestamp: expect.stringMatching(/Z$/),
    message: expect.any(String),
    ...((res.body as { errors?: unknown }).errors ? { errors: expect.any(Array) } : {}),
    traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
  })
}

describe('field validation', () => {
  it('an empty object names every required field', async () => {
    const res = await t.call('POST', ASSISTANTS, { json: {} })
    expectErrorShape(res, 400)
    expect(res.body).toMatchObject({ message: 'Validation failed for 6 field(s)' })
    expect(fieldErrors(res)).toEqual({
      name: ['must not be null'],
      systemPromptGreeting: ['must not be null'],
      systemPrompt: ['must not be null'],
      llmAudioContentGenerationStrategyId: ['must not be null'],
      extensions: ['must not be null'],
      callEventHooks: ['must not be null'],
    })
  })

  it('wrong values get one message each, nested fields named by their property path', async () => {
    const res = await t.call('POST', ASSISTANTS, {
      json: {
        name: '   ',
        systemPromptGreeting: 42,
        systemPrompt: 'x'.repeat(100_001),
        llmAudioContentGenerationStrategyId: 'not-a-uuid',
        telephoneNumberId: 'also-not',
        extensions: [
          { type: 'kb_search_v2', parameters: { kb_url: 'ftp://kb.example.com', max_results: 0, auth_token: '' } },
          { type: 'Bad Type', parameters: {} },
          { type: 'custom_tool_v1', parameters: [1, 2] },
          'nope',
        ],
        callEventHooks: [{ type: 'webhook_transcript_ready_v1', parameters: { secret_key: 7 } }, { type: 'x' }],
      },
    })
    expectErrorShape(res, 400)
    expect(fieldErrors(res)).toEqual({
      name: ['must not be blank'],
      systemPromptGreeting: ['must be a string'],
      systemPrompt: ['size must be between 1 and 100000'],
      llmAudioContentGenerationStrategyId: ['must be a valid UUID'],
      telephoneNumberId: ['must be a valid UUID'],
      'extensions[0].parameters.kb_url': ['must be a valid URL (http or https)'],
      'extensions[0].parameters.max_results': ['must be greater than or equal to 1'],
      'extensions[0].parameters.auth_token': ['must not be blank'],
      'extensions[1].type': [expect.stringContaining('lowercase')],
      'extensions[2].parameters': ['must be a JSON object'],
      'extensions[3]': ['must be a JSON object'],
      'callEventHooks[0].parameters.target_url': ['must not be null'],
      'callEventHooks[0].parameters.secret_key': ['must be a string'],
      'callEventHooks[1].parameters': ['must not be null'],
    })
  })

  it('too many extensions, a fractional max_results, a body that is not an object', async () => {
    const many = Array.from({ length: 21 }, () => ({ type: 'x_v1', parameters: {} }))
    const res = await t.call('POST', ASSISTANTS, {
      json: {
        ...SEED_CREATE_BODY,
        extensions: many,
        callEventHooks: [
          { type: 'webhook_transcript_ready_v1', parameters: { target_url: 'https://h.example/x' } },
          null,
        ],
      },
    })
    expect(fieldErrors(res)).toEqual({
      extensions: ['size must be between 0 and 20'],
      'callEventHooks[1]': ['must be a JSON object'],
    })
    const fraction = await t.call('POST', ASSISTANTS, {
      json: {
        ...SEED_CREATE_BODY,
        extensions: [{ type: 'kb_search_v2', parameters: { kb_url: 'https://a.example', max_results: 2.5 } }],
      },
    })
    expect(fieldErrors(fraction)).toEqual({ 'extensions[0].parameters.max_results': ['must be an integer'] })
    for (const json of [[SEED_CREATE_BODY], 'text', 7, null]) {
      const odd = await t.call('POST', ASSISTANTS, { json })
      expectErrorShape(odd, 400)
      expect(odd.body).toMatchObject({ message: 'Malformed request body: must be a JSON object' })
    }
  })
})

describe('bodies that are not JSON', () => {
  const cases: Array<
    [string, { body: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> }, number, string]
  > = [
    ['broken JSON', { body: '{"name": ', headers: { 'Content-Type': 'application/json' } }, 400, 'not valid JSON'],
    ['no body', { body: '', headers: { 'Content-Type': 'application/json' } }, 400, 'Required request body is missing'],
    [
      'invalid UTF-8',
      {
        body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
        headers: { 'Content-Type': 'application/json' },
      },
      400,
      'UTF-8',
    ],
    [
      'nested 65 deep',
      { body: `{"name": ${'['.repeat(65)}${']'.repeat(65)}}`, headers: { 'Content-Type': 'application/json' } },
      400,
      'deeper than 64',
    ],
    [
      'form-encoded',
      { body: 'name=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      415,
      'application/json',
    ],
    ['no content type', { body: '{}' }, 415, 'application/json'],
  ]
  it.each(cases)('%s', async (_label, request, status, message) => {
    for (const [method, path] of [
      ['POST', ASSISTANTS],
      ['PUT', RECEPTIONIST],
    ]) {
      const res = await t.call(method as string, path as string, request)
      expectErrorShape(res, status)
      expect((res.body as { message: string }).message).toContain(message)
    }
  })

  it('a body past the limit is a 413', async () => {
    const small = makeDeepslate({ maxBodyBytes: 100 })
    const res = await small.call('POST', ASSISTANTS, { json: SEED_CREATE_BODY })
    expectErrorShape(res, 413)
    await small.expectConformant()
  })
})

describe('path ids, unknown paths and methods', () => {
  it('ids that are not UUIDs: one 400 naming each', async () => {
    const res = await t.call('GET', '/api/v1/vendors/{vendorId}/organizations/acme/assistants/42')
    expectErrorShape(res, 400)
    expect(fieldErrors(res)).toEqual({
      vendorId: ['must be a valid UUID'],
      organizationId: ['must be a valid UUID'],
      assistantId: ['must be a valid UUID'],
    })
  })

  it('unknown vendor, organization or assistant: 404 naming which', async () => {
    const other = '11111111-2222-4333-8444-555555555555'
    const vendor = await t.call(
      'GET',
      `/api/v1/vendors/${other}/organizations/${DEEPSLATE_DEMO_ORGANIZATION_ID}/assistants`,
    )
    expectErrorShape(vendor, 404)
    expect(vendor.body).toMatchObject({ message: `Vendor not found: ${other}` })
    const org = await t.call('POST', `/api/v1/vendors/${DEEPSLATE_DEMO_VENDOR_ID}/organizations/${other}/assistants`, {
      json: SEED_CREATE_BODY,
    })
    expect(org.body).toMatchObject({ message: `Organization not found: ${other}` })
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await t.call(method, `${ASSISTANTS}/${other}`, method === 'PUT' ? { json: SEED_CREATE_BODY } : {})
      expectErrorShape(res, 404)
      expect(res.body).toMatchObject({ message: `Assistant not found: ${other}` })
    }
  })

  it('an unknown path is a 404 in the wrapper, with or without a key; a trailing slash is another path', async () => {
    for (const path of ['/api/v1/assistants', `${ASSISTANTS}/`, `${RECEPTIONIST}/extensions`, '/nowhere']) {
      expectErrorShape(await t.call('GET', path), 404)
      expectErrorShape(await t.call('GET', path, { key: null }), 404)
    }
  })

  it('a method the path does not have: 405 with Allow', async () => {
    const res = await t.call('PATCH', RECEPTIONIST, { json: { name: 'x' } })
    expectErrorShape(res, 405)
    expect(res.headers.get('allow')).toBe('GET, PUT, DELETE')
    const list = await t.call('DELETE', ASSISTANTS)
    expect(list.status).toBe(405)
    expect(list.headers.get('allow')).toBe('GET, POST')
  })
})

describe('nothing is stored from a refused write', () => {
  it('refused creates leave the list as it was; refused updates leave the assistant as it was', async () => {
    const listBefore = (await t.call('GET', `${ASSISTANTS}?size=100`)).body as { data: unknown; totalElements: number }
    const itemBefore = dataOf(await t.call('GET', RECEPTIONIST))
    const bad = [
      { json: { ...SEED_CREATE_BODY, name: '' } },
      {
        json: {
          ...SEED_CREATE_BODY,
          extensions: [...SEED_CREATE_BODY.extensions, { type: 'kb_search_v2', parameters: {} }],
        },
      },
      {
        json: {
          ...SEED_CREATE_BODY,
          callEventHooks: [{ type: 'webhook_transcript_ready_v1', parameters: { target_url: 'nope' } }],
        },
      },
      { json: { ...SEED_CREATE_BODY, telephoneNumberId: 12 } },
      { body: '{"name": "x"', headers: { 'Content-Type': 'application/json' } },
      {
        body: `{"name": "Deep", "extensions": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
        headers: { 'Content-Type': 'application/json' },
      },
    ]
    for (const request of bad) {
      expect((await t.call('POST', ASSISTANTS, request)).status).toBe(400)
      expect((await t.call('PUT', RECEPTIONIST, request)).status).toBe(400)
    }
    expect((await t.call('GET', `${ASSISTANTS}?size=100`)).body).toMatchObject({
      totalElements: listBefore.totalElements,
      data: listBefore.data,
    })
    expect(dataOf(await t.call('GET', RECEPTIONIST))).toEqual(itemBefore)
  })
})
