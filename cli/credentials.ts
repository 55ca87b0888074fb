/** Auth flags shared by `npm run suite` and `npm run config`: client credentials or a token, flags before environment. */

/** The connection flags both commands take (node:util parseArgs options). */
export const CONNECTION_FLAGS = {
  'base-url': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  token: { type: 'string' },
} as const

export type Credentials = { kind: 'client'; clientId: string; clientSecret: string } | { kind: 'token'; token: string }

export interface CredentialFlags {
  'client-id'?: string | undefined
  'client-secret'?: string | undefined
  token?: string | undefined
}

/** The credentials given, a usage message when they are inconsistent, or null when none were given. */
export function credentialsFrom(
  values: CredentialFlags,
  env: Record<string, string | undefined>,
): Credentials | string | null {
  const fromFlags = values['client-id'] !== undefined || values['client-secret'] !== undefined
  if (fromFlags && values.token !== undefined)
    return 'Give either --client-id and --client-secret, or --token, not both.'
  if (values.token !== undefined)
    return values.token === '' ? '--token is empty.' : { kind: 'token', token: values.token }
  if (fromFlags) {
    const clientId = values['client-id'] ?? env.DEEPDESK_CLIENT_ID
    const clientSecret = values['client-secret'] ?? env.DEEPDESK_CLIENT_SECRET
    if (!clientId) return '--client-secret needs --client-id (or DEEPDESK_CLIENT_ID).'
    if (!clientSecret) return '--client-id needs --client-secret (or DEEPDESK_CLIENT_SECRET).'
    return { kind: 'client', clientId, clientSecret }
  }
  if (env.DEEPDESK_TOKEN) return { kind: 'token', token: env.DEEPDESK_TOKEN }
  if (env.DEEPDESK_CLIENT_ID && env.DEEPDESK_CLIENT_SECRET)
    return { kind: 'client', clientId: env.DEEPDESK_CLIENT_ID, clientSecret: env.DEEPDESK_CLIENT_SECRET }
  return null
}
