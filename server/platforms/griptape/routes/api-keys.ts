/**
 * API keys: the organization's and a user's lists (paged), create (the secret
 * answered once), get, PATCH (rename, (de)activate) and delete.
 */
import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { apiKeyCreateSchema, apiKeyUpdateSchema } from '../../../../src/contract/griptape/api-key'
import { pageQuerySchema } from '../../../../src/contract/griptape/pagination'
import type { Deps, GriptapeEnv, GriptapeHono } from '../context'
import { notFound, paginate, readJsonObject, validateBody, validateQuery } from '../http'
import { apiKeyBody } from '../serialize'
import { newId, type ApiKeyRecord } from '../store'

function listKeys(c: Context<GriptapeEnv>, keys: ApiKeyRecord[]): Response {
  const query = validateQuery(c, pageQuerySchema, ['page', 'page_size'])
  if (!query.ok) return query.response
  const page = paginate(keys, query.data)
  return c.json({ api_keys: page.items.map(apiKeyBody), pagination: page.pagination })
}

async function createKey(c: Context<GriptapeEnv>, deps: Deps, createdBy: string): Promise<Response> {
  const body = await readJsonObject(c)
  if (!body.ok) return body.response
  const parsed = validateBody(c, apiKeyCreateSchema, body.data, deps.options.strictFields)
  if (!parsed.ok) return parsed.response
  const now = deps.iso()
  const record: ApiKeyRecord = {
    api_key_id: newId(),
    name: parsed.data.name,
    active: true,
    organization_id: deps.store.organizationId,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
    last_used: now,
    secret: `gt-${randomBytes(24).toString('hex')}`,
  }
  deps.store.apiKeys.set(record.api_key_id, record)
  return c.json({ ...apiKeyBody(record), value: record.secret }, 201)
}

export function registerApiKeys(app: GriptapeHono, deps: Deps): void {
  const { store } = deps
  const org = (c: Context<GriptapeEnv>) => c.req.param('organization_id') === store.organizationId
  const user = (c: Context<GriptapeEnv>) => store.users.get(c.req.param('user_id') ?? '')

  app.get('/organizations/:organization_id/api-keys', (c) => {
    if (!org(c)) return notFound(c, 'Organization')
    return listKeys(
      c,
      store.listApiKeys((k) => k.organization_id === store.organizationId),
    )
  })
  app.post('/organizations/:organization_id/api-keys', (c) => {
    if (!org(c)) return notFound(c, 'Organization')
    return createKey(c, deps, c.get('caller'))
  })
  app.get('/users/:user_id/api-keys', (c) => {
    const owner = user(c)
    if (!owner) return notFound(c, 'User')
    return listKeys(
      c,
      store.listApiKeys((k) => k.created_by === owner.user_id),
    )
  })
  app.post('/users/:user_id/api-keys', (c) => {
    const owner = user(c)
    if (!owner) return notFound(c, 'User')
    return createKey(c, deps, owner.user_id)
  })

  app.get('/api-keys/:api_key_id', (c) => {
    const key = store.apiKeys.get(c.req.param('api_key_id'))
    return key ? c.json(apiKeyBody(key)) : notFound(c, 'API key')
  })
  app.patch('/api-keys/:api_key_id', async (c) => {
    const key = store.apiKeys.get(c.req.param('api_key_id'))
    if (!key) return notFound(c, 'API key')
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const parsed = validateBody(c, apiKeyUpdateSchema, body.data, deps.options.strictFields)
    if (!parsed.ok) return parsed.response
    if (parsed.data.name !== undefined) key.name = parsed.data.name
    if (parsed.data.active !== undefined) key.active = parsed.data.active
    key.updated_at = deps.iso()
    return c.json(apiKeyBody(key))
  })
  app.delete('/api-keys/:api_key_id', (c) => {
    const id = c.req.param('api_key_id')
    if (!store.apiKeys.delete(id)) return notFound(c, 'API key')
    return c.body(null, 204)
  })
}
