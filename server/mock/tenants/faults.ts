/**
 * Mock-only fault injection (`/mock/faults`, `x-mock-only`): arm the next
 * matching request(s) to fail with a given status, so tests can break an apply
 * halfway and check what the client reports and how it recovers. Answers carry
 * `X-Mock-Fault: 1`, which the conformance check skips (a 500 is not in the
 * contract, on purpose).
 */
import type { Hono, MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { readBody } from '../http/read-body'
import { badRequest } from '../http/answers'

export interface Fault {
  method: string
  /** Exact path, or a prefix ending in `*` (e.g. `/apis/admin/assistants/*`). */
  path: string
  status: number
  /** How many matching requests still fail. */
  remaining: number
}

export const FAULT_HEADER = 'X-Mock-Fault'

const faultSchema = z.strictObject({
  method: z.string().min(1),
  path: z.string().startsWith('/'),
  status: z.number().int().min(400).max(599),
  count: z.number().int().min(1).max(100).optional(),
})
const armSchema = z.strictObject({ fail_next: faultSchema })

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method.toUpperCase() !== method.toUpperCase()) return false
  return fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : fault.path === path
}

const view = (faults: Fault[]) => ({
  faults: faults.map((f) => ({
    method: f.method.toUpperCase(),
    path: f.path,
    status: f.status,
    remaining: f.remaining,
  })),
})

export function createFaults(): { list: Fault[]; middleware: MiddlewareHandler; register: (app: Hono) => void } {
  const list: Fault[] = []
  const middleware: MiddlewareHandler = async (c, next) => {
    const index = list.findIndex((f) => matches(f, c.req.method, c.req.path))
    const fault = list[index]
    if (!fault) return next()
    fault.remaining -= 1
    if (fault.remaining <= 0) list.splice(index, 1)
    return c.json({ detail: `Injected fault (mock): ${fault.status}.` }, fault.status as 500, { [FAULT_HEADER]: '1' })
  }
  const register = (app: Hono) => {
    app.get('/mock/faults', (c) => c.json(view(list)))
    app.post('/mock/faults', async (c) => {
      const body = await readBody(c)
      if (!body.ok) return body.response
      const parsed = armSchema.safeParse(body.value)
      if (!parsed.success)
        return badRequest(c, {
          non_field_errors: ['Expected {"fail_next": {"method", "path", "status" (400-599), "count"?}}.'],
        })
      const { count, ...rest } = parsed.data.fail_next
      list.push({ ...rest, method: rest.method.toUpperCase(), remaining: count ?? 1 })
      return c.json(view(list), 201)
    })
    app.delete('/mock/faults', (c) => {
      list.length = 0
      return c.body(null, 204)
    })
  }
  return { list, middleware, register }
}
