/** Which assistants mention this API's code in their instructions, and how to call it. */
import { useQuery } from '@tanstack/react-query'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { ListStates } from '@/components/ui/list-states'
import { AssistantLinks } from '@/components/assistant-links'
import { assistantsMentioning } from '../api-mentions'

export function ApiUsagePanel({ code }: { code: string }) {
  const client = useApiClient()
  const assistants = useQuery(assistantQueries.list(client))
  const users = assistants.data ? assistantsMentioning(assistants.data, code) : []
  return (
    <div className="flex flex-col gap-5">
      <Panel>
        <h2 className="border-b border-border px-4 py-3 text-sm font-semibold">Used by</h2>
        <ListStates
          query={assistants}
          what="assistants"
          loading={<TableSkeleton rows={3} label="Loading assistants" />}
          filtered={users}
          empty={
            <p className="px-4 py-4 text-sm text-muted">No assistant mentions “{code}” in its instructions yet.</p>
          }
        >
          {() => <AssistantLinks assistants={users} label={`Assistants mentioning ${code}`} />}
        </ListStates>
        <p className="border-t border-border px-4 py-2.5 text-xs text-muted">
          Found by searching instructions for the code.
        </p>
      </Panel>
      <Panel className="p-4">
        <h2 className="text-sm font-semibold">Call it from instructions</h2>
        <pre className="mt-2 overflow-x-auto rounded-md bg-surface-2 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap">
          {`Call the "call_api" function:\n- api_code: ${code}\n- path: /…\n- method: GET`}
        </pre>
      </Panel>
    </div>
  )
}
