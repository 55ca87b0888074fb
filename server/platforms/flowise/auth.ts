/** `Authorization: Bearer <key>`, as Flowise checks API keys; anything else is its 401. */
import type { MiddlewareHandler } from 'hono'
import { unauthorized } from './http/errors'

export function requireKey(apiKey: string): MiddlewareHandler {
  return async (c, next) => {
    const match = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')
    if (!match || match[1]?.trim() !== apiKey) return unauthorized(c)
    await next()
  }
}
