/** `Authorization: Bearer <key>`: the demo key, FLOWISE_DEMO_KEY, the apiKey option; Flowise's 401 otherwise. */
import { describe, expect, it } from 'vitest'
import { DEMO_FLOWISE_KEY, FLOWISE_KEY_ENV } from './app'
import { SEED_ASSISTANT_ID } from './seed'
import { makeFlowiseTestApi } from './test-helpers'

const UNAUTHORIZED = { error: 'Unauthorized Access' }

describe('auth', () => {
  const t = makeFlowiseTestApi()

  it('the demo key is demo-flowise-key, read from FLOWISE_DEMO_KEY when set', () => {
    expect(DEMO_FLOWISE_KEY).toBe('demo-flowise-key')
    expect(FLOWISE_KEY_ENV).toBe('FLOWISE_DEMO_KEY')
  })

  it.each([
    ['GET', '/assistants'],
    ['POST', '/assistants'],
    ['GET', `/assistants/${SEED_ASSISTANT_ID}`],
    ['PUT', `/assistants/${SEED_ASSISTANT_ID}`],
    ['DELETE', `/assistants/${SEED_ASSISTANT_ID}`],
    ['GET', '/credentials'],
    ['GET', '/no-such-path'],
  ])('%s %s without a key: 401 {"error": "Unauthorized Access"}', async (method, path) => {
    const res = await t.call(method, path, { key: null })
    expect(res.status).toBe(401)
    expect(res.body).toEqual(UNAUTHORIZED)
  })

  it('a wrong key, another scheme, or an empty bearer: 401', async () => {
    expect((await t.call('GET', '/assistants', { key: 'wrong' })).status).toBe(401)
    for (const value of [`Basic ${DEMO_FLOWISE_KEY}`, 'Bearer', 'Bearer ', DEMO_FLOWISE_KEY]) {
      const res = await t.call('GET', '/assistants', { key: null, headers: { Authorization: value } })
      expect(res.status, value).toBe(401)
    }
  })

  it('the scheme is case-insensitive, as HTTP says', async () => {
    const res = await t.call('GET', '/assistants', {
      key: null,
      headers: { Authorization: `bearer ${DEMO_FLOWISE_KEY}` },
    })
    expect(res.status).toBe(200)
  })

  it('a rejected write stores nothing', async () => {
    const before = (await t.call('GET', '/assistants')).text
    await t.call('DELETE', `/assistants/${SEED_ASSISTANT_ID}`, { key: 'wrong' })
    await t.call('POST', '/assistants', { key: null, json: { details: { name: 'x', model: 'y' } } })
    expect((await t.call('GET', '/assistants')).text).toBe(before)
  })

  it('conforms', () => t.expectConformant())
})

describe('choosing the key', () => {
  it('FLOWISE_DEMO_KEY replaces the demo key', async () => {
    const t = makeFlowiseTestApi({ env: { FLOWISE_DEMO_KEY: 'from-env' } })
    expect((await t.call('GET', '/assistants', { key: 'from-env' })).status).toBe(200)
    expect((await t.call('GET', '/assistants', { key: DEMO_FLOWISE_KEY })).status).toBe(401)
  })

  it('a blank FLOWISE_DEMO_KEY keeps the demo key', async () => {
    const t = makeFlowiseTestApi({ env: { FLOWISE_DEMO_KEY: '  ' } })
    expect((await t.call('GET', '/assistants', { key: DEMO_FLOWISE_KEY })).status).toBe(200)
  })

  it('the apiKey option wins over the environment', async () => {
    const t = makeFlowiseTestApi({ apiKey: 'from-option', env: { FLOWISE_DEMO_KEY: 'from-env' } })
    expect((await t.call('GET', '/assistants', { key: 'from-option' })).status).toBe(200)
    expect((await t.call('GET', '/assistants', { key: 'from-env' })).status).toBe(401)
  })
})
