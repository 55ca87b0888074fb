/**
 * Environments the console can talk to. The console's own server answers
 * `/console-config.json` (the embedded mock, and any real account it proxies);
 * a console served by a plain static host falls back to the same origin.
 */
import { z } from 'zod'
import { PLATFORMS } from './platforms'

export const ENVIRONMENT_KINDS = ['mock', 'staging', 'production', 'custom'] as const
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number]

export const environmentSchema = z.object({
  id: z.string(),
  /** Which platform's API answers here (a connection is platform + environment + credentials). */
  platform: z.enum(PLATFORMS).default('deepdesk'),
  label: z.string(),
  /** Where API calls go: '' for the console's own origin, a path such as '/proxy/staging', or a full URL. */
  baseUrl: z.string(),
  kind: z.enum(ENVIRONMENT_KINDS),
  /** The upstream host, for display (e.g. https://acme.deepdesk.com). */
  target: z.string().optional(),
  /** Demo credentials, offered only for the embedded mock. */
  demoClientId: z.string().optional(),
  demoClientSecret: z.string().optional(),
  /** Demo API key (api-key platforms), offered only for the embedded mocks. */
  demoApiKey: z.string().optional(),
  /** Deepslate: the demo vendor and organization, prefilled for the embedded mock. */
  demoVendorId: z.string().optional(),
  demoOrganizationId: z.string().optional(),
})
export type Environment = z.infer<typeof environmentSchema>

export const consoleConfigSchema = z.object({ environments: z.array(environmentSchema).min(1) })
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>

export const FALLBACK_CONFIG: ConsoleConfig = {
  environments: [{ id: 'same-origin', platform: 'deepdesk', label: 'This server', baseUrl: '', kind: 'custom' }],
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  try {
    const res = await fetch('/console-config.json', { headers: { Accept: 'application/json' } })
    if (!res.ok) return FALLBACK_CONFIG
    const parsed = consoleConfigSchema.safeParse(await res.json())
    return parsed.success ? parsed.data : FALLBACK_CONFIG
  } catch {
    return FALLBACK_CONFIG
  }
}
