/**
 * The mock's CX platform: records each request it receives and answers what it
 * got. Reached two ways: over HTTP at `/mock/cx-platform/*` (the seeded
 * demo-cx-platform API), and in-process for an API whose URL is the guide's
 * example host, so the guide's routing walkthrough works offline, as written.
 */
import type { CxRequestRecord } from '../store/state'
import type { Store } from '../store/store'
import { MASK } from './secrets'

/** The host the guide's routing use case creates its API with; served here, never contacted. */
export const BUILT_IN_CX_HOSTS: ReadonlySet<string> = new Set(['mock-cx-platform.free.beeceptor.com'])

/** Marks an answer of the mock CX platform, so call_api can show what the platform received. */
export const CX_PLATFORM_HEADER = 'X-Mock-Cx-Platform'

const SENSITIVE_HEADER = /auth|token|secret|key|cookie|password/i
const LOG_LIMIT = 1000

export interface CxIncoming {
  method: string
  /** The path on the platform (after `/mock/cx-platform` when reached over HTTP). */
  path: string
  query: Record<string, string[]>
  headers: Iterable<[string, string]>
  /** The raw body text ('' for none). */
  bodyText: string
}

/** What a run shows about the platform's side of a call_api request. */
export type CxReceived = Omit<CxRequestRecord, 'id'>

/** The platform's log keeps only the last 4 characters of credentials: enough to check which one arrived. */
export function recordedHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of headers) {
    const key = name.toLowerCase()
    out[key] = SENSITIVE_HEADER.test(key) ? `${MASK}${value.slice(-4)}` : value
  }
  return out
}

export function queryOf(params: URLSearchParams): Record<string, string[]> {
  const query: Record<string, string[]> = {}
  for (const key of new Set(params.keys())) query[key] = params.getAll(key)
  return query
}

/** JSON when it parses, the text otherwise (a platform log shows what arrived), null for no body. */
function readBody(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** Records one request and returns the platform's answer body. */
export function receiveCx(
  store: Store,
  now: () => number,
  incoming: CxIncoming,
): { record: CxRequestRecord; answer: { ok: true; received: CxReceived } } {
  const last = store.cxRequests.at(-1)
  const record: CxRequestRecord = {
    id: (last?.id ?? 0) + 1,
    received_at: new Date(now()).toISOString(),
    method: incoming.method.toUpperCase(),
    path: incoming.path || '/',
    query: incoming.query,
    headers: recordedHeaders(incoming.headers),
    body: readBody(incoming.bodyText),
  }
  // A bounded log: a benchmark hammering the platform must not grow memory forever.
  store.cxRequests.push(record)
  if (store.cxRequests.length > LOG_LIMIT) store.cxRequests.shift()
  const { id: _id, ...received } = record
  return { record, answer: { ok: true, received } }
}

/** The `received` part of a CX platform answer, when it looks like one. */
export function receivedFrom(body: unknown): CxReceived | null {
  if (body === null || typeof body !== 'object' || !('received' in body)) return null
  const received = (body as { received: unknown }).received
  if (received === null || typeof received !== 'object') return null
  const r = received as Partial<CxReceived>
  return typeof r.method === 'string' && typeof r.path === 'string' ? (received as CxReceived) : null
}
