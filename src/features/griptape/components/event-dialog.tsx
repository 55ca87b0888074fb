/** One event, read by id (`GET /events/{id}`): its fields and its payload as JSON. */
import { useQuery } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { griptapeRunQueries } from '@/api/resources/griptape/runs'
import { Dialog } from '@/components/ui/dialog'
import { Skeleton } from '@/components/ui/skeleton'
import { ErrorState } from '@/components/ui/states'
import { formatTime } from './pagination'

export function EventDialog({ eventId, onClose }: { eventId: string | null; onClose: () => void }) {
  return (
    <Dialog
      open={eventId !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Event"
      className="w-[min(92vw,44rem)]"
    >
      {eventId ? <EventBody eventId={eventId} /> : null}
    </Dialog>
  )
}

function EventBody({ eventId }: { eventId: string }) {
  const client = useApiClient()
  const event = useQuery(griptapeRunQueries.event(client, eventId))
  if (event.isPending)
    return (
      <div role="status" aria-label="Loading event" className="flex flex-col gap-2">
        <Skeleton className="h-5 w-64" />
        <Skeleton className="h-40" />
      </div>
    )
  if (event.isError)
    return <ErrorState title="Could not load the event" error={event.error} onRetry={() => void event.refetch()} />
  const e = event.data
  const rows: [string, string][] = [
    ['Type', e.type],
    ['Origin', e.origin],
    ['Event id', e.event_id],
    ['Structure run', e.structure_run_id],
    ...(e.assistant_run_id ? ([['Assistant run', e.assistant_run_id]] as [string, string][]) : []),
    ['Created', formatTime(e.created_at)],
    ['Timestamp', String(e.timestamp)],
  ]
  return (
    <div className="flex flex-col gap-3">
      <dl aria-label="Event fields" className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{k}</dt>
            <dd className="truncate font-mono text-[13px]" title={v}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <pre
        aria-label="Event payload"
        className="max-h-80 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap"
      >
        {JSON.stringify(e.payload, null, 2)}
      </pre>
    </div>
  )
}
