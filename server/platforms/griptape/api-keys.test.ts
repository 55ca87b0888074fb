/** API keys and users: lists at the seed's paths, create (secret once), rename, deactivate, delete. */
import { afterAll, describe, expect, it } from 'vitest'
import { GRIPTAPE_SEED as SEED } from './app'
import { makeGriptape } from './test-helpers'

const t = makeGriptape({ liveSeedRun: false })
afterAll(async () => {
  await t.expectConformant()
  t.app.dispose()
})

const orgKeys = `/organizations/${SEED.organizationId}/api-keys`
const userKeys = `/users/${SEED.userId}/api-keys`

describe('API keys', () => {
  it('create answers the secret once; the key then authenticates until deactivated', async () => {
    const created = await t.call('POST', userKeys, { json: { name: 'Notebook' } })
    expect(created.status).toBe(201)
    const key = created.body as { api_key_id: string; value: string; created_by: string; active: boolean }
    expect(key).toMatchObject({ name: 'Notebook', active: true, created_by: SEED.userId })
    expect(key.value).toMatch(/^gt-[0-9a-f]{48}$/)
    const fetched = await t.call('GET', `/api-keys/${key.api_key_id}`)
    expect(fetched.body).not.toHaveProperty('value')
    expect(fetched.text).not.toContain(key.value)
    expect((await t.call('GET', userKeys)).text).not.toContain(key.value)

    t.clock.advance(5000)
    expect((await t.call('GET', '/users', { key: key.value })).status).toBe(200)
    const used = (await t.call('GET', `/api-keys/${key.api_key_id}`)).body as { last_used: string; created_at: string }
    expect(used.last_used > used.created_at).toBe(true)

    const renamed = await t.call('PATCH', `/api-keys/${key.api_key_id}`, { json: { name: 'Laptop', active: false } })
    expect(renamed.body).toMatchObject({ name: 'Laptop', active: false })
    const refused = await t.call('GET', '/users', { key: key.value })
    expect(refused.status).toBe(401)
    await t.call('PATCH', `/api-keys/${key.api_key_id}`, { json: { active: true } })
    expect((await t.call('GET', '/users', { key: key.value })).status).toBe(200)

    expect((await t.call('DELETE', `/api-keys/${key.api_key_id}`)).status).toBe(204)
    expect((await t.call('GET', `/api-keys/${key.api_key_id}`)).status).toBe(404)
    expect((await t.call('GET', '/users', { key: key.value })).status).toBe(401)
  })

  it("organization keys are listed for the organization; a user's for that user", async () => {
    const created = await t.call('POST', orgKeys, { json: { name: 'Deploy bot' } })
    expect(created.status).toBe(201)
    const org = (await t.call('GET', `${orgKeys}?page_size=1`)).body as {
      api_keys: Array<{ name: string }>
      pagination: { total_count: number; next_page?: number }
    }
    expect(org.api_keys.map((k) => k.name)).toEqual(['Deploy bot'])
    expect(org.pagination).toMatchObject({ total_count: 3, next_page: 2 })
    const id = (created.body as { api_key_id: string }).api_key_id
    await t.call('DELETE', `/api-keys/${id}`)
  })

  it('per-field errors, nothing stored; unknown ids and owners are 404', async () => {
    const count = async () =>
      ((await t.call('GET', orgKeys)).body as { pagination: { total_count: number } }).pagination.total_count
    const before = await count()
    expect((await t.call('POST', orgKeys, { json: {} })).body).toEqual({
      type: 'ValidationError',
      errors: [{ field: 'name', message: 'This field is required.' }],
    })
    expect((await t.call('POST', userKeys, { json: { name: 'x'.repeat(201) } })).body).toEqual({
      type: 'ValidationError',
      errors: [{ field: 'name', message: 'Must be at most 200 characters.' }],
    })
    expect(
      (await t.call('PATCH', `/api-keys/${SEED.apiKeys.local}`, { json: { name: '', active: 'no' } })).body,
    ).toEqual({
      type: 'ValidationError',
      errors: [
        { field: 'name', message: 'Must not be empty.' },
        { field: 'active', message: 'Must be true or false.' },
      ],
    })
    expect((await t.call('GET', `/api-keys/${SEED.apiKeys.local}`)).body).toMatchObject({ name: 'Local development' })
    expect(await count()).toBe(before)
    expect((await t.call('GET', '/organizations/other/api-keys')).status).toBe(404)
    expect((await t.call('POST', '/users/other/api-keys', { json: { name: 'x' } })).status).toBe(404)
    expect((await t.call('PATCH', '/api-keys/other', { json: { name: 'x' } })).status).toBe(404)
    expect((await t.call('DELETE', '/api-keys/other')).status).toBe(404)
  })
})
