import fs from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockApp } from '../mock/app'
import { createConsoleApp } from './app'
import { API_POLICY, assertNoInlineScript, documentPolicy } from './security-headers'

const INDEX = `<!doctype html><html><head><script src="/boot.js"></script>
<script type="module" crossorigin src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>`

let dist: string
let upstream: Server
let app: ReturnType<typeof createConsoleApp>
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'))
  fs.mkdirSync(path.join(dist, 'assets'))
  fs.writeFileSync(path.join(dist, 'index.html'), INDEX)
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  upstream = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('[]')
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  app = createConsoleApp({
    distDir: dist,
    mock: { app: createMockApp(), clientId: 'demo-client', clientSecret: 'demo-secret' },
    proxies: [
      {
        id: 'staging',
        platform: 'deepdesk',
        label: 's',
        kind: 'staging',
        target: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      },
    ],
  })
})
afterAll(async () => {
  fs.rmSync(dist, { recursive: true, force: true })
  await new Promise<void>((r) => upstream.close(() => r()))
})

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
}

describe('inline scripts', () => {
  it('an index.html that loads every script from a file passes', () => {
    expect(() => assertNoInlineScript(INDEX)).not.toThrow()
  })
  it.each([
    '<script>document.title = "x"</script>',
    '<SCRIPT type="text/javascript">1</SCRIPT>',
    '<script src="/a.js"></script><script>2</script>',
  ])('an inline script, which the policy would block, is refused: %s', (html) => {
    expect(() => assertNoInlineScript(html)).toThrow(/inline <script>/)
  })
  it("the repository's index.html loads its bootstrap from public/boot.js", () => {
    const html = fs.readFileSync('index.html', 'utf8')
    expect(() => assertNoInlineScript(html)).not.toThrow()
    expect(html).toContain('<script src="/boot.js"></script>')
  })
  it('the server refuses to start with a built index.html the policy would break', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'))
    try {
      fs.writeFileSync(path.join(broken, 'index.html'), '<html><head><script>1</script></head></html>')
      expect(() => createConsoleApp({ distDir: broken, mock: null, proxies: [] })).toThrow(/inline <script>/)
    } finally {
      fs.rmSync(broken, { recursive: true, force: true })
    }
  })
})

describe('the page policy', () => {
  const policy = directives(documentPolicy())
  it('runs only our own scripts: no inline script, no hash, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
  })
  it("allows what Monaco needs and the Custom URL environment's server", () => {
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:'])
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('font-src')).toEqual(["'self'", 'data:'])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:'])
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:'])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })
})

describe('every answer carries the headers', () => {
  const pages = ['/', '/assistants/demo-reply-suggester', '/apis/demo-crm', '/assets/index-abc.js', '/favicon.svg']
  const apis = [
    '/console-config.json',
    '/apis/admin/assistants/',
    '/oauth/token/',
    '/mock/conversations/',
    '/proxy/staging/apis/admin/assistants/',
  ]

  it.each([...pages, ...apis])('%s', async (p) => {
    const res = await app.request(p)
    expect(res.status).toBeLessThan(500)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('content-security-policy')).toBe(pages.includes(p) ? documentPolicy() : API_POLICY)
  })

  it('the index.html served has no inline script, so script-src needs nothing but self', async () => {
    const res = await app.request('/assistants')
    const html = await res.text()
    expect(() => assertNoInlineScript(html)).not.toThrow()
    expect(directives(res.headers.get('content-security-policy') ?? '').get('script-src')).toEqual(["'self'"])
  })

  it('a streamed evaluate answer through the embedded mock keeps streaming with the headers', async () => {
    const token = (await (
      await app.request('/oauth/token/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret',
      })
    ).json()) as { access_token: string }
    const res = await app.request('/api/v2/assistants/demo-reply-suggester/evaluate', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token.access_token}`,
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
      },
      body: JSON.stringify({ input: { _mock: { delay_ms: 0 } } }),
    })
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(res.headers.get('content-security-policy')).toBe(API_POLICY)
    expect(await res.text()).toContain('event: done')
  })
})
