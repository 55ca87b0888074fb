/**
 * Error answers in Flowise's shapes: its errorHandler middleware's
 * `{statusCode, success: false, message, stack}` (stack is `{}` outside
 * development), plus `fieldErrors` where the mock knows the field, and the
 * API-key check's 401 `{"error": "Unauthorized Access"}`.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { UNAUTHORIZED_MESSAGE } from '../../../../src/contract/flowise/errors'
import type { FieldErrors } from '../../../../src/contract/flowise/field-errors'

export type ErrorStatus = 400 | 404 | 412 | 413 | 415

export function flowiseError(c: Context, status: ErrorStatus, message: string, fieldErrors?: FieldErrors): Response {
  const body: Record<string, unknown> = { statusCode: status, success: false, message, stack: {} }
  if (fieldErrors && Object.keys(fieldErrors).length > 0) body.fieldErrors = fieldErrors
  return c.json(body, status satisfies ContentfulStatusCode)
}

export function notFoundError(c: Context, message: string): Response {
  return flowiseError(c, 404, message)
}

export function unauthorized(c: Context): Response {
  return c.json({ error: UNAUTHORIZED_MESSAGE }, 401)
}
