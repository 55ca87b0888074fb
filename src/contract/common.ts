/**
 * Building blocks shared by every resource schema. Messages follow Django REST
 * framework's wording so a field error reads the same whether the console's
 * form, the mock backend or the real service produced it.
 */
import { z } from 'zod'

export const messages = {
  required: 'This field is required.',
  blank: 'This field may not be blank.',
  codePattern: 'Use only lowercase letters, digits and hyphens (a-z, 0-9, -).',
  codeMin: 'Ensure this field has at least 3 characters.',
  max: (n: number) => `Ensure this field has no more than ${n} characters.`,
  url: 'Enter a valid URL.',
  decimal: 'A valid number is required.',
  decimalRange: 'Ensure this value is between 0 and 1.',
  decimalStep: 'Ensure that there are no more than 2 decimal places.',
  boolean: 'Must be a valid boolean.',
  object: 'Expected a JSON object.',
} as const

/** A string that must be present (DRF's "required") and may be blank unless `allowBlank` is false. */
export function requiredString(opts: { max?: number; allowBlank?: boolean } = {}) {
  let s = z.string({
    error: (issue) => (issue.input === undefined ? messages.required : 'Not a valid string.'),
  })
  if (opts.allowBlank === false) s = s.min(1, { error: messages.blank })
  if (opts.max !== undefined) s = s.max(opts.max, { error: messages.max(opts.max) })
  return s
}

/** Codes key assistants and APIs in URLs: `^[a-z0-9-]+$`, 3 to 255 characters. */
export const codeSchema = requiredString({ max: 255 })
  .min(3, { error: messages.codeMin })
  .regex(/^[a-z0-9-]+$/, { error: messages.codePattern })

export const CODE_PATTERN = /^[a-z0-9-]+$/

/**
 * temperature and top_p: the service answers decimal strings ("0.70") but the
 * guide sends numbers (0.7). On input both are accepted; the value must lie in
 * 0..1 with at most two decimals.
 */
export const decimalInputSchema = z
  .union([z.number(), z.string()], { error: messages.decimal })
  .transform((value, ctx) => {
    const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: messages.decimal })
      return z.NEVER
    }
    if (n < 0 || n > 1) {
      ctx.addIssue({ code: 'custom', message: messages.decimalRange })
      return z.NEVER
    }
    if (Math.abs(Math.round(n * 100) - n * 100) > 1e-6) {
      ctx.addIssue({ code: 'custom', message: messages.decimalStep })
      return z.NEVER
    }
    return n
  })

/** Formats a 0..1 number the way the service answers it: two decimals in a string. */
export function toDecimalString(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2)
}

/** On output, a decimal may come as a string or (from lenient servers) as a number; we keep strings. */
export const decimalOutputSchema = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? toDecimalString(v) : v))

/** A free JSON object (routes' tags, threads' content, tools' data). */
export const jsonObjectSchema = z.record(z.string(), z.unknown(), { error: messages.object })

export type JsonObject = z.infer<typeof jsonObjectSchema>

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
