import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import type { ConsoleConfig } from './console-config'
import { ConnectionStore, connectionIdentity, type ConnectionSettings } from './connection-store'

const config: ConsoleConfig = {
  environments: [
    {
      id: 'mock',
      platform: 'deepdesk',
      label: 'Local mock',
      baseUrl: 'http://mock',
      kind: 'mock',
      demoClientId: 'demo-client',
      demoClientSecret: 'demo-secret',
    },
    { id: 'staging', platform: 'deepdesk', label: 'Staging', baseUrl: 'http://staging', kind: 'staging' },
    {
      id: 'mock-flowise',
      platform: 'flowise',
      label: 'Local mock',
      baseUrl: 'http://mock/platforms/flowise',
      kind: 'mock',
      demoApiKey: 'demo-flowise-key',
    },
    { id: 'flowise-prod', platform: 'flowise', label: 'Flowise', baseUrl: 'http://flowise', kind: 'production' },
  ],
}

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  }
}

const staging = (clientId = 'acme'): ConnectionSettings => ({
  platform: 'deepdesk',
  environmentId: 'staging',
  customBaseUrl: '',
  authType: 'client_credentials',
  clientId,
  vendorId: '',
  organizationId: '',
})

const tokenAnswer = (token: string, scope = 'assistants:read assistants:write') =>
  new Response(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600, scope }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  })

/** A server: the token endpoint accepts `good-secret` only; the assistants list accepts `good-token` only. */
function fakeServer() {
  return vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const u = String(url)
    if (u.endsWith('/oauth/token/')) {
      const body = new URLSearchParams(String(init?.body))
      return body.get('client_secret') === 'good-secret' || body.get('client_secret') === 'demo-secret'
        ? tokenAnswer(`token-for-${body.get('client_id')}`)
        : new Response(JSON.stringify({ error: 'invalid_client' }), { status: 401 })
    }
    const auth = (init?.headers as Record<string, string> | undefined)?.Authorization
    return auth === 'Bearer good-token'
      ? new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })
      : new Response(JSON.stringify({ detail: 'Invalid token.' }), { status: 401 })
  })
}

let server: ReturnType<typeof fakeServer>
beforeEach(() => {
  server = fakeServer()
  vi.stubGlobal('fetch', server)
})
afterEach(() => vi.unstubAllGlobals())

describe('ConnectionStore: settings persistence', () => {
  it('starts on the first environment with its demo client when nothing is stored', () => {
    const store = new ConnectionStore(config, memoryStorage(), null)
    const { settings, environment, needsCredentials } = store.getSnapshot()
    expect(environment.id).toBe('mock')
    expect(settings).toMatchObject({ platform: 'deepdesk', authType: 'client_credentials', clientId: 'demo-client' })
    // The demo secret is known, so nothing is missing.
    expect(needsCredentials).toBe(false)
  })

  it('stores the settings on apply, never the secret or token, and reads them back after a reload', () => {
    const storage = memoryStorage()
    const tokens = memoryStorage()
    const store = new ConnectionStore(config, storage, tokens)
    store.apply(staging(), { clientSecret: 'top-secret' })
    store.apply({ ...staging(), authType: 'bearer' }, { bearerToken: 'pasted-token' })
    const persisted = [...storage.map.values(), ...tokens.map.values()].join('\n')
    expect(persisted).not.toContain('top-secret')
    expect(persisted).not.toContain('pasted-token')

    const reloaded = new ConnectionStore(config, storage, tokens)
    expect(reloaded.getSnapshot().settings).toEqual({ ...staging(), authType: 'bearer' })
    // The pasted token lived in memory only: after a reload it must be entered again.
    expect(reloaded.getSnapshot().needsCredentials).toBe(true)
  })

  it('reads settings stored before the platform field existed as Deepdesk', () => {
    const storage = memoryStorage()
    storage.setItem(
      'assistants-console:connection',
      JSON.stringify({ environmentId: 'staging', customBaseUrl: '', authType: 'client_credentials', clientId: 'acme' }),
    )
    const store = new ConnectionStore(config, storage, null)
    expect(store.getSnapshot().settings).toEqual(staging())
    expect(store.getSnapshot().identity).toBe(connectionIdentity(staging()))
  })

  it('falls back to the defaults when the stored settings are unreadable', () => {
    const storage = memoryStorage()
    storage.setItem('assistants-console:connection', '{not json')
    expect(new ConnectionStore(config, storage, null).getSnapshot().environment.id).toBe('mock')
    storage.setItem('assistants-console:connection', JSON.stringify({ environmentId: 42 }))
    expect(new ConnectionStore(config, storage, null).getSnapshot().environment.id).toBe('mock')
  })
})

describe('ConnectionStore: environmentFor', () => {
  const store = new ConnectionStore(config, null, null)
  it('finds a configured environment by id', () => {
    expect(store.environmentFor(staging()).baseUrl).toBe('http://staging')
  })
  it('builds the custom environment from the typed URL', () => {
    const env = store.environmentFor({ ...staging(), environmentId: 'custom', customBaseUrl: 'http://127.0.0.1:4010' })
    expect(env).toMatchObject({ id: 'custom', kind: 'custom', baseUrl: 'http://127.0.0.1:4010' })
  })
  it('falls back to the first environment for an id that no longer exists', () => {
    expect(store.environmentFor({ ...staging(), environmentId: 'gone' }).id).toBe('mock')
  })
})

describe('ConnectionStore: identity', () => {
  it('re-applying the same settings keeps the identity but changes the cache key', () => {
    const store = new ConnectionStore(config, null, null)
    store.apply(staging(), { clientSecret: 's' })
    const first = store.getSnapshot()
    store.apply(staging())
    const second = store.getSnapshot()
    expect(second.identity).toBe(first.identity)
    expect(second.client.key).not.toBe(first.client.key)
  })

  it('is the same after a reload', () => {
    const storage = memoryStorage()
    const store = new ConnectionStore(config, storage, null)
    store.apply(staging())
    expect(new ConnectionStore(config, storage, null).getSnapshot().identity).toBe(store.getSnapshot().identity)
  })

  it('differs for another client id, environment, auth type or custom URL', () => {
    const base = connectionIdentity(staging())
    expect(connectionIdentity(staging('other'))).not.toBe(base)
    expect(connectionIdentity({ ...staging(), environmentId: 'mock' })).not.toBe(base)
    expect(connectionIdentity({ ...staging(), authType: 'bearer' })).not.toBe(base)
    const custom = { ...staging(), environmentId: 'custom' }
    expect(connectionIdentity({ ...custom, customBaseUrl: 'http://a:1' })).not.toBe(
      connectionIdentity({ ...custom, customBaseUrl: 'http://b:1' }),
    )
  })

  it('ignores what does not change who you are: a trailing slash, a custom URL left over on another environment', () => {
    const custom = { ...staging(), environmentId: 'custom' }
    expect(connectionIdentity({ ...custom, customBaseUrl: 'http://a:1/' })).toBe(
      connectionIdentity({ ...custom, customBaseUrl: 'http://a:1' }),
    )
    expect(connectionIdentity({ ...staging(), customBaseUrl: 'http://left-over' })).toBe(connectionIdentity(staging()))
  })

  it('cannot be confused by a separator inside a part', () => {
    expect(connectionIdentity(staging('a|b'))).not.toBe(
      connectionIdentity({ ...staging('b'), environmentId: 'staging|a' }),
    )
  })
})

describe('ConnectionStore: connect checks before switching', () => {
  it('switches only after the new client secret got a token', async () => {
    const store = new ConnectionStore(config, memoryStorage(), memoryStorage())
    const listener = vi.fn()
    store.subscribe(listener)
    await store.connect(staging(), { clientSecret: 'good-secret' })
    expect(store.getSnapshot().settings).toEqual(staging())
    expect(store.getSnapshot().client.scopes).toEqual(['assistants:read', 'assistants:write'])
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps the working connection when the secret is wrong, and says invalid_client', async () => {
    const storage = memoryStorage()
    const store = new ConnectionStore(config, storage, null)
    await store.connect(staging(), { clientSecret: 'good-secret' })
    const before = store.getSnapshot()
    const listener = vi.fn()
    store.subscribe(listener)
    const err = await store.connect(staging('other'), { clientSecret: 'bad-secret' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(401)
    expect((err as ApiError).body).toEqual({ error: 'invalid_client' })
    expect(store.getSnapshot()).toBe(before)
    expect(listener).not.toHaveBeenCalled()
    expect(JSON.parse(storage.getItem('assistants-console:connection') ?? '')).toEqual(staging())
    // The secret that failed did not replace the remembered one: the old client can still get a new token.
    before.client.forgetToken()
    await expect(before.client.signIn()).resolves.toEqual(['assistants:read', 'assistants:write'])
    // And re-applying the working settings without typing the secret again still works.
    await store.connect(staging())
    expect(store.getSnapshot().identity).toBe(before.identity)
  })

  it('does not pass the check on a token mirrored for the old secret', async () => {
    const tokens = memoryStorage()
    const store = new ConnectionStore(config, memoryStorage(), tokens)
    await store.connect(staging(), { clientSecret: 'good-secret' })
    expect([...tokens.map.values()].join()).toContain('token-for-acme')
    await expect(store.connect(staging(), { clientSecret: 'bad-secret' })).rejects.toThrow(/invalid_client/)
  })

  it('checks a pasted token with one authenticated GET', async () => {
    const store = new ConnectionStore(config, null, null)
    const bearer = { ...staging(), authType: 'bearer' as const }
    await expect(store.connect(bearer, { bearerToken: 'bad-token' })).rejects.toMatchObject({ status: 401 })
    expect(store.getSnapshot().settings.authType).toBe('client_credentials')
    await store.connect(bearer, { bearerToken: 'good-token' })
    expect(store.getSnapshot().settings.authType).toBe('bearer')
    const [url, init] = server.mock.calls.at(-1) as unknown as [string, RequestInit]
    expect(url).toBe('http://staging/apis/admin/assistants/')
    expect(init.method).toBe('GET')
  })

  it('asks for the missing secret without sending anything', async () => {
    const store = new ConnectionStore(config, null, null)
    await expect(store.connect(staging())).rejects.toThrow('Enter the client secret.')
    expect(server).not.toHaveBeenCalled()
  })

  it('refuses a client that was not granted assistants:read', async () => {
    server.mockImplementationOnce(async () => tokenAnswer('t', 'assistants:write'))
    const store = new ConnectionStore(config, null, null)
    await expect(store.connect(staging(), { clientSecret: 'good-secret' })).rejects.toMatchObject({ status: 403 })
    expect(store.getSnapshot().environment.id).toBe('mock')
  })

  it('does not switch when another switch happened during the check', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    server.mockImplementationOnce(async () => {
      await gate
      return tokenAnswer('late')
    })
    const store = new ConnectionStore(config, null, null)
    const slow = store.connect(staging(), { clientSecret: 'good-secret' })
    store.apply({ ...staging(), environmentId: 'mock', clientId: 'demo-client' })
    release()
    await expect(slow).rejects.toMatchObject({ kind: 'aborted' })
    expect(store.getSnapshot().environment.id).toBe('mock')
  })
})

describe('platforms', () => {
  const flowise = (environmentId: string): ConnectionSettings => ({
    platform: 'deepdesk', // the environment decides: this must be overridden
    environmentId,
    customBaseUrl: '',
    authType: 'client_credentials',
    clientId: '',
    vendorId: '',
    organizationId: '',
  })

  it('takes the platform from the environment and sends an api-key platform’s key as a bearer token', () => {
    const store = new ConnectionStore(config, memoryStorage(), null)
    store.apply(flowise('mock-flowise'))
    const state = store.getSnapshot()
    expect(state.settings.platform).toBe('flowise')
    expect(state.settings.authType).toBe('bearer')
    expect(state.identity.startsWith('flowise|')).toBe(true)
    // The embedded mock's demo key is used when none was typed.
    expect(state.needsCredentials).toBe(false)
  })

  it('never sends a key typed for one environment to another', () => {
    const store = new ConnectionStore(config, memoryStorage(), null)
    store.apply(flowise('mock-flowise'), { bearerToken: 'key-for-the-mock' })
    store.apply(flowise('flowise-prod'))
    expect(store.getSnapshot().needsCredentials).toBe(true)
    store.apply(flowise('mock-flowise'))
    expect(store.getSnapshot().needsCredentials).toBe(false)
  })
})
