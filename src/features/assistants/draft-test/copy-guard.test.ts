// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiClient } from '@/api/http-client'
import { guardCopyOnPageHide } from './copy-guard'

afterEach(() => vi.unstubAllGlobals())

const client = new ApiClient({
  baseUrl: 'http://api.test',
  key: 'k',
  auth: { scopes: null, getToken: async () => 'tok-1', invalidate: () => false },
})

describe('guardCopyOnPageHide', () => {
  it('on pagehide sends a keepalive DELETE of the copy with the token read ahead', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetch)
    const target = new EventTarget() as unknown as Window
    const guard = guardCopyOnPageHide(client, 'a--draft-test-abc123', target)
    await new Promise((r) => setTimeout(r, 0)) // the token is read asynchronously, ahead of pagehide
    target.dispatchEvent(new Event('pagehide'))
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://api.test/apis/admin/assistants/a--draft-test-abc123/')
    expect(init).toMatchObject({ method: 'DELETE', keepalive: true, credentials: 'omit' })
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok-1')
    guard.release()
  })

  it('sends nothing once released (the copy was deleted the ordinary way)', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetch)
    const target = new EventTarget() as unknown as Window
    guardCopyOnPageHide(client, 'a--draft-test-abc123', target).release()
    target.dispatchEvent(new Event('pagehide'))
    expect(fetch).not.toHaveBeenCalled()
  })
})
