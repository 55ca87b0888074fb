/** Runs a contract schema over a request body and answers DRF field errors. */
import { z } from 'zod'
import { isPlainObject } from '../../../src/contract/common'
import { zodToDrf, type DrfErrorBody } from '../../../src/contract/errors'

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: DrfErrorBody }

const SHIELD = '\u0000'

/**
 * zodToDrf, safe for hostile field names: the contract's version writes into a
 * plain object, so a body with a `constructor` or `__proto__` key would reach
 * Object.prototype. Each name is prefixed while zodToDrf runs, and the result
 * is rebuilt on a prototype-free object.
 */
export function drfErrors(error: z.ZodError): DrfErrorBody {
  const issues = error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'string' ? SHIELD + p : p))
    return issue.code === 'unrecognized_keys'
      ? { ...issue, path, keys: issue.keys.map((k) => SHIELD + k) }
      : { ...issue, path }
  })
  const shielded = zodToDrf(new z.ZodError(issues as z.core.$ZodIssue[]))
  const out: DrfErrorBody = Object.create(null) as DrfErrorBody
  for (const [key, messages] of Object.entries(shielded)) out[key.split(SHIELD).join('')] = messages
  return out
}

/**
 * DRF serializers ignore fields they do not declare. A strict schema from the
 * contract would reject them, so unless `strictFields` is on (MOCK_STRICT_FIELDS,
 * for catching a client's typos) they are dropped before it runs, together
 * with the read-only fields a client echoes back (id, tools_json, assistant).
 * Loose schemas (messages) keep every field: there, extra fields are data.
 */
export function validateBody<S extends z.ZodObject>(
  schema: S,
  body: unknown,
  readOnly: readonly string[],
  strictFields = false,
): Validated<z.output<S>> {
  let input = body
  if (isPlainObject(body)) {
    const declared = Object.keys(schema.shape)
    const dropUnknown = !strictFields && schema.def.catchall instanceof z.ZodNever
    input = Object.fromEntries(
      Object.entries(body).filter(([k]) => !readOnly.includes(k) && (!dropUnknown || declared.includes(k))),
    )
  }
  const result = schema.safeParse(input)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: drfErrors(result.error) }
}
