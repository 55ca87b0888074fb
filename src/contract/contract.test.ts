import { describe, expect, it } from 'vitest'
import { assistantSchema, assistantWriteSchema } from './assistant'
import { apiWriteSchema, parseHeaders } from './api'
import { describeTool } from './tool'
import { zodToDrf, readDrfBody } from './errors'
import { parseStreamEvent } from './evaluate'

const valid = { code: 'my-assistant', name: 'My Assistant', instructions: 'Summarize.', tools: [] }

describe('assistant contract', () => {
  it("accepts the guide's create body, with numbers for temperature and top_p", () => {
    const r = assistantWriteSchema.safeParse({
      ...valid,
      model: 'gpt-4o',
      response_format_json: true,
      temperature: 0.0,
      top_p: 1.0,
    })
    expect(r.success).toBe(true)
  })

  it('accepts decimal strings as the service answers them', () => {
    const r = assistantWriteSchema.parse({ ...valid, temperature: '0.70', top_p: '1.00' })
    expect(r.temperature).toBe(0.7)
  })

  it.each([
    [{ temperature: 1.01 }, 'temperature', 'between 0 and 1'],
    [{ top_p: -0.1 }, 'top_p', 'between 0 and 1'],
    [{ temperature: 0.123 }, 'temperature', '2 decimal places'],
    [{ temperature: 'warm' }, 'temperature', 'valid number'],
    [{ code: 'My_Assistant' }, 'code', 'lowercase letters'],
    [{ code: 'ab' }, 'code', 'at least 3'],
    [{ code: 'a'.repeat(256) }, 'code', 'no more than 255'],
    [{ model: 'gpt-5' }, 'model', 'not a valid choice'],
    [{ name: '' }, 'name', 'may not be blank'],
    [{ tools: ['x'] }, 'tools.0', 'valid integer'],
  ])('rejects %j with a DRF-style message at %s', (patch, field, message) => {
    const r = assistantWriteSchema.safeParse({ ...valid, ...patch })
    expect(r.success).toBe(false)
    if (!r.success) expect(zodToDrf(r.error)[field]?.join(' ')).toContain(message)
  })

  it('reports every missing required field as required', () => {
    const r = assistantWriteSchema.safeParse({})
    expect(r.success).toBe(false)
    if (!r.success) {
      const errors = zodToDrf(r.error)
      for (const f of ['code', 'name', 'instructions', 'tools']) expect(errors[f]).toEqual(['This field is required.'])
    }
  })

  it('names unknown fields', () => {
    const r = assistantWriteSchema.safeParse({ ...valid, colour: 'blue' })
    expect(r.success).toBe(false)
    if (!r.success) expect(zodToDrf(r.error).colour).toEqual(['Unknown field.'])
  })

  it('keeps fields a newer server adds when reading an assistant', () => {
    const a = assistantSchema.parse({ id: 1, ...valid, temperature: 0.5, future_field: { x: 1 } })
    expect(a.temperature).toBe('0.50')
    expect((a as Record<string, unknown>).future_field).toEqual({ x: 1 })
  })
})

describe('api contract', () => {
  it('reads headers as a JSON object of strings', () => {
    expect(parseHeaders('{"Authorization": "Bearer x"}')).toEqual({ Authorization: 'Bearer x' })
    expect(parseHeaders('[]')).toBeNull()
    expect(parseHeaders('{"n": 1}')).toBeNull()
    expect(parseHeaders('not json')).toBeNull()
  })

  it('requires a URL DRF accepts and a header object string', () => {
    const r = apiWriteSchema.safeParse({ code: 'cx', url: 'ftp://x', headers: '[1]' })
    expect(r.success).toBe(false)
    if (!r.success) {
      const e = zodToDrf(r.error)
      expect(e.url).toEqual(['Enter a valid URL.'])
      expect(e.headers?.[0]).toContain('JSON object')
    }
  })
})

describe('tools', () => {
  it('describes a tool from its data, parameters included', () => {
    const d = describeTool({
      id: 12,
      data: {
        name: 'call_api',
        description: 'Call an API',
        parameters: {
          type: 'object',
          properties: { api_code: { type: 'string' }, payload: { type: 'object' } },
          required: ['api_code'],
        },
      },
    })
    expect(d.name).toBe('call_api')
    expect(d.parameters).toEqual([
      { name: 'api_code', type: 'string', description: '', required: true },
      { name: 'payload', type: 'object', description: '', required: false },
    ])
  })

  it('copes with a tool whose data has an unexpected shape', () => {
    expect(describeTool({ id: 3, data: { whatever: true } })).toMatchObject({ name: 'tool-3', parameters: [] })
  })
})

describe('errors and events', () => {
  it('splits a DRF body into field errors, non-field errors and detail', () => {
    expect(readDrfBody({ code: ['taken'], non_field_errors: ['bad'], detail: 'Nope.' })).toEqual({
      fieldErrors: { code: ['taken'] },
      nonFieldErrors: ['bad'],
      detail: 'Nope.',
    })
  })

  it('validates stream events by name and ignores unknown ones', () => {
    expect(parseStreamEvent('delta', '{"text":"Hi"}')).toEqual({ event: 'delta', data: { text: 'Hi' } })
    expect(parseStreamEvent('heartbeat', '{}')).toBeNull()
    expect(() => parseStreamEvent('done', '{"nope":1}')).toThrow()
  })
})

describe('zodToDrf with hostile keys', () => {
  it('reports unknown fields named like Object.prototype members', () => {
    const r = assistantWriteSchema.safeParse(JSON.parse('{"__proto__": 1, "constructor": 2}'))
    expect(r.success).toBe(false)
    if (!r.success) {
      const e = zodToDrf(r.error)
      expect(e.constructor).toEqual(['Unknown field.'])
      expect(JSON.parse(JSON.stringify(e)).code).toEqual(['This field is required.'])
    }
  })
})
