/**
 * Where the suites run: the embedded mock (started in-process on an ephemeral
 * port, in-memory state, the demo client) or a server named by --base-url.
 * The connection is proven once before any case runs, so a wrong URL or a
 * refused secret is one clear message (exit 2), not forty failed cases.
 */
import { isApiError } from '@/api/api-error'
import { ApiClient, StaticTokenAuth } from '@/api/http-client'
import { TokenManager } from '@/api/token-manager'
import type { MockOptions } from '../server/mock/app'
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../server/mock/options'
import type { CliOptions } from './args'

export interface Connection {
  client: ApiClient
  /** Not secret: where and as whom (client id), for reports. */
  connectionKey: string
  /** Human-readable, for the first line of output. */
  description: string
  close: () => Promise<void>
}

export class ConnectionError extends Error {
  override name = 'ConnectionError'
}

/** The embedded mock: the seed as `npm run mock` serves it, nothing written to disk, nothing reached outside. */
export async function startEmbeddedMock(
  options: MockOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // Loaded only when used: a run against --base-url (or --help) does not pay for the mock's modules.
  const { startMockServer } = await import('../server/mock/app')
  return startMockServer({
    port: 0,
    host: '127.0.0.1',
    streamDelayMs: 5,
    platforms: false,
    ...options,
    // Never a data file, whatever the environment says: a CI run must not depend on or leave state.
    dataFile: undefined,
    allowOutbound: false,
  })
}

function describeFailure(baseUrl: string, error: unknown): string {
  if (isApiError(error)) {
    if (error.kind === 'network') return `Cannot reach ${baseUrl}: ${error.message}`
    if (error.kind === 'auth' && error.status === 401)
      return `${baseUrl} refused the credentials (401): ${error.message} Check the client id and secret, or the token.`
    if (error.kind === 'auth') return `${baseUrl}: ${error.message}`
    if (error.status === 403) return `${baseUrl} refused access (403): ${error.message}`
    if (error.status === 404)
      return `${baseUrl} does not answer the Deepdesk Admin API (404 on /apis/admin/assistants/): is the URL right?`
    return `${baseUrl} answered an error: ${error.message}`
  }
  return `Cannot use ${baseUrl}: ${error instanceof Error ? error.message : String(error)}`
}

/** Gets a token (client credentials) and lists the assistants (proves a token too), or throws ConnectionError. */
export async function checkConnection(client: ApiClient, signal?: AbortSignal): Promise<void> {
  try {
    await client.signIn(signal)
    await client.requestEmpty('GET', '/apis/admin/assistants/', { signal })
  } catch (error) {
    throw new ConnectionError(describeFailure(client.baseUrl, error))
  }
}

export function clientFor(baseUrl: string, credentials: NonNullable<CliOptions['credentials']>): ApiClient {
  const base = baseUrl.replace(/\/+$/, '')
  const auth =
    credentials.kind === 'token'
      ? new StaticTokenAuth(credentials.token)
      : new TokenManager({ baseUrl: base, clientId: credentials.clientId, clientSecret: credentials.clientSecret })
  const who = credentials.kind === 'token' ? 'token' : credentials.clientId
  return new ApiClient({ baseUrl: base, key: `cli|${base}|${who}`, auth })
}

export async function connect(
  options: Pick<CliOptions, 'baseUrl' | 'credentials'>,
  mockOptions: MockOptions = {},
): Promise<Connection> {
  if (options.baseUrl === null || options.credentials === null) {
    const mock = await startEmbeddedMock(mockOptions)
    const client = clientFor(mock.url, {
      kind: 'client',
      clientId: mockOptions.clientId ?? DEFAULT_CLIENT_ID,
      clientSecret: mockOptions.clientSecret ?? DEFAULT_CLIENT_SECRET,
    })
    try {
      await checkConnection(client)
    } catch (error) {
      await mock.close()
      throw error
    }
    return {
      client,
      connectionKey: 'embedded-mock',
      description: `embedded mock on ${mock.url} (seeded demo data, in memory)`,
      close: mock.close,
    }
  }
  const client = clientFor(options.baseUrl, options.credentials)
  await checkConnection(client)
  const who = options.credentials.kind === 'token' ? 'a bearer token' : `client ${options.credentials.clientId}`
  return {
    client,
    connectionKey: client.key,
    description: `${client.baseUrl} as ${who}`,
    close: () => Promise.resolve(),
  }
}
