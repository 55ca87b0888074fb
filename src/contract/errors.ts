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

/** Flattens any DRF-ish body into field errors, non-field errors and detail. */
export function readDrfBody(body: unknown): {
  fieldErrors: Record<string, string[]>
  nonFieldErrors: string[]
  detail: string | null
} {
  const fieldErrors: Record<string, string[]> = {}
  const nonFieldErrors: string[] = []
  let detail: string | null = null
  if (Array.isArray(body)) {
    nonFieldErrors.push(...body.map(String))
  } else if (typeof body === 'object' && body !== null) {
    for (const [k, v] of Object.entries(body)) {
      const msgs = Array.isArray(v)
        ? v.map((m) => (typeof m === 'string' ? m : JSON.stringify(m)))
        : [typeof v === 'string' ? v : JSON.stringify(v)]
      if (k === 'detail') detail = msgs.join(' ')
      else if (k === NON_FIELD_ERRORS) nonFieldErrors.push(...msgs)
      else fieldErrors[k] = msgs
    }
  } else if (typeof body === 'string' && body.trim() !== '') {
    detail = body
  }
  return { fieldErrors, nonFieldErrors, detail }
}
