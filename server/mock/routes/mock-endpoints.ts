/**
 * Mock-only endpoints (not part of Deepdesk's API; marked `x-mock-only` in
 * contract/openapi.yaml): the seeded conversations, and a fake CX platform
 * that records what call_api sends so the routing demo can be checked offline.
 */
import type { Context, Hono } from 'hono'
import { notFound } from '../http/answers'
import { MASK } from '../model/secrets'
import type { Store } from '../store/store'

const SENSITIVE_HEADER = /auth|token|secret|key|cookie|password/i

/** The platform's log keeps only the last 4 characters of credentials: enough to check which one arrived. */
function recordedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = SENSITIVE_HEADER.test(name) ? `${MASK}${value.slice(-4)}` : value
  })
  return out
}

async function recordCx(c: Context, store: Store, now: () => number): Promise<Response> {
  const url = new URL(c.req.url)
  const query: Record<string, string[]> = {}
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key)
  let body: unknown = null
  try {
    const text = await c.req.text()
    body = text === '' ? null : (JSON.parse(text) as unknown)
  } catch {
    body = null
  }
  const path = url.pathname.slice('/mock/cx-platform'.length) || '/'
  const record = {
    id: store.cxRequests.length + 1,
    received_at: new Date(now()).toISOString(),
    method: c.req.method,
    path,
    query,
    headers: recordedHeaders(c.req.raw.headers),
    body,
  }
  // A bounded log: a benchmark hammering the platform must not grow memory forever.
  store.cxRequests.push(record)
  if (store.cxRequests.length > 1000) store.cxRequests.shift()
  return c.json({ ok: true, received: { method: record.method, path, query } })
}

export function registerMockEndpoints(app: Hono, store: Store, now: () => number): void {
  app.get('/mock/conversations/', (c) => c.json(store.fixed.conversations))
  app.get('/mock/conversations/:id/', (c) => {
    const conversation = store.fixed.conversations.find((cv) => cv.id === c.req.param('id'))
    return conversation ? c.json(conversation) : notFound(c)
  })
  app.all('/mock/cx-platform', (c) => recordCx(c, store, now))
  app.all('/mock/cx-platform/*', (c) => recordCx(c, store, now))
  app.get('/mock/cx-platform-requests/', (c) => c.json(store.cxRequests))
  app.delete('/mock/cx-platform-requests/', (c) => {
    store.cxRequests.length = 0
    return c.body(null, 204)
  })
}
