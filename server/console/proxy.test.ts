import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createConsoleApp } from './app'

// A stand-in for a real account's host, on loopback.
let upstream: Server
let upstreamUrl = ''
const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = []

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      if (req.url?.startsWith('/stream')) {
        res.writeHead(200, { 'Content-Type': 'text/event-stream' })
        res.write('event: delta\ndata: {"text":"a"}\n\n')
        setTimeout(() => res.end('event: done\ndata: {"output":"a"}\n\n'), 20)
        return
      }
      res.writeHead(201, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ ok: true }))
    })
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => upstream.close(() => r())))

describe('console proxy to a real account', () => {
  it('forwards method, path, query, body and Authorization, dropping the browser origin', async () => {
    const app = createConsoleApp({
      distDir: null,
      mock: null,
      proxies: [{ id: 'staging', platform: 'deepdesk', label: 's', kind: 'staging', target: upstreamUrl }],
    })
    const res = await app.request('/proxy/staging/apis/admin/assistants/?x=1', {
      method: 'POST',
      headers: { Authorization: 'Bearer abc', 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:4173' },
      body: JSON.stringify({ code: 'x' }),
    })
    expect(res.status).toBe(201)
    const last = seen.at(-1)
    expect(last?.method).toBe('POST')
    expect(last?.url).toBe('/apis/admin/assistants/?x=1')
    expect(last?.headers.authorization).toBe('Bearer abc')
    expect(last?.headers.origin).toBeUndefined()
    expect(last?.body).toBe('{"code":"x"}')
  })

  it('passes a server-sent event stream through', async () => {
    const app = createConsoleApp({
      distDir: null,
      mock: null,
      proxies: [{ id: 'staging', platform: 'deepdesk', label: 's', kind: 'staging', target: upstreamUrl }],
    })
    const res = await app.request('/proxy/staging/stream', { method: 'POST', body: '{}' })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    expect(await res.text()).toContain('event: done')
  })

  it('answers 502 with a clear detail when the target is unreachable', async () => {
    const app = createConsoleApp({
      distDir: null,
      mock: null,
      proxies: [
        { id: 'production', platform: 'deepdesk', label: 'p', kind: 'production', target: 'http://127.0.0.1:9' },
      ],
    })
    const res = await app.request('/proxy/production/apis/admin/assistants/')
    expect(res.status).toBe(502)
    expect(((await res.json()) as { detail: string }).detail).toContain('could not reach')
  })
})
