/**
 * The mock Deepdesk backend as a Hono app: the Admin API, the OAuth token
 * endpoint, the evaluation API (JSON and SSE) and mock-only helpers. The
 * console's own server can mount it at the same origin; `startMockServer`
 * runs it standalone.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { registerOAuth } from './auth/oauth-route'
import { requireAuth } from './auth/require-auth'
import { TokenStore } from './auth/tokens'
import { createConformanceValidator, OPENAPI_FILE } from './conformance'
import { conformanceMiddleware, registerConformanceReport, type ConformanceReport } from './conformance-middleware'
import { NOT_FOUND } from './http/answers'
import { resolveOptions, type MockOptions, type ResolvedOptions } from './options'
import { registerApis } from './routes/apis'
import { registerRoutes } from './routes/assistant-routes'
import { registerAssistants } from './routes/assistants'
import { registerEvaluate } from './routes/evaluate'
import { registerMessages } from './routes/messages'
import { registerMockEndpoints } from './routes/mock-endpoints'
import { registerThreads } from './routes/threads'
import { registerTools } from './routes/tools'
import { buildFixed, buildSeed } from './seed/build-seed'
import { loadState, saveState } from './store/persistence'
import { repairState } from './store/repair'
import type { MutableState } from './store/state'
import { Store } from './store/store'
import { createFaults } from './tenants/faults'
import { buildProductionSeed } from './tenants/production-seed'
import { PRODUCTION_TENANT, TENANT_PREFIX } from './tenants/tenant-paths'
import { createPlatformMocks, PLATFORM_MOCK_PREFIX, type PlatformMocksInfo } from '../platforms/mount'

export type { MockOptions } from './options'

/** A saved state is checked before it is served; what had to be dropped is logged, and the file kept aside. */
function loadChecked(file: string, log: (line: string) => void): ReturnType<typeof loadState> {
  const state = loadState(file)
  if (!state) return null
  const dropped = repairState(state)
  if (dropped.length > 0) {
    const copy = `${file}.before-repair-${Date.now()}`
    copyFileSync(file, copy)
    log(`mock: dropped ${dropped.length} record(s) from ${file} that could not be served (original kept at ${copy}):`)
    for (const line of dropped) log(`  ${line}`)
  }
  return state
}

/** `data.json` → `data.production.json`: each tenant persists to its own file beside the default one. */
export function tenantDataFile(file: string, tenant: string): string {
  const dot = file.lastIndexOf('.')
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))
  return dot > slash + 1 ? `${file.slice(0, dot)}.${tenant}${file.slice(dot)}` : `${file}.${tenant}`
}

function createStore(options: ResolvedOptions, seed: () => MutableState): Store {
  const file = options.dataFile
  const state = (file ? loadChecked(file, options.log) : null) ?? seed()
  const store = new Store(state, buildFixed(), file ? (s) => saveState(file, s) : undefined)
  // A data file that does not exist yet starts from the seed and is written at once.
  if (file) store.commit()
  return store
}

export function createMockApp(input: MockOptions = {}): Hono {
  return createMockBackend(input).app
}

/**
 * The Deepdesk mock (default tenant at the root, the "production" tenant under
 * /tenants/production) plus the other platforms' mocks under /platforms/<name>,
 * and what their demos need.
 */
export function createMockBackend(input: MockOptions = {}): { app: Hono; platforms: PlatformMocksInfo | null } {
  const options = resolveOptions(input)
  const app = new Hono()

  // The other platforms first: their own auth, errors and conformance, none of Deepdesk's middleware.
  const platforms = options.platforms
    ? createPlatformMocks({ validateResponses: options.validateResponses, log: options.log })
    : null
  if (platforms) {
    app.all(`${PLATFORM_MOCK_PREFIX}/*`, (c) => platforms.app.fetch(c.req.raw, c.env))
    app.get('/mock/platforms/conformance', async (c) => c.json(await platforms.reports()))
  }

  // One conformance report for both tenants: `GET /mock/conformance` covers every Deepdesk answer.
  const report: ConformanceReport | null = options.validateResponses ? { checked: 0, violations: [] } : null

  // The second tenant: its own state, seed, tokens and data file; the same paths and demo clients.
  const log = options.log
  const productionOptions: ResolvedOptions = {
    ...options,
    dataFile: options.dataFile ? tenantDataFile(options.dataFile, PRODUCTION_TENANT) : null,
    log: (line) => log(`[${PRODUCTION_TENANT}] ${line}`),
  }
  const production = new Hono()
  registerDeepdesk(
    production,
    productionOptions,
    createStore(productionOptions, () => buildProductionSeed(options.publicUrl)),
    report,
  )
  // mount() strips the prefix: the tenant sees (and checks against the contract) the same paths as the default one.
  app.mount(TENANT_PREFIX, production.fetch)

  registerDeepdesk(
    app,
    options,
    createStore(options, () => buildSeed(options.publicUrl, options.extraAssistants)),
    report,
  )
  return { app, platforms: platforms?.info ?? null }
}

/** One tenant of the Deepdesk mock on `app`: middleware, OAuth, the Admin API, evaluate and mock-only helpers. */
function registerDeepdesk(app: Hono, options: ResolvedOptions, store: Store, report: ConformanceReport | null): void {
  const tokens = new TokenStore(options.tokenTtlSeconds, options.now)

  // Never a 5xx for a client's request: anything unexpected is reported as a bad request, and logged.
  app.onError((error, c) => {
    options.log(`mock: unexpected error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`)
    return c.json({ detail: `The request could not be processed: ${error.message}` }, 400)
  })
  app.notFound((c) => c.json(NOT_FOUND, 404))

  app.use('*', async (c, next) => {
    const started = options.now()
    await next()
    options.log(`${c.req.method} ${c.req.path} ${c.res.status} ${options.now() - started}ms`)
  })
  // Any origin may call with a bearer token: tokens travel in a header, never in cookies.
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
      exposeHeaders: ['WWW-Authenticate'],
      maxAge: 600,
    }),
  )

  if (report) app.use('*', conformanceMiddleware(createConformanceValidator(), report))

  registerOAuth(app, options.clients, tokens, options.tokenTtlSeconds)
  const auth = requireAuth(tokens)
  app.use('/apis/admin/*', auth)
  app.use('/api/v2/*', auth)
  app.use('/mock/conversations/*', auth)
  const faults = createFaults()
  app.use('/apis/*', faults.middleware)
  app.use('/api/*', faults.middleware)

  // Literal paths before `{code}`: /assistants/tools/ and /assistants/apis/ are not assistant codes.
  registerTools(app, store)
  registerApis(app, store, options)
  registerAssistants(app, store, options)
  registerRoutes(app, store, options)
  registerThreads(app, store, options)
  registerMessages(app, store, options.now)
  registerEvaluate(app, store, options)
  registerMockEndpoints(app, store, options.now)
  faults.register(app)
  registerConformanceReport(app, report)
  app.get('/mock/openapi.yaml', (c) =>
    c.body(readFileSync(OPENAPI_FILE, 'utf8'), 200, { 'Content-Type': 'application/yaml' }),
  )
}

export interface StartOptions extends MockOptions {
  port?: number
  host?: string
}

export interface RunningMockServer {
  url: string
  close: () => Promise<void>
}

/** Listens first, then builds the app, so a random port (0) still gives the seed its own publicUrl. */
export function startMockServer({
  port = 0,
  host = '127.0.0.1',
  ...options
}: StartOptions = {}): Promise<RunningMockServer> {
  return new Promise((resolve, reject) => {
    let app: Hono | null = null
    const server = serve(
      { fetch: (req, env) => (app ? app.fetch(req, env) : new Response(null, { status: 503 })), port, hostname: host },
      (info: AddressInfo) => {
        const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
        const url = `http://${shownHost}:${info.port}`
        try {
          app = createMockApp({ publicUrl: url, ...options })
        } catch (error) {
          server.close()
          reject(error as Error)
          return
        }
        resolve({
          url,
          close: () =>
            new Promise<void>((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections()
              server.close(() => done())
            }),
        })
      },
    )
    server.on('error', reject)
  })
}
