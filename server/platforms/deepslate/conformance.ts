/**
 * Checks the mock's answers against contract/deepslate.openapi.yaml with the
 * shared validator (server/mock/conformance.ts). The app may be mounted under
 * a prefix (`/platforms/deepslate`), so paths are cut back to the platform's
 * own before matching. With validateResponses on, findings are served at
 * `GET /mock/conformance` (and cleared by DELETE), outside authentication.
 */
import type { Hono, MiddlewareHandler } from 'hono'
import {
  createConformanceValidator,
  loadOpenApi,
  type ConformanceValidator,
  type Violation,
} from '../../mock/conformance'

export const DEEPSLATE_OPENAPI_FILE = new URL('../../../contract/deepslate.openapi.yaml', import.meta.url)
export const CONFORMANCE_PATH = '/mock/conformance'

export interface ConformanceReport {
  checked: number
  violations: Violation[]
}

/** The platform's own path of a request, whatever prefix the app is mounted under. */
export function platformPath(path: string): string {
  for (const root of ['/api/', '/mock/']) {
    const at = path.indexOf(root)
    if (at >= 0) return path.slice(at)
  }
  return path
}

/**
 * The contract, with `Detail` naming Deepslate's error body: the shared checker
 * holds answers on paths no operation lists (404, 405) to `Detail`, Deepdesk's
 * error shape. Done here, in memory, so it works whatever options that checker takes.
 */
function loadContract(): Parameters<typeof createConformanceValidator>[0] {
  const doc = loadOpenApi(DEEPSLATE_OPENAPI_FILE)
  const schemas = (doc.components.schemas ?? {}) as Record<string, unknown>
  doc.components.schemas = { ...schemas, Detail: { $ref: '#/components/schemas/ErrorResponse' } }
  return doc
}

export function createDeepslateValidator(): ConformanceValidator {
  const inner = createConformanceValidator(loadContract())
  return { validate: (method, path, ...rest) => inner.validate(method, platformPath(path), ...rest) }
}

const MAX_VIOLATIONS = 1000

export function conformanceMiddleware(validator: ConformanceValidator, report: ConformanceReport): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const method = c.req.method
    if (method === 'OPTIONS' || method === 'HEAD' || platformPath(c.req.path) === CONFORMANCE_PATH) return
    let errors: string[]
    try {
      const type = c.res.headers.get('content-type') ?? ''
      const text = type.includes('json') ? await c.res.clone().text() : ''
      const body = text === '' ? undefined : (JSON.parse(text) as unknown)
      errors = validator.validate(method, c.req.path, c.res.status, body, body !== undefined)
    } catch (error) {
      errors = [`answer could not be checked: ${(error as Error).name}`]
    }
    report.checked += 1
    if (errors.length > 0 && report.violations.length < MAX_VIOLATIONS)
      report.violations.push({ method, path: platformPath(c.req.path), status: c.res.status, errors })
  }
}

export function registerConformanceReport(app: Hono, report: ConformanceReport | null): void {
  app.get(CONFORMANCE_PATH, (c) =>
    c.json(report ?? { checked: 0, violations: [], note: 'Response validation is off (validateResponses).' }),
  )
  app.delete(CONFORMANCE_PATH, (c) => {
    if (report) {
      report.checked = 0
      report.violations = []
    }
    return c.body(null, 204)
  })
}
