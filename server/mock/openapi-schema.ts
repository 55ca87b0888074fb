/**
 * Converts OpenAPI 3.0 schemas to JSON Schema that ajv understands:
 * `nullable: true` becomes a null type, and properties that are readOnly (in
 * requests) or writeOnly (in responses) stop being required.
 */

export type Direction = 'request' | 'response'
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function convertNode(node: Json, direction: Direction): Json {
  if (Array.isArray(node)) return node.map((n) => convertNode(n, direction))
  if (!isObject(node)) return node
  const out: { [key: string]: Json } = {}
  for (const [key, value] of Object.entries(node)) {
    // Vendor extensions are documentation; example values are not schemas.
    if (key.startsWith('x-') || key === 'example' || key === 'nullable') continue
    out[key] =
      key === 'properties' && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertNode(v, direction)]))
        : convertNode(value, direction)
  }
  const skipFlag = direction === 'request' ? 'readOnly' : 'writeOnly'
  if (Array.isArray(out.required) && isObject(node.properties)) {
    const props = node.properties
    out.required = out.required.filter(
      (name) => !(typeof name === 'string' && isObject(props[name]) && props[name][skipFlag] === true),
    )
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (out.type === undefined) return { anyOf: [out, { type: 'null' }] }
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
  }
  return out
}

/** Converts a whole OpenAPI document's components for one direction; paths stay as they are. */
export function convertComponents(components: unknown, direction: Direction): Json {
  return convertNode(components as Json, direction)
}

export function convertSchema(schema: unknown, direction: Direction): Json {
  return convertNode(schema as Json, direction)
}
