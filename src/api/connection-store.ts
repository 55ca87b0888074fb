/**
 * The active connection: which environment, which credentials, and the
 * ApiClient built from them. An external store (not React state) so route
 * loaders and components read the same client.
 *
 * What is persisted (localStorage): environment id, custom base URL, auth type
 * and client id. Never the client secret or a pasted token: those stay in this
 * object's memory (tokens from client credentials may be mirrored to
 * sessionStorage by the TokenManager, so a reload in the tab keeps working).
 */
import { z } from 'zod'
import { ApiError } from './api-error'
import type { AuthSource } from './auth-source'
import { ApiClient, StaticTokenAuth } from './http-client'
import { TokenManager } from './token-manager'
import type { ConsoleConfig, Environment } from './console-config'
import { PLATFORM_INFO, PLATFORMS } from './platforms'

export { PLATFORMS, type Platform } from './platforms'

export const connectionSettingsSchema = z.object({
  platform: z.enum(PLATFORMS).default('deepdesk'),
  environmentId: z.string(),
  /** Only for the "custom" environment: a base URL the user typed. */
  customBaseUrl: z.string().default(''),
  authType: z.enum(['client_credentials', 'bearer']).default('client_credentials'),
  clientId: z.string().default(''),
  /** Deepslate: the vendor and organization every path is under (UUIDs). */
  vendorId: z.string().default(''),
  organizationId: z.string().default(''),
})
export type ConnectionSettings = z.infer<typeof connectionSettingsSchema>

export interface Secrets {
  clientSecret: string
  bearerToken: string
}

export interface ConnectionState {
  environment: Environment
  settings: ConnectionSettings
  /**
   * Who this connection is, stable across re-applying the same settings and across reloads
   * (platform, environment, custom base URL, auth type, client id). Key persisted things
   * (drafts, run history) by this, never by `client.key`.
   */
  identity: string
  /** The cache scope: `client.key` changes on every apply, so nothing cached under old credentials shows. */
  client: ApiClient
  /** True when the credentials needed to call the API are missing (e.g. a secret after a reload). */
  needsCredentials: boolean
}

const STORAGE_KEY = 'assistants-console:connection'

/** A custom environment the user points at by URL. */
export const CUSTOM_ENVIRONMENT_ID = 'custom'

/**
 * The stable identity of a connection. Parts are URI-encoded and joined with '|', so a
 * '|' in a URL or client id cannot make two connections look alike.
 */
export function connectionIdentity(settings: ConnectionSettings): string {
  return [
    settings.platform,
    settings.environmentId,
    settings.environmentId === CUSTOM_ENVIRONMENT_ID ? settings.customBaseUrl.replace(/\/+$/, '') : '',
    settings.authType,
    settings.authType === 'bearer' ? '' : settings.clientId,
  ]
    .map(encodeURIComponent)
    .join('|')
}

type Listener = () => void

export class ConnectionStore {
  private state: ConnectionState
  private readonly listeners = new Set<Listener>()
  /** Secrets per environment, so a key typed for one platform is never sent to another. */
  private readonly secretsByEnvironment = new Map<string, Secrets>()
  /** Bumped on every apply: new credentials get new query keys, so nothing cached under the old ones shows. */
  private generation = 0
  /** The settings last used per environment (in memory), so another environment can be read with them. */
  private readonly settingsByEnvironment = new Map<string, ConnectionSettings>()
  /** Connections built for other environments (see connectionFor), reused until the next switch. */
  private readonly others = new Map<string, ConnectionState>()

  constructor(
    readonly config: ConsoleConfig,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly tokenStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  ) {
    const settings = this.readSettings()
    this.state = this.build(settings, this.secretsFor(settings), this.generation, false)
    this.settingsByEnvironment.set(this.state.environment.id, this.state.settings)
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ConnectionState => this.state

  get environments(): Environment[] {
    return this.config.environments
  }

  environmentFor(settings: ConnectionSettings): Environment {
    const found = this.config.environments.find((e) => e.id === settings.environmentId)
    if (found) return found
    if (settings.environmentId === CUSTOM_ENVIRONMENT_ID)
      return {
        id: CUSTOM_ENVIRONMENT_ID,
        platform: settings.platform,
        label: 'Custom URL',
        baseUrl: settings.customBaseUrl,
        kind: 'custom',
      }
    // The configured environments are never empty (schema: min 1).
    return this.config.environments[0] as Environment
  }

  /** Switches connection without checking it. Secrets given here replace the remembered ones; missing ones keep them. */
  apply(settings: ConnectionSettings, secrets: Partial<Secrets> = {}): void {
    const merged = this.mergeSecrets(settings, secrets)
    const state = this.build(settings, merged, this.generation + 1, false)
    // New credentials must be proven: a token mirrored for the old ones may not be reused.
    if (secrets.clientSecret || secrets.bearerToken) state.client.forgetToken()
    this.commit(settings, merged, state)
  }

  /**
   * Checks new settings and secrets first (a token for client credentials, one authenticated
   * GET for a pasted token), and switches to them only when that worked. Until then, and on
   * failure, the current connection stays active. Rejects with an ApiError saying what failed.
   */
  async connect(settings: ConnectionSettings, secrets: Partial<Secrets> = {}, signal?: AbortSignal): Promise<void> {
    const merged = this.mergeSecrets(settings, secrets)
    const startedAt = this.generation
    const candidate = this.build(settings, merged, startedAt + 1, Boolean(secrets.clientSecret || secrets.bearerToken))
    if (candidate.needsCredentials)
      throw new ApiError({
        kind: 'auth',
        message:
          candidate.settings.authType !== 'bearer'
            ? 'Enter the client secret.'
            : PLATFORM_INFO[candidate.environment.platform].auth === 'api-key'
              ? 'Enter the API key.'
              : 'Paste a bearer token.',
      })
    await verify(candidate, signal)
    // Another switch happened meanwhile: that one wins.
    if (this.generation !== startedAt || signal?.aborted)
      throw new ApiError({ kind: 'aborted', message: 'The connection changed while these credentials were checked.' })
    this.commit(settings, merged, candidate)
  }

  /**
   * A connection to another environment of this session, without switching to it (e.g. to read
   * two environments side by side): the active one for its own id, otherwise built from the
   * settings and secrets last used there (or the environment's demo credentials). Its
   * `needsCredentials` says when those are missing. Null for an id the console does not know.
   */
  connectionFor(environmentId: string): ConnectionState | null {
    if (environmentId === this.state.environment.id) return this.state
    const environment = this.config.environments.find((e) => e.id === environmentId)
    if (!environment) return null
    const known = this.others.get(environmentId)
    if (known) return known
    const settings = this.settingsByEnvironment.get(environmentId) ?? defaultSettings(environment)
    const state = this.build(settings, this.secretsFor(settings), this.generation, false)
    this.others.set(environmentId, state)
    return state
  }

  private secretsFor(settings: ConnectionSettings): Secrets {
    return this.secretsByEnvironment.get(settings.environmentId) ?? { clientSecret: '', bearerToken: '' }
  }

  private mergeSecrets(settings: ConnectionSettings, secrets: Partial<Secrets>): Secrets {
    const known = this.secretsFor(settings)
    return {
      clientSecret: secrets.clientSecret || known.clientSecret,
      bearerToken: secrets.bearerToken || known.bearerToken,
    }
  }

  private commit(settings: ConnectionSettings, secrets: Secrets, state: ConnectionState): void {
    this.secretsByEnvironment.set(settings.environmentId, secrets)
    this.settingsByEnvironment.set(settings.environmentId, state.settings)
    // Secrets or settings may have changed: other environments' connections are built afresh.
    this.others.clear()
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(state.settings))
    this.generation += 1
    this.state = state
    for (const l of this.listeners) l()
  }

  private readSettings(): ConnectionSettings {
    const first = this.config.environments[0] as Environment
    const fallback = defaultSettings(first)
    const raw = this.storage?.getItem(STORAGE_KEY)
    if (!raw) return fallback
    try {
      const parsed = connectionSettingsSchema.safeParse(JSON.parse(raw))
      return parsed.success ? parsed.data : fallback
    } catch {
      return fallback
    }
  }

  /**
   * The state for these settings and secrets. `fresh`: start without the token mirrored in
   * sessionStorage (new credentials must be proven, not shadowed by the old ones' token).
   */
  private build(requested: ConnectionSettings, secrets: Secrets, generation: number, fresh: boolean): ConnectionState {
    const environment = this.environmentFor(requested)
    // The environment decides the platform; an api-key platform always sends its key as a bearer token.
    const apiKey = PLATFORM_INFO[environment.platform].auth === 'api-key'
    const settings: ConnectionSettings = {
      ...requested,
      platform: environment.platform,
      ...(apiKey ? { authType: 'bearer' as const } : {}),
    }
    const baseUrl = environment.baseUrl
    let auth: AuthSource
    let needsCredentials = false
    if (settings.authType === 'bearer') {
      const token = secrets.bearerToken || (apiKey ? (environment.demoApiKey ?? '') : '')
      auth = new StaticTokenAuth(token)
      needsCredentials = token === ''
    } else {
      const isDemo = environment.demoClientId !== undefined && settings.clientId === environment.demoClientId
      const clientSecret = secrets.clientSecret || (isDemo ? (environment.demoClientSecret ?? '') : '')
      const manager = new TokenManager({
        baseUrl,
        clientId: settings.clientId,
        clientSecret,
        storage: this.tokenStorage,
        ignoreStored: fresh,
      })
      needsCredentials = clientSecret === '' && manager.scopes === null
      auth = manager
    }
    const identity = connectionIdentity(settings)
    const key = `${identity}|${generation}`
    return { environment, settings, identity, client: new ApiClient({ baseUrl, key, auth }), needsCredentials }
  }
}

/** Proves a candidate connection works: a token for client credentials, one authenticated GET for a pasted token. */
async function verify(state: ConnectionState, signal: AbortSignal | undefined): Promise<void> {
  if (state.settings.authType === 'client_credentials') {
    const scopes = await state.client.signIn(signal)
    if (scopes !== null && !scopes.includes('assistants:read'))
      throw new ApiError({
        kind: 'auth',
        status: 403,
        message: `This client was granted ${scopes.join(' ') || 'no scopes'}, not assistants:read.`,
      })
    return
  }
  const res = await state.client.send('GET', PLATFORM_INFO[state.environment.platform].checkPath(state.settings), {
    signal,
  })
  await res.body?.cancel()
}

/** What a first visit (or an unknown stored environment) starts with: the environment's demo credentials. */
export function defaultSettings(environment: Environment): ConnectionSettings {
  return {
    platform: environment.platform,
    environmentId: environment.id,
    customBaseUrl: '',
    authType: PLATFORM_INFO[environment.platform].auth === 'api-key' ? 'bearer' : 'client_credentials',
    clientId: environment.demoClientId ?? '',
    vendorId: environment.demoVendorId ?? '',
    organizationId: environment.demoOrganizationId ?? '',
  }
}
