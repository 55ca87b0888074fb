/**
 * What the mock's CX platform received for a call_api tool call, read from the
 * tool result's `received_by_cx_platform` (contract/README.md, "The scripted
 * model"). Tolerant: anything malformed is simply not shown.
 */
export interface CxReceived {
  via: string | null
  url: string | null
  method: string
  path: string
  query: [string, string][]
  headers: [string, string][]
  /** undefined: the platform recorded no body field at all. */
  body: unknown
}

export const CX_RECEIVED_KEY = 'received_by_cx_platform'

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)

export function cxReceivedOf(result: unknown): CxReceived | null {
  if (!isRecord(result)) return null
  const r = result[CX_RECEIVED_KEY]
  if (!isRecord(r) || typeof r.method !== 'string' || typeof r.path !== 'string') return null
  const query: [string, string][] = []
  if (isRecord(r.query)) {
    for (const [name, values] of Object.entries(r.query)) {
      for (const value of Array.isArray(values) ? values : [values]) query.push([name, String(value)])
    }
  }
  const headers: [string, string][] = isRecord(r.headers)
    ? Object.entries(r.headers).map(([name, value]) => [name, String(value)])
    : []
  return { via: text(r.via), url: text(r.url), method: r.method, path: r.path, query, headers, body: r.body }
}

/** The tool result without the part shown on its own, so it is not printed twice. */
export function withoutCxReceived(result: unknown): unknown {
  if (!isRecord(result) || !(CX_RECEIVED_KEY in result)) return result
  return Object.fromEntries(Object.entries(result).filter(([key]) => key !== CX_RECEIVED_KEY))
}
