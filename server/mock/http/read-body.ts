/**
 * Reads a request body the way DRF's parsers do: JSON, and where an endpoint
 * allows it, form-encoded or multipart. Every failure becomes a 4xx answer,
 * never an exception.
 */
import type { Context } from 'hono'
import { detail } from './answers'

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

export async function readBody(c: Context, kinds: readonly BodyKind[] = ['json']): Promise<BodyResult> {
  const type = mediaType(c)
  let text: string
  try {
    if (type === 'multipart/form-data' && kinds.includes('multipart')) {
      const form = await c.req.raw.formData()
      return { ok: true, value: formToObject(form.entries()) }
    }
    text = await c.req.text()
  } catch (error) {
    return { ok: false, response: detail(c, 400, `Multipart form parse error - ${(error as Error).message}`) }
  }
  // An empty body parses to an empty object, so required-field errors name each field.
  if (text.trim() === '' && (type === '' || isJsonType(type) || kinds.includes('form'))) return { ok: true, value: {} }
  if (isJsonType(type) && kinds.includes('json')) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown }
    } catch (error) {
      return { ok: false, response: detail(c, 400, `JSON parse error - ${(error as Error).message}`) }
    }
  }
  if (type === 'application/x-www-form-urlencoded' && kinds.includes('form')) {
    return { ok: true, value: formToObject(new URLSearchParams(text).entries()) }
  }
  const shown = type === '' ? '' : type
  return { ok: false, response: detail(c, 415, `Unsupported media type "${shown}" in request.`) }
}
