/** The checker used by every test: it finds real violations, and knows the mount prefix. */
import { describe, expect, it } from 'vitest'
import { createFlowiseConformanceValidator, FLOWISE_MOUNT_PATH, withoutMount } from './conformance'

const v = createFlowiseConformanceValidator()
const good = {
  id: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  details: '{"name":"a","model":"gpt-4"}',
  credential: '7db93c02-8d5a-4117-a8f1-3dfb6721b339',
  iconSrc: null,
  type: 'OPENAI',
  createdDate: '2024-08-24T14:15:22.000Z',
  updatedDate: '2024-08-24T14:15:22.000Z',
}

describe('the Flowise conformance checker', () => {
  it('accepts a Flowise answer, with or without the mount prefix', () => {
    expect(v.validate('GET', '/assistants', 200, [good])).toEqual([])
    expect(v.validate('GET', `${FLOWISE_MOUNT_PATH}/assistants/x`, 200, good)).toEqual([])
    expect(withoutMount(`${FLOWISE_MOUNT_PATH}/assistants`)).toBe('/assistants')
    expect(withoutMount('/platforms/flowiseX/assistants')).toBe('/platforms/flowiseX/assistants')
  })

  it('finds details answered as an object (Flowise answers its JSON text)', () => {
    expect(v.validate('GET', '/assistants/x', 200, { ...good, details: { name: 'a' } })).not.toEqual([])
  })

  it('finds a missing required field, a bad date and an undocumented status', () => {
    const { credential: _credential, ...noCredential } = good
    expect(v.validate('GET', '/assistants/x', 200, noCredential)).not.toEqual([])
    expect(v.validate('GET', '/assistants/x', 200, { ...good, createdDate: 'yesterday' })).not.toEqual([])
    expect(v.validate('GET', '/assistants/x', 500, { statusCode: 500, success: false, message: 'x' })).not.toEqual([])
  })

  it('checks error bodies: Flowise’s format, and its 401', () => {
    expect(
      v.validate('GET', '/assistants/x', 404, { statusCode: 404, success: false, message: 'm', stack: {} }),
    ).toEqual([])
    expect(v.validate('GET', '/assistants/x', 404, { detail: 'Not found.' })).not.toEqual([])
    expect(v.validate('GET', '/assistants', 401, { error: 'Unauthorized Access' })).toEqual([])
    expect(v.validate('GET', '/assistants', 401, { detail: 'nope' })).not.toEqual([])
  })

  it('a path outside the contract may answer 401 or 404 in Flowise’s shapes, nothing else', () => {
    expect(v.validate('GET', '/chatflows', 401, { error: 'Unauthorized Access' })).toEqual([])
    expect(
      v.validate('GET', '/chatflows', 404, { statusCode: 404, success: false, message: 'Cannot GET /chatflows' }),
    ).toEqual([])
    expect(v.validate('GET', '/chatflows', 404, { detail: 'Not found.' })).not.toEqual([])
    expect(v.validate('GET', '/chatflows', 200, [])).not.toEqual([])
  })
})
