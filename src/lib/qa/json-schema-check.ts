/**
 * JSON Schema validation for the `json_schema` assertion. @cfworker/json-schema
 * interprets schemas instead of compiling them to code: ajv compiles with
 * `new Function`, which the console's CSP (script-src 'self', no eval) blocks.
 * It does not check the schema itself, so a light check here catches the usual
 * mistakes (a misspelled type, a subschema that is not an object) and reports
 * them instead of a verdict.
 */
import { Validator, type Schema } from '@cfworker/json-schema'
import { formatJsonPath } from './json-path'

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])
const SUBSCHEMA = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const NUMBERS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength']

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The first problem found in the schema, with where it is (`#/properties/a/type`), or null. */
export function schemaProblem(schema: unknown, at = '#'): string | null {
  if (typeof schema === 'boolean') return null
  if (!isRecord(schema)) return `${at} must be an object or a boolean`
  const type = schema.type
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type]
    const bad = types.find((t) => typeof t !== 'string' || !TYPES.has(t))
    if (bad !== undefined) return `${at}/type: ${JSON.stringify(bad)} is not a JSON Schema type`
  }
  if (schema.required !== undefined) {
    const r = schema.required
    if (!Array.isArray(r) || r.some((x) => typeof x !== 'string')) return `${at}/required must be a list of names`
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) return `${at}/enum must be a list`
  for (const key of NUMBERS)
    if (schema[key] !== undefined && typeof schema[key] !== 'number') return `${at}/${key} must be a number`
  if (schema.pattern !== undefined) {
    if (typeof schema.pattern !== 'string') return `${at}/pattern must be a string`
    try {
      new RegExp(schema.pattern, 'u')
    } catch (e) {
      return `${at}/pattern: ${(e as Error).message}`
    }
  }
  for (const key of SUBSCHEMA) {
    if (schema[key] === undefined) continue
    const sub = schema[key]
    // Draft 4-7 `items` may be a list of schemas.
    const list = key === 'items' && Array.isArray(sub) ? sub : [sub]
    for (const [i, s] of list.entries()) {
      const problem = schemaProblem(s, Array.isArray(sub) ? `${at}/${key}/${i}` : `${at}/${key}`)
      if (problem) return problem
    }
  }
  for (const key of SUBSCHEMA_MAPS) {
    if (schema[key] === undefined) continue
    const map = schema[key]
    if (!isRecord(map)) return `${at}/${key} must be an object`
    for (const [name, s] of Object.entries(map)) {
      const problem = schemaProblem(s, `${at}/${key}/${name}`)
      if (problem) return problem
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    if (schema[key] === undefined) continue
    const list = schema[key]
    if (!Array.isArray(list) || list.length === 0) return `${at}/${key} must be a non-empty list`
    for (const [i, s] of list.entries()) {
      const problem = schemaProblem(s, `${at}/${key}/${i}`)
      if (problem) return problem
    }
  }
  return null
}

export type SchemaValidation = { ok: true; valid: boolean; errors: string[] } | { ok: false; error: string }

/** `#/a/0` (an instance location) as `$.a[0]`. */
function instancePath(location: string): string {
  const parts = location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))
  return formatJsonPath(parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)))
}

export function validateAgainstSchema(schema: unknown, value: unknown): SchemaValidation {
  const problem = schemaProblem(schema)
  if (problem) return { ok: false, error: `the JSON Schema is invalid: ${problem}` }
  let result: ReturnType<Validator['validate']>
  try {
    const draft =
      isRecord(schema) && typeof schema.$schema === 'string' && /draft-0?4/.test(schema.$schema) ? '4' : '2020-12'
    result = new Validator(schema as Schema | boolean, draft, false).validate(value)
  } catch (e) {
    return { ok: false, error: `the JSON Schema cannot be used: ${(e as Error).message.split('\n')[0] ?? ''}` }
  }
  if (result.valid) return { ok: true, valid: true, errors: [] }
  // Parent errors ("Property "a" does not match schema") repeat their children's: keep the deepest.
  const leaves = result.errors.filter(
    (e) => !result.errors.some((o) => o !== e && o.keywordLocation.startsWith(`${e.keywordLocation}/`)),
  )
  const errors = (leaves.length > 0 ? leaves : result.errors).map(
    (e) => `${instancePath(e.instanceLocation)}: ${e.error}`,
  )
  return { ok: true, valid: false, errors }
}
