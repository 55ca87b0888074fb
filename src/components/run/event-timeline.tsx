/**
 * What happened during the run, in order, with time since it was sent: the
 * response, the first token, each tool call with its arguments and its result,
 * the end (done, error, stop). Values are shown as text; header values masked.
 */
import type { ReactNode } from 'react'
import { Ban, CheckCircle2, CircleAlert, Flag, PlugZap, Reply, Send, Sparkles } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Panel } from '@/components/ui/page'
import { cn } from '@/lib/cn'
import { failureLabel } from '@/lib/run/run-failure'
import type { RunRecord, TimelineEntry } from '@/lib/run/run-model'
import { useRunSelector, type RunStore } from '@/lib/run/run-store'
import { CxReceivedView } from './cx-received-view'
import { cxReceivedOf, withoutCxReceived } from './cx-received'
import { formatMs } from './run-status'

const selectTimeline = (r: RunRecord | null) => r?.timeline ?? null

export function EventTimeline({ store }: { store: RunStore }) {
  const timeline = useRunSelector(store, selectTimeline)
  return (
    <Panel className="flex min-h-0 flex-col">
      <div className="flex items-center justify-between border-b border-border px-4 py-2.5">
        <h2 className="text-sm font-semibold">Timeline</h2>
        {timeline ? <span className="text-xs text-muted">{timeline.length} events</span> : null}
      </div>
      {!timeline || timeline.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-muted">
          {timeline ? 'Waiting for the server…' : 'Events of the run appear here: tool calls, their results, errors.'}
        </p>
      ) : (
        <ol aria-label="Run events" className="flex max-h-[32rem] flex-col overflow-auto px-4 py-3">
          {timeline.map((entry, i) => (
            <TimelineItem key={i} entry={entry} last={i === timeline.length - 1} />
          ))}
        </ol>
      )}
    </Panel>
  )
}

function Json({ value, label }: { value: unknown; label: string }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  return (
    <pre
      aria-label={label}
      className="mt-1.5 max-h-56 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap"
    >
      {text}
    </pre>
  )
}

/** A result the tool says it did not send (the mock skips hosts outside the machine). */
const isSkipped = (result: unknown) =>
  result !== null && typeof result === 'object' && (result as { skipped?: unknown }).skipped === true

const ICONS = {
  response: Reply,
  start: Send,
  first_token: Sparkles,
  tool_call: PlugZap,
  tool_result: CheckCircle2,
  done: Flag,
  error: CircleAlert,
  cancelled: Ban,
} as const

function describe(entry: TimelineEntry): { title: string; tone: string; body?: ReactNode } {
  switch (entry.kind) {
    case 'response':
      return {
        title: entry.mode === 'stream' ? 'Stream opened' : 'JSON answer received (no stream)',
        tone: 'text-muted',
      }
    case 'start':
      return {
        title: `Run accepted${entry.serverRunId ? ` · ${entry.serverRunId}` : ''}`,
        tone: 'text-muted',
        body: entry.conversationId ? (
          <p className="text-xs text-muted">Conversation {entry.conversationId}</p>
        ) : undefined,
      }
    case 'first_token':
      return { title: 'First token', tone: 'text-accent' }
    case 'tool_call':
      return {
        title: `Tool call: ${entry.name}`,
        tone: 'text-accent',
        body: <Json value={entry.arguments} label={`Arguments of ${entry.name}`} />,
      }
    case 'tool_result': {
      const skipped = isSkipped(entry.result)
      const received = cxReceivedOf(entry.result)
      return {
        title: `Tool result: ${entry.name}`,
        tone: skipped ? 'text-warning' : entry.ok ? 'text-success' : 'text-danger',
        body: (
          <>
            <div className="mt-1 flex items-center gap-2">
              {skipped ? (
                <Badge tone="warning">Skipped</Badge>
              ) : (
                <Badge tone={entry.ok ? 'success' : 'danger'}>{entry.ok ? 'OK' : 'Failed'}</Badge>
              )}
              {entry.durationMs !== null ? (
                <span className="text-xs text-muted">took {formatMs(entry.durationMs)}</span>
              ) : null}
            </div>
            {received ? <CxReceivedView received={received} /> : null}
            <Json value={withoutCxReceived(entry.result)} label={`Result of ${entry.name}`} />
          </>
        ),
      }
    }
    case 'done':
      return {
        title: 'Done',
        tone: 'text-success',
        body: (
          <p className="text-xs text-muted">
            {entry.chars.toLocaleString('en-US')} characters
            {entry.chunks ? ` in ${entry.chunks.toLocaleString('en-US')} chunks` : ''}
          </p>
        ),
      }
    case 'error':
      return {
        title: failureLabel(entry.code) ?? 'Error',
        tone: 'text-danger',
        body: (
          <p className="text-sm break-words text-danger">
            {entry.message}
            {entry.code ? <code className="ml-1 text-xs text-muted">({entry.code})</code> : null}
          </p>
        ),
      }
    case 'cancelled':
      return { title: 'Stopped by you', tone: 'text-warning' }
  }
}

function TimelineItem({ entry, last }: { entry: TimelineEntry; last: boolean }) {
  const Icon = ICONS[entry.kind]
  const { title, tone, body } = describe(entry)
  return (
    <li className="relative flex gap-3 pb-3">
      {!last ? <span aria-hidden className="absolute top-6 bottom-0 left-[11px] w-px bg-border" /> : null}
      <span
        className={cn(
          'z-10 flex size-6 shrink-0 items-center justify-center rounded-full border border-border bg-surface',
          tone,
        )}
      >
        <Icon className="size-3.5" aria-hidden />
      </span>
      <div className="min-w-0 flex-1 pt-0.5">
        <div className="flex items-baseline justify-between gap-2">
          <span className="text-sm font-medium">{title}</span>
          <span className="shrink-0 font-mono text-xs text-muted tabular-nums">+{formatMs(entry.at)}</span>
        </div>
        {body}
      </div>
    </li>
  )
}
