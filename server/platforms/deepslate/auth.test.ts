/** API key handling: the demo key, the environment variable, the factory option, and 401s in Deepslate's format. */
import { describe, expect, it } from 'vitest'
import { ASSISTANTS, makeDeepslate } from './test-helpers'
import { DEEPSLATE_DEMO_KEY_ENV, DEMO_DEEPSLATE_KEY } from './app'

describe('API key', () => {
  it('the demo key works; the env var name and default are exported', async () => {
    expect(DEMO_DEEPSLATE_KEY).toBe('demo-deepslate-key')
    expect(DEEPSLATE_DEMO_KEY_ENV).toBe('DEEPSLATE_DEMO_KEY')
    const t = makeDeepslate()
    expect((await t.call('GET', ASSISTANTS)).status).toBe(200)
    expect(
      (await t.call('GET', ASSISTANTS, { headers: { Authorization: `bearer   ${DEMO_DEEPSLATE_KEY}` }, key: null }))
        .status,
    ).toBe(200)
    await t.expectConformant()
  })

  it('no key: 401 in the wrapper, with WWW-Authenticate', async () => {
    const t = makeDeepslate()
    const res = await t.call('GET', ASSISTANTS, { key: null })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(res.body).toEqual({
      success: false,
      timestamp: expect.any(String),
      message: 'Full authentication is required to access this resource',
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    await t.expectConformant()
  })

  it('a wrong key, another scheme, or an empty bearer: 401 on every operation', async () => {
    const t = makeDeepslate()
    const item = `${ASSISTANTS}/c0a80101-1d2e-4f3a-8b4c-5d6e7f8a9b01`
    for (const [method, path] of [
      ['GET', ASSISTANTS],
      ['POST', ASSISTANTS],
      ['GET', item],
      ['PUT', item],
      ['DELETE', item],
    ] as const) {
      const json = method === 'POST' || method === 'PUT' ? {} : undefined
      const wrong = await t.call(method, path, { key: 'not-the-key', json })
      expect(wrong.status).toBe(401)
      expect(wrong.body).toMatchObject({ success: false, message: 'Invalid API key' })
      expect(wrong.headers.get('www-authenticate')).toContain('invalid_token')
      expect(
        (await t.call(method, path, { key: null, headers: { Authorization: `Basic ${DEMO_DEEPSLATE_KEY}` } })).status,
      ).toBe(401)
      expect((await t.call(method, path, { key: null, headers: { Authorization: 'Bearer ' } })).status).toBe(401)
    }
    // Nothing was deleted by the refused DELETE.
    expect((await t.call('GET', item)).status).toBe(200)
    await t.expectConformant()
  })

  it('the environment variable replaces the demo key; the option wins over both', async () => {
    const fromEnv = makeDeepslate({ env: { DEEPSLATE_DEMO_KEY: 'env-key' } })
    expect((await fromEnv.call('GET', ASSISTANTS, { key: 'env-key' })).status).toBe(200)
    expect((await fromEnv.call('GET', ASSISTANTS)).status).toBe(401)
    const fromOption = makeDeepslate({ env: { DEEPSLATE_DEMO_KEY: 'env-key' }, apiKey: 'option-key' })
    expect((await fromOption.call('GET', ASSISTANTS, { key: 'option-key' })).status).toBe(200)
    expect((await fromOption.call('GET', ASSISTANTS, { key: 'env-key' })).status).toBe(401)
  })

  it('a CORS preflight needs no key', async () => {
    const t = makeDeepslate()
    const res = await t.call('OPTIONS', ASSISTANTS, {
      key: null,
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
