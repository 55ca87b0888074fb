import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toAnswer, makeTestApi, type Answer } from './test-helpers'
import { OLDER_SUMMARIZER_INSTRUCTIONS } from './tenants/production-seed'
import { tenantDataFile } from './app'

const P = '/tenants/production'

/** Calls under the production tenant with its own token. */
async function production(app: Awaited<ReturnType<typeof makeTestApi>>['app']) {
  const res = await app.request(`${P}/oauth/token/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
      scope: 'assistants:read assistants:write',
    }).toString(),
  })
  expect(res.status).toBe(200)
  const token = ((await res.json()) as { access_token: string }).access_token
  const call = async (method: string, p: string, json?: unknown, bearer = token): Promise<Answer> =>
    toAnswer(
      await app.request(`${P}${p}`, {
        method,
        headers: {
          Authorization: `Bearer ${bearer}`,
          ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
      }),
    )
  return { token, call }
}

const codes = (a: Answer) => (a.body as Array<{ code: string }>).map((x) => x.code)

describe('the production tenant', () => {
  it('serves the same paths with the demo credentials, seeded close to staging but not equal', async () => {
    const staging = await makeTestApi()
    const prod = await production(staging.app)
    const [sAssistants, pAssistants] = [
      await staging.call('GET', '/apis/admin/assistants/'),
      await prod.call('GET', '/apis/admin/assistants/'),
    ]
    expect(codes(pAssistants)).toEqual(codes(sAssistants))
    const summarizer = await prod.call('GET', '/apis/admin/assistants/demo-conversation-summarizer/')
    expect(summarizer.body).toMatchObject({ instructions: OLDER_SUMMARIZER_INSTRUCTIONS })
    expect(codes(await staging.call('GET', '/apis/admin/assistants/apis/'))).toContain('demo-crm')
    expect(codes(await prod.call('GET', '/apis/admin/assistants/apis/'))).not.toContain('demo-crm')
    const routes = (await prod.call('GET', '/apis/admin/assistants/demo-routing-assistant/routes/')).body
    const stagingRoutes = (await staging.call('GET', '/apis/admin/assistants/demo-routing-assistant/routes/')).body
    expect(routes).not.toEqual(stagingRoutes)
    expect((routes as unknown[]).length).toBe((stagingRoutes as unknown[]).length)
    await staging.expectConformant()
  })

  it('is independent: writes and tokens of one tenant are invisible to the other', async () => {
    const staging = await makeTestApi()
    const prod = await production(staging.app)
    const body = { code: 'tenant-only', name: 'T', instructions: 'x', tools: [] }
    expect((await prod.call('POST', '/apis/admin/assistants/', body)).status).toBe(201)
    expect((await staging.call('GET', '/apis/admin/assistants/tenant-only/')).status).toBe(404)
    expect((await staging.call('POST', '/apis/admin/assistants/', { json: { ...body, name: 'S' } })).status).toBe(201)
    expect((await prod.call('GET', '/apis/admin/assistants/tenant-only/')).body).toMatchObject({ name: 'T' })
    await staging.call('DELETE', '/apis/admin/assistants/demo-reply-suggester/')
    expect((await prod.call('GET', '/apis/admin/assistants/demo-reply-suggester/')).status).toBe(200)
    // A token is only good at the tenant that issued it.
    expect((await prod.call('GET', '/apis/admin/assistants/', undefined, await staging.token())).status).toBe(401)
    expect((await staging.call('GET', '/apis/admin/assistants/', { token: prod.token })).status).toBe(401)
    await staging.expectConformant()
  })

  it('evaluates under its prefix', async () => {
    const staging = await makeTestApi()
    const prod = await production(staging.app)
    const res = await prod.call(
      'POST',
      '/api/v2/assistants/demo-conversation-summarizer/evaluate?conversation_id=667d72034007c600072f766a',
      { input: { media_type: 'chat' } },
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ output: expect.any(String) })
    await staging.expectConformant()
  })

  it('fails the next matching write when a fault is armed, once, and stays conformant', async () => {
    const staging = await makeTestApi()
    const prod = await production(staging.app)
    const arm = await prod.call('POST', '/mock/faults', {
      fail_next: { method: 'post', path: '/apis/admin/assistants/', status: 500 },
    })
    expect(arm.status).toBe(201)
    expect(arm.body).toEqual({
      faults: [{ method: 'POST', path: '/apis/admin/assistants/', status: 500, remaining: 1 }],
    })
    const body = { code: 'faulty', name: 'F', instructions: 'x', tools: [] }
    // Reads and the other tenant are untouched.
    expect((await prod.call('GET', '/apis/admin/assistants/')).status).toBe(200)
    expect((await staging.call('POST', '/apis/admin/assistants/', { json: body })).status).toBe(201)
    const failed = await prod.call('POST', '/apis/admin/assistants/', body)
    expect(failed.status).toBe(500)
    expect(failed.headers.get('X-Mock-Fault')).toBe('1')
    expect((await prod.call('GET', '/apis/admin/assistants/faulty/')).status).toBe(404)
    expect((await prod.call('POST', '/apis/admin/assistants/', body)).status).toBe(201)
    expect((await prod.call('GET', '/mock/faults')).body).toEqual({ faults: [] })
    // Prefix faults, several times, then cleared.
    await prod.call('POST', '/mock/faults', {
      fail_next: { method: 'PATCH', path: '/apis/admin/assistants/*', status: 503, count: 5 },
    })
    expect((await prod.call('PATCH', '/apis/admin/assistants/faulty/', { name: 'G' })).status).toBe(503)
    expect((await prod.call('DELETE', '/mock/faults')).status).toBe(204)
    expect((await prod.call('PATCH', '/apis/admin/assistants/faulty/', { name: 'G' })).status).toBe(200)
    expect((await prod.call('POST', '/mock/faults', { fail_next: { method: 'GET' } })).status).toBe(400)
    await staging.expectConformant()
  })

  it('persists to its own file beside the default one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mock-tenants-'))
    try {
      const file = path.join(dir, 'state.json')
      expect(tenantDataFile(file, 'production')).toBe(path.join(dir, 'state.production.json'))
      const first = await makeTestApi({ dataFile: file })
      const prod = await production(first.app)
      await prod.call('POST', '/apis/admin/assistants/', { code: 'kept-prod', name: 'K', instructions: 'x', tools: [] })
      expect(fs.existsSync(path.join(dir, 'state.production.json'))).toBe(true)
      const second = await makeTestApi({ dataFile: file })
      expect((await (await production(second.app)).call('GET', '/apis/admin/assistants/kept-prod/')).status).toBe(200)
      expect((await second.call('GET', '/apis/admin/assistants/kept-prod/')).status).toBe(404)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
