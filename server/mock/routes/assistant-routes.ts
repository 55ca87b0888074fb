/** `/apis/admin/assistants/{assistant_code}/routes/`: JsonLogic tag rules that pick an assistant. */
import type { Context, Hono } from 'hono'
import { ROUTE_READ_ONLY_FIELDS, routeWriteSchema } from '../../../src/contract/route'
import { badRequest, methodNotAllowed, notFound } from '../http/answers'
import { readBody } from '../http/read-body'
import { validateBody } from '../http/validate'
import { routeBody } from '../store/serialize'
import type { ResolvedOptions } from '../options'
import type { Store } from '../store/store'
import { parentAssistant, pathId } from './nested'

const BASE = '/apis/admin/assistants/:assistant_code/routes/'

function findRoute(c: Context, store: Store) {
  const assistant = parentAssistant(c, store)
  const id = pathId(c)
  return assistant ? store.state.routes.find((r) => r.id === id && r.assistantId === assistant.id) : undefined
}

async function write(c: Context, store: Store, mode: 'replace' | 'patch', strict: boolean): Promise<Response> {
  const route = findRoute(c, store)
  if (!route) return notFound(c)
  const body = await readBody(c)
  if (!body.ok) return body.response
  const parsed = validateBody(routeWriteSchema, body.value, ROUTE_READ_ONLY_FIELDS, strict)
  if (!parsed.ok) return badRequest(c, parsed.errors)
  // The only writable field is optional: PUT without it resets the rule, PATCH keeps it.
  route.tags = parsed.data.tags ?? (mode === 'replace' ? {} : route.tags)
  store.commit()
  return c.json(routeBody(route, store))
}

export function registerRoutes(app: Hono, store: Store, options: ResolvedOptions): void {
  const strict = options.strictFields
  app.get(BASE, (c) => {
    const assistant = parentAssistant(c, store)
    if (!assistant) return notFound(c)
    return c.json(store.state.routes.filter((r) => r.assistantId === assistant.id).map((r) => routeBody(r, store)))
  })
  app.post(BASE, async (c) => {
    const assistant = parentAssistant(c, store)
    if (!assistant) return notFound(c)
    const body = await readBody(c)
    if (!body.ok) return body.response
    const parsed = validateBody(routeWriteSchema, body.value, ROUTE_READ_ONLY_FIELDS, strict)
    if (!parsed.ok) return badRequest(c, parsed.errors)
    const route = { id: store.nextId('route'), assistantId: assistant.id, tags: parsed.data.tags ?? {} }
    store.state.routes.push(route)
    store.commit()
    return c.json(routeBody(route, store), 201)
  })
  app.all(BASE, methodNotAllowed)

  app.get(`${BASE}:id/`, (c) => {
    const route = findRoute(c, store)
    return route ? c.json(routeBody(route, store)) : notFound(c)
  })
  app.put(`${BASE}:id/`, (c) => write(c, store, 'replace', strict))
  app.patch(`${BASE}:id/`, (c) => write(c, store, 'patch', strict))
  app.delete(`${BASE}:id/`, (c) => {
    const route = findRoute(c, store)
    if (!route) return notFound(c)
    store.state.routes = store.state.routes.filter((r) => r.id !== route.id)
    store.commit()
    return c.body(null, 204)
  })
  app.all(`${BASE}:id/`, methodNotAllowed)
}
