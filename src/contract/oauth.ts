/** OAuth2 client-credentials token endpoint: `POST /oauth/token/`, form-encoded (RFC 6749 §4.4). */
import { z } from 'zod'

export const SCOPES = ['assistants:read', 'assistants:write'] as const
export type Scope = (typeof SCOPES)[number]

export const tokenRequestSchema = z.object({
  grant_type: z.string(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  scope: z.string().optional(),
})
export type TokenRequest = z.infer<typeof tokenRequestSchema>

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
})
export type TokenResponse = z.infer<typeof tokenResponseSchema>

/** RFC 6749 §5.2 error answer. */
export const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
] as const
export const oauthErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
})
export type OAuthError = z.infer<typeof oauthErrorSchema>

export function parseScopes(scope: string | undefined): Scope[] {
  if (!scope) return []
  return scope.split(/\s+/).filter((s): s is Scope => (SCOPES as readonly string[]).includes(s))
}
