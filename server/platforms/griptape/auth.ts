/**
 * Bearer keys: the demo key (option, else $GRIPTAPE_DEMO_KEY, else
 * `demo-griptape-key`) and any active key created through the API. No key or
 * a wrong one answers 401 in Griptape's error format.
 */
import type { MiddlewareHandler } from 'hono'
import { ERROR_TYPES } from '../../../src/contract/griptape/fields'
import type { Deps, GriptapeEnv } from './context'
import { clientError } from './http'

export const AUTH_MESSAGES = {
  missing: 'Authentication required: send "Authorization: Bearer <API key>".',
  invalid: 'Invalid or deactivated API key.',
} as const

export function requireKey(deps: Deps): MiddlewareHandler<GriptapeEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next()
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    if (!match?.[1]) {
      c.header('WWW-Authenticate', 'Bearer')
      return clientError(c, 401, ERROR_TYPES.unauthorized, [{ message: AUTH_MESSAGES.missing }])
    }
    const key = match[1]
    if (key === deps.options.apiKey) {
      c.set('caller', deps.demoUserId)
      return next()
    }
    const record = [...deps.store.apiKeys.values()].find((k) => k.active && k.secret === key)
    if (!record) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"')
      return clientError(c, 401, ERROR_TYPES.unauthorized, [{ message: AUTH_MESSAGES.invalid }])
    }
    record.last_used = deps.iso()
    c.set('caller', record.created_by)
    return next()
  }
}
