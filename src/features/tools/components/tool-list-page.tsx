/** The tools catalogue: what each tool does, its parameters at a glance and how many assistants enable it. */
import { useDeferredValue, useMemo } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Bot, Wrench } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { toolQueries } from '@/api/resources/tools'
import { Badge } from '@/components/ui/badge'
import { SearchField } from '@/components/ui/search-field'
import { Page, Panel } from '@/components/ui/page'
import { Skeleton } from '@/components/ui/skeleton'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { assistantsUsingTool, searchTools } from '../tool-usage'

export interface ToolListSearch {
  q?: string | undefined
}

export function ToolListPage({
  search,
  onSearchChange,
}: {
  search: ToolListSearch
  onSearchChange: (next: ToolListSearch) => void
}) {
  const client = useApiClient()
  const tools = useQuery(toolQueries.listWithUnreadable(client))
  const assistants = useQuery(assistantQueries.list(client))
  const deferred = useDeferredValue(search.q ?? '')
  const entries = useMemo(() => searchTools(tools.data?.items ?? [], deferred), [tools.data, deferred])

  return (
    <Page
      title="Tools"
      description="What assistants can call. Enable a tool on an assistant, then tell it when to call it in the instructions."
    >
      <SearchField
        label="Search tools by name or description"
        placeholder="Search tools"
        value={search.q ?? ''}
        onChange={(v) => onSearchChange({ q: v || undefined })}
      />
      <ListStates
        query={tools}
        what="tools"
        loading={
          <div role="status" aria-label="Loading tools" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} className="h-40" />
            ))}
          </div>
        }
        frame={(state) => <Panel>{state}</Panel>}
        empty={
          <EmptyState
            icon={<Wrench className="size-6" aria-hidden />}
            title="No tools in the catalogue"
            description="This account offers no tools; ask your Deepdesk contact to enable them."
          />
        }
        filtered={entries}
        noMatch={<EmptyState title="No tool matches" description={`Nothing matches “${deferred}”.`} />}
      >
        {() => (
          <ul aria-label="Tools" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {entries.map(({ tool, info }) => {
              const used = assistants.data ? assistantsUsingTool(assistants.data, tool.id).length : null
              return (
                <li key={tool.id}>
                  <Link
                    to="/tools/$id"
                    params={{ id: tool.id }}
                    aria-label={info.name}
                    className="group flex h-full flex-col gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm transition-colors hover:border-accent/50"
                  >
                    <div className="flex items-start justify-between gap-2">
                      <span className="flex min-w-0 items-center gap-2">
                        <span className="rounded-md bg-accent/10 p-1.5 text-accent">
                          {tool.source_assistant ? (
                            <Bot className="size-4" aria-hidden />
                          ) : (
                            <Wrench className="size-4" aria-hidden />
                          )}
                        </span>
                        <span className="truncate font-mono text-sm font-semibold group-hover:text-accent">
                          {info.name}
                        </span>
                      </span>
                      <span className="font-mono text-xs text-muted">#{tool.id}</span>
                    </div>
                    <p className="line-clamp-3 text-sm text-muted">{info.description || 'No description.'}</p>
                    <div className="mt-auto flex flex-wrap items-center gap-1.5">
                      <Badge>
                        {info.parameters.length} parameter{info.parameters.length === 1 ? '' : 's'}
                      </Badge>
                      {tool.source_assistant ? <Badge tone="accent">Assistant</Badge> : null}
                      {used === null ? null : (
                        <Badge tone={used > 0 ? 'success' : 'neutral'}>
                          Used by {used} assistant{used === 1 ? '' : 's'}
                        </Badge>
                      )}
                    </div>
                  </Link>
                </li>
              )
            })}
          </ul>
        )}
      </ListStates>
    </Page>
  )
}
