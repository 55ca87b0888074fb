/**
 * Deepslate assistants, a page at a time. Page, size and sort order are the
 * API's (and live in the URL); the API has no name search, so the search box
 * filters the rows of the page on screen and says so.
 */
import { useDeferredValue, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { ArrowDown, ArrowUp, Bot } from 'lucide-react'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import {
  deepslateAssistantQueries,
  type AssistantPage,
  type DeepslateTenant,
} from '@/api/resources/deepslate/assistants'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Pager } from '@/components/ui/pager'
import { CreateLink } from '@/components/ui/create-link'
import { Page, Panel } from '@/components/ui/page'
import { SearchField } from '@/components/ui/search-field'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState } from '@/components/ui/states'
import { useDeepslateTenant } from '../tenant'
import { PAGE_SIZES, type AssistantListSearch } from '../list-search'
import { TenantNotice } from './tenant-notice'
import { DeepslateErrorState } from './error-state'

interface ListProps {
  search: AssistantListSearch
  onSearchChange: (next: Partial<AssistantListSearch>) => void
}

export function DeepslateAssistantListPage(props: ListProps) {
  const tenant = useDeepslateTenant()
  const { canWrite, reason } = useWriteAccess()
  const newButton = (
    <CreateLink label="New assistant" to="/deepslate/assistants/new" canWrite={canWrite && tenant.ok} reason={reason} />
  )
  return (
    <Page
      title="Assistants"
      description="Deepslate voice assistants of this organization: what they say, how they behave, and what they call."
      actions={newButton}
    >
      {tenant.ok ? (
        <AssistantList {...props} tenant={tenant.tenant} newButton={canWrite ? newButton : null} />
      ) : (
        <Panel>
          <TenantNotice problems={tenant.problems} />
        </Panel>
      )}
    </Page>
  )
}

function AssistantList({
  search,
  onSearchChange,
  tenant,
  newButton,
}: ListProps & { tenant: DeepslateTenant; newButton: ReactNode }) {
  const client = useApiClient()
  const page = search.page ?? 1
  const size = search.size ?? 20
  const direction = search.sort ?? 'asc'
  const list = useQuery(
    deepslateAssistantQueries.list(client, tenant, {
      page: page - 1,
      size,
      sort: [{ property: 'name', direction }],
    }),
  )
  const q = search.q ?? ''
  const needle = useDeferredValue(q.trim().toLowerCase())
  const rows = (list.data?.items ?? []).filter((a) => needle === '' || a.name.toLowerCase().includes(needle))

  return (
    <>
      <SearchField
        label="Filter this page by name"
        placeholder="Filter this page by name"
        value={q}
        onChange={(v) => onSearchChange({ q: v || undefined })}
      />
      <Panel className="overflow-hidden">
        {list.isPending ? (
          <TableSkeleton label="Loading assistants" />
        ) : list.isError ? (
          <DeepslateErrorState
            title="Could not load assistants"
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        ) : list.data.totalElements === 0 && list.data.items.length === 0 ? (
          <EmptyState
            icon={<Bot className="size-6" aria-hidden />}
            title="No assistants yet"
            description="Create a voice assistant: a greeting, a system prompt, and the tools it may use during calls."
            action={newButton ?? undefined}
          />
        ) : list.data.items.length === 0 && list.data.unreadable.length === 0 ? (
          <EmptyState
            title="Nothing on this page"
            description={`Page ${page} is past the last page.`}
            action={<Button onClick={() => onSearchChange({ page: undefined })}>Go to the first page</Button>}
          />
        ) : (
          <>
            {rows.length === 0 ? (
              <EmptyState
                title="No assistant on this page matches"
                description={`Nothing on this page matches “${q}”. The filter only looks at the page on screen; other pages may have matches.`}
              />
            ) : (
              <AssistantTable
                rows={rows}
                direction={direction}
                onSort={() => onSearchChange({ sort: direction === 'asc' ? 'desc' : undefined, page: undefined })}
                stale={list.isPlaceholderData}
              />
            )}
            <Unreadable data={list.data} />
            <Pager
              page={page}
              pages={list.data.totalPages}
              total={list.data.totalElements}
              what="assistants"
              onPage={(p) => onSearchChange({ page: p === 1 ? undefined : p })}
              size={{
                value: size,
                options: PAGE_SIZES,
                onChange: (s) => onSearchChange({ size: s === 20 ? undefined : s, page: undefined }),
              }}
            />
          </>
        )}
      </Panel>
    </>
  )
}

function AssistantTable({
  rows,
  direction,
  onSort,
  stale,
}: {
  rows: AssistantPage['items']
  direction: 'asc' | 'desc'
  onSort: () => void
  stale: boolean
}) {
  return (
    <div className="overflow-x-auto" aria-busy={stale || undefined}>
      <table className="w-full min-w-[40rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th
              scope="col"
              className="w-[45%] px-4 py-1.5 font-medium"
              aria-sort={direction === 'asc' ? 'ascending' : 'descending'}
            >
              <Button size="sm" variant="ghost" className="-ml-2.5 h-7 uppercase" onClick={onSort}>
                Name
                {direction === 'asc' ? (
                  <ArrowUp className="size-3.5" aria-hidden />
                ) : (
                  <ArrowDown className="size-3.5" aria-hidden />
                )}
                <span className="sr-only">
                  {direction === 'asc' ? ', sorted A to Z; sort Z to A' : ', sorted Z to A; sort A to Z'}
                </span>
              </Button>
            </th>
            <th scope="col" className="w-[30%] px-4 py-2.5 font-medium">
              Telephone number
            </th>
            <th scope="col" className="w-[25%] px-4 py-2.5 font-medium">
              Id
            </th>
          </tr>
        </thead>
        <tbody className={stale ? 'opacity-60' : undefined}>
          {rows.map((a) => (
            <tr key={a.id} className="border-t border-border hover:bg-surface-2/60">
              <td className="truncate px-4 py-3">
                <Link
                  to="/deepslate/assistants/$assistantId"
                  params={{ assistantId: a.id }}
                  className="font-medium text-accent hover:underline"
                >
                  {a.name}
                </Link>
              </td>
              <td className="truncate px-4 py-3 font-mono text-[13px] text-muted">
                {a.telephoneNumberId ?? <span className="font-sans">None</span>}
              </td>
              <td className="truncate px-4 py-3 font-mono text-[13px] text-muted" title={a.id}>
                {a.id}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Unreadable({ data }: { data: AssistantPage }) {
  if (data.unreadable.length === 0) return null
  return (
    <section aria-label="Unreadable assistants" className="border-t border-border">
      <p className="px-4 pt-3 pb-1 text-xs text-muted">
        {data.unreadable.length} item(s) in the server’s answer could not be read as assistants.
      </p>
      <ul className="divide-y divide-border">
        {data.unreadable.map((item) => (
          <li key={item.index} className="flex items-center gap-3 px-4 py-2.5 text-sm">
            <Badge tone="warning">Unreadable item</Badge>
            <span className="shrink-0 font-mono text-[13px]">Item {item.index + 1}</span>
            <span className="min-w-0 truncate text-xs text-muted">{item.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
