/**
 * A run's events in order: type, origin, when, and what each says (a token,
 * the output, an error). Live, consecutive TextChunkEvents fold into one row
 * that grows (the output shows their text); the past-run view lists each.
 * Every event opens by id.
 */
import { Ban, CircleAlert, Flag, Play, Sparkles, Zap } from 'lucide-react'
import { EVENT_TYPES, type AssistantEvent } from '@/contract/griptape/event'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { readEvent } from '../run/live-run'

type Row =
  { kind: 'event'; event: AssistantEvent } | { kind: 'chunks'; first: AssistantEvent; count: number; text: string }

export function toRows(events: readonly AssistantEvent[], group: boolean): Row[] {
  const rows: Row[] = []
  for (const event of events) {
    const last = rows[rows.length - 1]
    if (group && event.type === EVENT_TYPES.chunk) {
      const token = readEvent(event).token ?? ''
      if (last?.kind === 'chunks') {
        rows[rows.length - 1] = { ...last, count: last.count + 1, text: last.text + token }
        continue
      }
      rows.push({ kind: 'chunks', first: event, count: 1, text: token })
      continue
    }
    rows.push({ kind: 'event', event })
  }
  return rows
}

const ICONS: Record<string, typeof Play> = {
  [EVENT_TYPES.start]: Play,
  [EVENT_TYPES.chunk]: Sparkles,
  [EVENT_TYPES.finish]: Flag,
  [EVENT_TYPES.error]: CircleAlert,
  [EVENT_TYPES.cancelled]: Ban,
}

function summary(event: AssistantEvent): { text: string | null; tone: string } {
  const read = readEvent(event)
  if (read.status === 'FAILED' || read.status === 'ERROR') return { text: read.detail, tone: 'text-danger' }
  if (read.status === 'CANCELLED') return { text: read.detail, tone: 'text-warning' }
  if (read.output !== null) return { text: read.output, tone: 'text-success' }
  if (read.token !== null) return { text: JSON.stringify(read.token), tone: 'text-muted' }
  return { text: null, tone: 'text-muted' }
}

function time(event: AssistantEvent): string {
  const d = new Date(event.created_at)
  return Number.isNaN(d.getTime()) ? event.created_at : d.toLocaleTimeString('en-GB', { hour12: false })
}

export function EventList({
  events,
  group,
  label,
  onOpen,
}: {
  events: readonly AssistantEvent[]
  group: boolean
  label: string
  onOpen: (eventId: string) => void
}) {
  const rows = toRows(events, group)
  return (
    <ol aria-label={label} className="flex flex-col">
      {rows.map((row, i) => {
        const event = row.kind === 'chunks' ? row.first : row.event
        const Icon = ICONS[event.type] ?? Zap
        const said = row.kind === 'chunks' ? { text: row.text, tone: 'text-muted' } : summary(event)
        const title = row.kind === 'chunks' && row.count > 1 ? `${event.type} ×${row.count}` : event.type
        return (
          <li key={event.event_id} className="relative flex gap-3 pb-3">
            {i < rows.length - 1 ? (
              <span aria-hidden className="absolute top-6 bottom-0 left-[11px] w-px bg-border" />
            ) : null}
            <span
              className={cn(
                'z-10 flex size-6 shrink-0 items-center justify-center rounded-full border border-border bg-surface',
                said.tone,
              )}
            >
              <Icon className="size-3.5" aria-hidden />
            </span>
            <div className="min-w-0 flex-1 pt-0.5">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium">{title}</span>
                <Badge>{event.origin}</Badge>
                <span className="ml-auto font-mono text-xs text-muted tabular-nums">{time(event)}</span>
                <Button
                  size="sm"
                  variant="ghost"
                  className="h-6 px-1.5 text-xs"
                  aria-label={`Open event ${event.type} ${event.event_id}`}
                  onClick={() => onOpen(event.event_id)}
                >
                  Open
                </Button>
              </div>
              {said.text ? (
                <p className={cn('mt-0.5 line-clamp-3 text-xs break-words', said.tone)}>{said.text}</p>
              ) : null}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
