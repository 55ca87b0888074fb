/**
 * Finds a run's tool calls that match an assertion's ToolMatch: the tool name,
 * and for `call_api` its api_code, method (any case), path pattern and payload
 * fields; other arguments by deep equality. When nothing matches, `mismatch`
 * says what differed on the closest call, so a QA reader sees why.
 */
import type { RunRecord } from '@/lib/run/run-model'
import { deepEqual, preview } from './deep-equal'
import type { ToolMatch } from './suite-format'

export interface ObservedToolCall {
  id: string
  name: string
  arguments: unknown
  /** Position among the run's tool calls (0-based). */
  index: number
}

export function toolCallsOf(run: RunRecord): ObservedToolCall[] {
  const calls: ObservedToolCall[] = []
  for (const entry of run.timeline)
    if (entry.kind === 'tool_call')
      calls.push({ id: entry.id, name: entry.name, arguments: entry.arguments, index: calls.length })
  return calls
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** Path segments without empty ones (leading/trailing/double slashes do not matter); a full URL counts by its path. */
function splitPath(path: string): string[] {
  let p = path.trim()
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    try {
      const url = new URL(p)
      p = url.pathname + url.search
    } catch {
      // Not a URL after all: match it as a path.
    }
  }
  return p
    .split('/')
    .filter((s) => s !== '')
    .map(decode)
}

function splitQuery(path: string): { path: string; query: URLSearchParams | null } {
  const q = path.indexOf('?')
  if (q < 0) return { path, query: null }
  return { path: path.slice(0, q), query: new URLSearchParams(path.slice(q + 1)) }
}

const globToRegex = (segment: string): RegExp =>
  new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)

function segmentMatches(pattern: string, actual: string): boolean {
  if (pattern === '*' || /^\{[^{}]+\}$/.test(pattern)) return actual !== ''
  if (pattern.includes('*')) return globToRegex(pattern).test(actual)
  return pattern === actual
}

function segmentsMatch(pattern: string[], actual: string[]): boolean {
  const [head, ...rest] = pattern
  if (head === undefined) return actual.length === 0
  if (head === '**') {
    for (let i = 0; i <= actual.length; i += 1) if (segmentsMatch(rest, actual.slice(i))) return true
    return false
  }
  const [first, ...others] = actual
  return first !== undefined && segmentMatches(head, first) && segmentsMatch(rest, others)
}

/**
 * `*` one segment, `**` any rest (zero or more segments), `{name}` one segment, `cat-*` a glob
 * within a segment. The query string is ignored unless the pattern has one: then each of its
 * parameters must be present with that value (`*` for any value).
 */
export function matchPathPattern(pattern: string, actualPath: string): boolean {
  const p = splitQuery(pattern.trim())
  const a = splitQuery(actualPath.trim())
  if (!segmentsMatch(splitPath(p.path), splitPath(a.path))) return false
  if (!p.query) return true
  const actualQuery = a.query ?? new URLSearchParams()
  for (const [key, value] of p.query) {
    const got = actualQuery.getAll(key)
    if (got.length === 0) return false
    if (value !== '*' && !got.includes(value)) return false
  }
  return true
}

/** The payload as an object: call_api may carry it as a JSON string. */
function payloadOf(args: Record<string, unknown>): unknown {
  const payload = args.payload
  if (typeof payload !== 'string') return payload
  try {
    return JSON.parse(payload) as unknown
  } catch {
    return payload
  }
}

export type ToolMatchResult = { ok: true } | { ok: false; mismatch: string }

export function matchTool(match: ToolMatch, call: ObservedToolCall): ToolMatchResult {
  if (call.name !== match.name) return { ok: false, mismatch: `it is ${call.name}, not ${match.name}` }
  const args = isRecord(call.arguments) ? call.arguments : {}
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '(none)' : preview(v, 40))
  if (match.api_code !== undefined && args.api_code !== match.api_code)
    return { ok: false, mismatch: `api_code is ${str(args.api_code)}, not ${match.api_code}` }
  if (match.method !== undefined) {
    const method = typeof args.method === 'string' ? args.method : ''
    if (method.toUpperCase() !== match.method.toUpperCase())
      return { ok: false, mismatch: `method is ${str(args.method)}, not ${match.method.toUpperCase()}` }
  }
  if (match.path !== undefined) {
    const path = typeof args.path === 'string' ? args.path : null
    if (path === null || !matchPathPattern(match.path, path))
      return { ok: false, mismatch: `path ${str(args.path)} does not match ${match.path}` }
  }
  if (match.payload !== undefined) {
    const payload = payloadOf(args)
    for (const [key, want] of Object.entries(match.payload)) {
      if (!isRecord(payload)) return { ok: false, mismatch: `the payload is ${str(payload)}, not an object` }
      if (!Object.hasOwn(payload, key)) return { ok: false, mismatch: `the payload has no "${key}"` }
      if (!deepEqual(payload[key], want))
        return { ok: false, mismatch: `payload "${key}" is ${preview(payload[key], 40)}, not ${preview(want, 40)}` }
    }
  }
  if (match.arguments !== undefined) {
    for (const [key, want] of Object.entries(match.arguments)) {
      if (!Object.hasOwn(args, key)) return { ok: false, mismatch: `it has no argument "${key}"` }
      if (!deepEqual(args[key], want))
        return { ok: false, mismatch: `argument "${key}" is ${preview(args[key], 40)}, not ${preview(want, 40)}` }
    }
  }
  return { ok: true }
}

/** `call_api PUT /categories/* (api cx-platform) with payload {"category_id":"x"}`. */
export function describeToolMatch(match: ToolMatch): string {
  const parts = [match.name]
  if (match.method) parts.push(match.method.toUpperCase())
  if (match.path) parts.push(match.path)
  if (match.api_code) parts.push(`(api ${match.api_code})`)
  if (match.payload && Object.keys(match.payload).length > 0) parts.push(`with payload ${preview(match.payload, 60)}`)
  if (match.arguments && Object.keys(match.arguments).length > 0)
    parts.push(`with arguments ${preview(match.arguments, 60)}`)
  return parts.join(' ')
}
