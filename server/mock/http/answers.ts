/** Error answers in Django REST framework's shapes, shared by every handler. */
import type { Context } from 'hono'
import type { DrfErrorBody } from '../../../src/contract/errors'

export const NOT_FOUND = { detail: 'Not found.' } as const

export function notFound(c: Context): Response {
  return c.json(NOT_FOUND, 404)
}

export function badRequest(c: Context, errors: DrfErrorBody): Response {
  return c.json(errors, 400)
}

export function detail(c: Context, status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422, message: string): Response {
  return c.json({ detail: message }, status)
}

export function methodNotAllowed(c: Context): Response {
  return detail(c, 405, `Method "${c.req.method}" not allowed.`)
}

/** Adds an error to a DRF body, keeping any messages already there for the field. */
export function addError(errors: DrfErrorBody, field: string, message: string): void {
  const current = Object.hasOwn(errors, field) ? errors[field] : undefined
  errors[field] = [...(current ?? []), message]
}
