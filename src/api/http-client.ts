/**
 * The one HTTP client: base URL, bearer auth (with one retry on a fresh token
 * after a 401), JSON in and out, answers validated against the contract at the
 * edge, and every failure turned into an ApiError.
 */
import type { z } from 'zod'
import type { Scope } from '@/contract/oauth'
import { ApiError } from './api-error'
import type { AuthSource } from './auth-source'
import { joinUrl } from './token-manager'

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions<S extends z.ZodType | undefined> {
  schema?: S
  body?: unknown
  query?: Query
  signal?: AbortSignal | undefined
  headers?: Record<string, string>
  /** The platform's error format (its resources pass it, so the reader loads with the platform's pages). */
  readError?: ErrorReader
}

/**
 * Turns a platform's error answer into an ApiError (its own format: Deepslate's wrapper, Flowise's
 * JSON error, Griptape's ClientErrorResponseContent). Returns null to fall back to the DRF reading.
 */
export type ErrorReader = (status: number, body: unknown, statusText: string) => ApiError | null

export class ApiClient {
  readonly baseUrl: string
  /** Identifies the connection in query keys, so one environment's data never shows under another. */
  readonly key: string
  private readonly auth: AuthSource
  private readonly fetchImpl: typeof fetch
  private readonly readError: ErrorReader | null

  constructor(opts: { baseUrl: string; key: string; auth: AuthSource; fetch?: typeof fetch; readError?: ErrorReader }) {
    this.baseUrl = opts.baseUrl
    this.key = opts.key
    this.auth = opts.auth
    this.fetchImpl = opts.fetch ?? ((...args) => globalThis.fetch(...args))
    this.readError = opts.readError ?? null
  }

  get scopes(): Scope[] | null {
    return this.auth.scopes
  }

  /** Drops the cached token, e.g. after the credentials changed. */
  forgetToken(): void {
    this.auth.invalidate()
  }

  /** Fetches a token now (to check credentials); returns the granted scopes when known. */
  async signIn(signal?: AbortSignal): Promise<Scope[] | null> {
    await this.auth.getToken(signal)
    return this.auth.scopes
  }

  /**
   * The Authorization header value, read ahead for a request that cannot wait for a token:
   * a `keepalive` fetch sent from `pagehide` (e.g. deleting a draft test's temporary copy).
   */
  async authorization(signal?: AbortSignal): Promise<string> {
    return `Bearer ${await this.auth.getToken(signal)}`
  }

  url(path: string, query?: Query): string {
    const url = joinUrl(this.baseUrl, path)
    if (!query) return url
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
    const qs = params.toString()
    return qs ? `${url}?${qs}` : url
  }

  /** Sends an authenticated request and returns the raw Response once it is OK (used for streaming). */
  async send(method: string, path: string, opts: Omit<RequestOptions<undefined>, 'schema'> = {}): Promise<Response> {
    const attempt = async (): Promise<Response> => {
      const token = await this.auth.getToken(opts.signal)
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...opts.headers,
        Authorization: `Bearer ${token}`,
      }
      // Bearer tokens only: never send cookies, and never let a 401 challenge open the browser's login prompt.
      const init: RequestInit = { method, headers, signal: opts.signal ?? null, credentials: 'omit' }
      if (opts.body !== undefined) {
        headers['Content-Type'] = 'application/json'
        init.body = JSON.stringify(opts.body)
      }
      try {
        return await this.fetchImpl(this.url(path, opts.query), init)
      } catch (e) {
        if (opts.signal?.aborted) throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.' })
        throw new ApiError({ kind: 'network', message: `Could not reach the server: ${(e as Error).message}` })
      }
    }
    let res = await attempt()
    if (res.status === 401 && this.auth.invalidate()) res = await attempt()
    if (!res.ok) {
      const body = await readBody(res, opts.signal)
      const reader = opts.readError ?? this.readError
      throw reader?.(res.status, body, res.statusText) ?? ApiError.fromResponse(res.status, body, res.statusText)
    }
    return res
  }

  async request<S extends z.ZodType>(
    method: string,
    path: string,
    opts: RequestOptions<S> & { schema: S },
  ): Promise<z.infer<S>> {
    const res = await this.send(method, path, opts)
    const body = await readBody(res, opts.signal)
    const parsed = opts.schema.safeParse(body)
    if (!parsed.success) throw ApiError.fromContract(`${method} ${path}`, parsed.error, body)
    return parsed.data
  }

  /** For 204 answers (DELETE). */
  async requestEmpty(
    method: string,
    path: string,
    opts: Omit<RequestOptions<undefined>, 'schema'> = {},
  ): Promise<void> {
    await this.send(method, path, opts)
  }
}

async function readBody(res: Response, signal?: AbortSignal): Promise<unknown> {
  if (res.status === 204) return null
  const text = await res.text().catch(() => '')
  // A body cut short by the caller's abort is a cancellation, not an empty (contract-breaking) answer.
  if (signal?.aborted) throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.' })
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** A token pasted by the user: it cannot be refreshed. */
export class StaticTokenAuth implements AuthSource {
  readonly scopes: Scope[] | null = null
  constructor(private readonly token: string) {}
  getToken(): Promise<string> {
    return Promise.resolve(this.token)
  }
  invalidate(): boolean {
    return false
  }
}
