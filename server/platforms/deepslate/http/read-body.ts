/**
 * Reads a JSON request body. Every failure is a 4xx answer in Deepslate's
 * format, never an exception: a body past the size limit (413), a media type
 * other than JSON (415), bytes that are not UTF-8, JSON nested past
 * MAX_JSON_DEPTH (the Deepdesk mock's rule: checked on the text, before
 * JSON.parse) or JSON that does not parse (400).
 */
import type { Context } from 'hono'
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../../mock/http/json-depth'
import type { Answerer } from './answers'

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response }

const utf8 = new TextDecoder('utf-8', { fatal: true })

function isJsonType(header: string | undefined): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

export async function readJsonBody(c: Context, answer: Answerer, maxBytes: number): Promise<BodyResult> {
  const fail = (response: Response): BodyResult => ({ ok: false, response })
  const declared = Number(c.req.header('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > maxBytes)
    return fail(answer.error(c, 413, `Request body is larger than ${maxBytes} bytes`))
  if (!isJsonType(c.req.header('content-type')))
    return fail(answer.error(c, 415, "Content-Type must be 'application/json'"))
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await c.req.arrayBuffer())
  } catch {
    return fail(answer.error(c, 400, 'Malformed request body: it could not be read'))
  }
  if (bytes.byteLength > maxBytes) return fail(answer.error(c, 413, `Request body is larger than ${maxBytes} bytes`))
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return fail(answer.error(c, 400, 'Malformed request body: it is not valid UTF-8'))
  }
  if (text.trim() === '') return fail(answer.error(c, 400, 'Required request body is missing'))
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return fail(answer.error(c, 400, `Malformed request body: JSON nested deeper than ${MAX_JSON_DEPTH} levels`))
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    // The parser's own message may quote the body (and a secret in it): never echo it.
    return fail(answer.error(c, 400, 'Malformed request body: it is not valid JSON'))
  }
}
