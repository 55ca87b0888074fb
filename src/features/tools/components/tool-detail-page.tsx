/** One tool: what it does, its parameters (readable and raw), how to mention it, where it comes from and who uses it. */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { Bot } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { toolQueries } from '@/api/resources/tools'
import { describeTool, type Tool } from '@/contract/tool'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Badge } from '@/components/ui/badge'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { ListStates } from '@/components/ui/list-states'
import { AssistantLinks } from '@/components/assistant-links'
import { assistantsUsingTool } from '../tool-usage'
import { ToolParameters } from './tool-parameters'
import { CopyButton } from './copy-button'

function Frame({ crumb, children }: { crumb: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-5 px-6 py-6">
      <Breadcrumb to="/tools" label="Tools" current={crumb} />
      {children}
    </div>
  )
}

/** Loading, not-found and errors are the route's (routes/tools/$id.tsx). */
export function ToolDetailPage({ id }: { id: number }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(toolQueries.detail(client, id))
  return <ToolDetail tool={data} />
}

function ToolDetail({ tool }: { tool: Tool }) {
  const info = describeTool(tool)
  return (
    <Frame crumb={info.name}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate font-mono text-xl font-semibold tracking-tight">{info.name}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted">{info.description || 'No description.'}</p>
        </div>
        <div className="flex items-center gap-2">
          <Badge className="font-mono">id {tool.id}</Badge>
          {tool.source_assistant ? <Badge tone="accent">Calls an assistant</Badge> : <Badge>Built-in</Badge>}
        </div>
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <ToolParameters tool={tool} parameters={info.parameters} />
          <Panel>
            <div className="flex items-center justify-between border-b border-border px-4 py-2.5">
              <h2 className="text-sm font-semibold">Example usage in instructions</h2>
              {info.exampleUsage ? <CopyButton text={info.exampleUsage} label="Copy example usage" /> : null}
            </div>
            {info.exampleUsage ? (
              <pre className="overflow-x-auto px-4 py-3 font-mono text-[13px] leading-relaxed whitespace-pre-wrap">
                {info.exampleUsage}
              </pre>
            ) : (
              <p className="px-4 py-3 text-sm text-muted">The catalogue gives no example for this tool.</p>
            )}
          </Panel>
        </div>
        <div className="flex flex-col gap-5">
          {tool.source_assistant ? (
            <Panel className="p-4">
              <h2 className="text-sm font-semibold">Source assistant</h2>
              <p className="mt-1 text-xs text-muted">
                Calling this tool runs another assistant and returns its output.
              </p>
              <Link
                to="/assistants/$code"
                params={{ code: tool.source_assistant }}
                className="mt-3 flex items-center gap-2 text-sm font-medium text-accent hover:underline"
              >
                <Bot className="size-4" aria-hidden />
                <span className="font-mono">{tool.source_assistant}</span>
              </Link>
            </Panel>
          ) : null}
          <ToolUsers toolId={tool.id} />
        </div>
      </div>
    </Frame>
  )
}

function ToolUsers({ toolId }: { toolId: number }) {
  const client = useApiClient()
  const assistants = useQuery(assistantQueries.list(client))
  const users = assistants.data ? assistantsUsingTool(assistants.data, toolId) : []
  return (
    <Panel>
      <h2 className="border-b border-border px-4 py-3 text-sm font-semibold">
        Used by{assistants.data ? <span className="ml-1.5 font-normal text-muted">{users.length}</span> : null}
      </h2>
      <ListStates
        query={assistants}
        what="assistants"
        loading={<TableSkeleton rows={3} label="Loading assistants" />}
        filtered={users}
        empty={
          <p className="px-4 py-4 text-sm text-muted">
            No assistant enables this tool yet. Add it in an assistant’s configuration.
          </p>
        }
      >
        {() => (
          <AssistantLinks assistants={users} label="Assistants using this tool" className="max-h-96 overflow-auto" />
        )}
      </ListStates>
    </Panel>
  )
}
