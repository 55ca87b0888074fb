/**
 * Checks the Griptape mock's answers against contract/griptape.openapi.yaml:
 * every JSON answer by operation and status (the shared checker, with
 * Griptape's error body for unknown paths), and each SSE event's data against
 * the schema its stream names.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import type { Context, MiddlewareHandler } from 'hono'
import {
  createConformanceValidator,
  loadOpenApi,
  type ConformanceValidator,
  type Violation,
} from '../../mock/conformance'
import { convertComponents } from '../../mock/openapi-schema'

export const GRIPTAPE_OPENAPI_FILE = new URL('../../../contract/griptape.openapi.yaml', import.meta.url)

/**
 * The shared checker, with Griptape's error body for unknown paths. The key is
 * checked before the path (as a gateway does), so an unknown path without a
 * valid key answers 401: that answer must be a ClientErrorResponseContent too.
 */
export function createGriptapeConformanceValidator(): ConformanceValidator {
  const shared = createConformanceValidator(loadOpenApi(GRIPTAPE_OPENAPI_FILE), {
    unmatchedSchemaRef: '#/components/schemas/ClientErrorResponseContent',
  })
  const checkSchema = createSchemaChecker()
  return {
    validate(method, path, status, body, hasJsonBody) {
      const errors = shared.validate(method, path, status, body, hasJsonBody)
      if (status === 401 && errors.length === 1 && errors[0]?.startsWith('no documented operation'))
        return checkSchema('ClientErrorResponseContent', body)
      return errors
    },
  }
}

/** Validates a value against one `components/schemas` entry (used for SSE event data). */
export function createSchemaChecker(): (schemaName: string, value: unknown) => string[] {
  const doc = loadOpenApi(GRIPTAPE_OPENAPI_FILE)
  const components = convertComponents(doc.components, 'response')
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  ajv.addFormat('date-time', { validate: (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s) })
  ajv.addFormat('double', { type: 'number', validate: () => true })
  const cache = new Map<string, ValidateFunction>()
  return (schemaName, value) => {
    let fn = cache.get(schemaName)
    if (!fn) {
      fn = ajv.compile({ $ref: `#/components/schemas/${schemaName}`, components })
      cache.set(schemaName, fn)
    }
    if (fn(value)) return []
    return (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
  }
}

export interface GriptapeConformanceReport {
  checked: number
  violations: Violation[]
}

const MAX_VIOLATIONS = 1000

/** Records every JSON answer's violations; `basePath` is stripped so a mounted app checks the contract's paths. */
export function griptapeConformance(report: GriptapeConformanceReport, basePath: string): MiddlewareHandler {
  const validator = createGriptapeConformanceValidator()
  return async (c: Context, next) => {
    await next()
    const full = c.req.path
    const path = basePath && full.startsWith(basePath) ? full.slice(basePath.length) || '/' : full
    if (c.req.method === 'OPTIONS' || path.startsWith('/mock/') || c.req.raw.signal.aborted) return
    const type = c.res.headers.get('content-type') ?? ''
    if (type.includes('text/event-stream')) return
    let errors: string[]
    try {
      const text = type.includes('json') ? await c.res.clone().text() : ''
      const body = text === '' ? undefined : (JSON.parse(text) as unknown)
      errors = validator.validate(c.req.method, path, c.res.status, body, body !== undefined)
    } catch (error) {
      errors = [`answer could not be checked: ${(error as Error).message}`]
    }
    report.checked += 1
    if (errors.length > 0 && report.violations.length < MAX_VIOLATIONS)
      report.violations.push({ method: c.req.method, path, status: c.res.status, errors })
  }
}
