/** `/apis/admin/assistants/` and `/apis/admin/assistants/{code}/`: CRUD of assistants. */
import type { Context, Hono } from 'hono'
import { badRequest, methodNotAllowed, notFound } from '../http/answers'
import { readBody } from '../http/read-body'
import { assistantBody } from '../store/serialize'
import type { ResolvedOptions } from '../options'
import type { Store } from '../store/store'
import { checkAssistantWrite } from './assistant-fields'

const BASE = '/apis/admin/assistants/'

async function write(c: Context, store: Store, mode: 'replace' | 'patch', strict: boolean): Promise<Response> {
  const current = store.assistantByCode(c.req.param('code') ?? '')
  if (!current) return notFound(c)
  const body = await readBody(c)
  if (!body.ok) return body.response
  const result = checkAssistantWrite(store, body.value, mode, current, strict)
  if (!result.ok) return badRequest(c, result.errors)
  Object.assign(current, result.fields)
  store.commit()
  return c.json(assistantBody(current, store), 200)
}

export function registerAssistants(app: Hono, store: Store, options: ResolvedOptions): void {
  const strict = options.strictFields
  app.get(BASE, (c) => c.json(store.state.assistants.map((a) => assistantBody(a, store))))

  app.post(BASE, async (c) => {
    const body = await readBody(c)
    if (!body.ok) return body.response
    const result = checkAssistantWrite(store, body.value, 'create', null, strict)
    if (!result.ok) return badRequest(c, result.errors)
    const record = { id: store.nextId('assistant'), ...result.fields }
    store.state.assistants.push(record)
    store.commit()
    return c.json(assistantBody(record, store), 201)
  })
  app.all(BASE, methodNotAllowed)

  app.get(`${BASE}:code/`, (c) => {
    const assistant = store.assistantByCode(c.req.param('code'))
    return assistant ? c.json(assistantBody(assistant, store)) : notFound(c)
  })
  app.put(`${BASE}:code/`, (c) => write(c, store, 'replace', strict))
  app.patch(`${BASE}:code/`, (c) => write(c, store, 'patch', strict))
  app.delete(`${BASE}:code/`, (c) => {
    const assistant = store.assistantByCode(c.req.param('code'))
    if (!assistant) return notFound(c)
    store.deleteAssistant(assistant)
    store.commit()
    return c.body(null, 204)
  })
  app.all(`${BASE}:code/`, methodNotAllowed)
}
