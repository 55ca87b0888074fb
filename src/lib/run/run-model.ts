/**
 * A playground run as data: the request it sent, its lifecycle
 * (queued → running → succeeded / failed / cancelled), its output, a timeline
 * of what happened and its metrics. The same record is shown live, kept in the
 * history and re-opened later, so it holds no secrets (no token, masked headers).
 */
import type { JsonObject } from '@/contract/common'
import type { StreamEvent, TranscriptTurn } from '@/contract/evaluate'
import { maskHeaders } from './mask-headers'

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
export const TERMINAL_STATUSES: readonly RunStatus[] = ['succeeded', 'failed', 'cancelled']
export const isTerminal = (status: RunStatus): boolean => TERMINAL_STATUSES.includes(status)

/** What was sent: enough to show, copy as curl and re-run it. */
export interface RunRequest {
  assistant: string
  conversationId: string | null
  input: JsonObject
  /** Turns sent in the body; null when the body had none (the server may use the conversation's). */
  transcript: TranscriptTurn[] | null
}

export interface PromptBlock {
  name: string
  content: string
}

/** `at` is milliseconds since the run was sent. */
export type TimelineEntry =
  | { kind: 'response'; at: number; mode: 'stream' | 'json' }
  | { kind: 'start'; at: number; serverRunId: string; conversationId: string | null }
  | { kind: 'first_token'; at: number }
  | { kind: 'tool_call'; at: number; id: string; name: string; arguments: unknown }
  | {
      kind: 'tool_result'
      at: number
      id: string
      name: string
      ok: boolean
      result: unknown
      durationMs: number | null
    }
  | { kind: 'done'; at: number; chars: number; chunks: number }
  | { kind: 'error'; at: number; message: string; code: string | null }
  | { kind: 'cancelled'; at: number }

export interface RunMetrics {
  /** Time to first token (first delta, or the JSON answer). */
  ttftMs: number | null
  totalMs: number | null
  chars: number
  chunks: number
}

export interface RunRecord {
  id: string
  /** Which connection ran it (not a secret: environment and client id). */
  connectionKey: string
  createdAt: number
  request: RunRequest
  status: RunStatus
  mode: 'stream' | 'json' | null
  output: string
  prompt: PromptBlock[] | null
  serverRunId: string | null
  timeline: TimelineEntry[]
  error: { message: string; code: string | null } | null
  metrics: RunMetrics
}

export type RunAction =
  | { type: 'response'; mode: 'stream' | 'json'; at: number }
  | { type: 'start'; at: number; serverRunId: string; conversationId: string | null; prompt: PromptBlock[] | null }
  /** One or more deltas merged (the store batches them per animation frame); `at` is when the first arrived. */
  | { type: 'delta'; at: number; text: string; count: number }
  | { type: 'tool_call'; at: number; id: string; name: string; arguments: unknown }
  | {
      type: 'tool_result'
      at: number
      id: string
      name: string
      ok: boolean
      result: unknown
      durationMs: number | null
    }
  | { type: 'done'; at: number; output: string }
  /** The server answered plain JSON instead of a stream. */
  | { type: 'json'; at: number; output: string }
  | { type: 'fail'; at: number; message: string; code: string | null }
  | { type: 'cancel'; at: number }

export function createRun(init: {
  id: string
  connectionKey: string
  createdAt: number
  request: RunRequest
}): RunRecord {
  return {
    ...init,
    status: 'queued',
    mode: null,
    output: '',
    prompt: null,
    serverRunId: null,
    timeline: [],
    error: null,
    metrics: { ttftMs: null, totalMs: null, chars: 0, chunks: 0 },
  }
}

/** Pure: (run, action) → run. Events after the run ended are ignored, so a late chunk cannot revive a cancelled run. */
export function runReducer(run: RunRecord, action: RunAction): RunRecord {
  if (isTerminal(run.status)) return run
  const at = Math.max(0, Math.round(action.at))
  switch (action.type) {
    case 'response':
      return {
        ...run,
        status: 'running',
        mode: action.mode,
        timeline: [...run.timeline, { kind: 'response', at, mode: action.mode }],
      }
    case 'start':
      return {
        ...run,
        status: 'running',
        serverRunId: action.serverRunId,
        prompt: action.prompt,
        timeline: [
          ...run.timeline,
          { kind: 'start', at, serverRunId: action.serverRunId, conversationId: action.conversationId },
        ],
      }
    case 'delta': {
      const first = run.metrics.chunks === 0
      const output = run.output + action.text
      return {
        ...run,
        status: 'running',
        output,
        // The timeline gets one "first token" mark, not an entry per chunk (thousands of them).
        timeline: first ? [...run.timeline, { kind: 'first_token', at }] : run.timeline,
        metrics: {
          ...run.metrics,
          ttftMs: first ? at : run.metrics.ttftMs,
          chars: output.length,
          chunks: run.metrics.chunks + action.count,
        },
      }
    }
    case 'tool_call':
      return {
        ...run,
        timeline: [
          ...run.timeline,
          { kind: 'tool_call', at, id: action.id, name: action.name, arguments: action.arguments },
        ],
      }
    case 'tool_result':
      return {
        ...run,
        timeline: [
          ...run.timeline,
          {
            kind: 'tool_result',
            at,
            id: action.id,
            name: action.name,
            ok: action.ok,
            result: action.result,
            durationMs: action.durationMs,
          },
        ],
      }
    case 'done': {
      // `done` carries the whole output: it wins over what was assembled from deltas.
      const output = action.output
      return {
        ...run,
        status: 'succeeded',
        output,
        timeline: [...run.timeline, { kind: 'done', at, chars: output.length, chunks: run.metrics.chunks }],
        metrics: { ...run.metrics, chars: output.length, totalMs: at, ttftMs: run.metrics.ttftMs ?? at },
      }
    }
    case 'json':
      return {
        ...run,
        status: 'succeeded',
        mode: 'json',
        output: action.output,
        timeline: [...run.timeline, { kind: 'done', at, chars: action.output.length, chunks: 0 }],
        metrics: { ttftMs: at, totalMs: at, chars: action.output.length, chunks: 0 },
      }
    case 'fail':
      return {
        ...run,
        status: 'failed',
        error: { message: action.message, code: action.code },
        timeline: [...run.timeline, { kind: 'error', at, message: action.message, code: action.code }],
        metrics: { ...run.metrics, totalMs: at },
      }
    case 'cancel':
      return {
        ...run,
        status: 'cancelled',
        timeline: [...run.timeline, { kind: 'cancelled', at }],
        metrics: { ...run.metrics, totalMs: at },
      }
  }
}

/** A run the page was closed during cannot finish: history shows it as failed, with what had arrived. */
export function markInterrupted(run: RunRecord): RunRecord {
  if (isTerminal(run.status)) return run
  return {
    ...run,
    status: 'failed',
    error: { message: 'Interrupted: the page was closed or reloaded during the run.', code: 'interrupted' },
  }
}

/** Maps a validated stream event to an action; header values are masked before they reach any state. */
export function actionFromEvent(event: StreamEvent, at: number): RunAction {
  switch (event.event) {
    case 'start':
      return {
        type: 'start',
        at,
        serverRunId: event.data.run_id,
        conversationId: event.data.conversation_id,
        prompt: event.data.prompt ?? null,
      }
    case 'delta':
      return { type: 'delta', at, text: event.data.text, count: 1 }
    case 'tool_call':
      return {
        type: 'tool_call',
        at,
        id: event.data.id,
        name: event.data.name,
        arguments: maskHeaders(event.data.arguments),
      }
    case 'tool_result':
      return {
        type: 'tool_result',
        at,
        id: event.data.id,
        name: event.data.name,
        ok: event.data.ok,
        result: maskHeaders(event.data.result),
        durationMs: event.data.duration_ms ?? null,
      }
    case 'done':
      return { type: 'done', at, output: event.data.output }
    case 'error':
      return { type: 'fail', at, message: event.data.message, code: event.data.code ?? null }
  }
}
