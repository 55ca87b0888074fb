/**
 * One run, after the fact: its status, input, output and reason, and its
 * events read page by page (offset/limit, "Load more" asks for `next_offset`).
 * An event opens by id in a dialog whose id is in the URL. A run still going
 * can be cancelled here too.
 */
import { useInfiniteQuery, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Ban, ChevronRight } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { griptapeAssistantQueries } from '@/api/resources/griptape/assistants'
import { griptapeRunQueries } from '@/api/resources/griptape/runs'
import { isFinalStatus } from '@/contract/griptape/assistant-run'
import { Button } from '@/components/ui/button'
import { Page, Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { ErrorState } from '@/components/ui/states'
import { useCancelRun } from '../api/run-mutations'
import { artifactText, statusDetailText } from '../run/live-run'
import { EventDialog } from './event-dialog'
import { EventList } from './event-list'
import { formatTime } from './pagination'
import { RunStatusBadge } from './run-status-badge'

export const EVENT_PAGE_SIZE = 20

export function RunPage({
  runId,
  eventId,
  onOpenEvent,
}: {
  runId: string
  eventId: string | undefined
  onOpenEvent: (id: string | undefined) => void
}) {
  const client = useApiClient()
  const { data: run } = useSuspenseQuery({
    ...griptapeRunQueries.detail(client, runId),
    refetchInterval: (q) => (q.state.data && isFinalStatus(q.state.data.status) ? false : 1000),
  })
  const assistant = useQuery(griptapeAssistantQueries.detail(client, run.assistant_id))
  const cancel = useCancelRun()
  const output = artifactText(run.output)
  const detail = statusDetailText(run.status_detail)
  return (
    <Page
      breadcrumb={
        <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted">
          <Link
            to="/griptape/assistants/$assistantId"
            params={{ assistantId: run.assistant_id }}
            className="hover:text-fg hover:underline"
          >
            {assistant.data?.name ?? 'Assistant'}
          </Link>
          <ChevronRight className="size-3.5" aria-hidden />
          <span className="font-mono text-fg">Run {runId.slice(0, 8)}</span>
        </nav>
      }
      title={
        <span className="flex items-center gap-3">
          Run <RunStatusBadge status={run.status} />
        </span>
      }
      description={`Created ${formatTime(run.created_at)}${run.completed_at ? ` · completed ${formatTime(run.completed_at)}` : ''}`}
      actions={
        !isFinalStatus(run.status) ? (
          <Button variant="danger" disabled={cancel.isPending} onClick={() => cancel.mutate(runId)}>
            <Ban className="size-4" aria-hidden /> {cancel.isPending ? 'Cancelling…' : 'Cancel run'}
          </Button>
        ) : null
      }
    >
      <Panel className="grid gap-3 p-4 text-sm md:grid-cols-2">
        <div>
          <h2 className="text-xs font-medium text-muted uppercase">Input</h2>
          <p className="whitespace-pre-wrap">{run.input || '—'}</p>
          <h2 className="mt-2 text-xs font-medium text-muted uppercase">Args</h2>
          <p className="font-mono text-xs">{JSON.stringify(run.args)}</p>
          <p className="mt-2 text-xs text-muted">
            {run.stream ? 'Streamed' : 'Not streamed'}
            {run.thread_id ? ` · thread ${run.thread_id}` : ''}
          </p>
        </div>
        <div>
          <h2 className="text-xs font-medium text-muted uppercase">
            {output?.type === 'ErrorArtifact' ? 'Error output' : 'Output'}
          </h2>
          <p className={output?.type === 'ErrorArtifact' ? 'text-danger' : 'whitespace-pre-wrap'}>
            {output?.value ?? '—'}
          </p>
          {detail ? (
            <p className="mt-2 text-sm text-muted">
              <span className="font-medium">Detail:</span> {detail}
            </p>
          ) : null}
        </div>
      </Panel>
      <EventPages runId={runId} onOpen={onOpenEvent} />
      <EventDialog eventId={eventId ?? null} onClose={() => onOpenEvent(undefined)} />
    </Page>
  )
}

function EventPages({ runId, onOpen }: { runId: string; onOpen: (id: string) => void }) {
  const client = useApiClient()
  const events = useInfiniteQuery(griptapeRunQueries.events(client, runId, EVENT_PAGE_SIZE))
  const items = events.data?.pages.flatMap((p) => p.events) ?? []
  const total = events.data?.pages[events.data.pages.length - 1]?.total_count ?? 0
  return (
    <Panel>
      <div className="flex items-center justify-between border-b border-border px-4 py-2.5">
        <h2 className="text-sm font-semibold">Events</h2>
        {events.data ? (
          <span className="text-xs text-muted tabular-nums" aria-live="polite">
            {items.length} of {total} events
          </span>
        ) : null}
      </div>
      {events.isPending ? (
        <TableSkeleton label="Loading events" rows={4} />
      ) : events.isError ? (
        <ErrorState title="Could not load the events" error={events.error} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-muted">This run has no events yet.</p>
      ) : (
        <div className="px-4 py-3">
          <EventList events={items} group={false} label="Events of the run" onOpen={onOpen} />
          {events.hasNextPage ? (
            <Button onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
              {events.isFetchingNextPage ? 'Loading…' : `Load more (${total - items.length} left)`}
            </Button>
          ) : null}
        </div>
      )}
    </Panel>
  )
}
