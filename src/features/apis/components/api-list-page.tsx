/**
 * The APIs list. Shows header NAMES and a count, never their values, and how
 * many assistants mention each API's code in their instructions.
 */
import { useDeferredValue, useMemo } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { KeyRound, Plug } from 'lucide-react'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { apiQueries } from '@/api/resources/apis'
import { assistantQueries } from '@/api/resources/assistants'
import { readHeaderObject, type Api } from '@/contract/api'
import { Badge } from '@/components/ui/badge'
import { CreateLink } from '@/components/ui/create-link'
import { SearchField } from '@/components/ui/search-field'
import { Page, Panel } from '@/components/ui/page'
import { Skeleton } from '@/components/ui/skeleton'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { assistantsMentioning } from '../api-mentions'

export interface ApiListSearch {
  q?: string | undefined
}

export function ApiListPage({
  search,
  onSearchChange,
}: {
  search: ApiListSearch
  onSearchChange: (next: ApiListSearch) => void
}) {
  const client = useApiClient()
  const { canWrite, reason } = useWriteAccess()
  const list = useQuery(apiQueries.listWithUnreadable(client))
  const assistants = useQuery(assistantQueries.list(client))
  const query = search.q ?? ''
  const deferred = useDeferredValue(query.trim().toLowerCase())
  const rows = useMemo(
    () =>
      (list.data?.items ?? [])
        .filter((a) => deferred === '' || a.code.includes(deferred) || a.url.toLowerCase().includes(deferred))
        .sort((a, b) => a.code.localeCompare(b.code)),
    [list.data, deferred],
  )
  const usage = useMemo(() => {
    const m = new Map<string, number>()
    if (assistants.data)
      for (const api of list.data?.items ?? []) m.set(api.code, assistantsMentioning(assistants.data, api.code).length)
    return m
  }, [assistants.data, list.data])

  const newButton = <CreateLink label="New API" to="/apis/new" canWrite={canWrite} reason={reason} />

  return (
    <Page
      title="APIs"
      description="External APIs the call_api tool may call. Their URL and credentials never enter the prompt."
      actions={newButton}
    >
      <SearchField
        label="Search APIs by code or URL"
        placeholder="Search by code or URL"
        value={query}
        onChange={(v) => onSearchChange({ q: v || undefined })}
      />
      <Panel className="overflow-hidden">
        <ListStates
          query={list}
          what="APIs"
          empty={
            <EmptyState
              icon={<Plug className="size-6" aria-hidden />}
              title="No APIs yet"
              description="Add an API so assistants can call it with call_api: a code, a base URL and the credential headers."
              action={canWrite ? newButton : undefined}
            />
          }
          filtered={rows}
          noMatch={
            <EmptyState title="No API matches" description={`Nothing matches “${query}”. Try another code or URL.`} />
          }
        >
          {() => <ApiTable rows={rows} usage={usage} usageLoading={assistants.isPending} />}
        </ListStates>
      </Panel>
    </Page>
  )
}

function ApiTable({ rows, usage, usageLoading }: { rows: Api[]; usage: Map<string, number>; usageLoading: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] table-fixed text-sm">
        <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="w-[24%] px-4 py-2.5 font-medium">
              Code
            </th>
            <th scope="col" className="w-[32%] px-4 py-2.5 font-medium">
              URL
            </th>
            <th scope="col" className="w-[30%] px-4 py-2.5 font-medium">
              Headers
            </th>
            <th scope="col" className="w-[14%] px-4 py-2.5 font-medium">
              Used by
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((api) => {
            const headers = readHeaderObject(api.headers)
            const names = headers ? Object.keys(headers) : null
            const used = usage.get(api.code)
            return (
              <tr key={api.code} className="border-t border-border hover:bg-surface-2/60">
                <td className="truncate px-4 py-3 font-mono text-[13px]">
                  <Link
                    to="/apis/$code"
                    params={{ code: api.code }}
                    className="font-medium text-accent hover:underline"
                  >
                    {api.code}
                  </Link>
                </td>
                <td className="truncate px-4 py-3 font-mono text-[13px] text-muted" title={api.url}>
                  {api.url}
                </td>
                <td className="px-4 py-3">
                  {names === null ? (
                    <Badge tone="warning">Unreadable</Badge>
                  ) : names.length === 0 ? (
                    <span className="text-muted">None</span>
                  ) : (
                    <div
                      className="flex items-center gap-1.5 overflow-hidden"
                      aria-label={`${names.length} header${names.length === 1 ? '' : 's'}: ${names.join(', ')}`}
                    >
                      <KeyRound className="size-3.5 shrink-0 text-muted" aria-hidden />
                      <span className="shrink-0 text-xs text-muted tabular-nums">{names.length}</span>
                      {names.map((n) => (
                        <Badge key={n} className="font-mono">
                          {n}
                        </Badge>
                      ))}
                    </div>
                  )}
                </td>
                <td className="px-4 py-3 tabular-nums">
                  {usageLoading ? (
                    <Skeleton className="h-4 w-16" />
                  ) : used ? (
                    `${used} assistant${used === 1 ? '' : 's'}`
                  ) : (
                    <span className="text-muted">None</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
