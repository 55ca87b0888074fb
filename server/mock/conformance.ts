/**
 * Checks answers against contract/openapi.yaml: given (method, concrete path,
 * status, body) it finds the operation, the documented status and its JSON
 * schema, and validates with ajv. The mock uses it as an optional middleware
 * (validateResponses) whose findings are served at `GET /mock/conformance`.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { convertComponents, convertSchema } from './openapi-schema'

export const OPENAPI_FILE = new URL('../../contract/openapi.yaml', import.meta.url)

interface Operation {
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>
  parameters?: Array<{ name: string; in: string; 'x-wildcard'?: boolean }>
}
interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>
  components: { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } & Record<
    string,
    unknown
  >
}

interface PathMatcher {
  template: string
  regex: RegExp
  params: number
  item: Record<string, Operation>
}

export interface Violation {
  method: string
  path: string
  status: number
  errors: string[]
}

export interface ConformanceOptions {
  /**
   * Schema for 404/405 answers on paths the contract does not list; by default
   * Deepdesk's `Detail`. Other platforms' contracts name their own error body.
   */
  unmatchedSchemaRef?: string
}

export interface ConformanceValidator {
  /** Problems found; an empty list means the answer conforms. Pass body undefined for an empty body. */
  validate(method: string, path: string, status: number, body: unknown, hasJsonBody?: boolean): string[]
}

// ajv-formats is CommonJS; under some loaders its default export is wrapped once more.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule

function buildMatchers(doc: OpenApiDoc): PathMatcher[] {
  const matchers = Object.entries(doc.paths).map(([template, item]) => {
    const wildcards = new Set(
      Object.values(item).flatMap((op) => (op.parameters ?? []).filter((p) => p['x-wildcard']).map((p) => p.name)),
    )
    let params = 0
    const pattern = template.split(/(\{[^}]+\})/).map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1]
      if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      params += 1
      return wildcards.has(name) ? '(.+)' : '([^/]+)'
    })
    return { template, regex: new RegExp(`^${pattern.join('')}$`), params, item }
  })
  // Literal segments win over parameters: /assistants/tools/ is not /assistants/{code}/.
  return matchers.sort((a, b) => a.params - b.params || b.template.length - a.template.length)
}

export function loadOpenApi(file: URL | string = OPENAPI_FILE): OpenApiDoc {
  return parse(readFileSync(file, 'utf8')) as OpenApiDoc
}

export function createConformanceValidator(
  doc: OpenApiDoc = loadOpenApi(),
  options: ConformanceOptions = {},
): ConformanceValidator {
  const unmatchedSchemaRef = options.unmatchedSchemaRef ?? '#/components/schemas/Detail'
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/)
  // OpenAPI's numeric formats only name a number's size: any JSON number of the right type passes.
  for (const name of ['float', 'double']) ajv.addFormat(name, { type: 'number', validate: () => true })
  for (const name of ['int32', 'int64']) ajv.addFormat(name, { type: 'number', validate: Number.isInteger })
  const components = convertComponents(doc.components, 'response')
  const matchers = buildMatchers(doc)
  const cache = new Map<string, ValidateFunction>()

  function compiled(key: string, schema: unknown): ValidateFunction {
    let fn = cache.get(key)
    if (!fn) {
      const converted = convertSchema(schema, 'response')
      // $refs point at #/components/...: give each compiled schema the converted components as its root.
      fn = ajv.compile(
        typeof converted === 'object' && converted !== null && !Array.isArray(converted)
          ? { ...converted, components }
          : { components },
      )
      cache.set(key, fn)
    }
    return fn
  }

  function check(key: string, schema: unknown, body: unknown): string[] {
    const fn = compiled(key, schema)
    if (fn(body)) return []
    return (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
  }

  return {
    validate(method, path, status, body, hasJsonBody = body !== undefined) {
      const m = method.toLowerCase()
      const matcher = matchers.find((x) => x.regex.test(path) && x.item[m])
      if (!matcher) {
        // Outside the contract a server can only say "no such path/method"; that answer still has a shape.
        if (status === 404 || status === 405) return check(`unmatched ${status}`, { $ref: unmatchedSchemaRef }, body)
        return [`no documented operation for ${method} ${path}`]
      }
      const responses = matcher.item[m]?.responses ?? {}
      let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
      if (!response) return [`status ${status} is not documented for ${method} ${matcher.template}`]
      if (response.$ref) response = doc.components.responses?.[response.$ref.split('/').pop() ?? ''] ?? {}
      const jsonContent = response.content?.['application/json']
      if (!hasJsonBody) return []
      if (!jsonContent)
        return response.content ? [] : [`status ${status} of ${method} ${matcher.template} documents no body, got one`]
      if (jsonContent.schema === undefined) return []
      return check(`${m} ${matcher.template} ${status}`, jsonContent.schema, body)
    },
  }
}
