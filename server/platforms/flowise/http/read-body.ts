/**
 * Reads a request body as Flowise's Express stack does (express.json and
 * express.urlencoded), with the mock's guards: a size limit, strict UTF-8 and
 * a nesting limit (server/mock/http/json-depth.ts), each a 4xx in Flowise's
 * error format, never an exception.
 */
import type { Context } from 'hono'
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../../mock/http/json-depth'
import { flowiseError } from './errors'

/** Flowise's default limit is 50 MB (FLOWISE_FILE_SIZE_LIMIT); 2 MiB holds the largest valid assistant. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response }

const utf8 = new TextDecoder('utf-8', { fatal: true })

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/** Form fields are strings; a repeated key keeps its last value. defineProperty keeps `__proto__` a plain key. */
function formToObject(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return out
}

export async function readBody(c: Context): Promise<BodyResult> {
  const fail = (status: 400 | 413 | 415, message: string): BodyResult => ({
    ok: false,
    response: flowiseError(c, status, message),
  })
  const declared = Number(c.req.header('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return fail(413, 'request entity too large')
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await c.req.arrayBuffer())
  } catch (error) {
    return fail(400, `The request body could not be read: ${(error as Error).message}`)
  }
  if (bytes.length > MAX_BODY_BYTES) return fail(413, 'request entity too large')
  const type = mediaType(c)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return fail(400, 'The request body is not valid UTF-8.')
  }
  // Express leaves req.body as {} when there is nothing to parse: required-field errors then name each field.
  if (text.trim() === '' && (type === '' || isJsonType(type) || type === 'application/x-www-form-urlencoded'))
    return { ok: true, value: {} }
  if (isJsonType(type)) {
    if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      return fail(400, `JSON nesting is deeper than ${MAX_JSON_DEPTH} levels.`)
    try {
      return { ok: true, value: JSON.parse(text) as unknown }
    } catch (error) {
      // body-parser passes JSON.parse's own message through Flowise's error handler.
      return fail(400, (error as Error).message)
    }
  }
  if (type === 'application/x-www-form-urlencoded') return { ok: true, value: formToObject(text) }
  return fail(415, `Unsupported content type "${type}": send application/json.`)
}
