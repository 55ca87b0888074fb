import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import type { AuthSource } from './auth-source'
import { ApiClient } from './http-client'
import type { ApiError } from './api-error'

function auth(tokens: string[]): AuthSource & { invalidations: number } {
  let i = 0
  return {
    invalidations: 0,
    scopes: null,
    getToken: async () => tokens[Math.min(i, tokens.length - 1)] as string,
    invalidate() {
      this.invalidations++
      i++
      return true
    },
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('ApiClient', () => {
  it('sends the bearer token and validates the answer against the schema', async () => {
    const fetch = vi.fn(async () => json({ output: 'hi' }))
    const client = new ApiClient({ baseUrl: 'http://h', key: 'k', auth: auth(['t1']), fetch })
    const out = await client.request('POST', '/x/', { schema: z.object({ output: z.string() }), body: { input: {} } })
    expect(out).toEqual({ output: 'hi' })
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://h/x/')
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t1')
    expect(init.body).toBe('{"input":{}}')
  })

  it('retries once with a fresh token after a 401', async () => {
    const a = auth(['old', 'new'])
    const fetch = vi.fn(async (_u: RequestInfo | URL, init?: RequestInit) =>
      (init?.headers as Record<string, string>).Authorization === 'Bearer old'
        ? json({ detail: 'Invalid or expired token.' }, 401)
        : json([]),
    )
    const client = new ApiClient({ baseUrl: '', key: 'k', auth: a, fetch })
    await expect(client.request('GET', '/l/', { schema: z.array(z.unknown()) })).resolves.toEqual([])
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(a.invalidations).toBe(1)
  })

  it('gives up after the retry: a second 401 becomes an auth error', async () => {
    const client = new ApiClient({
      baseUrl: '',
      key: 'k',
      auth: auth(['a', 'b']),
      fetch: async () => json({ detail: 'Invalid or expired token.' }, 401),
    })
    const err = (await client.request('GET', '/l/', { schema: z.unknown() }).catch((e: unknown) => e)) as ApiError
    expect(err.kind).toBe('auth')
    expect(err.status).toBe(401)
    expect(err.detail).toBe('Invalid or expired token.')
  })

  it('reads DRF field errors, non-field errors and detail', async () => {
    const client = new ApiClient({
      baseUrl: '',
      key: 'k',
      auth: auth(['t']),
      fetch: async () =>
        json({ code: ['assistant with this code already exists.'], non_field_errors: ['Bad combo.'] }, 400),
    })
    const err = (await client
      .request('POST', '/a/', { schema: z.unknown(), body: {} })
      .catch((e: unknown) => e)) as ApiError
    expect(err.status).toBe(400)
    expect(err.fieldErrors).toEqual({ code: ['assistant with this code already exists.'] })
    expect(err.nonFieldErrors).toEqual(['Bad combo.'])
    expect(err.message).toBe('Bad combo.')
  })

  it('shows an error body that is not DRF-shaped as one general message, never as field errors', async () => {
    const answers = [
      new Response('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
      json({ error: { input: 'must be an object' } }, 422),
    ]
    const client = new ApiClient({
      baseUrl: '',
      key: 'k',
      auth: auth(['t']),
      fetch: async () => answers.shift() as Response,
    })
    const html = (await client
      .request('PUT', '/a/x/', { schema: z.unknown(), body: {} })
      .catch((e: unknown) => e)) as ApiError
    expect(html.status).toBe(502)
    expect(html.hasFieldErrors).toBe(false)
    expect(html.message).toContain('502 Bad Gateway')
    const unprocessable = (await client
      .request('PUT', '/a/x/', { schema: z.unknown(), body: {} })
      .catch((e: unknown) => e)) as ApiError
    expect(unprocessable.status).toBe(422)
    expect(unprocessable.fieldErrors).toEqual({})
    expect(unprocessable.message).toBe('422 Unprocessable entity')
  })

  it('reports an answer that breaks the contract as a contract error, naming the field', async () => {
    const client = new ApiClient({
      baseUrl: '',
      key: 'k',
      auth: auth(['t']),
      fetch: async () => json({ id: 'not-a-number' }),
    })
    const err = (await client
      .request('GET', '/a/x/', { schema: z.object({ id: z.number() }) })
      .catch((e: unknown) => e)) as ApiError
    expect(err.kind).toBe('contract')
    expect(err.message).toContain('id')
  })

  it('turns a network failure into a network error', async () => {
    const client = new ApiClient({
      baseUrl: '',
      key: 'k',
      auth: auth(['t']),
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    })
    const err = (await client.request('GET', '/a/', { schema: z.unknown() }).catch((e: unknown) => e)) as ApiError
    expect(err.kind).toBe('network')
  })
})
