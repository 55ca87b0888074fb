/**
 * Security headers on every answer of the console's server. The console holds
 * an admin's client secret and bearer tokens, so the page must run no script
 * but its own bundle, and must not be framed (clickjacking on Save/Delete).
 */
import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'

/**
 * Inline <script> elements of the built index.html (the theme bootstrap, which
 * must run before first paint), as CSP hash sources. A stopgap: with the
 * bootstrap moved to a file under public/, script-src could be 'self' alone.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return hashes
}

/** The policy of the app itself: its HTML, scripts, workers, styles and fonts. */
export function documentPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // No inline script, no eval: only the bundle, plus the hashed theme bootstrap.
    ['script-src', "'self'", ...scriptHashes].join(' '),
    // Monaco's editor worker is a bundled file; blob: covers Monaco's fallback that wraps a worker URL in a blob.
    "worker-src 'self' blob:",
    // Monaco and Radix set style attributes and inject <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Monaco's codicon font is a file; data: for fonts some CSS inlines.
    "font-src 'self' data:",
    // The "Custom URL" environment in Settings points the browser straight at any server that
    // answers CORS, chosen at run time, so no list known here can name it. Allowing http: and https:
    // keeps that working; what keeps a token from leaking is that no foreign script can run
    // (script-src above), and ws:, data: and blob: stay closed to fetch.
    "connect-src 'self' http: https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** API answers (mock, proxy, config) are data, never a page: nothing may load or frame them. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

const COMMON = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

export function securityHeaders(policyFor: (path: string) => string): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const headers: Record<string, string> = { ...COMMON, 'Content-Security-Policy': policyFor(c.req.path) }
    try {
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
    } catch {
      // A Response straight from fetch() has immutable headers: copy it (the body stream is passed on, not read).
      const copy = new Response(c.res.body, c.res)
      for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value)
      c.res = copy
    }
  }
}
