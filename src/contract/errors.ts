/**
 * DRF-style error bodies: `{"field": ["message", ...]}`, `{"non_field_errors": [...]}`
 * or `{"detail": "..."}`. `zodToDrf` turns a failed parse into that shape, so
 * the mock answers the same messages the console's forms show.
 */
import { z } from 'zod'

export const NON_FIELD_ERRORS = 'non_field_errors'

export const drfErrorSchema = z.record(z.string(), z.unknown())
export type DrfErrorBody = Record<string, string[]>

export function zodToDrf(error: z.ZodError): DrfErrorBody {
  // No prototype: a body may carry keys such as "__proto__" or "constructor".
  const out = Object.create(null) as DrfErrorBody
  for (const issue of error.issues) {
    let key = issue.path.length > 0 ? issue.path.map(String).join('.') : NON_FIELD_ERRORS
    let message = issue.message
    // Unknown keys are reported on the object itself; name each field instead.
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) (out[k] ??= []).push('Unknown field.')
      continue
    }
    if (key === NON_FIELD_ERRORS && issue.code === 'invalid_type') message = 'Invalid data. Expected a JSON object.'
    key = key === '' ? NON_FIELD_ERRORS : key
    ;(out[key] ??= []).push(message)
  }
  return out
}

export interface DrfBody {
  fieldErrors: Record<string, string[]>
  nonFieldErrors: string[]
  detail: string | null
}

/**
 * Reads a DRF error body: `{"detail": "..."}`, or field errors whose values are
 * lists of strings (nested serializers: nested dicts, or lists of dicts, named
 * `field.sub` / `field.0.sub`), or a bare list of strings. Anything else (a
 * 422 `{"error": {...}}`, an HTML page from a proxy, a plain string) is not
 * DRF-shaped: null, so nobody spreads it over form fields.
 */
export function readDrfBody(body: unknown): DrfBody | null {
  if (isStringList(body)) return { fieldErrors: {}, nonFieldErrors: [...body], detail: null }
  if (!isRecord(body) || Object.keys(body).length === 0) return null
  const fieldErrors: Record<string, string[]> = {}
  const nonFieldErrors: string[] = []
  let detail: string | null = null
  for (const [key, value] of Object.entries(body)) {
    if (key === 'detail' && typeof value === 'string') detail = value
    else if (key === 'code' && typeof value === 'string' && typeof body.detail === 'string') continue
    else if (key === NON_FIELD_ERRORS && isStringList(value)) nonFieldErrors.push(...value)
    else if (!collectFieldErrors(key, value, fieldErrors)) return null
  }
  return { fieldErrors, nonFieldErrors, detail }
}

/** Adds `value`'s messages under `path`; false when it is not DRF-shaped. */
function collectFieldErrors(path: string, value: unknown, out: Record<string, string[]>): boolean {
  if (isStringList(value)) {
    if (value.length > 0) (out[path] ??= []).push(...value)
    return true
  }
  if (Array.isArray(value))
    return value.every((item, i) => isRecord(item) && collectFieldErrors(`${path}.${i}`, item, out))
  if (isRecord(value))
    return Object.entries(value).every(([k, v]) =>
      collectFieldErrors(k === NON_FIELD_ERRORS ? path : `${path}.${k}`, v, out),
    )
  return false
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((m) => typeof m === 'string')
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * One short sentence for an error body that is not DRF-shaped, or null when
 * nothing readable is in it: a common message field, an HTML page's title, or
 * the start of a plain-text answer.
 */
export function describeForeignBody(body: unknown): string | null {
  if (typeof body === 'string') {
    const text = body.trim()
    if (text === '') return null
    if (/^<(!doctype|html|head|body)\b/i.test(text)) {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
      return title ? `The server answered an HTML page: “${title}”.` : 'The server answered an HTML page.'
    }
    return text.length > 200 ? `${text.slice(0, 200)}…` : text
  }
  if (!isRecord(body)) return null
  for (const container of [body, body.error, body.errors]) {
    if (typeof container === 'string' && container.trim() !== '') return container
    if (!isRecord(container)) continue
    for (const k of ['detail', 'message', 'error_description', 'title', 'error'])
      if (typeof container[k] === 'string' && container[k] !== '') return container[k]
  }
  return null
}
