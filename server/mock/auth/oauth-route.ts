/**
 * `POST /oauth/token/`: OAuth 2.0 client credentials (RFC 6749 §4.4), form
 * encoded only. Client authentication by body fields or HTTP Basic (§2.3.1).
 * Errors follow §5.2: `{"error": "...", "error_description": "..."}`.
 */
import type { Context, Hono } from 'hono'
import type { MockClient } from '../options'
import { ALL_SCOPES } from '../options'
import type { TokenStore } from './tokens'

type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope'

function oauthError(c: Context, error: OAuthErrorCode, description: string): Response {
  c.header('Cache-Control', 'no-store')
  c.header('Pragma', 'no-cache')
  if (error === 'invalid_client') {
    // RFC 6749 §5.2: a 401 names the authentication scheme the client may use.
    c.header('WWW-Authenticate', 'Basic realm="oauth"')
    return c.json({ error, error_description: description }, 401)
  }
  return c.json({ error, error_description: description }, 400)
}

/** Decodes `Authorization: Basic`; values are form-urlencoded inside (RFC 6749 §2.3.1). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | 'malformed' | null {
  if (!header || !/^Basic\s/i.test(header)) return null
  try {
    const decoded = Buffer.from(header.replace(/^Basic\s+/i, '').trim(), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return 'malformed'
    const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '))
    return { id: unescape(decoded.slice(0, colon)), secret: unescape(decoded.slice(colon + 1)) }
  } catch {
    return 'malformed'
  }
}

async function handleToken(
  c: Context,
  clients: readonly MockClient[],
  tokens: TokenStore,
  ttlSeconds: number,
): Promise<Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    return oauthError(c, 'invalid_request', 'The token request must be sent as application/x-www-form-urlencoded.')
  }
  const params = new URLSearchParams(await c.req.text())
  for (const key of new Set(params.keys())) {
    if (params.getAll(key).length > 1) return oauthError(c, 'invalid_request', `Parameter "${key}" is repeated.`)
  }
  const basic = basicCredentials(c.req.header('authorization'))
  if (basic === 'malformed') return oauthError(c, 'invalid_client', 'Malformed HTTP Basic client credentials.')
  const bodyId = params.get('client_id')
  const bodySecret = params.get('client_secret')
  if (basic && bodySecret !== null) {
    return oauthError(
      c,
      'invalid_request',
      'Use one client authentication method: HTTP Basic or body parameters, not both.',
    )
  }
  const id = basic?.id ?? bodyId
  const secret = basic?.secret ?? bodySecret
  if (!id) return oauthError(c, 'invalid_client', 'Client authentication failed: no client_id.')
  const client = clients.find((cl) => cl.clientId === id && cl.clientSecret === secret)
  if (!client) return oauthError(c, 'invalid_client', 'Client authentication failed.')

  const grantType = params.get('grant_type')
  if (!grantType) return oauthError(c, 'invalid_request', 'Missing "grant_type" parameter.')
  if (grantType !== 'client_credentials') {
    return oauthError(
      c,
      'unsupported_grant_type',
      `Grant type "${grantType}" is not supported; use "client_credentials".`,
    )
  }

  const requested = (params.get('scope') ?? '').split(/[\s+]+/).filter((s) => s !== '')
  const unknown = requested.filter((s) => !(ALL_SCOPES as readonly string[]).includes(s))
  if (unknown.length > 0) return oauthError(c, 'invalid_scope', `Unknown scope(s): ${unknown.join(', ')}.`)
  // A client asking for more than it may have gets the subset it is allowed (RFC 6749 §3.3).
  const granted = (requested.length === 0 ? [...client.scopes] : requested).filter((s) => client.scopes.includes(s))
  if (granted.length === 0)
    return oauthError(c, 'invalid_scope', 'None of the requested scopes is allowed for this client.')

  const issued = tokens.issue(client.clientId, [...new Set(granted)])
  c.header('Cache-Control', 'no-store')
  c.header('Pragma', 'no-cache')
  return c.json({
    access_token: issued.token,
    token_type: 'Bearer',
    expires_in: Math.max(1, Math.ceil(ttlSeconds)),
    scope: issued.scopes.join(' '),
  })
}

export function registerOAuth(app: Hono, clients: readonly MockClient[], tokens: TokenStore, ttlSeconds: number): void {
  app.post('/oauth/token/', (c) => handleToken(c, clients, tokens, ttlSeconds))
}
