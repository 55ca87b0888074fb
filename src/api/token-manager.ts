/**
 * OAuth2 client-credentials tokens (`POST /oauth/token/`, form-encoded). A
 * token is reused until shortly before `expires_in` runs out; concurrent
 * callers share one request in flight. That request belongs to no caller: each
 * waits with its own abort signal, and it is cancelled only when every caller
 * waiting for it has gone. The secret lives only in this object's
 * memory; the token may be mirrored to sessionStorage (never localStorage) so a
 * reload in the same tab does not ask for it again.
 */
import { oauthErrorSchema, parseScopes, tokenResponseSchema, type Scope } from '@/contract/oauth'
import { ApiError } from './api-error'
import type { AuthSource } from './auth-source'

export interface TokenManagerOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  scope?: string
  fetch?: typeof fetch
  now?: () => number
  /** Where to mirror the token across reloads (sessionStorage in the browser). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
  /** Seconds before expiry when a token counts as stale. */
  marginSeconds?: number
  /** Start without the mirrored token (new credentials must be proven); a new token is still mirrored. */
  ignoreStored?: boolean
}

interface CachedToken {
  accessToken: string
  expiresAt: number
  scopes: Scope[]
}

/** The token request shared by every caller waiting for it. */
interface SharedRequest {
  promise: Promise<CachedToken>
  controller: AbortController
  waiting: number
}

export const DEFAULT_SCOPE = 'assistants:read assistants:write'

export class TokenManager implements AuthSource {
  private cached: CachedToken | null = null
  private inFlight: SharedRequest | null = null
  private readonly opts: Required<Omit<TokenManagerOptions, 'storage' | 'ignoreStored'>> & {
    storage: TokenManagerOptions['storage']
  }

  constructor(options: TokenManagerOptions) {
    this.opts = {
      scope: DEFAULT_SCOPE,
      fetch: (...args) => globalThis.fetch(...args),
      now: () => Date.now(),
      marginSeconds: 60,
      storage: null,
      ...options,
    }
    this.cached = options.ignoreStored ? null : this.readStored()
  }

  private get storageKey(): string {
    return `assistants-console:token:${this.opts.baseUrl}|${this.opts.clientId}`
  }

  private readStored(): CachedToken | null {
    const raw = this.opts.storage?.getItem(this.storageKey)
    if (!raw) return null
    try {
      const t = JSON.parse(raw) as CachedToken
      return typeof t.accessToken === 'string' && typeof t.expiresAt === 'number' && Array.isArray(t.scopes) ? t : null
    } catch {
      return null
    }
  }

  private isFresh(t: CachedToken | null): t is CachedToken {
    return t !== null && t.expiresAt - this.opts.marginSeconds * 1000 > this.opts.now()
  }

  /** Scopes granted to the current token, or null before the first token. */
  get scopes(): Scope[] | null {
    return this.cached?.scopes ?? null
  }

  async getToken(signal?: AbortSignal): Promise<string> {
    return (await this.getTokenInfo(signal)).accessToken
  }

  async getTokenInfo(signal?: AbortSignal): Promise<CachedToken> {
    if (this.isFresh(this.cached)) return this.cached
    if (signal?.aborted) throw abortedError()
    const shared = (this.inFlight ??= this.startRequest())
    shared.waiting += 1
    try {
      return await waitFor(shared.promise, signal)
    } finally {
      shared.waiting -= 1
      // The last caller to give up cancels the request; a caller after that starts a new one.
      if (shared.waiting === 0 && signal?.aborted && this.inFlight === shared) {
        this.inFlight = null
        shared.controller.abort()
      }
    }
  }

  private startRequest(): SharedRequest {
    const controller = new AbortController()
    const shared: SharedRequest = {
      controller,
      waiting: 0,
      promise: this.requestToken(controller.signal).finally(() => {
        if (this.inFlight === shared) this.inFlight = null
      }),
    }
    // Callers see the failure through waitFor; this only stops an unhandled rejection when all of them left.
    shared.promise.catch(() => undefined)
    return shared
  }

  /** Forget the token (after a 401), so the next call fetches a fresh one. */
  invalidate(): boolean {
    this.cached = null
    this.opts.storage?.removeItem(this.storageKey)
    return true
  }

  private async requestToken(signal: AbortSignal): Promise<CachedToken> {
    if (this.opts.clientSecret === '')
      throw new ApiError({
        kind: 'auth',
        message:
          'Sign-in needed: enter the client secret in Settings (secrets are kept in memory only, not across reloads).',
      })
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.opts.clientId,
      client_secret: this.opts.clientSecret,
      scope: this.opts.scope,
    })
    let res: Response
    try {
      res = await this.opts.fetch(joinUrl(this.opts.baseUrl, '/oauth/token/'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal,
        // No cookies or browser-cached credentials: this also stops a `WWW-Authenticate: Basic`
        // challenge on a wrong secret from opening the browser's own login prompt.
        credentials: 'omit',
      })
    } catch (e) {
      if (signal.aborted) throw abortedError()
      throw new ApiError({ kind: 'network', message: `Could not reach the token endpoint: ${(e as Error).message}` })
    }
    const json: unknown = await res.json().catch(() => null)
    if (signal.aborted) throw abortedError()
    if (!res.ok) {
      const parsed = oauthErrorSchema.safeParse(json)
      const reason = parsed.success
        ? `${parsed.data.error}${parsed.data.error_description ? `: ${parsed.data.error_description}` : ''}`
        : `HTTP ${res.status}`
      throw new ApiError({
        kind: 'auth',
        status: res.status,
        body: json,
        detail: reason,
        message: `Sign-in failed (${reason}).`,
      })
    }
    const parsed = tokenResponseSchema.safeParse(json)
    if (!parsed.success) throw ApiError.fromContract('POST /oauth/token/', parsed.error, json)
    const token: CachedToken = {
      accessToken: parsed.data.access_token,
      expiresAt: this.opts.now() + parsed.data.expires_in * 1000,
      // Servers that omit `scope` granted what was asked (RFC 6749 §5.1).
      scopes: parseScopes(parsed.data.scope ?? this.opts.scope),
    }
    this.cached = token
    this.opts.storage?.setItem(this.storageKey, JSON.stringify(token))
    return token
  }
}

function abortedError(): ApiError {
  return new ApiError({ kind: 'aborted', message: 'The request was cancelled.' })
}

/** Waits for a shared promise, but gives up (with an 'aborted' ApiError) as soon as this caller's signal aborts. */
function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}
