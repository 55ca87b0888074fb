import { describe, expect, it } from 'vitest'
import { buildConsoleConfig, readProxyTargets } from './environments'

describe('console environments', () => {
  it('derives staging and production hosts from DEEPDESK_ACCOUNT', () => {
    const targets = readProxyTargets({ DEEPDESK_ACCOUNT: 'acme' })
    expect(targets).toEqual([
      { id: 'staging', label: 'acme staging', kind: 'staging', target: 'https://acme.staging.deepdesk.com' },
      { id: 'production', label: 'acme production', kind: 'production', target: 'https://acme.deepdesk.com' },
    ])
  })

  it('offers the mock first with its demo credentials, then the proxies under /proxy/<id>', () => {
    const config = buildConsoleConfig({
      mock: { clientId: 'demo-client', clientSecret: 'demo-secret' },
      proxies: readProxyTargets({ DEEPDESK_PRODUCTION_URL: 'https://acme.deepdesk.com/' }),
    })
    expect(config.environments.map((e) => [e.id, e.kind, e.baseUrl])).toEqual([
      ['mock', 'mock', ''],
      ['production', 'production', '/proxy/production'],
    ])
    expect(config.environments[1]?.target).toBe('https://acme.deepdesk.com')
    expect(config.environments[1]?.demoClientSecret).toBeUndefined()
  })

  it('falls back to the same origin when there is neither mock nor proxy', () => {
    expect(buildConsoleConfig({ mock: null, proxies: [] }).environments).toHaveLength(1)
  })
})
