/** Griptape assistants, a page at a time (page and page size in the URL). */
import { Link } from '@tanstack/react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Bot } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { griptapeAssistantQueries } from '@/api/resources/griptape/assistants'
import type { Assistant } from '@/contract/griptape/assistant'
import { Page, Panel } from '@/components/ui/page'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { pageParams, type PageSearch } from '../griptape-search'
import { formatTime, PageControls } from './pagination'

export function AssistantListPage({ search, onPage }: { search: PageSearch; onPage: (page: number) => void }) {
  const client = useApiClient()
  const params = pageParams(search)
  const list = useQuery({ ...griptapeAssistantQueries.list(client, params), placeholderData: keepPreviousData })
  const items = useQuery({
    ...griptapeAssistantQueries.list(client, params),
    placeholderData: keepPreviousData,
    select: (d) => d.assistants,
  })
  const pagination = list.data?.pagination
  return (
    <Page title="Assistants" description="Griptape Cloud assistants of this organization. Open one to run it.">
      <Panel className="overflow-hidden">
        <ListStates
          query={items}
          what="assistants"
          empty={
            <EmptyState
              icon={<Bot className="size-6" aria-hidden />}
              title={params.page > 1 ? 'No assistants on this page' : 'No assistants yet'}
              description={
                params.page > 1
                  ? 'This page is past the end of the list.'
                  : 'Assistants created in Griptape Cloud appear here.'
              }
            />
          }
        >
          {(rows) => <AssistantTable rows={rows} />}
        </ListStates>
        {pagination && pagination.total_count > 0 ? (
          <PageControls pagination={pagination} what="assistants" onPage={onPage} />
        ) : null}
      </Panel>
    </Page>
  )
}

function AssistantTable({ rows }: { rows: Assistant[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[28%] px-4 py-2.5 font-medium">
              Name
            </th>
            <th scope="col" className="w-[44%] px-4 py-2.5 font-medium">
              Description
            </th>
            <th scope="col" className="w-[28%] px-4 py-2.5 font-medium">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.assistant_id} className="border-t border-border hover:bg-surface-2/60">
              <td className="truncate px-4 py-3">
                <Link
                  to="/griptape/assistants/$assistantId"
                  params={{ assistantId: a.assistant_id }}
                  className="font-medium text-accent hover:underline"
                >
                  {a.name}
                </Link>
              </td>
              <td className="truncate px-4 py-3 text-muted" title={a.description}>
                {a.description || '—'}
              </td>
              <td className="px-4 py-3 text-muted tabular-nums">{formatTime(a.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
