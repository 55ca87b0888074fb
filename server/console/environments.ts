/**
 * Which environments the console offers, from the environment variables of the
 * console's server. Real accounts are reached through this server's proxy
 * (`/proxy/<id>/…`), so the browser talks to one origin and CORS never applies.
 */
import type { ConsoleConfig, Environment } from '../../src/api/console-config'

export interface ProxyTarget {
  id: string
  label: string
  kind: 'staging' | 'production'
  target: string
}

export function readProxyTargets(env: NodeJS.ProcessEnv): ProxyTarget[] {
  const account = env.DEEPDESK_ACCOUNT?.trim()
  const staging = env.DEEPDESK_STAGING_URL?.trim() || (account ? `https://${account}.staging.deepdesk.com` : '')
  const production = env.DEEPDESK_PRODUCTION_URL?.trim() || (account ? `https://${account}.deepdesk.com` : '')
  const targets: ProxyTarget[] = []
  if (staging)
    targets.push({
      id: 'staging',
      label: account ? `${account} staging` : 'Staging',
      kind: 'staging',
      target: staging.replace(/\/+$/, ''),
    })
  if (production)
    targets.push({
      id: 'production',
      label: account ? `${account} production` : 'Production',
      kind: 'production',
      target: production.replace(/\/+$/, ''),
    })
  return targets
}

export function buildConsoleConfig(opts: {
  mock: { clientId: string; clientSecret: string } | null
  proxies: ProxyTarget[]
}): ConsoleConfig {
  const environments: Environment[] = []
  if (opts.mock)
    environments.push({
      id: 'mock',
      label: 'Local mock',
      baseUrl: '',
      kind: 'mock',
      demoClientId: opts.mock.clientId,
      demoClientSecret: opts.mock.clientSecret,
    })
  for (const p of opts.proxies)
    environments.push({ id: p.id, label: p.label, baseUrl: `/proxy/${p.id}`, kind: p.kind, target: p.target })
  if (environments.length === 0)
    environments.push({ id: 'same-origin', label: 'This server', baseUrl: '', kind: 'custom' })
  return { environments }
}
