/**
 * Building blocks of the Deepslate schemas. Messages follow Jakarta Bean
 * Validation's defaults ("must not be null", "size must be between 0 and
 * 255"), as a Spring service such as Deepslate's answers them, so a field
 * error reads the same from the console's form, the mock and the real API.
 */
import { z } from 'zod'

export const messages = {
  required: 'must not be null',
  blank: 'must not be blank',
  string: 'must be a string',
  integer: 'must be an integer',
  array: 'must be an array',
  object: 'must be a JSON object',
  uuid: 'must be a valid UUID',
  url: 'must be a valid URL (http or https)',
  size: (min: number, max: number) => `size must be between ${min} and ${max}`,
  min: (n: number) => `must be greater than or equal to ${n}`,
  max: (n: number) => `must be less than or equal to ${n}`,
  typePattern: 'must start with a lowercase letter and contain only lowercase letters, digits and underscores',
} as const

function isMissing(input: unknown): boolean {
  return input === undefined || input === null
}

/** A required string: absent or null is "must not be null"; `notBlank` also refuses whitespace-only text. */
export function requiredString(opts: { max: number; notBlank?: boolean }) {
  let s = z.string({ error: (issue) => (isMissing(issue.input) ? messages.required : messages.string) })
  if (opts.notBlank) s = s.refine((v) => v.trim() !== '', { error: messages.blank })
  return s.max(opts.max, { error: messages.size(opts.notBlank ? 1 : 0, opts.max) })
}

/**
 * Any 8-4-4-4-12 hex UUID, as java.util.UUID reads them: the documented ids
 * (e.g. `deadbeef-cafe-babe-feed-faceabadb001`) are not RFC 9562 versions, so
 * z.uuid() would refuse them. Stored and answered in lower case.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value)
}

export const uuidSchema = z
  .string({ error: (issue) => (isMissing(issue.input) ? messages.required : messages.uuid) })
  .regex(UUID_PATTERN, { error: messages.uuid })
  .transform((v) => v.toLowerCase())

export const MAX_URL_LENGTH = 2048

/** An absolute http(s) URL with a host: where Deepslate sends requests (knowledge base, webhooks). */
export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export const httpUrlSchema = z
  .string({ error: (issue) => (isMissing(issue.input) ? messages.required : messages.string) })
  .refine(isHttpUrl, { error: messages.url })

/** A string or null that, when given, is not blank: optional secrets and tokens. */
export function optionalSecret(max: number) {
  return z
    .string({ error: messages.string })
    .refine((v) => v.trim() !== '', { error: messages.blank })
    .refine((v) => v.length <= max, { error: messages.size(1, max) })
    .nullable()
    .optional()
    .transform((v) => v ?? null)
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A free JSON object (parameters of extension and hook types this contract does not know), kept as sent. */
export const jsonObjectSchema = z.custom<Record<string, unknown>>(isPlainObject, {
  error: (issue) => (isMissing(issue.input) ? messages.required : messages.object),
})
