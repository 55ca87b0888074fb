/**
 * Mock-only endpoints (not part of Deepdesk's API; marked `x-mock-only` in
 * contract/openapi.yaml): the seeded conversations, and a fake CX platform
 * that records what call_api sends so the routing demo can be checked offline.
 */
import type { Context, Hono } from 'hono'
import { notFound } from '../http/answers'
import { CX_PLATFORM_HEADER, queryOf, receiveCx } from '../model/cx-platform'
import type { Store } from '../store/store'

const PREFIX = '/mock/cx-platform'

async function recordCx(c: Context, store: Store, now: () => number): Promise<Response> {
  const url = new URL(c.req.url)
  const { answer } = receiveCx(store, now, {
    method: c.req.method,
    path: url.pathname.slice(PREFIX.length),
    query: queryOf(url.searchParams),
    headers: c.req.raw.headers.entries(),
    bodyText: await c.req.text().catch(() => ''),
  })
  c.header(CX_PLATFORM_HEADER, 'recorded')
  return c.json(answer)
}

export function registerMockEndpoints(app: Hono, store: Store, now: () => number): void {
  app.get('/mock/conversations/', (c) => c.json(store.fixed.conversations))
  app.get('/mock/conversations/:id/', (c) => {
    const conversation = store.fixed.conversations.find((cv) => cv.id === c.req.param('id'))
    return conversation ? c.json(conversation) : notFound(c)
  })
  app.all(PREFIX, (c) => recordCx(c, store, now))
  app.all(`${PREFIX}/*`, (c) => recordCx(c, store, now))
  app.get('/mock/cx-platform-requests/', (c) => c.json(store.cxRequests))
  app.delete('/mock/cx-platform-requests/', (c) => {
    store.cxRequests.length = 0
    return c.body(null, 204)
  })
}
