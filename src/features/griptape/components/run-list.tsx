/**
 * An assistant's runs, newest first: filtered by status and paged, both in the
 * URL. A run still going can be followed live on this page; any run opens on
 * its own page with all its events.
 */
import { Link } from '@tanstack/react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Activity } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { griptapeRunQueries } from '@/api/resources/griptape/runs'
import { isFinalStatus, RUN_STATUSES, type AssistantRun, type RunStatus } from '@/contract/griptape/assistant-run'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { formatTime, PageControls } from './pagination'
import { RUN_STATUS_INFO, RunStatusBadge } from './run-status-badge'

export function RunList({
  assistantId,
  statuses,
  page,
  followed,
  onStatuses,
  onPage,
  onFollow,
}: {
  assistantId: string
  statuses: RunStatus[]
  page: { page: number; pageSize: number }
  followed: string | undefined
  onStatuses: (statuses: RunStatus[]) => void
  onPage: (page: number) => void
  onFollow: (runId: string) => void
}) {
  const client = useApiClient()
  const options = griptapeRunQueries.list(client, assistantId, page, statuses)
  const list = useQuery({ ...options, placeholderData: keepPreviousData })
  const rows = useQuery({ ...options, placeholderData: keepPreviousData, select: (d) => d.assistant_runs })
  const toggle = (s: RunStatus) =>
    onStatuses(
      statuses.includes(s)
        ? statuses.filter((x) => x !== s)
        : RUN_STATUSES.filter((x) => x === s || statuses.includes(x)),
    )
  return (
    <Panel className="overflow-hidden">
      <div className="flex flex-wrap items-center gap-3 border-b border-border px-4 py-2.5">
        <h2 className="text-sm font-semibold">Runs</h2>
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className="sr-only">Filter runs by status</legend>
          {RUN_STATUSES.map((s) => (
            <label
              key={s}
              className="flex cursor-pointer items-center gap-1 rounded-full border border-border px-2 py-0.5 text-xs has-checked:border-accent has-checked:bg-accent/10"
            >
              <input type="checkbox" className="size-3" checked={statuses.includes(s)} onChange={() => toggle(s)} />
              {RUN_STATUS_INFO[s].label}
            </label>
          ))}
          {statuses.length > 0 ? (
            <Button size="sm" variant="ghost" className="h-6 px-2 text-xs" onClick={() => onStatuses([])}>
              Clear filter
            </Button>
          ) : null}
        </fieldset>
      </div>
      <ListStates
        query={rows}
        what="runs"
        empty={
          <EmptyState
            icon={<Activity className="size-6" aria-hidden />}
            title={statuses.length > 0 ? 'No run with that status' : 'No runs yet'}
            description={
              statuses.length > 0
                ? `None of this assistant’s runs is ${statuses.map((s) => RUN_STATUS_INFO[s].label).join(' or ')}.`
                : 'Start a run above: it shows here.'
            }
          />
        }
      >
        {(items) => <RunTable rows={items} followed={followed} onFollow={onFollow} />}
      </ListStates>
      {list.data && list.data.pagination.total_count > 0 ? (
        <PageControls pagination={list.data.pagination} what="runs" onPage={onPage} />
      ) : null}
    </Panel>
  )
}

function RunTable({
  rows,
  followed,
  onFollow,
}: {
  rows: AssistantRun[]
  followed: string | undefined
  onFollow: (runId: string) => void
}) {
  return (
    <div className="overflow-x-auto">
      <table aria-label="Runs" className="w-full min-w-[44rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[16%] px-4 py-2.5 font-medium">
              Status
            </th>
            <th scope="col" className="w-[38%] px-4 py-2.5 font-medium">
              Input
            </th>
            <th scope="col" className="w-[22%] px-4 py-2.5 font-medium">
              Created
            </th>
            <th scope="col" className="w-[24%] px-4 py-2.5 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((run) => (
            <tr key={run.assistant_run_id} className="border-t border-border hover:bg-surface-2/60">
              <td className="px-4 py-2.5">
                <RunStatusBadge status={run.status} />
              </td>
              <td className="truncate px-4 py-2.5" title={run.input}>
                {run.input || <span className="text-muted">(no input)</span>}
              </td>
              <td className="px-4 py-2.5 text-muted tabular-nums">{formatTime(run.created_at)}</td>
              <td className="px-4 py-2.5 text-right">
                <div className="flex justify-end gap-1">
                  {!isFinalStatus(run.status) && followed !== run.assistant_run_id ? (
                    <Button size="sm" variant="ghost" onClick={() => onFollow(run.assistant_run_id)}>
                      Follow live
                    </Button>
                  ) : null}
                  <Link
                    to="/griptape/runs/$runId"
                    params={{ runId: run.assistant_run_id }}
                    className="inline-flex h-8 items-center px-2 text-sm font-medium text-accent hover:underline"
                    aria-label={`Events of the run “${run.input ?? run.assistant_run_id}” (${run.created_at})`}
                  >
                    Events
                  </Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
