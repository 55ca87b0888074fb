/**
 * Security headers on every answer of the console's server. The console holds
 * an admin's client secret and bearer tokens, so the page must run no script
 * but its own bundle, and must not be framed (clickjacking on Save/Delete).
 */
import type { MiddlewareHandler } from 'hono'

/**
 * The policy of the app itself: its HTML, scripts, workers, styles and fonts.
 */
export function documentPolicy(): string {
  return [
    "default-src 'self'",
    // Only files of our own origin: no inline script (the theme bootstrap is public/boot.js), no eval
    // (boot.js sets zod's jitless flag, so zod never tries `new Function`).
    "script-src 'self'",
    // Monaco's editor worker is a bundled file; blob: covers Monaco's fallback that wraps a worker URL in a blob.
    "worker-src 'self' blob:",
    // Monaco and Radix set style attributes and inject <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // Platform icons (Flowise's iconSrc) may live on the platform's own host.
    "img-src 'self' data: https:",
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

/**
 * Refuses a built index.html with an inline <script>: script-src 'self' would
 * block it in the browser, silently. Run once at start on the page served.
 */
export function assertNoInlineScript(html: string): void {
  for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\bsrc\s*=/i.test(attributes))
      throw new Error(
        "index.html has an inline <script>, which the console's CSP (script-src 'self') blocks: move it to a file under public/.",
      )
  }
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
