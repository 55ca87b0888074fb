/**
 * What exists per platform: its pages (navigation and palette), where its
 * pages live, and what it can do. Components ask the registry
 * (`usePlatform().can('apis')`) instead of testing platform names, so a new
 * platform is one entry here plus its lazy routes.
 */
import type { LucideIcon } from 'lucide-react'
import {
  Bot,
  FlaskConical,
  GitCompareArrows,
  KeyRound,
  ListChecks,
  Plug,
  Settings,
  Split,
  Users,
  Wrench,
} from 'lucide-react'
import { useConnection } from '@/api/connection-context'
import { PLATFORM_INFO, PLATFORMS, type Platform } from '@/api/platforms'

export interface NavItem {
  to: string
  label: string
  icon: LucideIcon
}

export type Capability = 'apis' | 'tools' | 'routes' | 'threads' | 'evaluate' | 'runs' | 'apiKeys' | 'users'

export interface PlatformDef {
  id: Platform
  label: string
  /** The first page after connecting. */
  home: string
  /** Paths under this prefix belong to the platform; Deepdesk, the first, owns everything else. */
  pathPrefix: string | null
  nav: NavItem[]
  capabilities: readonly Capability[]
}

export const SETTINGS_NAV: NavItem = { to: '/settings', label: 'Settings', icon: Settings }

export const PLATFORM_REGISTRY: Record<Platform, PlatformDef> = {
  deepdesk: {
    id: 'deepdesk',
    label: PLATFORM_INFO.deepdesk.label,
    home: '/assistants',
    pathPrefix: null,
    nav: [
      { to: '/assistants', label: 'Assistants', icon: Bot },
      { to: '/apis', label: 'APIs', icon: Plug },
      { to: '/tools', label: 'Tools', icon: Wrench },
      { to: '/routes', label: 'Routes', icon: Split },
      { to: '/playground', label: 'Playground', icon: FlaskConical },
      { to: '/environments', label: 'Environments', icon: GitCompareArrows },
      { to: '/suites', label: 'Suites', icon: ListChecks },
    ],
    capabilities: ['apis', 'tools', 'routes', 'threads', 'evaluate'],
  },
  deepslate: {
    id: 'deepslate',
    label: PLATFORM_INFO.deepslate.label,
    home: '/deepslate/assistants',
    pathPrefix: '/deepslate',
    nav: [{ to: '/deepslate/assistants', label: 'Assistants', icon: Bot }],
    capabilities: [],
  },
  flowise: {
    id: 'flowise',
    label: PLATFORM_INFO.flowise.label,
    home: '/flowise/assistants',
    pathPrefix: '/flowise',
    nav: [{ to: '/flowise/assistants', label: 'Assistants', icon: Bot }],
    capabilities: [],
  },
  griptape: {
    id: 'griptape',
    label: PLATFORM_INFO.griptape.label,
    home: '/griptape/assistants',
    pathPrefix: '/griptape',
    nav: [
      { to: '/griptape/assistants', label: 'Assistants', icon: Bot },
      { to: '/griptape/api-keys', label: 'API keys', icon: KeyRound },
      { to: '/griptape/users', label: 'Users', icon: Users },
    ],
    capabilities: ['runs', 'apiKeys', 'users'],
  },
}

/** The platform a path belongs to; null for pages every platform shares (Settings). */
export function platformOfPath(pathname: string): Platform | null {
  if (pathname === SETTINGS_NAV.to || pathname.startsWith(`${SETTINGS_NAV.to}/`)) return null
  for (const id of PLATFORMS) {
    const prefix = PLATFORM_REGISTRY[id].pathPrefix
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return id
  }
  return 'deepdesk'
}

/** The active connection's platform, and what it can do. */
export function usePlatform(): PlatformDef & { can: (c: Capability) => boolean } {
  const def = PLATFORM_REGISTRY[useConnection().environment.platform]
  return { ...def, can: (c) => def.capabilities.includes(c) }
}
