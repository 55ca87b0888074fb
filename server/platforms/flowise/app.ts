/**
 * The Flowise mock as a Hono app: the assistants API at Flowise's own paths
 * (`/assistants`, `/assistants/{id}`), the credential list assistants refer
 * to, and the icons the seeded assistants show. Mount it with
 * `app.route('/platforms/flowise', createFlowiseApp())`.
 */
import { Hono } from 'hono'
import { conformanceMiddleware } from '../../mock/conformance-middleware'
import { requireKey } from './auth'
import { createFlowiseConformanceValidator } from './conformance'
import { flowiseError } from './http/errors'
import { registerIcons } from './icons'
import { resolveFlowiseOptions, type FlowiseOptions } from './options'
import { registerAssistants } from './routes/assistants'
import { registerCredentials } from './routes/credentials'
import { buildFlowiseSeed } from './seed'
import { FlowiseStore } from './store'

export { DEMO_FLOWISE_KEY, FLOWISE_KEY_ENV, type FlowiseOptions } from './options'

export function createFlowiseApp(input: FlowiseOptions = {}): Hono {
  const options = resolveFlowiseOptions(input)
  const store = new FlowiseStore(buildFlowiseSeed(options.extraAssistants))
  // Express routes loosely: /assistants/ is /assistants.
  const app = new Hono({ strict: false })

  // Never a 5xx: anything unexpected is logged and answered as a bad request, in Flowise's format.
  app.onError((error, c) => {
    options.log(`flowise mock: unexpected error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`)
    return flowiseError(c, 400, `The request could not be processed: ${error.message}`)
  })
  app.notFound((c) => flowiseError(c, 404, `Cannot ${c.req.method} ${c.req.path}`))

  if (options.conformanceReport)
    app.use('*', conformanceMiddleware(createFlowiseConformanceValidator(), options.conformanceReport))

  // Icons first: their route answers before the key check, which guards everything after it.
  registerIcons(app)
  app.use('*', requireKey(options.apiKey))
  registerAssistants(app, store, options.now)
  registerCredentials(app, store)
  return app
}
