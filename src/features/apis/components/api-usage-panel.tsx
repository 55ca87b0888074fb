/** Which assistants mention this API's code in their instructions, and how to call it. */
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Bot } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { ErrorState } from '@/components/ui/states'
import { assistantsMentioning } from '../api-mentions'

export function ApiUsagePanel({ code }: { code: string }) {
  const client = useApiClient()
  const assistants = useQuery(assistantQueries.list(client))
  const users = assistants.data ? assistantsMentioning(assistants.data, code) : []
  return (
    <div className="flex flex-col gap-5">
      <Panel>
        <h2 className="border-b border-border px-4 py-3 text-sm font-semibold">Used by</h2>
        {assistants.isPending ? (
          <TableSkeleton rows={3} label="Loading assistants" />
        ) : assistants.isError ? (
          <ErrorState title="Could not load assistants" error={assistants.error} onRetry={() => void assistants.refetch()} />
        ) : users.length === 0 ? (
          <p className="px-4 py-4 text-sm text-muted">No assistant mentions “{code}” in its instructions yet.</p>
        ) : (
          <ul aria-label={`Assistants mentioning ${code}`} className="flex flex-col py-1">
            {users.map((a) => (
              <li key={a.code}>
                <Link to="/assistants/$code" params={{ code: a.code }} className="flex items-center gap-2.5 px-4 py-2 text-sm hover:bg-surface-2">
                  <Bot className="size-4 shrink-0 text-muted" aria-hidden />
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{a.name}</span>
                    <span className="block truncate font-mono text-xs text-muted">{a.code}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="border-t border-border px-4 py-2.5 text-xs text-muted">Found by searching instructions for the code.</p>
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
