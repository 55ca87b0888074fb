/** A run's status badge and metrics line, shared by the output panel and the history. */
import { CircleCheck, CircleDashed, CircleSlash, CircleX, LoaderCircle } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { failureLabel } from '@/lib/run/run-failure'
import type { RunMetrics, RunStatus } from '@/lib/run/run-model'

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

export function StatusBadge({ status, className }: { status: RunStatus; className?: string }) {
  const { label, tone, Icon } = STATUS[status]
  return (
    <Badge tone={tone} className={className}>
      <Icon className={status === 'running' ? 'size-3 animate-spin' : 'size-3'} aria-hidden />
      {label}
    </Badge>
  )
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
