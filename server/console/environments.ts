/**
 * Which environments the console offers, from the environment variables of the
 * console's server. Real accounts are reached through this server's proxy
 * (`/proxy/<id>/…`), so the browser talks to one origin and CORS never applies.
 * A connection is platform + environment + credentials: each environment
 * names the platform whose API answers there.
 */
import type { ConsoleConfig, Environment } from '../../src/api/console-config'
import type { Platform } from '../../src/api/platforms'
import { TENANT_PREFIX } from '../mock/tenants/tenant-paths'

export interface ProxyTarget {
  id: string
  platform: Platform
  label: string
  kind: 'staging' | 'production'
  target: string
}

const trimSlash = (url: string) => url.replace(/\/+$/, '')

/** The other platforms' real accounts: `<PLATFORM>_URL`, optionally `<PLATFORM>_LABEL` and `<PLATFORM>_KIND=staging`. */
const PLATFORM_VARS: { platform: Exclude<Platform, 'deepdesk'>; prefix: string; label: string }[] = [
  { platform: 'deepslate', prefix: 'DEEPSLATE', label: 'Deepslate' },
  { platform: 'flowise', prefix: 'FLOWISE', label: 'Flowise' },
  { platform: 'griptape', prefix: 'GRIPTAPE', label: 'Griptape Cloud' },
]

export function readProxyTargets(env: NodeJS.ProcessEnv): ProxyTarget[] {
  const account = env.DEEPDESK_ACCOUNT?.trim()
  const staging = env.DEEPDESK_STAGING_URL?.trim() || (account ? `https://${account}.staging.deepdesk.com` : '')
  const production = env.DEEPDESK_PRODUCTION_URL?.trim() || (account ? `https://${account}.deepdesk.com` : '')
  const targets: ProxyTarget[] = []
  if (staging)
    targets.push({
      id: 'staging',
      platform: 'deepdesk',
      label: account ? `${account} staging` : 'Staging',
      kind: 'staging',
      target: trimSlash(staging),
    })
  if (production)
    targets.push({
      id: 'production',
      platform: 'deepdesk',
      label: account ? `${account} production` : 'Production',
      kind: 'production',
      target: trimSlash(production),
    })
  for (const p of PLATFORM_VARS) {
    const url = env[`${p.prefix}_URL`]?.trim()
    if (!url) continue
    targets.push({
      id: p.platform,
      platform: p.platform,
      label: env[`${p.prefix}_LABEL`]?.trim() || p.label,
      // A real account is production unless said otherwise: the console then asks before deleting.
      kind: env[`${p.prefix}_KIND`]?.trim() === 'staging' ? 'staging' : 'production',
      target: trimSlash(url),
    })
  }
  return targets
}

/** The embedded mocks of the other platforms, with what their demo needs. */
export interface PlatformMocks {
  deepslate?: { apiKey: string; vendorId: string; organizationId: string }
  flowise?: { apiKey: string }
  griptape?: { apiKey: string }
}

export function buildConsoleConfig(opts: {
  mock: { clientId: string; clientSecret: string; platforms?: PlatformMocks } | null
  proxies: ProxyTarget[]
}): ConsoleConfig {
  const environments: Environment[] = []
  if (opts.mock) {
    environments.push({
      id: 'mock',
      platform: 'deepdesk',
      label: 'Local mock',
      baseUrl: '',
      kind: 'mock',
      demoClientId: opts.mock.clientId,
      demoClientSecret: opts.mock.clientSecret,
    })
    // The mock's second tenant, an independent account marked production: compare and promote need two.
    environments.push({
      id: 'mock-production',
      platform: 'deepdesk',
      label: 'Local mock - production',
      baseUrl: TENANT_PREFIX,
      kind: 'production',
      demoClientId: opts.mock.clientId,
      demoClientSecret: opts.mock.clientSecret,
    })
    const { deepslate, flowise, griptape } = opts.mock.platforms ?? {}
    if (deepslate)
      environments.push({
        id: 'mock-deepslate',
        platform: 'deepslate',
        label: 'Local mock',
        baseUrl: '/platforms/deepslate',
        kind: 'mock',
        demoApiKey: deepslate.apiKey,
        demoVendorId: deepslate.vendorId,
        demoOrganizationId: deepslate.organizationId,
      })
    if (flowise)
      environments.push({
        id: 'mock-flowise',
        platform: 'flowise',
        label: 'Local mock',
        baseUrl: '/platforms/flowise',
        kind: 'mock',
        demoApiKey: flowise.apiKey,
      })
    if (griptape)
      environments.push({
        id: 'mock-griptape',
        platform: 'griptape',
        label: 'Local mock',
        baseUrl: '/platforms/griptape',
        kind: 'mock',
        demoApiKey: griptape.apiKey,
      })
  }
  for (const p of opts.proxies)
    environments.push({
      id: p.id,
      platform: p.platform,
      label: p.label,
      baseUrl: `/proxy/${p.id}`,
      kind: p.kind,
      target: p.target,
    })
  if (environments.length === 0)
    environments.push({ id: 'same-origin', platform: 'deepdesk', label: 'This server', baseUrl: '', kind: 'custom' })
  return { environments }
}
