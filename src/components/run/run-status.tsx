/** A run's status badge and metrics line, shared by the output panel, the history and suite results. */
import { CircleAlert, CircleCheck, CircleDashed, CircleSlash, CircleX, LoaderCircle } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { failureLabel } from '@/lib/run/run-failure'
import type { RunMetrics, RunRecord, RunStatus } from '@/lib/run/run-model'
import { toolFailures } from '@/lib/run/tool-failures'

const STATUS: Record<
  RunStatus,
  { label: string; tone: 'neutral' | 'accent' | 'success' | 'danger' | 'warning'; Icon: typeof CircleCheck }
> = {
  queued: { label: 'Queued', tone: 'neutral', Icon: CircleDashed },
  running: { label: 'Running', tone: 'accent', Icon: LoaderCircle },
  succeeded: { label: 'Succeeded', tone: 'success', Icon: CircleCheck },
  failed: { label: 'Failed', tone: 'danger', Icon: CircleX },
  cancelled: { label: 'Cancelled', tone: 'warning', Icon: CircleSlash },
}

export const FAILED_TOOLS_LABEL = 'Succeeded with failed tool calls'

const toolCalls = (n: number) => `${n} tool call${n === 1 ? '' : 's'}`

/**
 * The run's status. A run that succeeded while `failedTools` of its tool calls
 * failed or were skipped is amber, "Succeeded with failed tool calls", not a
 * green success (runHealth in src/lib/run/tool-failures.ts).
 */
export function StatusBadge({
  status,
  className,
  failedTools = 0,
}: {
  status: RunStatus
  className?: string
  /** How many tool calls failed or were skipped (toolFailures(run).length). */
  failedTools?: number
}) {
  if (status === 'succeeded' && failedTools > 0) {
    return (
      <Badge tone="warning" className={className} title={`${toolCalls(failedTools)} failed or skipped`}>
        <CircleAlert className="size-3" aria-hidden />
        {FAILED_TOOLS_LABEL}
      </Badge>
    )
  }
  const { label, tone, Icon } = STATUS[status]
  return (
    <Badge tone={tone} className={className}>
      <Icon className={status === 'running' ? 'size-3 animate-spin' : 'size-3'} aria-hidden />
      {label}
    </Badge>
  )
}

/** The badge for a whole run record: its status, amber when tool calls failed. */
export function RunStatusBadge({ run, className }: { run: RunRecord; className?: string }) {
  return <StatusBadge status={run.status} failedTools={toolFailures(run).length} className={className} />
}

/** What kind of failure, next to the Failed badge: timed out, connection lost, HTTP 502… (nothing for a server's own error event). */
export function FailureBadge({ code, className }: { code: string | null; className?: string }) {
  const label = failureLabel(code)
  return label ? (
    <Badge tone="danger" className={className}>
      {label}
    </Badge>
  ) : null
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—'
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`
}

export function MetricsList({ metrics }: { metrics: RunMetrics }) {
  const items = [
    ['First token', formatMs(metrics.ttftMs)],
    ['Total time', formatMs(metrics.totalMs)],
    ['Characters', metrics.chars.toLocaleString('en-US')],
    ['Chunks', metrics.chunks.toLocaleString('en-US')],
  ] as const
  return (
    <dl aria-label="Run metrics" className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-[11px] font-medium tracking-wide text-muted uppercase">{label}</dt>
          <dd className="font-mono text-sm tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
