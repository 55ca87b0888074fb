/**
 * `Authorization: Bearer <API key>`, as Deepslate's SDKs send it. A missing or
 * wrong key is a 401 in Deepslate's error format. Keys are compared by their
 * SHA-256 digests in constant time, and never logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Answerer } from './http/answers'

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

export function requireApiKey(apiKey: string, answer: Answerer): MiddlewareHandler {
  const expected = digest(apiKey)
  return async (c, next) => {
    const header = c.req.header('authorization')
    const match = header ? /^Bearer[ \t]+(\S.*)$/i.exec(header.trim()) : null
    const token = match?.[1]?.trim()
    if (token && timingSafeEqual(digest(token), expected)) {
      await next()
      return
    }
    c.header('WWW-Authenticate', token ? 'Bearer error="invalid_token"' : 'Bearer')
    return answer.error(c, 401, token ? 'Invalid API key' : 'Full authentication is required to access this resource')
  }
}
