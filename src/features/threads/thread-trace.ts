/**
 * Turns stored thread messages (loosely shaped, see contract/thread.ts) into
 * trace steps: a role, readable content, tool call details and the time since
 * the previous step.
 */
import type { Message } from '@/contract/thread'

export type TraceRole = 'system' | 'user' | 'assistant' | 'tool' | 'other'

export interface TraceStep {
  key: string
  role: TraceRole
  /** The role as the server gave it (shown when it is not one of ours). */
  rawRole: string
  content: string
  toolCall: { name: string; arguments: string | null; result: string | null } | null
  createdAt: string | null
  /** Milliseconds since the previous step, when both have timestamps. */
  sincePrevious: number | null
}

const KNOWN: readonly string[] = ['system', 'user', 'assistant', 'tool']

export function formatValue(v: unknown): string {
  if (v === undefined) return ''
  if (typeof v === 'string') return v
  return JSON.stringify(v, null, 2) ?? String(v)
}

export function toTrace(messages: readonly Message[]): TraceStep[] {
  let previous: number | null = null
  return messages.map((m, i) => {
    const rawRole = m.role ?? 'user'
    const at = m.created_at ? Date.parse(m.created_at) : Number.NaN
    const sincePrevious = previous !== null && Number.isFinite(at) ? at - previous : null
    if (Number.isFinite(at)) previous = at
    const call = m.tool_call
    return {
      key: m.id !== undefined ? String(m.id) : `i${i}`,
      role: KNOWN.includes(rawRole) ? (rawRole as TraceRole) : 'other',
      rawRole,
      content: formatValue(m.content),
      toolCall: call
        ? {
            name: call.name,
            arguments: call.arguments === undefined ? null : formatValue(call.arguments),
            result: call.result === undefined ? null : formatValue(call.result),
          }
        : m.name && rawRole === 'tool'
          ? { name: m.name, arguments: null, result: null }
          : null,
      createdAt: m.created_at ?? null,
      sincePrevious,
    }
  })
}

/** "+1.2s", "+350ms", "+2m 5s": the gap between steps, as a trace shows it. */
export function formatGap(ms: number): string {
  if (ms < 0) return ''
  if (ms < 1000) return `+${Math.round(ms)}ms`
  if (ms < 60_000) return `+${(ms / 1000).toFixed(1)}s`
  return `+${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`
}

/** A one-line summary of a thread's content object, for the list. */
export function summarizeContent(
  content: Record<string, unknown>,
  max = 3,
): { entries: [string, string][]; more: number } {
  const all = Object.entries(content).map(([k, v]): [string, string] => [
    k,
    typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
  ])
  return { entries: all.slice(0, max), more: Math.max(0, all.length - max) }
}
