/**
 * A run followed live: its status (every one of the seven distinct), the
 * output growing as chunks arrive, the events as they happen, and Cancel while
 * it has not finished. Each part reads its own slice of the run's store.
 */
import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { AlertTriangle, Ban, ListTree, Radio, RefreshCw } from 'lucide-react'
import { isFinalStatus, type AssistantRun } from '@/contract/griptape/assistant-run'
import { Badge } from '@/components/ui/badge'
import { Button, buttonClasses } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { MetricsList } from '@/components/run/run-status'
import { isLive, type LiveRun } from '../run/live-run'
import { useStoreSelector } from '../run/frame-batched-store'
import { useLiveRun, type LiveRunStore } from '../run/use-live-run'
import { useCancelRun } from '../api/run-mutations'
import { EventDialog } from './event-dialog'
import { EventList } from './event-list'
import { RunStatusBadge } from './run-status-badge'

const selectStatus = (r: LiveRun) => r.status
const selectStream = (r: LiveRun) => r.stream
const selectStreamError = (r: LiveRun) => r.streamError
const selectOutput = (r: LiveRun) => r.output
const selectEvents = (r: LiveRun) => r.events
const selectMetrics = (r: LiveRun) => r.metrics
const selectDetail = (r: LiveRun) => r.detail
const selectLive = (r: LiveRun) => isLive(r)

/** Key it by the run id: one store per run. */
export function LiveRunPanel({ runId, onClose }: { runId: string; onClose: () => void }) {
  const { store, reconnect, applyRun } = useLiveRun(runId)
  const [openEvent, setOpenEvent] = useState<string | null>(null)
  return (
    <Panel className="flex flex-col">
      <LiveHeader store={store} runId={runId} reconnect={reconnect} applyRun={applyRun} onClose={onClose} />
      <div className="border-b border-border bg-surface-2/40 px-4 py-2.5">
        <Metrics store={store} />
      </div>
      <Notice store={store} />
      <div className="grid min-h-0 gap-0 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Output store={store} />
        <section aria-label="Live events" className="border-t border-border lg:border-t-0 lg:border-l">
          <h3 className="border-b border-border px-4 py-2 text-sm font-semibold">Events</h3>
          <Events store={store} onOpen={setOpenEvent} />
        </section>
      </div>
      <EventDialog eventId={openEvent} onClose={() => setOpenEvent(null)} />
    </Panel>
  )
}

function LiveHeader({
  store,
  runId,
  reconnect,
  applyRun,
  onClose,
}: {
  store: LiveRunStore
  runId: string
  reconnect: () => void
  applyRun: (run: AssistantRun) => void
  onClose: () => void
}) {
  const status = useStoreSelector(store, selectStatus)
  const stream = useStoreSelector(store, selectStream)
  const live = useStoreSelector(store, selectLive)
  const cancel = useCancelRun()
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-2.5">
      <h2 className="text-sm font-semibold">Run</h2>
      <code className="truncate text-xs text-muted" title={runId}>
        {runId}
      </code>
      <span role="status" aria-label="Run status">
        {status ? <RunStatusBadge status={status} /> : <Badge>Connecting…</Badge>}
      </span>
      <Badge title="The event stream (Server-Sent Events)">
        <Radio className="size-3" aria-hidden />
        {stream === 'connecting'
          ? 'Stream connecting'
          : stream === 'open'
            ? 'Stream open'
            : stream === 'ended'
              ? 'Stream ended'
              : 'Stream lost'}
      </Badge>
      <div className="ml-auto flex flex-wrap gap-1">
        {stream === 'lost' && live ? (
          <Button size="sm" onClick={reconnect}>
            <RefreshCw className="size-3.5" aria-hidden /> Reconnect
          </Button>
        ) : null}
        {status && !isFinalStatus(status) ? (
          <Button
            size="sm"
            variant="danger"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(runId, { onSuccess: applyRun })}
          >
            <Ban className="size-3.5" aria-hidden /> {cancel.isPending ? 'Cancelling…' : 'Cancel run'}
          </Button>
        ) : null}
        <Link
          to="/griptape/runs/$runId"
          params={{ runId }}
          className={buttonClasses('ghost', 'sm')}
          aria-label="All events of this run"
        >
          <ListTree className="size-3.5" aria-hidden /> All events
        </Link>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  )
}

function Metrics({ store }: { store: LiveRunStore }) {
  return <MetricsList metrics={useStoreSelector(store, selectMetrics)} />
}

function Notice({ store }: { store: LiveRunStore }) {
  const status = useStoreSelector(store, selectStatus)
  const detail = useStoreSelector(store, selectDetail)
  const streamError = useStoreSelector(store, selectStreamError)
  const live = useStoreSelector(store, selectLive)
  if (status === 'FAILED' || status === 'ERROR')
    return (
      <div role="alert" className="flex gap-2 border-b border-danger/30 bg-danger/5 px-4 py-2.5 text-sm text-danger">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <span className="font-medium">
            {status === 'FAILED' ? 'The run failed' : 'The platform could not complete the run'}:
          </span>{' '}
          {detail ?? 'no reason given.'}
        </p>
      </div>
    )
  if (status === 'CANCELLED')
    return (
      <p className="border-b border-warning/30 bg-warning/5 px-4 py-2 text-sm text-warning">
        Cancelled{detail ? ` (${detail})` : ''}. The output that had arrived is kept.
      </p>
    )
  if (streamError && live)
    return (
      <p role="alert" className="border-b border-warning/30 bg-warning/5 px-4 py-2 text-sm text-warning">
        {streamError} The status is still checked every second; Reconnect resumes the events after the last one
        received.
      </p>
    )
  return null
}

function Output({ store }: { store: LiveRunStore }) {
  const output = useStoreSelector(store, selectOutput)
  const live = useStoreSelector(store, selectLive)
  const status = useStoreSelector(store, selectStatus)
  return (
    <section aria-label="Run output" className="flex min-h-0 flex-col">
      <h3 className="border-b border-border px-4 py-2 text-sm font-semibold">Output</h3>
      <div
        role="log"
        aria-label="Output"
        aria-live="polite"
        aria-busy={live}
        className="max-h-[28rem] min-h-40 overflow-auto px-4 py-3"
      >
        {output !== '' ? (
          <p className="text-[15px] leading-relaxed break-words whitespace-pre-wrap">
            {output}
            {live ? (
              <span
                aria-hidden
                className="ml-0.5 inline-block h-4 w-1.5 translate-y-0.5 animate-pulse rounded-sm bg-accent"
              />
            ) : null}
          </p>
        ) : (
          <p className="text-sm text-muted italic">
            {live ? (status === 'RUNNING' ? 'Waiting for output…' : 'Waiting for the run to start…') : 'No output.'}
          </p>
        )}
      </div>
    </section>
  )
}

function Events({ store, onOpen }: { store: LiveRunStore; onOpen: (id: string) => void }) {
  const events = useStoreSelector(store, selectEvents)
  return events.length === 0 ? (
    <p className="px-4 py-6 text-center text-sm text-muted">Events appear here as the run produces them.</p>
  ) : (
    <div className="max-h-[28rem] overflow-auto px-4 py-3">
      <EventList events={events} group label="Run events" onOpen={onOpen} />
    </div>
  )
}
