/**
 * Answers in Deepslate's wrapper. Every answer, errors too, has `success`,
 * `timestamp` (ISO-8601, whole seconds like the reference's examples) and a
 * `traceId`; errors add `message` and, for bad input, `errors` per field.
 */
import type { Context } from 'hono'
import type { FieldError } from '../../../../src/contract/deepslate/envelope'

export type ErrorStatus = 400 | 401 | 404 | 405 | 413 | 415

/** A W3C-style trace id: 32 lowercase hex digits. */
export function newTraceId(): string {
  return crypto.randomUUID().replace(/-/g, '')
}

export function timestamp(now: number): string {
  return new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export interface Answerer {
  ok(c: Context, message: string, data: unknown, status?: 200 | 201): Response
  page(
    c: Context,
    message: string,
    page: { page: number; size: number; totalElements: number; totalPages: number },
    data: unknown[],
  ): Response
  error(c: Context, status: ErrorStatus, message: string, errors?: FieldError[]): Response
}

export function createAnswerer(now: () => number): Answerer {
  return {
    ok: (c, message, data, status = 200) =>
      c.json({ success: true, timestamp: timestamp(now()), message, data, traceId: newTraceId() }, status),
    page: (c, message, page, data) =>
      c.json({ success: true, ...page, timestamp: timestamp(now()), message, data, traceId: newTraceId() }, 200),
    error: (c, status, message, errors) =>
      c.json(
        {
          success: false,
          timestamp: timestamp(now()),
          message,
          ...(errors ? { errors } : {}),
          traceId: newTraceId(),
        },
        status,
      ),
  }
}
