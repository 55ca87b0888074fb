/** The mock with both tenants on an ephemeral port, and direct Admin API calls for the config CLI's tests. */
import { ApiClient } from '@/api/http-client'
import { TokenManager } from '@/api/token-manager'
import { startMockServer, type RunningMockServer } from '../../server/mock/app'

export const TENANT = '/tenants/production'

export async function startTenants(): Promise<RunningMockServer> {
  return startMockServer({ port: 0, streamDelayMs: 0, platforms: false, validateResponses: true })
}

export function demoClient(baseUrl: string): ApiClient {
  const auth = new TokenManager({ baseUrl, clientId: 'demo-client', clientSecret: 'demo-secret' })
  return new ApiClient({ baseUrl, key: `test|${baseUrl}`, auth })
}

/** Arms a mock fault on a tenant (the next matching request fails). */
export async function armFault(tenantUrl: string, method: string, path: string, status = 500): Promise<void> {
  const res = await fetch(`${tenantUrl}/mock/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fail_next: { method, path, status } }),
  })
  if (res.status !== 201) throw new Error(`arming a fault failed: ${res.status}`)
}
