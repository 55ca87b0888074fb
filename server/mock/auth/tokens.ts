/** Bearer tokens issued by the mock's token endpoint; kept in memory only, so a restart logs clients out. */
import { randomBytes } from 'node:crypto'

export interface IssuedToken {
  token: string
  clientId: string
  scopes: string[]
  expiresAt: number
}

export type TokenCheck = { ok: true; token: IssuedToken } | { ok: false; reason: 'missing' | 'invalid' }

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>()
  private readonly now: () => number
  private readonly ttlMs: number

  constructor(ttlSeconds: number, now: () => number) {
    this.ttlMs = ttlSeconds * 1000
    this.now = now
  }

  issue(clientId: string, scopes: string[]): IssuedToken {
    this.dropExpired()
    const issued = {
      token: randomBytes(24).toString('base64url'),
      clientId,
      scopes,
      expiresAt: this.now() + this.ttlMs,
    }
    this.tokens.set(issued.token, issued)
    return issued
  }

  check(authorization: string | undefined): TokenCheck {
    if (!authorization || authorization.trim() === '') return { ok: false, reason: 'missing' }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    // DRF answers "not provided" when the scheme is not its own: the header is not for it.
    if (!match)
      return /^Bearer\b/i.test(authorization) ? { ok: false, reason: 'invalid' } : { ok: false, reason: 'missing' }
    const token = this.tokens.get(match[1] ?? '')
    if (!token || token.expiresAt <= this.now()) return { ok: false, reason: 'invalid' }
    return { ok: true, token }
  }

  private dropExpired(): void {
    const now = this.now()
    for (const [key, t] of this.tokens) if (t.expiresAt <= now) this.tokens.delete(key)
  }
}
