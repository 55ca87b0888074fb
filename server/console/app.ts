/**
 * The console's own server: the built single-page app, `/console-config.json`,
 * the embedded mock backend at the same origin, and a proxy to real accounts.
 */
import { Hono } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { buildConsoleConfig, type PlatformMocks, type ProxyTarget } from './environments'
import { proxyRequest } from './proxy'
import { API_POLICY, assertNoInlineScript, documentPolicy, securityHeaders } from './security-headers'

// The Admin API lives under /apis/admin/; the rest of /apis/ is the console's own APIs pages (/apis/<code>).
// /tenants/ holds the mock's second Deepdesk tenant ("Local mock - production").
const MOCK_PREFIXES = ['/apis/admin/', '/api/', '/oauth/', '/mock/', '/platforms/', '/tenants/']

export interface ConsoleAppOptions {
  /** The built console (vite build output); null when vite serves it (dev). */
  distDir: string | null
  /** The mock backend's app, mounted at the root, or null for none. */
  mock: { app: Hono; clientId: string; clientSecret: string; platforms?: PlatformMocks } | null
  proxies: ProxyTarget[]
}

function isApiPath(path: string): boolean {
  return path === '/console-config.json' || path.startsWith('/proxy/') || MOCK_PREFIXES.some((p) => path.startsWith(p))
}

export function createConsoleApp(opts: ConsoleAppOptions): Hono {
  const app = new Hono()
  // Read once at start: the hash must match the index.html this server sends.
  const indexHtml = opts.distDir ? readFileSync(join(opts.distDir, 'index.html'), 'utf8') : null
  if (indexHtml) assertNoInlineScript(indexHtml)
  const pagePolicy = documentPolicy()
  app.use(
    '*',
    securityHeaders((path) => (isApiPath(path) ? API_POLICY : pagePolicy)),
  )
  const config = buildConsoleConfig({ mock: opts.mock, proxies: opts.proxies })
  app.get('/console-config.json', (c) => c.json(config, 200, { 'Cache-Control': 'no-store' }))

  for (const target of opts.proxies) {
    app.all(`/proxy/${target.id}/*`, (c) => proxyRequest(c, target))
  }

  // The mock answers exactly the API's path families; everything else is the console.
  const mock = opts.mock
  if (mock) {
    app.all('*', (c, next) =>
      MOCK_PREFIXES.some((p) => c.req.path.startsWith(p)) ? mock.app.fetch(c.req.raw, c.env) : next(),
    )
  }

  if (opts.distDir && indexHtml !== null) {
    const root = relative(process.cwd(), opts.distDir) || '.'
    // Hashed assets never change: cache them for a year. index.html is always revalidated.
    app.use('/assets/*', async (c, next) => {
      await next()
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    })
    app.use('/*', serveStatic({ root }))
    // Client-side routes (deep links, reloads) all get the app shell.
    app.get('*', (c) => c.html(indexHtml, 200, { 'Cache-Control': 'no-cache' }))
  }
  return app
}
