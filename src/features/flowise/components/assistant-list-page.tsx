/** Flowise's assistants: icon, name, model, description and last update; search lives in the URL. */
import { useDeferredValue, useMemo } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Bot } from 'lucide-react'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { flowiseQueries } from '@/api/resources/flowise/assistants'
import type { Assistant } from '@/contract/flowise/assistant-read'
import { Badge } from '@/components/ui/badge'
import { CreateLink } from '@/components/ui/create-link'
import { ListStates } from '@/components/ui/list-states'
import { Page, Panel } from '@/components/ui/page'
import { SearchField } from '@/components/ui/search-field'
import { EmptyState } from '@/components/ui/states'
import { AssistantIcon } from './assistant-icon'
import { formatDate } from './format-date'

export interface FlowiseAssistantListSearch {
  q?: string | undefined
}

const nameOf = (a: Assistant) => a.details.name?.trim() || 'Unnamed assistant'

function matches(a: Assistant, needle: string): boolean {
  if (needle === '') return true
  return [a.details.name, a.details.model, a.details.description].some((v) => v?.toLowerCase().includes(needle))
}

export function FlowiseAssistantListPage({
  search,
  onSearchChange,
}: {
  search: FlowiseAssistantListSearch
  onSearchChange: (next: FlowiseAssistantListSearch) => void
}) {
  const client = useApiClient()
  const { canWrite, reason } = useWriteAccess()
  const list = useQuery(flowiseQueries.list(client))
  const query = search.q ?? ''
  const needle = useDeferredValue(query.trim().toLowerCase())
  const rows = useMemo(
    () => (list.data?.items ?? []).filter((a) => matches(a, needle)).sort((a, b) => nameOf(a).localeCompare(nameOf(b))),
    [list.data, needle],
  )
  const newButton = (
    <CreateLink label="New assistant" to="/flowise/assistants/new" canWrite={canWrite} reason={reason} />
  )
  return (
    <Page
      title="Assistants"
      description="OpenAI assistants kept by Flowise: their instructions, tools, credential and icon."
      actions={newButton}
    >
      <SearchField
        label="Search assistants by name, model or description"
        placeholder="Search by name, model or description"
        value={query}
        onChange={(v) => onSearchChange({ q: v || undefined })}
      />
      <Panel className="overflow-hidden">
        <ListStates
          query={list}
          what="assistants"
          empty={
            <EmptyState
              icon={<Bot className="size-6" aria-hidden />}
              title="No assistants yet"
              description="Create an OpenAI assistant: a name, a model, its instructions and the credential with the OpenAI key."
              action={canWrite ? newButton : undefined}
            />
          }
          filtered={rows}
          noMatch={
            <EmptyState
              title="No assistant matches"
              description={`Nothing matches “${query}”. Try another name or model.`}
            />
          }
        >
          {() => <AssistantTable rows={rows} />}
        </ListStates>
      </Panel>
    </Page>
  )
}

const TYPE_LABELS: Record<string, string> = { AZURE: 'Azure', CUSTOM: 'Custom' }

function AssistantTable({ rows }: { rows: Assistant[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[32%] px-4 py-2.5 font-medium">
              Name
            </th>
            <th scope="col" className="w-[15%] px-4 py-2.5 font-medium">
              Model
            </th>
            <th scope="col" className="w-[35%] px-4 py-2.5 font-medium">
              Description
            </th>
            <th scope="col" className="w-[18%] px-4 py-2.5 font-medium">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const name = nameOf(a)
            const type = a.type && a.type !== 'OPENAI' ? (TYPE_LABELS[a.type] ?? a.type) : null
            return (
              <tr key={a.id} className="border-t border-border hover:bg-surface-2/60">
                <td className="px-4 py-2.5">
                  <div className="flex min-w-0 items-center gap-3">
                    <AssistantIcon iconSrc={a.iconSrc} label={`${name} icon`} />
                    <Link
                      to="/flowise/assistants/$id"
                      params={{ id: a.id }}
                      className="truncate font-medium text-accent hover:underline"
                    >
                      {name}
                    </Link>
                    {type ? <Badge>{type}</Badge> : null}
                  </div>
                </td>
                <td className="truncate px-4 py-2.5 font-mono text-[13px]">
                  {a.details.model ?? <span className="text-muted">—</span>}
                </td>
                <td className="truncate px-4 py-2.5 text-muted" title={a.details.description ?? undefined}>
                  {a.details.description || '—'}
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap text-muted tabular-nums">
                  <time dateTime={a.updatedDate}>{formatDate(a.updatedDate)}</time>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
