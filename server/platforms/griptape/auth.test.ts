/** Bearer keys: the demo key (option, env var, default), created keys; 401 in Griptape format otherwise. */
import { afterAll, describe, expect, it } from 'vitest'
import { createGriptapeApp, DEMO_GRIPTAPE_KEY, GRIPTAPE_DEMO_KEY_ENV } from './app'
import { makeGriptape, toAnswer } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

describe('auth', () => {
  it('the demo key works on every path', async () => {
    expect(DEMO_GRIPTAPE_KEY).toBe('demo-griptape-key')
    expect((await t.call('GET', '/assistants')).status).toBe(200)
  })

  it('no key: 401 with Griptape error body', async () => {
    const res = await t.call('GET', '/assistants', { key: null })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(res.body).toEqual({
      type: 'UnauthorizedError',
      errors: [{ message: 'Authentication required: send "Authorization: Bearer <API key>".' }],
    })
  })

  it('wrong key, or a seeded key that was deactivated: 401; and nothing is written', async () => {
    const before = (await t.call('GET', '/assistants')).body
    const res = await t.call('POST', '/assistants', { key: 'nope', json: { name: 'Sneaky' } })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ type: 'UnauthorizedError', errors: [{ message: 'Invalid or deactivated API key.' }] })
    expect((await t.call('GET', '/users', { key: 'gt-seeded-ci-key-deactivated-0000000000000000' })).status).toBe(401)
    expect((await t.call('GET', '/users', { key: 'gt-seeded-local-development-key-000000000000' })).status).toBe(200)
    expect((await t.call('GET', '/assistants')).body).toEqual(before)
    const basic = await t.call('GET', '/users', { key: null, headers: { Authorization: 'Basic abc' } })
    expect(basic.status).toBe(401)
  })

  it('401 also on unknown paths and streams', async () => {
    expect((await t.call('GET', '/nowhere', { key: null })).status).toBe(401)
    expect((await t.call('GET', '/assistant-runs/x/events/stream', { key: null })).status).toBe(401)
  })

  it('the key can be set by option or by environment variable', async () => {
    expect(GRIPTAPE_DEMO_KEY_ENV).toBe('GRIPTAPE_DEMO_KEY')
    const byEnv = createGriptapeApp({ env: { GRIPTAPE_DEMO_KEY: 'from-env' }, liveSeedRun: false })
    const ask = async (app: typeof byEnv, key: string) =>
      (await toAnswer(await app.request('/users', { headers: { Authorization: `Bearer ${key}` } }))).status
    expect(await ask(byEnv, 'from-env')).toBe(200)
    expect(await ask(byEnv, DEMO_GRIPTAPE_KEY)).toBe(401)
    const byOption = createGriptapeApp({
      apiKey: 'from-option',
      env: { GRIPTAPE_DEMO_KEY: 'from-env' },
      liveSeedRun: false,
    })
    expect(await ask(byOption, 'from-option')).toBe(200)
    expect(await ask(byOption, 'from-env')).toBe(401)
    byEnv.dispose()
    byOption.dispose()
  })

  it('CORS preflight needs no key', async () => {
    const res = await t.app.request('/assistants', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    })
    expect(res.status).toBeLessThan(300)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})
