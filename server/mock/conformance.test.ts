import { describe, expect, it } from 'vitest'
import { createConformanceValidator, loadOpenApi } from './conformance'
import { convertSchema } from './openapi-schema'

const v = createConformanceValidator()
const assistant = {
  id: 1,
  code: 'abc',
  name: 'A',
  instructions: '',
  model: 'gpt-4o',
  response_format_json: false,
  temperature: '0.70',
  top_p: '1.00',
  tools: [],
  tools_json: '[]',
  include_conversation_transcript: false,
  include_conversation_metadata: false,
}

describe('openapi → JSON Schema', () => {
  it('turns nullable into a null type and drops readOnly from required in requests', () => {
    expect(convertSchema({ type: 'string', nullable: true, maxLength: 3 }, 'response')).toEqual({
      type: ['string', 'null'],
      maxLength: 3,
    })
    expect(convertSchema({ enum: ['a'], type: 'string', nullable: true }, 'response')).toEqual({
      enum: ['a', null],
      type: ['string', 'null'],
    })
    const schema = {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' } },
    }
    expect(convertSchema(schema, 'request')).toMatchObject({ required: ['name'] })
    expect(convertSchema(schema, 'response')).toMatchObject({ required: ['id', 'name'] })
  })
})

describe('conformance validator', () => {
  it('matches concrete paths, preferring literal segments', () => {
    expect(v.validate('GET', '/apis/admin/assistants/abc/', 200, assistant)).toEqual([])
    // /tools/ is the tool list, not an assistant with code "tools": an assistant body there is wrong.
    expect(v.validate('GET', '/apis/admin/assistants/tools/', 200, assistant)).not.toEqual([])
    expect(
      v.validate('GET', '/apis/admin/assistants/tools/', 200, [{ id: 1, data: {}, source_assistant: null }]),
    ).toEqual([])
  })

  it('reports schema violations with their location', () => {
    const errors = v.validate('GET', '/apis/admin/assistants/abc/', 200, { ...assistant, model: 'gpt-5', tools: ['x'] })
    expect(errors.join('\n')).toMatch(/\/model/)
    expect(errors.join('\n')).toMatch(/\/tools\/0/)
  })

  it('handles nullable fields (thread user_id) and decimal strings', () => {
    expect(
      v.validate('GET', '/apis/admin/assistants/a/threads/1/', 200, {
        id: 1,
        assistant: 'a',
        user_id: null,
        content: {},
      }),
    ).toEqual([])
    expect(v.validate('GET', '/apis/admin/assistants/abc/', 200, { ...assistant, temperature: 'warm' })).not.toEqual([])
  })

  it('checks error bodies and undocumented statuses', () => {
    expect(v.validate('POST', '/apis/admin/assistants/', 400, { code: ['bad'] })).toEqual([])
    expect(v.validate('POST', '/apis/admin/assistants/', 400, { code: 'bad' })).not.toEqual([])
    expect(v.validate('GET', '/apis/admin/assistants/', 401, { detail: 'x' })).toEqual([])
    expect(v.validate('GET', '/apis/admin/assistants/', 418, { detail: 'x' })[0]).toMatch(/not documented/)
    expect(v.validate('DELETE', '/apis/admin/assistants/abc/', 204, undefined)).toEqual([])
    expect(v.validate('GET', '/nowhere', 200, {})[0]).toMatch(/no documented operation/)
    expect(v.validate('GET', '/nowhere', 404, { detail: 'Not found.' })).toEqual([])
  })

  it('covers the amendments: Api.code, token, evaluate, messages, mock-only paths', () => {
    expect(
      v.validate('GET', '/apis/admin/assistants/apis/x/', 200, { id: 1, url: 'https://e.com', headers: '{}' }),
    ).not.toEqual([])
    expect(
      v.validate('POST', '/oauth/token/', 200, {
        access_token: 't',
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'assistants:read',
      }),
    ).toEqual([])
    expect(v.validate('POST', '/oauth/token/', 400, { error: 'invalid_scope' })).toEqual([])
    expect(v.validate('POST', '/api/v2/assistants/x/evaluate', 200, { output: 'hi' })).toEqual([])
    expect(v.validate('POST', '/api/v2/assistants/x/evaluate', 422, { input: ['Expected a JSON object.'] })).toEqual([])
    expect(
      v.validate('POST', '/apis/admin/assistants/a/threads/1/messages/', 201, {
        id: 1,
        role: 'user',
        content: '',
        created_at: '2024-01-01T00:00:00.000Z',
      }),
    ).toEqual([])
    expect(v.validate('PUT', '/mock/cx-platform/a/b/c', 200, { ok: true })).toEqual([])
  })

  it('every amendment is marked, every mock-only path flagged', () => {
    const doc = loadOpenApi() as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> }
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        if (path.startsWith('/mock/')) expect(op['x-mock-only']).toBe(true)
        if (path === '/oauth/token/' || path.includes('evaluate')) expect(op['x-amendment']).toEqual(expect.any(String))
      }
    }
  })
})
