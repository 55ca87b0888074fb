/** Aborts anywhere in a request (waiting for a token, the fetch, the body) are reported as kind 'aborted'. */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiError } from './api-error'
import { ApiClient } from './http-client'
import { TokenManager } from './token-manager'

const reason = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  )

/** A fetch that never answers by itself and fails like the browser's when its signal aborts. */
function hangingFetch(): typeof fetch {
  return (_url, init) =>
    new Promise<Response>((_resolve, reject) => {
      if (init?.signal?.aborted) reject(new DOMException('The operation was aborted.', 'AbortError'))
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted.', 'AbortError')),
      )
    })
}

/** Answers 200 at once, then streams a body that stops halfway and errors when the request's signal aborts. */
function stalledBodyFetch(): { fetch: typeof fetch; answered: Promise<void> } {
  let markAnswered!: () => void
  const answered = new Promise<void>((r) => (markAnswered = r))
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"output":'))
        init?.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('The operation was aborted.', 'AbortError')),
        )
      },
    })
    markAnswered()
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } })
  }
  return { fetch, answered }
}

const staticAuth = { scopes: null, getToken: async () => 'tok', invalidate: () => false }

describe('ApiClient aborts', () => {
  it('reports an abort while the token is being fetched as "aborted"', async () => {
    const auth = new TokenManager({ baseUrl: '', clientId: 'id', clientSecret: 's', fetch: hangingFetch() })
    const client = new ApiClient({ baseUrl: '', key: 'k', auth, fetch: hangingFetch() })
    const ctrl = new AbortController()
    const call = reason(client.request('GET', '/x/', { schema: z.unknown(), signal: ctrl.signal }))
    ctrl.abort()
    const err = await call
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).kind).toBe('aborted')
  })

  it('reports an abort during the request as "aborted", not as a network error', async () => {
    const client = new ApiClient({ baseUrl: '', key: 'k', auth: staticAuth, fetch: hangingFetch() })
    const ctrl = new AbortController()
    const call = reason(client.request('GET', '/x/', { schema: z.unknown(), signal: ctrl.signal }))
    ctrl.abort()
    expect(((await call) as ApiError).kind).toBe('aborted')
  })

  // Fails today: http-client's readBody swallows the abort and the empty body is reported as a contract error.
  // Needs readBody(res, signal) to throw an 'aborted' ApiError when the signal aborted; then make this it().
  it('reports an abort while the answer is read as "aborted", not as a contract error', async () => {
    const server = stalledBodyFetch()
    const client = new ApiClient({ baseUrl: '', key: 'k', auth: staticAuth, fetch: server.fetch })
    const ctrl = new AbortController()
    const call = reason(client.request('GET', '/x/', { schema: z.object({ output: z.string() }), signal: ctrl.signal }))
    await server.answered
    ctrl.abort()
    expect(((await call) as ApiError).kind).toBe('aborted')
  })
})
