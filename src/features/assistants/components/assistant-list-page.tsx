/** The assistants list: search and sort in the URL, virtualised rows so 10,000 assistants stay smooth. */
import { lazy, Suspense, useDeferredValue, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { CreateLink } from '@/components/ui/create-link'
import { SearchField } from '@/components/ui/search-field'
import { Page, Panel } from '@/components/ui/page'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { filterAndSortAssistants, type AssistantSortKey } from '../assistant-sort'
import { AssistantTable } from './assistant-table'

// Temporary copies left by draft tests (`<code>--draft-test-xxxxxx`): a cheap look here, the
// banner (exact pattern, deleting) loads only when one may be there, so the list stays as light.
const LeftoverCopiesBanner = lazy(() => import('../draft-test/leftover-copies-banner'))
const mayHoldDraftCopies = (items: readonly { code: string }[]) => items.some((a) => a.code.includes('--draft-test-'))

export interface AssistantListSearch {
  q?: string | undefined
  sort?: AssistantSortKey | undefined
  desc?: boolean | undefined
}

export function AssistantListPage({
  search,
  onSearchChange,
}: {
  search: AssistantListSearch
  onSearchChange: (next: AssistantListSearch) => void
}) {
  const client = useApiClient()
  const { canWrite, reason } = useWriteAccess()
  const list = useQuery(assistantQueries.listWithUnreadable(client))
  // The URL holds the search; typing stays instant because the filter runs on the deferred value.
  const query = search.q ?? ''
  const deferredQuery = useDeferredValue(query)
  const sort = search.sort ?? 'code'
  const desc = search.desc ?? false
  const rows = useMemo(
    () => (list.data ? filterAndSortAssistants(list.data.items, deferredQuery, sort, desc) : []),
    [list.data, deferredQuery, sort, desc],
  )

  const newButton = <CreateLink label="New assistant" to="/assistants/new" canWrite={canWrite} reason={reason} />

  return (
    <Page
      title="Assistants"
      description={
        list.data
          ? `${list.data.items.length} assistant${list.data.items.length === 1 ? '' : 's'}`
          : 'LLM assistants of this account'
      }
      actions={newButton}
    >
      {list.data && mayHoldDraftCopies(list.data.items) ? (
        <Suspense fallback={null}>
          <LeftoverCopiesBanner
            assistants={list.data.items}
            client={client}
            onDeleted={() => list.refetch()}
            disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
          />
        </Suspense>
      ) : null}
      <SearchField
        label="Search assistants by code or name"
        placeholder="Search by code or name"
        value={query}
        onChange={(v) => onSearchChange({ q: v || undefined })}
      />
      <Panel className="overflow-hidden">
        <ListStates
          query={list}
          what="assistants"
          empty={
            <EmptyState
              title="No assistants yet"
              description="Create the first assistant: give it a code, instructions and the tools it may call."
              action={canWrite ? newButton : undefined}
            />
          }
          filtered={rows}
          noMatch={
            <EmptyState
              title="No assistant matches"
              description={`Nothing matches “${deferredQuery}”. Try another code or name.`}
            />
          }
        >
          {() => (
            <AssistantTable
              rows={rows}
              sort={sort}
              desc={desc}
              onSort={(key) => onSearchChange({ sort: key, desc: key === sort ? !desc : false })}
            />
          )}
        </ListStates>
      </Panel>
    </Page>
  )
}
