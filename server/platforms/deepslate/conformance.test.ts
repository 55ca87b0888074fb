/** The contract file itself and the checker built on it: violations are caught, amendments are marked and listed. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadOpenApi } from '../../mock/conformance'
import { createDeepslateValidator, DEEPSLATE_OPENAPI_FILE, platformPath } from './conformance'
import { SEED_CREATE_ANSWER_DATA } from './seed-example'
import { ASSISTANTS } from './test-helpers'

const v = createDeepslateValidator()
const wrap = (data: unknown) => ({
  success: true,
  timestamp: '2025-04-17T14:23:30Z',
  message: 'ok',
  data,
  traceId: 't',
})

describe('conformance checker', () => {
  it("accepts the reference's documented answers", () => {
    expect(v.validate('POST', ASSISTANTS, 201, wrap(SEED_CREATE_ANSWER_DATA))).toEqual([])
    expect(
      v.validate('GET', `${ASSISTANTS}/${SEED_CREATE_ANSWER_DATA.id}`, 200, wrap(SEED_CREATE_ANSWER_DATA)),
    ).toEqual([])
    const page = {
      ...wrap([{ id: '550e8400-e29b-41d4-a716-446655440000', name: 'Support Assistant' }]),
      page: 0,
      size: 20,
      totalElements: 100,
      totalPages: 5,
    }
    expect(v.validate('GET', ASSISTANTS, 200, page)).toEqual([])
  })

  it('catches answers that break the contract, saying where', () => {
    const noParams = {
      ...SEED_CREATE_ANSWER_DATA,
      extensions: [{ ...SEED_CREATE_ANSWER_DATA.extensions[0], parameters: { kb_url: 'x' } }],
    }
    expect(v.validate('GET', `${ASSISTANTS}/${SEED_CREATE_ANSWER_DATA.id}`, 200, wrap(noParams)).join('\n')).toMatch(
      /extensions\/0/,
    )
    expect(v.validate('GET', ASSISTANTS, 200, wrap([]))).not.toEqual([]) // no page fields
    expect(v.validate('DELETE', `${ASSISTANTS}/${SEED_CREATE_ANSWER_DATA.id}`, 204, undefined)[0]).toMatch(
      /not documented/,
    )
    expect(v.validate('GET', ASSISTANTS, 401, { detail: 'no' })).not.toEqual([])
    expect(
      v.validate('GET', ASSISTANTS, 400, {
        success: false,
        timestamp: '2025-04-17T14:23:30Z',
        message: 'm',
        traceId: 't',
        errors: [{ field: 'page' }],
      }),
    ).not.toEqual([])
  })

  it('unknown paths must answer a 404 in the error wrapper', () => {
    const error = { success: false, timestamp: '2025-04-17T14:23:30Z', message: 'No endpoint', traceId: 't' }
    expect(v.validate('GET', '/nowhere', 404, error)).toEqual([])
    expect(v.validate('GET', '/nowhere', 404, { detail: 'Not found.' })).not.toEqual([])
    expect(v.validate('GET', '/nowhere', 200, {})[0]).toMatch(/no documented operation/)
  })

  it('reads paths under any mount prefix', () => {
    expect(platformPath(`/platforms/deepslate${ASSISTANTS}`)).toBe(ASSISTANTS)
    expect(platformPath('/platforms/deepslate/mock/conformance')).toBe('/mock/conformance')
    expect(platformPath('/other')).toBe('/other')
  })
})

describe('the contract file', () => {
  const doc = loadOpenApi(DEEPSLATE_OPENAPI_FILE) as unknown as {
    paths: Record<string, Record<string, Record<string, unknown>>>
  }
  const text = readFileSync(DEEPSLATE_OPENAPI_FILE, 'utf8')
  const notes = readFileSync(new URL('../../../contract/deepslate.md', import.meta.url), 'utf8')

  it("keeps the seed's path exactly; mock-only paths are flagged", () => {
    expect(Object.keys(doc.paths)).toContain('/api/v1/vendors/{vendorId}/organizations/{organizationId}/assistants')
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue
        expect(op['x-mock-only'] === true).toBe(path.startsWith('/mock/'))
      }
  })

  it('the undocumented operations are amendments, and deepslate.md lists every amended place', () => {
    const item = doc.paths['/api/v1/vendors/{vendorId}/organizations/{organizationId}/assistants/{assistantId}'] ?? {}
    expect(item.put?.['x-amendment']).toEqual(expect.any(String))
    expect(item.delete?.['x-amendment']).toEqual(expect.any(String))
    expect((text.match(/x-amendment:/g) ?? []).length).toBeGreaterThan(20)
    for (const name of [
      'ErrorResponse',
      'PUT',
      'DELETE',
      '201',
      'secret_key',
      'auth_token',
      'max_results',
      'telephoneNumberId',
      'sort',
      'Bearer',
    ])
      expect(notes).toContain(name)
  })
})
