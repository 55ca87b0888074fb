/**
 * The Deepslate mock as a Hono app whose routes are the platform's own paths
 * (`/api/v1/vendors/{vendorId}/organizations/{organizationId}/assistants...`).
 * The console's server mounts it with `app.route('/platforms/deepslate', app)`.
 * Every answer uses Deepslate's wrapper, errors included; nothing a client
 * sends makes it answer 5xx; request bodies, headers and secrets are never logged.
 */
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { requireApiKey } from './auth'
import {
  conformanceMiddleware,
  createDeepslateValidator,
  registerConformanceReport,
  type ConformanceReport,
} from './conformance'
import { createAnswerer } from './http/answers'
import { resolveDeepslateOptions, type DeepslateMockOptions } from './options'
import { ASSISTANTS_PATH, registerAssistants } from './routes/assistants'
import { buildEmpty, buildSeed } from './seed'
import { DeepslateStore } from './store'

export { DEMO_DEEPSLATE_KEY } from '../../../src/contract/deepslate/demo'
export { DEEPSLATE_DEMO_KEY_ENV, type DeepslateMockOptions } from './options'

export function createDeepslateApp(input: DeepslateMockOptions = {}): Hono {
  const options = resolveDeepslateOptions(input)
  const store = new DeepslateStore(options.empty ? buildEmpty() : buildSeed())
  const answer = createAnswerer(options.now)
  const app = new Hono()

  // Last resort, never reached by a known input: a 400 in the platform's format. Only the error's
  // name and where it was thrown are logged; its message could quote a request body.
  app.onError((error, c) => {
    const where = error.stack?.split('\n')[1]?.trim() ?? ''
    options.log(`deepslate mock: unexpected ${error.name} on ${c.req.method} ${c.req.path} ${where}`)
    return answer.error(c, 400, 'The request could not be processed')
  })

  app.use('*', async (c, next) => {
    const started = options.now()
    await next()
    options.log(`deepslate ${c.req.method} ${c.req.path} ${c.res.status} ${options.now() - started}ms`)
  })
  // Any origin may call with a key: keys travel in a header, never in cookies.
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
      exposeHeaders: ['WWW-Authenticate', 'Allow'],
      maxAge: 600,
    }),
  )

  let report: ConformanceReport | null = null
  if (options.validateResponses) {
    report = { checked: 0, violations: [] }
    app.use('*', conformanceMiddleware(createDeepslateValidator(), report))
  }
  registerConformanceReport(app, report)

  const auth = requireApiKey(options.apiKey, answer)
  app.use(ASSISTANTS_PATH, auth)
  app.use(`${ASSISTANTS_PATH}/:assistantId`, auth)
  registerAssistants(app, store, answer, options.maxBodyBytes)

  // The app's own catch-all, so a mounted app answers unknown paths in Deepslate's format too.
  app.all('*', (c) => answer.error(c, 404, `No endpoint ${c.req.method} ${c.req.path}`))
  return app
}
