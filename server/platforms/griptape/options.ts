/** Options of the Griptape Cloud mock, with their defaults and environment overrides. */
import { realClock, type Clock } from './clock'

export const DEMO_GRIPTAPE_KEY = 'demo-griptape-key'
/** Environment variable that overrides the demo key. */
export const GRIPTAPE_DEMO_KEY_ENV = 'GRIPTAPE_DEMO_KEY'

export interface GriptapeOptions {
  /** The bearer key every request may use; default $GRIPTAPE_DEMO_KEY, else `demo-griptape-key`. */
  apiKey?: string
  /** Where GRIPTAPE_DEMO_KEY is read; default process.env. */
  env?: Readonly<Record<string, string | undefined>>
  /** Clock in ms; ignored when `clock` is given. */
  now?: () => number
  /** Time and timers together (tests pass a ManualClock). */
  clock?: Clock
  /** Delay between two steps of a run (status changes, events); default 300 ms. `_mock.delay_ms` overrides it per run. */
  delayMs?: number
  /** TextChunkEvents of a streamed run; default 4. `_mock.chunks` overrides it per run. */
  chunks?: number
  /** A `: keep-alive` comment on open event streams this often; default 15 s, 0 turns it off. */
  keepAliveMs?: number
  /** Seeded demo data (assistants, runs, events, a user, two API keys); default true. */
  seed?: boolean
  /** The seed's QUEUED run plays out when the app starts; default true. */
  liveSeedRun?: boolean
  /** Unknown body fields answer 400 "Unknown field." instead of being ignored. */
  strictFields?: boolean
  /** Checks every JSON answer against contract/griptape.openapi.yaml; findings at GET /mock/conformance. */
  validateResponses?: boolean
  /** Where the app is mounted (e.g. `/platforms/griptape`), so the conformance check sees the contract's paths. */
  basePath?: string
  log?: (line: string) => void
}

export interface ResolvedGriptapeOptions {
  apiKey: string
  clock: Clock
  delayMs: number
  chunks: number
  keepAliveMs: number
  seed: boolean
  liveSeedRun: boolean
  strictFields: boolean
  validateResponses: boolean
  basePath: string
  log: (line: string) => void
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
}

export function resolveGriptapeOptions(options: GriptapeOptions = {}): ResolvedGriptapeOptions {
  const env = options.env ?? process.env
  const fromEnv = env[GRIPTAPE_DEMO_KEY_ENV]
  return {
    apiKey: options.apiKey ?? (fromEnv && fromEnv.trim() !== '' ? fromEnv.trim() : DEMO_GRIPTAPE_KEY),
    clock: options.clock ?? realClock(options.now),
    delayMs: nonNegative(options.delayMs, 300),
    chunks: Math.min(50, Math.max(1, Math.floor(nonNegative(options.chunks, 4)))),
    keepAliveMs: nonNegative(options.keepAliveMs, 15_000),
    seed: options.seed ?? true,
    liveSeedRun: options.liveSeedRun ?? true,
    strictFields: options.strictFields ?? false,
    validateResponses: options.validateResponses ?? false,
    basePath: (options.basePath ?? '').replace(/\/+$/, ''),
    log: options.log ?? (() => undefined),
  }
}
