/** An assistant's threads: who they belong to and what they hold; filter in the URL; open one to read its trace. */
import { useDeferredValue, useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { MessagesSquare, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useApiClient, useConnection, useWriteAccess } from '@/api/connection-context'
import { threadQueries } from '@/api/resources/threads'
import type { Thread } from '@/contract/thread'
import { Button } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { CreateLink } from '@/components/ui/create-link'
import { SearchField } from '@/components/ui/search-field'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { useDeleteThread, useThreadGone } from '../api/thread-mutations'
import { summarizeContent } from '../thread-trace'

export function ThreadListPage({
  assistant,
  q,
  onQueryChange,
}: {
  assistant: string
  q: string | undefined
  onQueryChange: (q: string | undefined) => void
}) {
  const client = useApiClient()
  const { canWrite, reason } = useWriteAccess()
  const threads = useQuery(threadQueries.listWithUnreadable(client, assistant))
  const remove = useDeleteThread(assistant)
  const gone = useThreadGone(assistant)
  const production = useConnection().environment.kind === 'production'
  const [deleting, setDeleting] = useState<Thread | null>(null)
  const query = q ?? ''
  const deferred = useDeferredValue(query.trim().toLowerCase())
  const rows = useMemo(
    () =>
      [...(threads.data?.items ?? [])]
        .sort((a, b) => b.id - a.id)
        .filter(
          (t) =>
            deferred === '' ||
            (t.user_id ?? '').toLowerCase().includes(deferred) ||
            JSON.stringify(t.content).toLowerCase().includes(deferred),
        ),
    [threads.data, deferred],
  )

  const newButton = (
    <CreateLink
      label="New thread"
      to="/assistants/$code/threads/new"
      canWrite={canWrite}
      reason={reason}
      params={{ code: assistant }}
      size="sm"
    />
  )

  return (
    <Panel className="overflow-hidden">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-border px-4 py-3">
        <div>
          <h2 className="text-sm font-semibold">Threads</h2>
          <p className="text-xs text-muted">
            The assistant’s conversations with the model: one per conversation, with every prompt, tool call and reply.
          </p>
        </div>
        <div className="flex items-center gap-2">
          <SearchField
            label="Filter threads by user ID or content"
            placeholder="Filter threads"
            className="w-56"
            inputClassName="h-8"
            value={query}
            onChange={(v) => onQueryChange(v || undefined)}
          />
          {newButton}
        </div>
      </div>
      <ListStates
        query={threads}
        what="threads"
        loading={<TableSkeleton rows={4} label="Loading threads" />}
        empty={
          <EmptyState
            icon={<MessagesSquare className="size-6" aria-hidden />}
            title="No threads yet"
            description="Threads appear when the assistant runs for a conversation. You can also create one by hand to test."
            action={canWrite ? newButton : undefined}
          />
        }
        filtered={rows}
        noMatch={<EmptyState title="No thread matches" description={`Nothing matches “${query}”.`} />}
      >
        {() => (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] table-fixed text-sm">
              <thead className="bg-surface-2/80 text-left text-xs text-muted uppercase">
                <tr>
                  <th scope="col" className="w-28 px-4 py-2.5 font-medium">
                    Thread
                  </th>
                  <th scope="col" className="w-44 px-4 py-2.5 font-medium">
                    User ID
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    Content
                  </th>
                  <th scope="col" className="w-16 px-4 py-2.5 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => {
                  const summary = summarizeContent(t.content)
                  return (
                    <tr key={t.id} className="border-t border-border hover:bg-surface-2/60">
                      <td className="px-4 py-3">
                        <Link
                          to="/assistants/$code/threads/$threadId"
                          params={{ code: assistant, threadId: t.id }}
                          className="font-mono font-medium text-accent hover:underline"
                        >
                          Thread #{t.id}
                        </Link>
                      </td>
                      <td className="truncate px-4 py-3 font-mono text-[13px]">
                        {t.user_id ?? <span className="text-muted">—</span>}
                      </td>
                      <td className="px-4 py-3">
                        <div className="flex items-center gap-1.5 overflow-hidden">
                          {summary.entries.length === 0 ? <span className="text-muted">Empty</span> : null}
                          {summary.entries.map(([k, v]) => (
                            <span
                              key={k}
                              className="max-w-[16rem] truncate rounded-md border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs"
                            >
                              <span className="text-muted">{k}:</span> {v}
                            </span>
                          ))}
                          {summary.more > 0 ? <span className="text-xs text-muted">+{summary.more}</span> : null}
                        </div>
                      </td>
                      <td className="px-2 py-1.5 text-right">
                        <Button
                          size="icon"
                          variant="ghost"
                          aria-label={`Delete thread #${t.id}`}
                          disabled={!canWrite}
                          title={reason ?? undefined}
                          onClick={() => setDeleting(t)}
                        >
                          <Trash2 className="size-4" aria-hidden />
                        </Button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </ListStates>
      <DeleteDialog
        open={deleting !== null}
        onOpenChange={(o) => (o ? undefined : setDeleting(null))}
        title={`Delete thread #${deleting?.id ?? ''}?`}
        description="Its messages are deleted with it. This cannot be undone."
        confirmLabel="Delete thread"
        confirmText={production && deleting ? `#${deleting.id}` : null}
        remove={() => (deleting ? remove.mutateAsync(deleting.id) : Promise.resolve())}
        onGone={async (how) => {
          if (!deleting) return
          if (how === 'deleted') toast.success(`Thread #${deleting.id} deleted`)
          else toast.info(`Thread #${deleting.id} was already deleted elsewhere`)
          await gone.dropFromLists(deleting.id)
          gone.forgetDetail(deleting.id)
        }}
      />
    </Panel>
  )
}
