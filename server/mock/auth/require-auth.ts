/**
 * Bearer authentication and scope checks for every API path. Reads need
 * `assistants:read`; writes to the Admin API need `assistants:write`.
 */
import type { MiddlewareHandler } from 'hono'
import type { TokenStore } from './tokens'

const MESSAGES = {
  missing: 'Authentication credentials were not provided.',
  invalid: 'Invalid or expired token.',
  forbidden: 'You do not have permission to perform this action.',
} as const

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function requiredScope(method: string, path: string): string {
  return WRITE_METHODS.has(method) && path.startsWith('/apis/admin/') ? 'assistants:write' : 'assistants:read'
}

export function requireAuth(tokens: TokenStore): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next()
    const check = tokens.check(c.req.header('authorization'))
    if (!check.ok) {
      c.header('WWW-Authenticate', check.reason === 'invalid' ? 'Bearer error="invalid_token"' : 'Bearer')
      return c.json({ detail: MESSAGES[check.reason] }, 401)
    }
    if (!check.token.scopes.includes(requiredScope(c.req.method, c.req.path))) {
      return c.json({ detail: MESSAGES.forbidden }, 403)
    }
    return next()
  }
}
