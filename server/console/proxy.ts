/**
 * Forwards `/proxy/<id>/<path>` to a real account's host, streaming both ways
 * (so streamed evaluate passes through unbuffered). Headers that identify the
 * browser's origin are dropped; nothing is logged (requests carry tokens).
 */
import type { Context } from 'hono'
import type { ProxyTarget } from './environments'

const HOP_BY_HOP = [
  'host',
  'connection',
  'origin',
  'referer',
  'cookie',
  'content-length',
  'accept-encoding',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
]

export async function proxyRequest(c: Context, target: ProxyTarget): Promise<Response> {
  const incoming = new URL(c.req.url)
  const rest = incoming.pathname.slice(`/proxy/${target.id}`.length) || '/'
  const url = `${target.target}${rest}${incoming.search}`
  const headers = new Headers(c.req.raw.headers)
  for (const h of HOP_BY_HOP) headers.delete(h)
  const hasBody = !['GET', 'HEAD'].includes(c.req.method)
  try {
    const upstream = await fetch(url, {
      method: c.req.method,
      headers,
      body: hasBody ? c.req.raw.body : null,
      redirect: 'manual',
      signal: c.req.raw.signal,
      // Node's fetch needs this to stream a request body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit)
    const out = new Headers(upstream.headers)
    out.delete('content-encoding')
    out.delete('content-length')
    return new Response(upstream.body, { status: upstream.status, headers: out })
  } catch (e) {
    return c.json({ detail: `The console's proxy could not reach ${target.target}: ${(e as Error).message}` }, 502)
  }
}
