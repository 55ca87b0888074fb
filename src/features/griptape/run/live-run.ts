/**
 * A Griptape run followed live, as data: the status (from the run's own
 * answers and from its events: a stream carries events, not status changes),
 * the output growing with each TextChunkEvent, every event in order (each
 * once, whatever reconnects replay), the stream's own state, and the
 * playground's metrics shape so the same metrics line can show them.
 */
import { isFinalStatus, type AssistantRun, type RunStatus } from '@/contract/griptape/assistant-run'
import { EVENT_TYPES, type AssistantEvent } from '@/contract/griptape/event'
import type { RunMetrics } from '@/lib/run/run-model'

export type StreamState = 'connecting' | 'open' | 'ended' | 'lost'

export interface LiveRun {
  runId: string
  /** Null until the server has said anything about the run. */
  status: RunStatus | null
  output: string
  events: AssistantEvent[]
  /** Why a FAILED or ERROR run ended, or who cancelled it. */
  detail: string | null
  stream: StreamState
  streamError: string | null
  metrics: RunMetrics
}

export type LiveRunAction =
  | { type: 'run'; run: AssistantRun; at: number }
  | { type: 'event'; event: AssistantEvent; at: number }
  | { type: 'stream'; state: StreamState; error?: string; at: number }

export function createLiveRun(runId: string): LiveRun {
  return {
    runId,
    status: null,
    output: '',
    events: [],
    detail: null,
    stream: 'connecting',
    streamError: null,
    metrics: { ttftMs: null, totalMs: null, chars: 0, chunks: 0 },
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** The text of an output artifact (`{type, value}`), if it has one. */
export function artifactText(artifact: unknown): { type: string | null; value: string } | null {
  const a = record(artifact)
  const value = text(a?.value)
  return value === null ? null : { type: text(a?.type), value }
}

/** A final status's reason, from `status_detail` (`{error}` or `{cancelled_by, reason}`). */
export function statusDetailText(detail: unknown): string | null {
  const d = record(detail)
  if (!d) return null
  const error = text(d.error)
  if (error) return error
  const reason = text(d.reason)
  const by = text(d.cancelled_by)
  if (reason || by) return [reason, by ? `cancelled by ${by}` : null].filter(Boolean).join(' · ')
  return null
}

/** What an event says about the run: its status after the event, output text, a reason. */
export function readEvent(event: AssistantEvent): {
  status: RunStatus | null
  token: string | null
  output: string | null
  detail: string | null
} {
  const payload = record(event.payload)
  switch (event.type) {
    case EVENT_TYPES.start:
      return { status: 'RUNNING', token: null, output: null, detail: null }
    case EVENT_TYPES.chunk:
      return { status: 'RUNNING', token: text(payload?.token), output: null, detail: null }
    case EVENT_TYPES.finish: {
      const artifact = artifactText(payload?.output_task_output)
      if (artifact?.type === 'ErrorArtifact')
        return { status: 'FAILED', token: null, output: null, detail: artifact.value }
      return { status: 'SUCCEEDED', token: null, output: artifact?.value ?? null, detail: null }
    }
    case EVENT_TYPES.error:
      return { status: 'ERROR', token: null, output: null, detail: text(payload?.error) }
    case EVENT_TYPES.cancelled: {
      const by = text(payload?.cancelled_by)
      return { status: 'CANCELLED', token: null, output: null, detail: by ? `cancelled by ${by}` : null }
    }
    default:
      return { status: null, token: null, output: null, detail: null }
  }
}

function withOutput(run: LiveRun, output: string, at: number, chunk: boolean): LiveRun {
  const first = run.metrics.ttftMs === null && output !== ''
  return {
    ...run,
    output,
    metrics: {
      ...run.metrics,
      ttftMs: first ? at : run.metrics.ttftMs,
      chars: output.length,
      chunks: run.metrics.chunks + (chunk ? 1 : 0),
    },
  }
}

/** A final status is never left (a late poll answer cannot revive a cancelled run). */
function nextStatus(current: RunStatus | null, next: RunStatus | null): RunStatus | null {
  if (next === null) return current
  if (current !== null && isFinalStatus(current)) return current
  return next
}

function ended(run: LiveRun, at: number): LiveRun {
  return run.status !== null && isFinalStatus(run.status) && run.metrics.totalMs === null
    ? { ...run, metrics: { ...run.metrics, totalMs: at } }
    : run
}

/** Pure: (run, action) → run. `at` is milliseconds since the console started following the run. */
export function liveRunReducer(run: LiveRun, action: LiveRunAction): LiveRun {
  const at = Math.max(0, Math.round(action.at))
  switch (action.type) {
    case 'event': {
      const event = action.event
      if (event.assistant_run_id !== run.runId || run.events.some((e) => e.event_id === event.event_id)) return run
      const read = readEvent(event)
      let next: LiveRun = { ...run, events: [...run.events, event], status: nextStatus(run.status, read.status) }
      if (read.token !== null) next = withOutput(next, next.output + read.token, at, true)
      // The final event carries the whole output: it wins over the chunks joined.
      if (read.output !== null) next = withOutput(next, read.output, at, false)
      if (read.detail !== null && next.detail === null) next = { ...next, detail: read.detail }
      return ended(next, at)
    }
    case 'run': {
      const server = action.run
      if (server.assistant_run_id !== run.runId) return run
      let next: LiveRun = { ...run, status: nextStatus(run.status, server.status) }
      if (next.status === server.status && isFinalStatus(server.status)) {
        const artifact = server.status === 'SUCCEEDED' ? artifactText(server.output) : null
        if (artifact && artifact.value !== next.output) next = withOutput(next, artifact.value, at, false)
        const detail =
          statusDetailText(server.status_detail) ??
          (server.status === 'FAILED' ? (artifactText(server.output)?.value ?? null) : null)
        if (detail && next.detail === null) next = { ...next, detail }
      }
      return ended(next, at)
    }
    case 'stream':
      return { ...run, stream: action.state, streamError: action.state === 'lost' ? (action.error ?? null) : null }
  }
}

export const isLive = (run: LiveRun): boolean => run.status === null || !isFinalStatus(run.status)
export const lastEventId = (run: LiveRun): string | null => run.events[run.events.length - 1]?.event_id ?? null
