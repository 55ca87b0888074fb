import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsoleConfig } from './console-config'
import { ConnectionStore, type ConnectionSettings } from './connection-store'

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
    {
      id: 'mock-production',
      platform: 'deepdesk',
      label: 'Local mock - production',
      baseUrl: 'http://mock/tenants/production',
      kind: 'production',
      demoClientId: 'demo-client',
      demoClientSecret: 'demo-secret',
    },
    { id: 'staging', platform: 'deepdesk', label: 'Staging', baseUrl: 'http://staging', kind: 'staging' },
  ],
}

const staging: ConnectionSettings = {
  platform: 'deepdesk',
  environmentId: 'staging',
  customBaseUrl: '',
  authType: 'client_credentials',
  clientId: 'acme',
  vendorId: '',
  organizationId: '',
}

const tokenAnswer = () =>
  new Response(
    JSON.stringify({ access_token: 't', token_type: 'Bearer', expires_in: 3600, scope: 'assistants:read' }),
    { status: 200, headers: { 'Content-Type': 'application/json' } },
  )

let server: ReturnType<typeof vi.fn>
beforeEach(() => {
  server = vi.fn(async () => tokenAnswer())
  vi.stubGlobal('fetch', server)
})
afterEach(() => vi.unstubAllGlobals())

describe('ConnectionStore.connectionFor', () => {
  it('gives the active connection for its own environment', () => {
    const store = new ConnectionStore(config, null, null)
    expect(store.connectionFor('mock')).toBe(store.getSnapshot())
  })

  it('builds another environment with its demo credentials, without switching to it', () => {
    const store = new ConnectionStore(config, null, null)
    const listener = vi.fn()
    store.subscribe(listener)
    const other = store.connectionFor('mock-production')
    expect(other?.environment.id).toBe('mock-production')
    expect(other?.client.baseUrl).toBe('http://mock/tenants/production')
    expect(other?.needsCredentials).toBe(false)
    expect(other?.client.key).not.toBe(store.getSnapshot().client.key)
    expect(store.getSnapshot().environment.id).toBe('mock')
    expect(listener).not.toHaveBeenCalled()
    // Reused until the next switch (one token manager per environment, not one per call).
    expect(store.connectionFor('mock-production')).toBe(other)
  })

  it('says credentials are missing for an environment never signed in to, and null for an unknown id', () => {
    const store = new ConnectionStore(config, null, null)
    expect(store.connectionFor('staging')?.needsCredentials).toBe(true)
    expect(store.connectionFor('gone')).toBeNull()
  })

  it('uses the settings and secret last used in an environment after switching away from it', async () => {
    const store = new ConnectionStore(config, null, null)
    store.apply(staging, { clientSecret: 'good-secret' })
    const before = store.connectionFor('mock-production')
    store.apply({ ...staging, environmentId: 'mock', clientId: 'demo-client' })
    const back = store.connectionFor('staging')
    expect(back?.settings.clientId).toBe('acme')
    expect(back?.needsCredentials).toBe(false)
    // Built afresh after a switch: new cache scope.
    expect(store.connectionFor('mock-production')).not.toBe(before)
    await back?.client.signIn()
    const body = new URLSearchParams(String((server.mock.calls[0] as [string, RequestInit])[1].body))
    expect(body.get('client_id')).toBe('acme')
    expect(body.get('client_secret')).toBe('good-secret')
  })
})
