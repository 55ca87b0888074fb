/**
 * The assistant platforms the console manages, and what the connection layer
 * needs to know of each: how it authenticates and which cheap GET proves a key
 * works. Browser-safe and React-free (the console server reads it too); what
 * pages and navigation exist per platform is the registry's (src/platforms).
 */
export const PLATFORMS = ['deepdesk', 'deepslate', 'flowise', 'griptape'] as const
export type Platform = (typeof PLATFORMS)[number]

export interface PlatformInfo {
  label: string
  /** 'oauth': client credentials (or a pasted bearer token); 'api-key': a key sent as `Authorization: Bearer`. */
  auth: 'oauth' | 'api-key'
  /** An authenticated GET that proves a key or token works. */
  checkPath: (ids: { vendorId: string; organizationId: string }) => string
}

export const PLATFORM_INFO: Record<Platform, PlatformInfo> = {
  deepdesk: { label: 'Deepdesk', auth: 'oauth', checkPath: () => '/apis/admin/assistants/' },
  deepslate: {
    label: 'Deepslate',
    auth: 'api-key',
    checkPath: ({ vendorId, organizationId }) =>
      `/api/v1/vendors/${encodeURIComponent(vendorId)}/organizations/${encodeURIComponent(organizationId)}/assistants?page=0&size=1`,
  },
  flowise: { label: 'Flowise', auth: 'api-key', checkPath: () => '/assistants' },
  griptape: { label: 'Griptape', auth: 'api-key', checkPath: () => '/assistants?page=1&page_size=1' },
}

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value)
}
