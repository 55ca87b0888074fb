/** Optional middleware: validates every JSON answer against contract/openapi.yaml and keeps a report. */
import type { Hono, MiddlewareHandler } from 'hono'
import type { ConformanceValidator, Violation } from './conformance'

export interface ConformanceReport {
  checked: number
  violations: Violation[]
}

const MAX_VIOLATIONS = 1000

export function conformanceMiddleware(validator: ConformanceValidator, report: ConformanceReport): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const path = c.req.path
    // An aborted request's answer (499) never reaches anyone: nothing to check.
    if (c.req.method === 'OPTIONS' || path === '/mock/conformance' || c.req.raw.signal.aborted) return
    const res = c.res
    // An injected fault (tenants/faults.ts) breaks the contract on purpose.
    if (res.headers.has('X-Mock-Fault')) return
    const type = res.headers.get('content-type') ?? ''
    // Streams are checked by their readers (event by event); reading one here would consume it.
    if (type.includes('text/event-stream')) return
    let body: unknown
    let errors: string[]
    try {
      if (type.includes('json')) {
        const text = await res.clone().text()
        body = text === '' ? undefined : (JSON.parse(text) as unknown)
      }
      errors = validator.validate(c.req.method, path, res.status, body, body !== undefined)
    } catch (error) {
      errors = [`answer could not be checked: ${(error as Error).message}`]
    }
    report.checked += 1
    if (errors.length > 0 && report.violations.length < MAX_VIOLATIONS) {
      report.violations.push({ method: c.req.method, path, status: res.status, errors })
    }
  }
}

export function registerConformanceReport(app: Hono, report: ConformanceReport | null): void {
  app.get('/mock/conformance', (c) =>
    c.json(
      report ?? {
        checked: 0,
        violations: [],
        note: 'Response validation is off: start with validateResponses (MOCK_VALIDATE_RESPONSES=1).',
      },
    ),
  )
  app.delete('/mock/conformance', (c) => {
    if (report) {
      report.checked = 0
      report.violations = []
    }
    return c.body(null, 204)
  })
}
