import { describe, expect, it, vi } from 'vitest'
import { TokenManager } from './token-manager'
import { ApiError } from './api-error'

function tokenAnswer(token: string, expiresIn = 3600, scope = 'assistants:read assistants:write') {
  return new Response(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  })
}

describe('TokenManager', () => {
  it('posts client credentials form-encoded to /oauth/token/', async () => {
    const fetch = vi.fn(async () => tokenAnswer('t1'))
    const tm = new TokenManager({ baseUrl: 'http://x/', clientId: 'id', clientSecret: 's3cret', fetch })
    expect(await tm.getToken()).toBe('t1')
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://x/oauth/token/')
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/x-www-form-urlencoded')
    const body = new URLSearchParams(String(init.body))
    expect(body.get('grant_type')).toBe('client_credentials')
    expect(body.get('client_secret')).toBe('s3cret')
    expect(body.get('scope')).toBe('assistants:read assistants:write')
  })

  it('reuses the token until shortly before it expires, then fetches a new one', async () => {
    let now = 0
    let n = 0
    const fetch = vi.fn(async () => tokenAnswer(`t${++n}`, 3600))
    const tm = new TokenManager({
      baseUrl: '',
      clientId: 'id',
      clientSecret: 's',
      fetch,
      now: () => now,
      marginSeconds: 60,
    })
    expect(await tm.getToken()).toBe('t1')
    now = 3_000_000 // 50 minutes: still fresh
    expect(await tm.getToken()).toBe('t1')
    now = 3_541_000 // 59 min 1 s: inside the margin
    expect(await tm.getToken()).toBe('t2')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('sends one token request for many concurrent callers', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const fetch = vi.fn(async () => {
      await gate
      return tokenAnswer('shared')
    })
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch })
    const all = Promise.all([tm.getToken(), tm.getToken(), tm.getToken()])
    release()
    expect(await all).toEqual(['shared', 'shared', 'shared'])
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('reports the granted scopes, which may be fewer than asked', async () => {
    const tm = new TokenManager({
      baseUrl: '',
      clientId: 'ro',
      clientSecret: 's',
      fetch: async () => tokenAnswer('t', 60, 'assistants:read'),
    })
    await tm.getToken()
    expect(tm.scopes).toEqual(['assistants:read'])
  })

  it('turns an RFC 6749 error answer into an auth ApiError with the reason', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ error: 'invalid_client', error_description: 'Client authentication failed.' }), {
        status: 401,
      })
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 'wrong', fetch })
    const err = await tm.getToken().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).kind).toBe('auth')
    expect((err as ApiError).message).toContain('invalid_client')
  })

  it('never writes the client secret to storage, only the token', async () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    }
    const tm = new TokenManager({
      baseUrl: '',
      clientId: 'id',
      clientSecret: 'top-secret-value',
      fetch: async () => tokenAnswer('tok'),
      storage,
    })
    await tm.getToken()
    const dump = [...store.values()].join('\n')
    expect(dump).toContain('tok')
    expect(dump).not.toContain('top-secret-value')
    tm.invalidate()
    expect(store.size).toBe(0)
  })
})

describe('TokenManager without a secret', () => {
  it('asks for sign-in instead of sending an empty secret', async () => {
    const fetch = vi.fn(async () => tokenAnswer('never'))
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: '', fetch })
    await expect(tm.getToken()).rejects.toThrow(/Sign-in needed/)
    expect(fetch).not.toHaveBeenCalled()
  })
})

/** A token endpoint that answers only when told to, and records the signal each request was sent with. */
function gatedTokenEndpoint() {
  const signals: AbortSignal[] = []
  const releases: (() => void)[] = []
  let n = 0
  const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal
    if (signal) signals.push(signal)
    const token = `t${++n}`
    return new Promise<Response>((resolve, reject) => {
      releases.push(() => resolve(tokenAnswer(token)))
      signal?.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')))
    })
  })
  return { fetch, signals, release: (i = 0) => releases[i]?.() }
}

const reason = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  )

describe('TokenManager: callers abort on their own', () => {
  it('a caller that aborts gets an "aborted" ApiError; the others still get the shared token', async () => {
    const endpoint = gatedTokenEndpoint()
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch: endpoint.fetch })
    const first = new AbortController()
    const firstCall = reason(tm.getToken(first.signal))
    const second = tm.getToken(new AbortController().signal)
    const third = tm.getToken()
    first.abort()
    const err = await firstCall
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).kind).toBe('aborted')
    // The shared request was not cancelled with the first caller.
    expect(endpoint.signals[0]?.aborted).toBe(false)
    endpoint.release()
    expect(await Promise.all([second, third])).toEqual(['t1', 't1'])
    expect(endpoint.fetch).toHaveBeenCalledTimes(1)
  })

  it('cancels the shared request only when every waiting caller aborted, and starts afresh after that', async () => {
    const endpoint = gatedTokenEndpoint()
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch: endpoint.fetch })
    const a = new AbortController()
    const b = new AbortController()
    const callA = reason(tm.getToken(a.signal))
    const callB = reason(tm.getToken(b.signal))
    a.abort()
    await callA
    expect(endpoint.signals[0]?.aborted).toBe(false)
    b.abort()
    expect(((await callB) as ApiError).kind).toBe('aborted')
    expect(endpoint.signals[0]?.aborted).toBe(true)

    const next = tm.getToken()
    expect(endpoint.fetch).toHaveBeenCalledTimes(2)
    endpoint.release(1)
    expect(await next).toBe('t2')
  })

  it('a caller without a signal keeps the request alive when the others abort', async () => {
    const endpoint = gatedTokenEndpoint()
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch: endpoint.fetch })
    const patient = tm.getToken()
    const c = new AbortController()
    const impatient = reason(tm.getToken(c.signal))
    c.abort()
    expect(((await impatient) as ApiError).kind).toBe('aborted')
    expect(endpoint.signals[0]?.aborted).toBe(false)
    endpoint.release()
    expect(await patient).toBe('t1')
    // The token is cached for later callers.
    expect(await tm.getToken()).toBe('t1')
    expect(endpoint.fetch).toHaveBeenCalledTimes(1)
  })

  it('a caller whose signal is already aborted fails at once without sending a request', async () => {
    const endpoint = gatedTokenEndpoint()
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch: endpoint.fetch })
    const err = await reason(tm.getToken(AbortSignal.abort()))
    expect((err as ApiError).kind).toBe('aborted')
    expect(endpoint.fetch).not.toHaveBeenCalled()
  })

  it('still reports a real network failure as "network", to every caller', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch })
    const errs = await Promise.all([reason(tm.getToken(new AbortController().signal)), reason(tm.getToken())])
    for (const e of errs) {
      expect(e).toBeInstanceOf(ApiError)
      expect((e as ApiError).kind).toBe('network')
    }
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('a failed request is not reused: the next call tries again', async () => {
    let n = 0
    const fetch = vi.fn(async () => {
      if (++n === 1) throw new TypeError('Failed to fetch')
      return tokenAnswer('t2')
    })
    const tm = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch })
    await expect(tm.getToken()).rejects.toThrow(/Could not reach/)
    expect(await tm.getToken()).toBe('t2')
  })
})
