/**
 * One Griptape assistant: what it is, a form to start a run, the run followed
 * live (its id in the URL, so a reload picks the stream up again from the
 * first event), and the assistant's runs filtered by status and paged.
 */
import { useSuspenseQuery } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { griptapeAssistantQueries } from '@/api/resources/griptape/assistants'
import type { AssistantRun, RunStatus } from '@/contract/griptape/assistant-run'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Page, Panel } from '@/components/ui/page'
import { LiveRunPanel } from './live-run-panel'
import { RunForm } from './run-form'
import { RunList } from './run-list'

const RESOURCE_ROWS = [
  ['knowledge_base_ids', 'Knowledge bases'],
  ['ruleset_ids', 'Rulesets'],
  ['tool_ids', 'Tools'],
  ['structure_ids', 'Structures'],
  ['retriever_ids', 'Retrievers'],
] as const

export interface AssistantPageProps {
  assistantId: string
  statuses: RunStatus[]
  page: { page: number; pageSize: number }
  followed: string | undefined
  onFollow: (runId: string | undefined) => void
  onStatuses: (statuses: RunStatus[]) => void
  onPage: (page: number) => void
}

export function AssistantPage({
  assistantId,
  statuses,
  page,
  followed,
  onFollow,
  onStatuses,
  onPage,
}: AssistantPageProps) {
  const client = useApiClient()
  const { data: assistant } = useSuspenseQuery(griptapeAssistantQueries.detail(client, assistantId))
  return (
    <Page
      breadcrumb={<Breadcrumb to="/griptape/assistants" label="Assistants" current={assistant.name} mono={false} />}
      title={assistant.name}
      description={assistant.description || undefined}
    >
      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Panel className="p-4">
          <h2 className="mb-3 text-sm font-semibold">Start a run</h2>
          <RunForm assistantId={assistantId} onStarted={(run: AssistantRun) => onFollow(run.assistant_run_id)} />
        </Panel>
        <Panel className="p-4 text-sm">
          <h2 className="mb-2 text-sm font-semibold">Assistant</h2>
          <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-y-1">
            <dt className="text-muted">Id</dt>
            <dd className="truncate font-mono text-xs" title={assistant.assistant_id}>
              {assistant.assistant_id}
            </dd>
            <dt className="text-muted">Model</dt>
            <dd>{assistant.model ?? '—'}</dd>
            {RESOURCE_ROWS.map(([k, label]) => (
              <div key={k} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd className="tabular-nums">{assistant[k].length}</dd>
              </div>
            ))}
          </dl>
          {assistant.input ? (
            <>
              <h3 className="mt-3 mb-1 text-xs font-medium text-muted uppercase">Instructions</h3>
              <p className="line-clamp-6 text-sm whitespace-pre-wrap">{assistant.input}</p>
            </>
          ) : null}
        </Panel>
      </div>
      {followed ? <LiveRunPanel key={followed} runId={followed} onClose={() => onFollow(undefined)} /> : null}
      <RunList
        assistantId={assistantId}
        statuses={statuses}
        page={page}
        followed={followed}
        onStatuses={onStatuses}
        onPage={onPage}
        onFollow={onFollow}
      />
    </Page>
  )
}
