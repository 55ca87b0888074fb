/** The Flowise contract's zod schemas: strict on write, tolerant on read, and in step with the YAML. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { assistantListReader, assistantSchema } from '../../../src/contract/flowise/assistant-read'
import { assistantCreateSchema, assistantUpdateSchema, isIconSrc } from '../../../src/contract/flowise/assistant-write'
import { readFlowiseError } from '../../../src/contract/flowise/errors'
import { summarizeFieldErrors, toFieldErrors } from '../../../src/contract/flowise/field-errors'
import { UnreadableFlowiseItem } from '../../../src/contract/flowise/read-list'
import { FLOWISE_OPENAPI_FILE } from './conformance'
import { SEED_BODY } from './test-helpers'

const stored = {
  id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  details: JSON.stringify({ name: 'a', model: 'gpt-4', temperature: 1 }),
  credential: '7db93c02-8d5a-4117-a8f1-3dfb6721b339',
  createdDate: '2024-08-24T14:15:22.000Z',
  updatedDate: '2024-08-24T14:15:22.000Z',
}

describe('read schemas (tolerant)', () => {
  it('details as Flowise answers them (a JSON string) or as the reference draws them (an object)', () => {
    expect(assistantSchema.parse(stored).details).toEqual({ name: 'a', model: 'gpt-4', temperature: 1 })
    expect(assistantSchema.parse({ ...stored, details: { name: 'b' } }).details).toEqual({ name: 'b' })
  })

  it('optional fields may be missing; unknown fields are kept and ignored', () => {
    const read = assistantSchema.parse({ ...stored, future: 1 })
    expect(read.iconSrc).toBeUndefined()
    expect(read.type).toBeUndefined()
    expect(read).toHaveProperty('future', 1)
    expect(assistantSchema.parse({ ...stored, iconSrc: null, type: 'SOMETHING_NEW', workspaceId: null }).type).toBe(
      'SOMETHING_NEW',
    )
  })

  it('details that are not JSON, or a missing id, make one list item unreadable, not the list', () => {
    const list = assistantListReader.parse([stored, { ...stored, details: '{oops' }, { details: '{}' }])
    expect(list[0]).not.toBeInstanceOf(UnreadableFlowiseItem)
    expect(list[1]).toBeInstanceOf(UnreadableFlowiseItem)
    expect((list[1] as UnreadableFlowiseItem).reason).toMatch(/not valid JSON/)
    expect((list[1] as UnreadableFlowiseItem).label).toBe(stored.id)
    expect(list[2]).toBeInstanceOf(UnreadableFlowiseItem)
  })

  it('reads Flowise’s error bodies and its 401', () => {
    expect(readFlowiseError({ statusCode: 404, success: false, message: 'gone', stack: {} })).toEqual({
      message: 'gone',
      fieldErrors: {},
    })
    expect(readFlowiseError({ error: 'Unauthorized Access' })?.message).toBe('Unauthorized Access')
    expect(readFlowiseError('<html>')).toBeNull()
  })
})

describe('write schemas (strict)', () => {
  it('the seed body passes; server-managed fields are dropped', () => {
    const out = assistantCreateSchema.parse(SEED_BODY)
    expect(out).toEqual({
      type: 'OPENAI',
      details: SEED_BODY.details,
      credential: SEED_BODY.credential,
      iconSrc: SEED_BODY.iconSrc,
    })
  })

  it('a details string is read into an object', () => {
    const out = assistantCreateSchema.parse({ ...SEED_BODY, details: JSON.stringify(SEED_BODY.details) })
    expect(out.details).toEqual(SEED_BODY.details)
  })

  it('field errors come keyed by dotted path, and summarised for Flowise’s message', () => {
    const result = assistantCreateSchema.safeParse({ details: { name: 'a', model: 'b', tools: ['x'] }, credential: 1 })
    if (result.success) throw new Error('expected field errors')
    const errors = toFieldErrors(result.error)
    expect(Object.keys(errors).sort()).toEqual(['credential', 'details.tools.0'])
    expect(summarizeFieldErrors({ a: ['One'], b: ['Two.'] })).toBe('a: One. b: Two.')
  })

  it('a field named __proto__ stays a key of the field errors', () => {
    const error = new z.ZodError([{ code: 'custom', path: ['__proto__', 'x'], message: 'm', input: 1 }])
    const errors = toFieldErrors(error)
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype)
    expect(Object.keys(errors)).toEqual(['__proto__.x'])
    expect(
      toFieldErrors(new z.ZodError([{ code: 'custom', path: ['__proto__'], message: 'm', input: 1 }])),
    ).toHaveProperty(['__proto__'], ['m'])
  })

  it('a __proto__ key inside details reaches no prototype', () => {
    const body = JSON.parse(
      '{"details": {"name": "a", "model": "b", "__proto__": {"polluted": 1}}, "credential": "7db93c02-8d5a-4117-a8f1-3dfb6721b339"}',
    ) as unknown
    const out = assistantCreateSchema.parse(body)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(JSON.stringify(out.details)).not.toContain('polluted')
  })

  it('an update may be empty; details follow the stored type', () => {
    expect(assistantUpdateSchema('OPENAI').parse({})).toEqual({
      details: undefined,
      credential: undefined,
      iconSrc: undefined,
    })
    expect(assistantUpdateSchema('CUSTOM').safeParse({ details: { name: 'x', tools: [{}] } }).success).toBe(true)
    expect(assistantUpdateSchema('OPENAI').safeParse({ details: { name: 'x', tools: [{}] } }).success).toBe(false)
  })

  it('icon sources: local paths, http(s), data:image; nothing that runs', () => {
    for (const ok of [
      '/images/a.svg',
      'https://x.example/a.png',
      'data:image/png;base64,AAAA',
      'data:image/svg+xml,%3Csvg%3E',
    ])
      expect(isIconSrc(ok), ok).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example/a.png',
      'data:text/html,<b>',
      'images/a.png',
      '/a b.png',
      'http://',
    ])
      expect(isIconSrc(bad), bad).toBe(false)
  })
})

describe('the YAML contract', () => {
  const doc = parse(readFileSync(FLOWISE_OPENAPI_FILE, 'utf8')) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>>
  }

  it('lists the seed’s paths and methods', () => {
    expect(Object.keys(doc.paths['/assistants'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']))
    expect(Object.keys(doc.paths['/assistants/{id}'] ?? {})).toEqual(expect.arrayContaining(['get', 'put', 'delete']))
  })

  it('its create example is the seed body, and the write schema accepts it', () => {
    const example = doc.paths['/assistants']?.post?.requestBody?.content['application/json']?.example
    expect(example).toEqual(SEED_BODY)
    expect(assistantCreateSchema.safeParse(example).success).toBe(true)
  })

  it('every amendment in the YAML is listed in flowise.md under its number, and no other', () => {
    const md = readFileSync(new URL('../../../contract/flowise.md', import.meta.url), 'utf8')
    const yamlText = readFileSync(FLOWISE_OPENAPI_FILE, 'utf8')
    const inYaml = [...yamlText.matchAll(/x-amendment: (?:>-\s+)?\((A\d+)\)/g)].map((m) => m[1])
    const inMd = [...md.matchAll(/^\| (A\d+) +\|/gm)].map((m) => m[1])
    expect((yamlText.match(/^\s+x-amendment:/gm) ?? []).length).toBe(inYaml.length)
    expect(new Set(inYaml).size).toBe(inYaml.length)
    expect(inMd).toEqual(inYaml)
  })
})
