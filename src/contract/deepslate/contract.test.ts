import { describe, expect, it } from 'vitest'
import {
  assistantReadSchema,
  assistantSummaryReadSchema,
  assistantWriteSchema,
  extensionName,
  secretParameters,
} from './assistant'
import { pageSchema, readDeepslateError, toFieldPath, toFormPath } from './envelope'
import { listQueryString, parseListQuery } from './list-query'
import { isUnreadable } from './read-items'

const valid = {
  name: 'Help Desk Assistant',
  systemPromptGreeting: 'Hello!',
  systemPrompt: 'Be helpful.',
  llmAudioContentGenerationStrategyId: 'abcdef01-2345-6789-abcd-ef0123456789',
  extensions: [{ type: 'kb_search_v2', parameters: { kb_url: 'https://kb.example.com/api', max_results: 3 } }],
  callEventHooks: [
    { type: 'webhook_transcript_ready_v1', parameters: { target_url: 'https://x.example/t', secret_key: 's' } },
  ],
  telephoneNumberId: '11223344-5566-7788-9900-aabbccddeeff',
}

describe('write schema', () => {
  it('types known parameters, fills their defaults, keeps unknown types as sent', () => {
    const out = assistantWriteSchema.parse({
      ...valid,
      extensions: [...valid.extensions, { type: 'crm_v3', parameters: { anything: [1, { a: null }] } }],
    })
    expect(out.extensions).toEqual([
      {
        id: null,
        type: 'kb_search_v2',
        parameters: { kb_url: 'https://kb.example.com/api', max_results: 3, auth_token: null },
      },
      { id: null, type: 'crm_v3', parameters: { anything: [1, { a: null }] } },
    ])
    expect(out.callEventHooks[0]?.parameters).toEqual({ target_url: 'https://x.example/t', secret_key: 's' })
  })

  it('telephoneNumberId may be absent or null', () => {
    const { telephoneNumberId: _t, ...without } = valid
    expect(assistantWriteSchema.parse(without).telephoneNumberId).toBeNull()
    expect(assistantWriteSchema.parse({ ...valid, telephoneNumberId: null }).telephoneNumberId).toBeNull()
  })

  it('names and secrets per type', () => {
    expect(extensionName('kb_search_v2')).toBe('Knowledge Base Search')
    expect(extensionName('toString')).toBe('toString')
    expect(secretParameters('extension', 'kb_search_v2')).toEqual(['auth_token'])
    expect(secretParameters('hook', 'webhook_transcript_ready_v1')).toEqual(['secret_key'])
    expect(secretParameters('hook', 'constructor')).toEqual([])
  })
})

describe('read schemas are tolerant', () => {
  it('a missing telephoneNumberId and extra fields are fine; a missing name is not', () => {
    const answer = {
      id: 'a',
      name: 'n',
      systemPromptGreeting: '',
      systemPrompt: 's',
      llmAudioContentGenerationStrategyId: 'x',
      extensions: [],
      callEventHooks: [],
      extra: 1,
    }
    expect(assistantReadSchema.parse(answer)).not.toHaveProperty('extra')
    const { name: _n, ...noName } = answer
    expect(assistantReadSchema.safeParse(noName).success).toBe(false)
  })

  it('a page keeps readable items and marks odd ones', () => {
    const page = pageSchema(assistantSummaryReadSchema).parse({
      success: true,
      timestamp: 't',
      page: 0,
      size: 20,
      totalElements: 2,
      totalPages: 1,
      data: [{ id: 'a', name: 'A' }, { id: 'b' }],
    })
    expect(page.data[0]).toEqual({ id: 'a', name: 'A' })
    expect(isUnreadable(page.data[1])).toBe(true)
  })
})

describe('errors', () => {
  it('paths as Spring names them, and as forms name them', () => {
    expect(toFieldPath(['extensions', 0, 'parameters', 'kb_url'])).toBe('extensions[0].parameters.kb_url')
    expect(toFormPath('extensions[0].parameters.kb_url')).toBe('extensions.0.parameters.kb_url')
  })

  it('reads an error answer into form fields; anything else is not an error body', () => {
    const read = readDeepslateError({
      success: false,
      message: 'Validation failed',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'extensions[1].type', message: 'bad' },
        { field: 'name', message: 'second' },
      ],
      traceId: 'abc',
    })
    expect(read).toEqual({
      message: 'Validation failed',
      fieldErrors: { name: ['must not be blank', 'second'], 'extensions.1.type': ['bad'] },
      traceId: 'abc',
    })
    expect(readDeepslateError('<html>')).toBeNull()
    expect(readDeepslateError({ success: true })).toBeNull()
  })
})

describe('list query', () => {
  it('round-trips through the query string', () => {
    const qs = listQueryString({
      page: 2,
      size: 5,
      sort: [{ property: 'name', direction: 'desc' }],
      phoneNumberId: 'AAAAAAAA-0000-0000-0000-000000000000',
    })
    const parsed = parseListQuery(new URLSearchParams(qs.slice(1)))
    expect(parsed).toEqual({
      ok: true,
      query: {
        page: 2,
        size: 5,
        sort: [{ property: 'name', direction: 'desc' }],
        phoneNumberId: 'aaaaaaaa-0000-0000-0000-000000000000',
      },
    })
    expect(listQueryString({})).toBe('')
  })
})
