import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/api-error'
import { describeConnectionFailure, hostOf, type FailureContext } from './connection-failure'

const cc: FailureContext = { authType: 'client_credentials', host: 'acme.deepdesk.com', customUrl: false }
const bearer: FailureContext = { ...cc, authType: 'bearer' }

const oauth = (error: string, status = 400) =>
  new ApiError({ kind: 'auth', status, body: { error }, message: `Sign-in failed (${error}).` })

describe('describeConnectionFailure', () => {
  it('puts a wrong client secret at the secret field', () => {
    expect(describeConnectionFailure(oauth('invalid_client', 401), cc)).toEqual({
      field: 'clientSecret',
      message: 'The client ID or secret is wrong (invalid_client).',
    })
  })

  it('says which host could not be reached; a custom URL gets it at the URL field', () => {
    const network = new ApiError({ kind: 'network', message: 'Failed to fetch' })
    expect(describeConnectionFailure(network, cc)).toEqual({
      field: null,
      message: 'Could not reach acme.deepdesk.com.',
    })
    const custom = describeConnectionFailure(network, { ...cc, host: '127.0.0.1:4010', customUrl: true })
    expect(custom.field).toBe('customBaseUrl')
    expect(custom.message).toMatch(/^Could not reach 127\.0\.0\.1:4010\./)
  })

  it('reports a scope refusal for the whole form', () => {
    const r = describeConnectionFailure(oauth('invalid_scope'), cc)
    expect(r.field).toBeNull()
    expect(r.message).toMatch(/may not use the Assistants API/)
  })

  it('marks the token field for a pasted token that is wrong (401) or lacks the scope (403)', () => {
    expect(describeConnectionFailure(ApiError.fromResponse(401, { detail: 'x' }), bearer)).toMatchObject({
      field: 'bearerToken',
      message: expect.stringMatching(/not accepted/),
    })
    expect(describeConnectionFailure(ApiError.fromResponse(403, { detail: 'x' }), bearer)).toMatchObject({
      field: 'bearerToken',
      message: expect.stringMatching(/assistants:read/),
    })
  })

  it('says a missing credential at its field', () => {
    const missing = new ApiError({ kind: 'auth', message: 'Enter the client secret.' })
    expect(describeConnectionFailure(missing, cc)).toEqual({
      field: 'clientSecret',
      message: 'Enter the client secret.',
    })
  })

  it('treats a 404 or a non-API answer as the wrong address', () => {
    expect(describeConnectionFailure(ApiError.fromResponse(404, null), { ...cc, customUrl: true }).field).toBe(
      'customBaseUrl',
    )
    const contract = new ApiError({ kind: 'contract', message: 'bad' })
    expect(describeConnectionFailure(contract, cc).message).toMatch(/not like the Assistants API/)
  })
})

describe('hostOf', () => {
  it('prefers the upstream target, then the base URL, then this page', () => {
    expect(hostOf({ baseUrl: '/proxy/staging', target: 'https://acme.deepdesk.com' }, 'http://127.0.0.1:4180')).toBe(
      'acme.deepdesk.com',
    )
    expect(hostOf({ baseUrl: 'http://127.0.0.1:4010' }, 'http://127.0.0.1:4180')).toBe('127.0.0.1:4010')
    expect(hostOf({ baseUrl: '' }, 'http://127.0.0.1:4180')).toBe('127.0.0.1:4180')
  })
})
