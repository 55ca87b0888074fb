/** Options of the Deepslate mock, resolved once with their defaults. */
import { DEMO_DEEPSLATE_KEY } from '../../../src/contract/deepslate/demo'

/** Environment variable that overrides the demo API key. */
export const DEEPSLATE_DEMO_KEY_ENV = 'DEEPSLATE_DEMO_KEY'

export interface DeepslateMockOptions {
  /** The API key callers send as `Authorization: Bearer <key>`. Wins over the environment variable. */
  apiKey?: string
  /** Where DEEPSLATE_DEMO_KEY is read from; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>
  /** Records response-contract violations, served at `GET /mock/conformance`. */
  validateResponses?: boolean
  /** Starts with no assistants instead of the demo seed. */
  empty?: boolean
  /** Largest request body accepted, in bytes (413 past it). */
  maxBodyBytes?: number
  /** Clock in milliseconds (timestamps of answers). */
  now?: () => number
  /** Request log lines (method, path, status, time; never bodies or headers). Silent by default. */
  log?: (line: string) => void
}

export interface ResolvedDeepslateOptions {
  apiKey: string
  validateResponses: boolean
  empty: boolean
  maxBodyBytes: number
  now: () => number
  log: (line: string) => void
}

export function resolveDeepslateOptions(options: DeepslateMockOptions = {}): ResolvedDeepslateOptions {
  const env = options.env ?? process.env
  const fromEnv = env[DEEPSLATE_DEMO_KEY_ENV]
  return {
    apiKey: options.apiKey ?? (fromEnv && fromEnv.trim() !== '' ? fromEnv.trim() : DEMO_DEEPSLATE_KEY),
    validateResponses: options.validateResponses ?? false,
    empty: options.empty ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
    now: options.now ?? Date.now,
    log: options.log ?? (() => undefined),
  }
}
