/**
 * The Griptape Cloud mock as a Hono app whose routes are the seed's own paths
 * (`/assistants`, `/assistant-runs/{id}/events/stream`, ...). The console's
 * server mounts it with `app.route('/platforms/griptape', createGriptapeApp())`.
 * Runs play out over time on the app's clock; `dispose()` stops them and
 * closes open event streams (real timers are unref'd either way).
 */
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { ERROR_TYPES } from '../../../src/contract/griptape/fields'
import { requireKey } from './auth'
import { GRIPTAPE_OPENAPI_FILE, griptapeConformance, type GriptapeConformanceReport } from './conformance'
import type { Deps, GriptapeEnv } from './context'
import { RunEngine } from './engine'
import { clientError, notFound } from './http'
import { resolveGriptapeOptions, type GriptapeOptions } from './options'
import { registerApiKeys } from './routes/api-keys'
import { registerAssistants } from './routes/assistants'
import { registerEvents } from './routes/events'
import { registerRuns } from './routes/runs'
import { registerUsers } from './routes/users'
import { buildSeed, SEED } from './seed'
import { GriptapeStore } from './store'

export { DEMO_GRIPTAPE_KEY, GRIPTAPE_DEMO_KEY_ENV, type GriptapeOptions } from './options'
export { ManualClock, type Clock } from './clock'
export { SEED as GRIPTAPE_SEED } from './seed'

export type GriptapeApp = Hono<GriptapeEnv> & {
  /** Stops every pending run step and keep-alive, and ends open event streams. */
  dispose: () => void
}

export function createGriptapeApp(input: GriptapeOptions = {}): GriptapeApp {
  const options = resolveGriptapeOptions(input)
  const iso = () => new Date(options.clock.now()).toISOString()
  const seeded = options.seed ? buildSeed(iso()) : null
  const store = seeded?.store ?? new GriptapeStore(SEED.organizationId)
  if (!seeded) {
    // Even an empty mock has its organization's user: API keys need an owner.
    store.users.set(SEED.userId, {
      user_id: SEED.userId,
      email: 'avery.chen@example.com',
      name: 'Avery Chen',
      organizations: [SEED.organizationId],
      created_at: iso(),
      updated_at: iso(),
    })
  }
  const engine = new RunEngine(store, options.clock, { delayMs: options.delayMs, chunks: options.chunks })
  const deps: Deps = { store, engine, options, demoUserId: SEED.userId, iso }
  const app = new Hono<GriptapeEnv>()

  // Never a 5xx for a client's request: anything unexpected is a bad request, and logged.
  app.onError((error, c) => {
    options.log(`griptape mock: unexpected error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`)
    return clientError(c, 400, ERROR_TYPES.badRequest, [{ message: 'The request could not be processed.' }])
  })
  app.notFound((c) => notFound(c))
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'Last-Event-ID'],
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['WWW-Authenticate'],
      maxAge: 600,
    }),
  )

  let report: GriptapeConformanceReport | null = null
  if (options.validateResponses) {
    const r: GriptapeConformanceReport = { checked: 0, violations: [] }
    report = r
    app.use('*', griptapeConformance(r, options.basePath))
  }
  // Mock-only helpers, outside the API and its key: the contract and the conformance report.
  app.get('/mock/openapi.yaml', (c) =>
    c.body(readFileSync(GRIPTAPE_OPENAPI_FILE, 'utf8'), 200, { 'Content-Type': 'application/yaml' }),
  )
  app.get('/mock/conformance', (c) =>
    c.json(report ?? { checked: 0, violations: [], note: 'Response validation is off (validateResponses).' }),
  )

  app.use('*', requireKey(deps))
  registerUsers(app, deps)
  registerApiKeys(app, deps)
  registerAssistants(app, deps)
  registerRuns(app, deps)
  registerEvents(app, deps)

  if (seeded && options.liveSeedRun) {
    const assistant = store.assistants.get(seeded.liveRun.assistant_id)
    if (assistant) engine.start(seeded.liveRun, assistant)
  }
  return Object.assign(app, { dispose: () => engine.dispose() })
}
