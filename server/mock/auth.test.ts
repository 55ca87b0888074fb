import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oauthErrorSchema, tokenResponseSchema } from '../../src/contract/oauth'
import { makeTestApi, toAnswer, type TestApi } from './test-helpers'

let t: TestApi
let clock = 1_700_000_000_000
beforeAll(async () => {
  t = await makeTestApi({ tokenTtlSeconds: 60, now: () => clock })
})
afterAll(async () => {
  await t.expectConformant()
})

function tokenRequest(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return t.call('POST', '/oauth/token/', {
    token: null,
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  })
}
const creds = { grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' }

describe('POST /oauth/token/', () => {
  it('issues a bearer token with the granted scope', async () => {
    const res = await tokenRequest({ ...creds, scope: 'assistants:read' })
    expect(res.status).toBe(200)
    expect(tokenResponseSchema.parse(res.body)).toMatchObject({
      token_type: 'Bearer',
      expires_in: 60,
      scope: 'assistants:read',
    })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('defaults to every scope the client may have', async () => {
    expect((await tokenRequest(creds)).body).toMatchObject({ scope: 'assistants:read assistants:write' })
  })

  it('accepts HTTP Basic client authentication', async () => {
    const basic = Buffer.from('demo-client:demo-secret').toString('base64')
    const res = await tokenRequest({ grant_type: 'client_credentials' }, { Authorization: `Basic ${basic}` })
    expect(res.status).toBe(200)
  })

  it('grants the read-only client only read, even when it asks for write', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'demo-readonly',
      client_secret: 'demo-readonly-secret',
      scope: 'assistants:read assistants:write',
    })
    expect(res.body).toMatchObject({ scope: 'assistants:read' })
    const onlyWrite = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'demo-readonly',
      client_secret: 'demo-readonly-secret',
      scope: 'assistants:write',
    })
    expect(onlyWrite.body).toMatchObject({ error: 'invalid_scope' })
  })

  const errors: Array<[string, Record<string, string>, number, string]> = [
    ['wrong secret', { ...creds, client_secret: 'nope' }, 401, 'invalid_client'],
    ['unknown client', { ...creds, client_id: 'who' }, 401, 'invalid_client'],
    ['no client', { grant_type: 'client_credentials' }, 401, 'invalid_client'],
    ['missing grant_type', { client_id: 'demo-client', client_secret: 'demo-secret' }, 400, 'invalid_request'],
    ['other grant type', { ...creds, grant_type: 'password' }, 400, 'unsupported_grant_type'],
    ['unknown scope', { ...creds, scope: 'assistants:read admin' }, 400, 'invalid_scope'],
  ]
  it.each(errors)('%s → %i %s', async (_name, fields, status, error) => {
    const res = await tokenRequest(fields)
    expect(res.status).toBe(status)
    expect(oauthErrorSchema.parse(res.body).error).toBe(error)
    if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Basic/)
  })

  it('rejects JSON bodies and repeated parameters with invalid_request', async () => {
    const json = await t.call('POST', '/oauth/token/', { token: null, json: creds })
    expect(json).toMatchObject({ status: 400, body: { error: 'invalid_request' } })
    const repeated = await t.call('POST', '/oauth/token/', {
      token: null,
      body: 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret&scope=a&scope=b',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(repeated.body).toMatchObject({ error: 'invalid_request' })
  })
})

describe('bearer authentication and scopes', () => {
  it('401 without a token, with WWW-Authenticate', async () => {
    const res = await t.call('GET', '/apis/admin/assistants/', { token: null })
    expect(res).toMatchObject({ status: 401, body: { detail: 'Authentication credentials were not provided.' } })
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    const evaluate = await t.call('POST', '/api/v2/assistants/demo-reply-suggester/evaluate', {
      token: null,
      json: { input: {} },
    })
    expect(evaluate.status).toBe(401)
  })

  it('401 for an unknown or expired token', async () => {
    expect((await t.call('GET', '/apis/admin/assistants/', { token: 'made-up' })).body).toEqual({
      detail: 'Invalid or expired token.',
    })
    const token = await t.token('assistants:read')
    expect((await t.call('GET', '/apis/admin/assistants/', { token })).status).toBe(200)
    clock += 61_000
    const expired = await t.call('GET', '/apis/admin/assistants/', { token })
    expect(expired).toMatchObject({ status: 401, body: { detail: 'Invalid or expired token.' } })
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer/)
  })

  it('403 when a read token writes; a read token reads and evaluates', async () => {
    const read = await t.token('assistants:read')
    const res = await t.call('POST', '/apis/admin/assistants/', { token: read, json: {} })
    expect(res).toMatchObject({ status: 403, body: { detail: 'You do not have permission to perform this action.' } })
    expect((await t.call('DELETE', '/apis/admin/assistants/apis/demo-crm/', { token: read })).status).toBe(403)
    expect((await t.call('GET', '/apis/admin/assistants/tools/', { token: read })).status).toBe(200)
    expect(
      (await t.call('POST', '/api/v2/assistants/demo-reply-suggester/evaluate', { token: read, json: { input: {} } }))
        .status,
    ).toBe(200)
  })

  it('403 when a write-only token reads or evaluates', async () => {
    const write = await t.token('assistants:write')
    expect((await t.call('GET', '/apis/admin/assistants/', { token: write })).status).toBe(403)
    expect(
      (await t.call('POST', '/api/v2/assistants/demo-reply-suggester/evaluate', { token: write, json: { input: {} } }))
        .status,
    ).toBe(403)
  })
})

describe('CORS', () => {
  it('answers preflight for any origin with Authorization allowed', async () => {
    const res = await toAnswer(
      await t.app.request('/apis/admin/assistants/', {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://console.example',
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      }),
    )
    expect(res.status).toBeLessThan(300)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
  })

  it('adds CORS headers to answers, errors and streams', async () => {
    const res = await t.call('GET', '/apis/admin/assistants/', {
      token: null,
      headers: { Origin: 'http://console.example' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate')
    // The clock moved past the default token's expiry above: take a fresh one.
    const stream = await t.call('POST', '/api/v2/assistants/demo-reply-suggester/evaluate', {
      token: await t.token(),
      json: { input: {} },
      headers: { Origin: 'http://console.example', Accept: 'text/event-stream' },
    })
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    expect(stream.headers.get('access-control-allow-origin')).toBe('*')
  })
})
