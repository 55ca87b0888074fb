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
import type { AuthSource } from './auth-source'
import { ApiClient, StaticTokenAuth } from './http-client'
import { TokenManager } from './token-manager'
import type { ConsoleConfig, Environment } from './console-config'

export const connectionSettingsSchema = z.object({
  environmentId: z.string(),
  /** Only for the "custom" environment: a base URL the user typed. */
  customBaseUrl: z.string().default(''),
  authType: z.enum(['client_credentials', 'bearer']).default('client_credentials'),
  clientId: z.string().default(''),
})
export type ConnectionSettings = z.infer<typeof connectionSettingsSchema>

export interface Secrets {
  clientSecret: string
  bearerToken: string
}

export interface ConnectionState {
  environment: Environment
  settings: ConnectionSettings
  client: ApiClient
  /** True when the credentials needed to call the API are missing (e.g. a secret after a reload). */
  needsCredentials: boolean
}

const STORAGE_KEY = 'assistants-console:connection'

/** A custom environment the user points at by URL. */
export const CUSTOM_ENVIRONMENT_ID = 'custom'

type Listener = () => void

export class ConnectionStore {
  private state: ConnectionState
  private readonly listeners = new Set<Listener>()
  private secrets: Secrets = { clientSecret: '', bearerToken: '' }
  /** Bumped on every apply: new credentials get new query keys, so nothing cached under the old ones shows. */
  private generation = 0

  constructor(
    readonly config: ConsoleConfig,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly tokenStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  ) {
    const settings = this.readSettings()
    this.state = this.build(settings)
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
      return { id: CUSTOM_ENVIRONMENT_ID, label: 'Custom URL', baseUrl: settings.customBaseUrl, kind: 'custom' }
    // The configured environments are never empty (schema: min 1).
    return this.config.environments[0] as Environment
  }

  /** Switches connection. Secrets given here replace the remembered ones; empty strings keep them. */
  apply(settings: ConnectionSettings, secrets: Partial<Secrets> = {}): void {
    this.secrets = {
      clientSecret: secrets.clientSecret ?? this.secrets.clientSecret,
      bearerToken: secrets.bearerToken ?? this.secrets.bearerToken,
    }
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(settings))
    this.generation += 1
    this.state = this.build(settings)
    // New credentials must be proven: a token cached for the old ones may not be reused.
    if (secrets.clientSecret || secrets.bearerToken) this.state.client.forgetToken()
    for (const l of this.listeners) l()
  }

  private readSettings(): ConnectionSettings {
    const first = this.config.environments[0] as Environment
    const fallback: ConnectionSettings = {
      environmentId: first.id,
      customBaseUrl: '',
      authType: 'client_credentials',
      clientId: first.demoClientId ?? '',
    }
    const raw = this.storage?.getItem(STORAGE_KEY)
    if (!raw) return fallback
    try {
      const parsed = connectionSettingsSchema.safeParse(JSON.parse(raw))
      return parsed.success ? parsed.data : fallback
    } catch {
      return fallback
    }
  }

  private build(settings: ConnectionSettings): ConnectionState {
    const environment = this.environmentFor(settings)
    const baseUrl = environment.baseUrl
    let auth: AuthSource
    let needsCredentials = false
    if (settings.authType === 'bearer') {
      auth = new StaticTokenAuth(this.secrets.bearerToken)
      needsCredentials = this.secrets.bearerToken === ''
    } else {
      const isDemo = environment.demoClientId !== undefined && settings.clientId === environment.demoClientId
      const clientSecret = this.secrets.clientSecret || (isDemo ? (environment.demoClientSecret ?? '') : '')
      const manager = new TokenManager({
        baseUrl,
        clientId: settings.clientId,
        clientSecret,
        storage: this.tokenStorage,
      })
      needsCredentials = clientSecret === '' && manager.scopes === null
      auth = manager
    }
    const key = `${environment.id}|${baseUrl}|${settings.authType}|${settings.authType === 'bearer' ? 'token' : settings.clientId}|${this.generation}`
    return { environment, settings, client: new ApiClient({ baseUrl, key, auth }), needsCredentials }
  }
}
