/**
 * Turns a failed credentials check into a sentence and the field that can fix it,
 * so Settings shows the failure where the user acts on it.
 */
import { oauthErrorSchema } from '@/contract/oauth'
import { errorMessage, isApiError } from '@/api/api-error'

export type CredentialsField = 'customBaseUrl' | 'clientSecret' | 'bearerToken'

export interface ConnectionFailure {
  /** The field to mark, or null for a message about the whole form. */
  field: CredentialsField | null
  message: string
}

export interface FailureContext {
  authType: 'client_credentials' | 'bearer'
  /** The host the console tried to reach, for "Could not reach <host>". */
  host: string
  /** A custom URL: address problems belong to the Base URL field. */
  customUrl: boolean
}

export function describeConnectionFailure(error: unknown, ctx: FailureContext): ConnectionFailure {
  const addressField = ctx.customUrl ? 'customBaseUrl' : null
  if (!isApiError(error)) return { field: null, message: `Could not connect: ${errorMessage(error)}` }
  if (error.kind === 'network')
    return {
      field: addressField,
      message: ctx.customUrl
        ? `Could not reach ${ctx.host}. Check the URL, and that the server allows this page's origin (CORS).`
        : `Could not reach ${ctx.host}.`,
    }
  if (error.kind === 'contract')
    return { field: addressField, message: `${ctx.host} answered, but not like the Assistants API.` }
  if (error.status === 404)
    return { field: addressField, message: `${ctx.host} has no Assistants API at this address (404).` }

  if (ctx.authType === 'bearer') {
    if (error.status === null) return { field: 'bearerToken', message: error.message }
    if (error.status === 401)
      return { field: 'bearerToken', message: 'The token was not accepted: it is wrong or has expired (401).' }
    if (error.status === 403)
      return {
        field: 'bearerToken',
        message: 'The token is valid but may not read assistants (403: it lacks the assistants:read scope).',
      }
    return { field: null, message: `The check request failed: ${error.message}` }
  }

  // Client credentials: the token endpoint's RFC 6749 error code says what is wrong.
  if (error.status === null) return { field: 'clientSecret', message: error.message }
  const oauth = oauthErrorSchema.safeParse(error.body)
  const code = oauth.success ? oauth.data.error : null
  if (code === 'invalid_client' || (code === null && error.status === 401))
    return { field: 'clientSecret', message: `The client ID or secret is wrong (${code ?? 'HTTP 401'}).` }
  if (code === 'invalid_scope' || error.status === 403)
    return {
      field: null,
      message: `This client may not use the Assistants API: ${oauth.success ? (oauth.data.error_description ?? 'invalid_scope') : error.message}`,
    }
  if (code !== null) return { field: null, message: `The token endpoint refused the request: ${error.message}` }
  return { field: null, message: error.message }
}

/** The host a connection goes to, for messages: the upstream when known, else the base URL's host. */
export function hostOf(environment: { baseUrl: string; target?: string | undefined }, origin: string): string {
  const raw = environment.target ?? environment.baseUrl
  try {
    return new URL(raw, origin).host
  } catch {
    return raw || new URL(origin).host
  }
}
