/**
 * Where an assistant's icon loads from. Flowise stores `iconSrc` as its UI
 * wrote it: a path on the Flowise server (`/images/assistant.png`), an http(s)
 * URL or a data: URL. A path belongs to the Flowise server, never to the
 * console: it resolves against the connection's base URL (the mock's
 * `/platforms/flowise`), without Flowise's `/api/v1` API prefix, since a
 * Flowise server serves its images from its root.
 */
import { isIconSrc } from '@/contract/flowise/assistant-write'

export function resolveIconSrc(iconSrc: string | null | undefined, baseUrl: string): string | null {
  if (!iconSrc || !isIconSrc(iconSrc)) return null
  if (!iconSrc.startsWith('/')) return iconSrc
  const root = baseUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '')
  return `${root}${iconSrc}`
}
