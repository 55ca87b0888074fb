/**
 * Every Deepslate path is under the connection's vendor and organization.
 * They come from Settings; a page checks them before calling the API, so a
 * missing or malformed id reads as "set it in Settings", not as a 400.
 */
import { useConnection } from '@/api/connection-context'
import type { ConnectionSettings } from '@/api/connection-store'
import type { DeepslateTenant } from '@/api/resources/deepslate/assistants'
import { isUuid } from '@/contract/deepslate/common'

export type TenantCheck = { ok: true; tenant: DeepslateTenant } | { ok: false; problems: string[] }

export function readTenant(
  settings: Pick<ConnectionSettings, 'platform' | 'vendorId' | 'organizationId'>,
): TenantCheck {
  if (settings.platform !== 'deepslate') return { ok: false, problems: ['The connection is not a Deepslate one.'] }
  const problems: string[] = []
  const check = (label: string, value: string) => {
    if (value.trim() === '') problems.push(`The ${label} id is empty.`)
    else if (!isUuid(value.trim())) problems.push(`The ${label} id “${value}” is not a UUID.`)
  }
  check('vendor', settings.vendorId)
  check('organization', settings.organizationId)
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    tenant: {
      vendorId: settings.vendorId.trim().toLowerCase(),
      organizationId: settings.organizationId.trim().toLowerCase(),
    },
  }
}

export function useDeepslateTenant(): TenantCheck {
  const { settings } = useConnection()
  return readTenant(settings)
}
