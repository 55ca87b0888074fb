/** `/apis/admin/assistants/tools/`: the read-only tool catalogue. */
import type { Hono } from 'hono'
import { methodNotAllowed, notFound } from '../http/answers'
import { toolBody } from '../store/serialize'
import type { Store } from '../store/store'

const BASE = '/apis/admin/assistants/tools/'

export function registerTools(app: Hono, store: Store): void {
  app.get(BASE, (c) => c.json(store.fixed.tools.map(toolBody)))
  app.all(BASE, methodNotAllowed)
  app.get(`${BASE}:id/`, (c) => {
    const id = c.req.param('id')
    const tool = /^\d+$/.test(id) ? store.fixed.tools.find((t) => t.id === Number(id)) : undefined
    return tool ? c.json(toolBody(tool)) : notFound(c)
  })
  app.all(`${BASE}:id/`, methodNotAllowed)
}
