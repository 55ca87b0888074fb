import { describe, expect, it } from 'vitest'
import { buildConsoleConfig, readProxyTargets } from './environments'

describe('console environments', () => {
  it('derives staging and production hosts from DEEPDESK_ACCOUNT', () => {
    const targets = readProxyTargets({ DEEPDESK_ACCOUNT: 'acme' })
    expect(targets).toEqual([
      {
        id: 'staging',
        platform: 'deepdesk',
        label: 'acme staging',
        kind: 'staging',
        target: 'https://acme.staging.deepdesk.com',
      },
      {
        id: 'production',
        platform: 'deepdesk',
        label: 'acme production',
        kind: 'production',
        target: 'https://acme.deepdesk.com',
      },
    ])
  })

  it('offers the mock first with its demo credentials, then the proxies under /proxy/<id>', () => {
    const config = buildConsoleConfig({
      mock: { clientId: 'demo-client', clientSecret: 'demo-secret' },
      proxies: readProxyTargets({ DEEPDESK_PRODUCTION_URL: 'https://acme.deepdesk.com/' }),
    })
    expect(config.environments.map((e) => [e.id, e.kind, e.baseUrl])).toEqual([
      ['mock', 'mock', ''],
      ['mock-production', 'production', '/tenants/production'],
      ['production', 'production', '/proxy/production'],
    ])
    expect(config.environments[1]).toMatchObject({ label: 'Local mock - production', demoClientId: 'demo-client' })
    expect(config.environments[2]?.target).toBe('https://acme.deepdesk.com')
    expect(config.environments[2]?.demoClientSecret).toBeUndefined()
  })

  it('adds the other platforms: real accounts from <PLATFORM>_URL (production unless said), mocks with demo keys', () => {
    const targets = readProxyTargets({
      FLOWISE_URL: 'https://flowise.acme.com/api/v1/',
      GRIPTAPE_URL: 'https://cloud.griptape.ai/api',
      GRIPTAPE_KIND: 'staging',
    })
    expect(targets.map((t) => [t.id, t.platform, t.kind, t.target])).toEqual([
      ['flowise', 'flowise', 'production', 'https://flowise.acme.com/api/v1'],
      ['griptape', 'griptape', 'staging', 'https://cloud.griptape.ai/api'],
    ])
    const config = buildConsoleConfig({
      mock: { clientId: 'c', clientSecret: 's', platforms: { flowise: { apiKey: 'demo-flowise-key' } } },
      proxies: targets,
    })
    expect(config.environments.map((e) => [e.id, e.platform, e.baseUrl, e.demoApiKey])).toEqual([
      ['mock', 'deepdesk', '', undefined],
      ['mock-production', 'deepdesk', '/tenants/production', undefined],
      ['mock-flowise', 'flowise', '/platforms/flowise', 'demo-flowise-key'],
      ['flowise', 'flowise', '/proxy/flowise', undefined],
      ['griptape', 'griptape', '/proxy/griptape', undefined],
    ])
  })

  it('falls back to the same origin when there is neither mock nor proxy', () => {
    expect(buildConsoleConfig({ mock: null, proxies: [] }).environments).toHaveLength(1)
  })
})
