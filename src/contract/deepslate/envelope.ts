/**
 * Deepslate's response wrapper: every answer, errors included, is
 * `{success, timestamp, message, data, traceId}`; lists add `page`, `size`,
 * `totalElements`, `totalPages`. Errors carry per-field details in `errors`
 * (`field` is a Spring-style property path such as
 * `extensions[0].parameters.kb_url`). Read schemas here are tolerant.
 */
import { z } from 'zod'
import { itemsOf } from './read-items'

export interface FieldError {
  field: string
  message: string
}

/** A property path as Spring's BindingResult names it: `a.b[0].c`. */
export function toFieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

/** A Spring property path as a form library names the field: `extensions[0].type` → `extensions.0.type`. */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
}

export function zodToFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: toFieldPath(issue.path), message: issue.message }))
}

const base = {
  success: z.boolean(),
  timestamp: z.string(),
  message: z.string().nullable().optional(),
  traceId: z.string().nullable().optional(),
}

export function responseSchema<S extends z.ZodType>(data: S) {
  return z.object({ ...base, data })
}

/** A page of a list; its items are read one by one, so one odd item does not hide the others. */
export function pageSchema<S extends z.ZodType>(item: S) {
  return z.object({
    ...base,
    page: z.number(),
    size: z.number(),
    totalElements: z.number(),
    totalPages: z.number(),
    data: itemsOf(item),
  })
}

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() })

export const errorResponseSchema = z.object({
  success: z.literal(false),
  timestamp: z.string().optional(),
  message: z.string().nullable().optional(),
  errors: z.array(fieldErrorSchema).nullable().optional(),
  traceId: z.string().nullable().optional(),
})

export interface DeepslateError {
  message: string | null
  /** Messages by form field path (`extensions.0.parameters.kb_url`). */
  fieldErrors: Record<string, string[]>
  traceId: string | null
}

/** Reads an error answer; null when the body is not in Deepslate's error format (a proxy's HTML page, say). */
export function readDeepslateError(body: unknown): DeepslateError | null {
  const parsed = errorResponseSchema.safeParse(body)
  if (!parsed.success) return null
  const fieldErrors: Record<string, string[]> = {}
  for (const { field, message } of parsed.data.errors ?? []) {
    const key = toFormPath(field)
    fieldErrors[key] = [...(Object.hasOwn(fieldErrors, key) ? (fieldErrors[key] ?? []) : []), message]
  }
  return { message: parsed.data.message ?? null, fieldErrors, traceId: parsed.data.traceId ?? null }
}
