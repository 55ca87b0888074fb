/** Options of the Flowise mock, and how its API key is chosen. */
import type { ConformanceReport } from '../../mock/conformance-middleware'

export const DEMO_FLOWISE_KEY = 'demo-flowise-key'
/** Environment variable that replaces the demo key (the `apiKey` option wins over it). */
export const FLOWISE_KEY_ENV = 'FLOWISE_DEMO_KEY'

export interface FlowiseOptions {
  /** The API key a client must send as `Authorization: Bearer <key>`. */
  apiKey?: string
  /** Where FLOWISE_DEMO_KEY is read from; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>
  /** Adds N generated OpenAI assistants to the seed (long lists, benchmarks). */
  extraAssistants?: number
  /** Clock in milliseconds, for createdDate/updatedDate. */
  now?: () => number
  /** When given, every answer is checked against contract/flowise.openapi.yaml and findings are added here. */
  conformanceReport?: ConformanceReport
  /** Where unexpected errors are logged; silent by default. */
  log?: (line: string) => void
}

export interface ResolvedFlowiseOptions {
  apiKey: string
  extraAssistants: number
  now: () => number
  conformanceReport: ConformanceReport | null
  log: (line: string) => void
}

export function resolveFlowiseOptions(options: FlowiseOptions = {}): ResolvedFlowiseOptions {
  const env = options.env ?? process.env
  const fromEnv = env[FLOWISE_KEY_ENV]?.trim()
  return {
    apiKey: options.apiKey ?? (fromEnv ? fromEnv : DEMO_FLOWISE_KEY),
    extraAssistants: Math.max(0, Math.floor(options.extraAssistants ?? 0)),
    now: options.now ?? Date.now,
    conformanceReport: options.conformanceReport ?? null,
    log: options.log ?? (() => undefined),
  }
}
