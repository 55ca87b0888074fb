/**
 * `/apis/admin/assistants/apis/` and `.../apis/{code}/`: the external APIs
 * call_api reaches. Writes accept JSON, form-encoded and multipart, as the
 * spec lists for create (DRF's parsers apply to every write alike).
 */
import type { Context, Hono } from 'hono'
import { API_READ_ONLY_FIELDS, apiPatchSchema, apiWriteSchema } from '../../../src/contract/api'
import { codeSchema, isPlainObject } from '../../../src/contract/common'
import type { DrfErrorBody } from '../../../src/contract/errors'
import { addError, badRequest, methodNotAllowed, notFound } from '../http/answers'
import { readBody, type BodyKind } from '../http/read-body'
import { validateBody } from '../http/validate'
import type { ResolvedOptions } from '../options'
import { apiBody } from '../store/serialize'
import type { ApiRecord } from '../store/state'
import type { Store } from '../store/store'

const BASE = '/apis/admin/assistants/apis/'
const KINDS: BodyKind[] = ['json', 'form', 'multipart']

type ApiFields = Omit<ApiRecord, 'id'>

/** Everything is checked before anything is stored: the caller writes only on `ok`. */
function checkApi(
  store: Store,
  body: unknown,
  mode: 'create' | 'replace' | 'patch',
  current: ApiRecord | null,
  strictFields: boolean,
) {
  const schema = mode === 'patch' ? apiPatchSchema : apiWriteSchema
  const parsed = validateBody(schema, body, API_READ_ONLY_FIELDS, strictFields)
  const errors: DrfErrorBody = Object.assign(Object.create(null) as DrfErrorBody, parsed.ok ? {} : parsed.errors)
  if (isPlainObject(body) && codeSchema.safeParse(body.code).success) {
    const owner = store.apiByCode(body.code as string)
    if (owner && owner.id !== current?.id) addError(errors, 'code', 'api with this code already exists.')
  }
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false as const, errors }
  const base: ApiFields = current
    ? { code: current.code, url: current.url, headers: current.headers }
    : { code: '', url: '', headers: '{}' }
  const fields: ApiFields = {
    code: parsed.data.code ?? base.code,
    url: parsed.data.url ?? base.url,
    headers: parsed.data.headers ?? base.headers,
  }
  return { ok: true as const, fields }
}

async function write(c: Context, store: Store, mode: 'replace' | 'patch', strict: boolean): Promise<Response> {
  const current = store.apiByCode(c.req.param('code') ?? '')
  if (!current) return notFound(c)
  const body = await readBody(c, KINDS)
  if (!body.ok) return body.response
  const result = checkApi(store, body.value, mode, current, strict)
  if (!result.ok) return badRequest(c, result.errors)
  Object.assign(current, result.fields)
  store.commit()
  return c.json(apiBody(current))
}

export function registerApis(app: Hono, store: Store, options: ResolvedOptions): void {
  const strict = options.strictFields
  app.get(BASE, (c) => c.json(store.state.apis.map(apiBody)))
  app.post(BASE, async (c) => {
    const body = await readBody(c, KINDS)
    if (!body.ok) return body.response
    const result = checkApi(store, body.value, 'create', null, strict)
    if (!result.ok) return badRequest(c, result.errors)
    const record: ApiRecord = { id: store.nextId('api'), ...result.fields }
    store.state.apis.push(record)
    store.commit()
    return c.json(apiBody(record), 201)
  })
  app.all(BASE, methodNotAllowed)

  app.get(`${BASE}:code/`, (c) => {
    const api = store.apiByCode(c.req.param('code'))
    return api ? c.json(apiBody(api)) : notFound(c)
  })
  app.put(`${BASE}:code/`, (c) => write(c, store, 'replace', strict))
  app.patch(`${BASE}:code/`, (c) => write(c, store, 'patch', strict))
  app.delete(`${BASE}:code/`, (c) => {
    const api = store.apiByCode(c.req.param('code'))
    if (!api) return notFound(c)
    store.state.apis = store.state.apis.filter((a) => a.id !== api.id)
    store.commit()
    return c.body(null, 204)
  })
  app.all(`${BASE}:code/`, methodNotAllowed)
}
