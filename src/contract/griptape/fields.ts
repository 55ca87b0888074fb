/**
 * Building blocks of the Griptape Cloud contract: the seed's UUID pattern,
 * field rules with one message each, and Griptape's error body
 * (`ClientErrorResponseContent`). Browser-safe: zod only.
 */
import { z } from 'zod'

/** The seed's own pattern for every id (a version-4 UUID, written as the seed writes it). */
export const UUID_PATTERN =
  /^[0-9(a-f|A-F)]{8}-[0-9(a-f|A-F)]{4}-4[0-9(a-f|A-F)]{3}-[89ab][0-9(a-f|A-F)]{3}-[0-9(a-f|A-F)]{12}$/

export const messages = {
  required: 'This field is required.',
  string: 'Must be a string.',
  boolean: 'Must be true or false.',
  stringList: 'Must be a list of strings.',
  uuid: 'Must be a UUID (version 4), e.g. 1f0c6b1e-7a3d-4c55-9e2a-0b6d8f9a1c2e.',
  uuidList: 'Must be a list of UUIDs.',
  empty: 'Must not be empty.',
  max: (n: number) => `Must be at most ${n} characters.`,
  integer: 'Must be a whole number.',
  number: 'Must be a number.',
  min: (n: number) => `Must be at least ${n}.`,
  maxValue: (n: number) => `Must be at most ${n}.`,
  oneOf: (values: readonly string[]) => `Must be one of: ${values.join(', ')}.`,
  object: 'Must be a JSON object.',
  list: 'Must be a list.',
  maxItems: (n: number) => `Must have at most ${n} items.`,
  unknownField: 'Unknown field.',
} as const

function typed(expected: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? messages.required : expected)
}

/** A string field; `min: 1` refuses the empty string. */
export function stringField(opts: { min?: number; max?: number } = {}) {
  let s = z.string({ error: typed(messages.string) })
  if (opts.min !== undefined) s = s.min(opts.min, { error: messages.empty })
  if (opts.max !== undefined) s = s.max(opts.max, { error: messages.max(opts.max) })
  return s
}

export const booleanField = z.boolean({ error: typed(messages.boolean) })

export const uuidField = z.string({ error: typed(messages.uuid) }).regex(UUID_PATTERN, { error: messages.uuid })

export const uuidListField = z.array(uuidField, { error: typed(messages.uuidList) })

export const stringListField = z.array(z.string({ error: messages.string }), { error: typed(messages.stringList) })

export function integerField(min: number, max: number) {
  return z
    .number({ error: typed(messages.integer) })
    .int({ error: messages.integer })
    .min(min, { error: messages.min(min) })
    .max(max, { error: messages.maxValue(max) })
}

export function enumField<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: typed(messages.oneOf(values)) })
}

// ---- Errors ----

/** One problem: `field` is a dotted path (`tool_ids.0`), absent when the problem is not about one field. */
export interface ClientErrorItem {
  field?: string
  message: string
}

/** Griptape's `ClientErrorResponseContent`: `type` names the kind of error. */
export interface ClientErrorBody {
  type: string
  errors: ClientErrorItem[]
}

export const ERROR_TYPES = {
  validation: 'ValidationError',
  unauthorized: 'UnauthorizedError',
  notFound: 'NotFoundError',
  conflict: 'ConflictError',
  badRequest: 'BadRequestError',
} as const

/** A failed parse as error items, one per issue; unknown keys are named one by one. */
export function zodToErrorItems(error: z.ZodError): ClientErrorItem[] {
  const items: ClientErrorItem[] = []
  for (const issue of error.issues) {
    const path = issue.path.map(String)
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) items.push({ field: [...path, key].join('.'), message: messages.unknownField })
      continue
    }
    if (path.length === 0) {
      items.push({
        message: issue.code === 'invalid_type' ? `The request body ${messages.object.toLowerCase()}` : issue.message,
      })
      continue
    }
    items.push({ field: path.join('.'), message: issue.message })
  }
  return items
}

/** The error body as the seed prints it: `type` required, `errors` items of any shape. Tolerant. */
export const clientErrorReadSchema = z.looseObject({
  type: z.string(),
  errors: z.array(z.unknown()).optional(),
})

export interface ReadClientError {
  type: string
  /** Messages by field path, for a form's `setError`. */
  fieldErrors: Record<string, string[]>
  /** Messages not tied to one field. */
  general: string[]
}

/**
 * Reads any Griptape error body into field and general messages; null when the
 * body is not Griptape-shaped. Items may be strings or objects with
 * `message`/`msg` and `field`/`loc`: the seed leaves items open.
 */
export function readClientError(body: unknown): ReadClientError | null {
  const parsed = clientErrorReadSchema.safeParse(body)
  if (!parsed.success) return null
  const out: ReadClientError = { type: parsed.data.type, fieldErrors: {}, general: [] }
  for (const item of parsed.data.errors ?? []) {
    if (typeof item === 'string') {
      out.general.push(item)
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    const record = item as Record<string, unknown>
    const message =
      typeof record.message === 'string' ? record.message : typeof record.msg === 'string' ? record.msg : null
    if (message === null) continue
    const field =
      typeof record.field === 'string'
        ? record.field
        : Array.isArray(record.loc)
          ? record.loc.map(String).join('.')
          : null
    if (field) (out.fieldErrors[field] ??= []).push(message)
    else out.general.push(message)
  }
  return out
}
