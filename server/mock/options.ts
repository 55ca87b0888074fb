/**
 * Options of the mock backend, and how they are read from the environment and
 * the command line, so `npm run mock`, the console's server and tests share one
 * set of defaults.
 */

export interface MockClient {
  clientId: string
  clientSecret: string
  /** Scopes this client may be granted; a request for more is cut down to these. */
  scopes: readonly string[]
}

export interface MockOptions {
  clientId?: string
  clientSecret?: string
  /** The read-only demo client; set to null to disable it. */
  readonlyClient?: MockClient | null
  tokenTtlSeconds?: number
  /** Default per-chunk delay of streamed evaluate output. */
  streamDelayMs?: number
  /** JSON file that holds the state across restarts; in memory when absent. */
  dataFile?: string
  /** Adds N generated assistants to the seed (list/benchmark load). */
  extraAssistants?: number
  /** The server's own origin; the seeded demo API points at `${publicUrl}/mock/cx-platform`. */
  publicUrl?: string
  /** Lets call_api reach non-loopback hosts. Off by default: nothing leaves the machine. */
  allowOutbound?: boolean
  /**
   * Rejects unknown fields in write bodies (400 "Unknown field.") instead of
   * ignoring them as DRF does; for catching a client's misspelled field names.
   */
  strictFields?: boolean
  /** Records response-contract violations at `GET /mock/conformance`. */
  validateResponses?: boolean
  /** Serve the Deepslate, Flowise and Griptape mocks under /platforms/<name> (default on). */
  platforms?: boolean
  /** Clock in milliseconds; tests inject one to expire tokens without waiting. */
  now?: () => number
  /** Where request logs go; silent by default (tests), main.ts passes console.log. */
  log?: (line: string) => void
  /** Called for every event a run produces, as it is produced (tests use it to see generation stop). */
  onRunEvent?: (runId: string, event: string) => void
}

export type ResolvedOptions = Required<Omit<MockOptions, 'dataFile' | 'readonlyClient'>> & {
  dataFile: string | null
  clients: MockClient[]
}

export const DEFAULT_CLIENT_ID = 'demo-client'
export const DEFAULT_CLIENT_SECRET = 'demo-secret'
export const READONLY_CLIENT: MockClient = {
  clientId: 'demo-readonly',
  clientSecret: 'demo-readonly-secret',
  scopes: ['assistants:read'],
}
export const ALL_SCOPES = ['assistants:read', 'assistants:write'] as const

export function resolveOptions(options: MockOptions = {}): ResolvedOptions {
  const readonlyClient = options.readonlyClient === undefined ? READONLY_CLIENT : options.readonlyClient
  const main: MockClient = {
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
    scopes: ALL_SCOPES,
  }
  return {
    clientId: main.clientId,
    clientSecret: main.clientSecret,
    clients: readonlyClient ? [main, readonlyClient] : [main],
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    streamDelayMs: options.streamDelayMs ?? 25,
    dataFile: options.dataFile ?? null,
    extraAssistants: Math.max(0, Math.floor(options.extraAssistants ?? 0)),
    publicUrl: (options.publicUrl ?? 'http://127.0.0.1:4010').replace(/\/+$/, ''),
    allowOutbound: options.allowOutbound ?? false,
    strictFields: options.strictFields ?? false,
    validateResponses: options.validateResponses ?? false,
    platforms: options.platforms ?? true,
    now: options.now ?? Date.now,
    log: options.log ?? (() => undefined),
    onRunEvent: options.onRunEvent ?? (() => undefined),
  }
}

function numberEnv(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new Error(`Expected a non-negative number, got "${value}".`)
  return n
}

function flagEnv(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase())
}

/** Reads MOCK_* variables and `--data FILE`; absent values stay undefined so defaults apply. */
export function optionsFromEnv(env: NodeJS.ProcessEnv, argv: readonly string[] = []): MockOptions {
  const dataIndex = argv.indexOf('--data')
  const dataArg =
    dataIndex >= 0 ? argv[dataIndex + 1] : argv.find((a) => a.startsWith('--data='))?.slice('--data='.length)
  const options: MockOptions = {
    clientId: env.MOCK_CLIENT_ID || undefined,
    clientSecret: env.MOCK_CLIENT_SECRET || undefined,
    tokenTtlSeconds: numberEnv(env.MOCK_TOKEN_TTL),
    streamDelayMs: numberEnv(env.MOCK_STREAM_DELAY_MS),
    dataFile: dataArg ?? (env.MOCK_DATA_FILE || undefined),
    extraAssistants: numberEnv(env.MOCK_SEED_ASSISTANTS),
    allowOutbound: flagEnv(env.MOCK_ALLOW_OUTBOUND),
    strictFields: flagEnv(env.MOCK_STRICT_FIELDS),
    validateResponses: flagEnv(env.MOCK_VALIDATE_RESPONSES),
  }
  // Drop undefined keys so spreading these over other options never erases a value.
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as MockOptions
}
