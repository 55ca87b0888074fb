/**
 * Reads a request body the way DRF's parsers do: JSON, and where an endpoint
 * allows it, form-encoded or multipart. Every failure becomes a 4xx answer,
 * never an exception.
 */
import type { Context } from 'hono'
import { detail } from './answers'
import { jsonTextDepth, MAX_JSON_DEPTH } from './json-depth'

export type BodyKind = 'json' | 'form' | 'multipart'
export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response }

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/** Form fields become strings; DRF's QueryDict.get answers the last value of a repeated key. */
function formToObject(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  // defineProperty: a field named `__proto__` must stay a field, not replace the prototype.
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, {
      value: typeof value === 'string' ? value : { file: value.name },
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const latin1 = new TextDecoder('latin1')

/**
 * DRF's JSONParser decodes strictly: invalid UTF-8 is a parse error, not
 * replacement characters stored as if the client had sent them.
 */
function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

/** Django's QueryDict is lenient with misbehaving user agents: raw bytes that are not UTF-8 are read as Latin-1. */
function decodeForm(bytes: Uint8Array): string {
  return decodeStrict(bytes) ?? latin1.decode(bytes)
}

function parseJson(c: Context, text: string): BodyResult {
  const parseError = (message: string): BodyResult => ({
    ok: false,
    response: detail(c, 400, `JSON parse error - ${message}`),
  })
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return parseError(`Nesting is deeper than ${MAX_JSON_DEPTH} levels.`)
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return parseError((error as Error).message)
  }
}

export async function readBody(c: Context, kinds: readonly BodyKind[] = ['json']): Promise<BodyResult> {
  const type = mediaType(c)
  let bytes: Uint8Array
  try {
    if (type === 'multipart/form-data' && kinds.includes('multipart')) {
      const form = await c.req.raw.formData()
      return { ok: true, value: formToObject(form.entries()) }
    }
    bytes = new Uint8Array(await c.req.arrayBuffer())
  } catch (error) {
    return { ok: false, response: detail(c, 400, `Multipart form parse error - ${(error as Error).message}`) }
  }
  const json = isJsonType(type) && kinds.includes('json')
  const text = json ? decodeStrict(bytes) : decodeForm(bytes)
  if (text === null) {
    const message = "JSON parse error - 'utf-8' codec can't decode the request body: it is not valid UTF-8."
    return { ok: false, response: detail(c, 400, message) }
  }
  // An empty body parses to an empty object, so required-field errors name each field.
  if (text.trim() === '' && (type === '' || isJsonType(type) || kinds.includes('form'))) return { ok: true, value: {} }
  if (json) return parseJson(c, text)
  if (type === 'application/x-www-form-urlencoded' && kinds.includes('form')) {
    return { ok: true, value: formToObject(new URLSearchParams(text).entries()) }
  }
  const shown = type === '' ? '' : type
  return { ok: false, response: detail(c, 415, `Unsupported media type "${shown}" in request.`) }
}
