/**
 * Assertions proposed when a run becomes a test case, for the user to keep or
 * drop: the tools it called (for call_api with method and a path whose ids
 * became `*`), their order, the shape and short values of a JSON answer, that
 * it succeeded, and a total time with generous headroom. Each one passes on
 * the run it came from.
 */
import type { JsonObject } from '@/contract/common'
import type { RunRecord } from '@/lib/run/run-model'
import { toolFailures } from '@/lib/run/tool-failures'
import { deepEqual } from './deep-equal'
import { formatJsonPath } from './json-path'
import type { Assertion, ToolMatch } from './suite-format'
import { describeToolMatch, toolCallsOf, type ObservedToolCall } from './tool-match'

export interface SuggestedAssertion {
  assertion: Assertion
  why: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Numbers, UUIDs, long hex (e.g. Mongo ObjectIds) and long mixed tokens: ids that differ between runs or cases. */
export function looksLikeId(segment: string): boolean {
  if (/^\d+$/.test(segment)) return true
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)) return true
  if (/^[0-9a-f]{12,}$/i.test(segment)) return true
  return segment.length >= 16 && /\d/.test(segment) && /^[A-Za-z0-9_-]+$/.test(segment)
}

/** `/conversations/123/categories/65fd…?x=1` → `/conversations/*\/categories/*`. */
export function generalizePath(path: string): string {
  const bare = path.split('?')[0] ?? ''
  const lead = bare.startsWith('/') ? '/' : ''
  return (
    lead +
    bare
      .split('/')
      .filter((s) => s !== '')
      .map((s) => (looksLikeId(s) ? '*' : s))
      .join('/')
  )
}

function matchFor(call: ObservedToolCall): ToolMatch {
  const args = isRecord(call.arguments) ? call.arguments : {}
  if (call.name !== 'call_api') return { name: call.name }
  return {
    name: call.name,
    ...(typeof args.api_code === 'string' ? { api_code: args.api_code } : {}),
    ...(typeof args.method === 'string' ? { method: args.method.toUpperCase() } : {}),
    ...(typeof args.path === 'string' ? { path: generalizePath(args.path) } : {}),
  }
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`)

function toolSuggestions(run: RunRecord): SuggestedAssertion[] {
  if (run.mode !== 'stream') return []
  const calls = toolCallsOf(run)
  const distinct: { match: ToolMatch; count: number }[] = []
  for (const call of calls) {
    const match = matchFor(call)
    const seen = distinct.find((d) => deepEqual(d.match, match))
    if (seen) seen.count += 1
    else distinct.push({ match, count: 1 })
  }
  const out: SuggestedAssertion[] = distinct.map(({ match, count }) => ({
    assertion: { type: 'tool_called', match },
    why: `This run called ${describeToolMatch(match)} ${times(count)}.`,
  }))
  // The order of the calls, consecutive repeats collapsed.
  const sequence: ToolMatch[] = []
  for (const call of calls) {
    const match = matchFor(call)
    const last = sequence.at(-1)
    if (!last || !deepEqual(last, match)) sequence.push(match)
  }
  if (sequence.length > 1)
    out.push({
      assertion: { type: 'tool_order', calls: sequence },
      why: `This run made its tool calls in this order: ${sequence.map((m) => m.name).join(' → ')}.`,
    })
  return out
}

const jsonType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v

/** A value worth pinning: booleans, null, small integers and short enum-like strings; not free text. */
function pinnable(v: unknown): boolean {
  if (typeof v === 'boolean' || v === null) return true
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1000
  if (typeof v === 'string') return v.length > 0 && v.length <= 40 && v.trim().split(/\s+/).length <= 4
  return false
}

function jsonSuggestions(output: string): SuggestedAssertion[] {
  let value: unknown
  try {
    value = JSON.parse(output)
  } catch {
    return []
  }
  const out: SuggestedAssertion[] = [{ assertion: { type: 'is_json' }, why: 'The output is JSON.' }]
  if (!isRecord(value)) return out
  const keys = Object.keys(value)
  if (keys.length === 0) return out
  const properties: JsonObject = {}
  for (const key of keys) properties[key] = { type: jsonType(value[key]) }
  out.push({
    assertion: { type: 'json_schema', schema: { type: 'object', required: keys, properties } },
    why: `The output is an object with ${keys.map((k) => `"${k}" (${jsonType(value[k])})`).join(', ')}.`,
  })
  for (const key of keys) {
    const v = value[key]
    const path = formatJsonPath([key])
    out.push(
      pinnable(v)
        ? { assertion: { type: 'json_path', path, equals: v }, why: `${path} is ${JSON.stringify(v)} in this run.` }
        : { assertion: { type: 'json_path', path }, why: `${path} is present (free text or a structure: not pinned).` },
    )
  }
  return out
}

/** 3× the measured time, rounded up to a whole second: catches a hang, not noise. */
export function headroomMs(measured: number): number {
  return Math.max(1000, Math.ceil((measured * 3) / 1000) * 1000)
}

export function suggestAssertions(run: RunRecord): SuggestedAssertion[] {
  const out: SuggestedAssertion[] = [...toolSuggestions(run)]
  if (run.status === 'succeeded') out.push(...jsonSuggestions(run.output))
  if (run.status === 'succeeded' && toolFailures(run).length === 0)
    out.push({ assertion: { type: 'run_succeeded' }, why: 'This run ended without an error or a failed tool call.' })
  const total = run.metrics.totalMs
  if (run.status === 'succeeded' && total !== null)
    out.push({
      assertion: { type: 'total_time_under', ms: headroomMs(total) },
      why: `This run took ${(total / 1000).toFixed(2)} s; the limit leaves 3× headroom.`,
    })
  return out
}
