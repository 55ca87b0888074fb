/** Runs a contract schema over a request body and answers DRF field errors. */
import type { z } from 'zod'
import { isPlainObject } from '../../../src/contract/common'
import { zodToDrf, type DrfErrorBody } from '../../../src/contract/errors'

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: DrfErrorBody }

/**
 * Read-only fields a client echoes back (id, tools_json, assistant) are dropped
 * silently before the strict schema runs, so only truly unknown fields fail.
 */
export function validateBody<T>(schema: z.ZodType<T>, body: unknown, readOnly: readonly string[]): Validated<T> {
  let input = body
  if (isPlainObject(body)) {
    input = Object.fromEntries(Object.entries(body).filter(([k]) => !readOnly.includes(k)))
  }
  const result = schema.safeParse(input)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: zodToDrf(result.error) }
}
