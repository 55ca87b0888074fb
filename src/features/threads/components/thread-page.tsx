/** One thread: its messages as a trace, a composer to post more, and its details (user_id, content) to edit or delete. */
import { useState } from 'react'
import { Link, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { MessagesSquare, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useFormBaseline } from '@/lib/use-form-baseline'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { threadQueries } from '@/api/resources/threads'
import { errorMessage, isApiError } from '@/api/api-error'
import type { Thread } from '@/contract/thread'
import { Button, buttonClasses } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Panel } from '@/components/ui/page'
import { Skeleton, TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { useDeleteThread, useReplaceThread } from '../api/thread-mutations'
import { MessageComposer } from './message-composer'
import { MessageTrace } from './message-trace'
import { ThreadForm } from './thread-form'
import { ThreadHeading } from './thread-heading'

export function ThreadPage({ assistant, threadId }: { assistant: string; threadId: number }) {
  const client = useApiClient()
  const thread = useQuery(threadQueries.detail(client, assistant, threadId))
  if (thread.isPending)
    return (
      <div role="status" aria-label="Loading thread" className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Skeleton className="h-96" />
        <Skeleton className="h-72" />
      </div>
    )
  if (thread.isError)
    return isApiError(thread.error) && thread.error.isNotFound ? (
      <EmptyState
        title={`No thread #${threadId}`}
        description="It may have been deleted."
        action={
          <Link to="/assistants/$code/threads" params={{ code: assistant }} className={buttonClasses()}>
            Back to threads
          </Link>
        }
      />
    ) : (
      <ErrorState title="Could not load the thread" error={thread.error} onRetry={() => void thread.refetch()} />
    )
  return <ThreadView assistant={assistant} thread={thread.data} />
}

function ThreadView({ assistant, thread }: { assistant: string; thread: Thread }) {
  const client = useApiClient()
  const navigate = useNavigate()
  const { canWrite, reason } = useWriteAccess()
  const messages = useQuery(threadQueries.messages(client, assistant, thread.id))
  const replace = useReplaceThread(assistant, thread.id)
  const remove = useDeleteThread(assistant)
  const [confirmOpen, setConfirmOpen] = useState(false)
  const form = useFormBaseline({ user_id: thread.user_id, content: thread.content })

  return (
    <div className="flex flex-col gap-4">
      <ThreadHeading
        assistant={assistant}
        title={`Thread #${thread.id}`}
        mono
        extra={
          messages.data ? (
            <span className="text-xs text-muted">
              · {messages.data.length} message{messages.data.length === 1 ? '' : 's'}
            </span>
          ) : null
        }
      />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Panel className="p-4">
            {messages.isPending ? (
              <TableSkeleton rows={4} label="Loading messages" />
            ) : messages.isError ? (
              <ErrorState
                title="Could not load messages"
                error={messages.error}
                onRetry={() => void messages.refetch()}
              />
            ) : messages.data.length === 0 ? (
              <EmptyState
                icon={<MessagesSquare className="size-6" aria-hidden />}
                title="No messages yet"
                description="Post the first message below, or run the assistant for this conversation."
              />
            ) : (
              <MessageTrace messages={messages.data} />
            )}
          </Panel>
          <Panel className="p-4">
            <MessageComposer assistant={assistant} threadId={thread.id} />
          </Panel>
        </div>
        <Panel className="p-4">
          <h3 className="mb-3 text-sm font-semibold">Details</h3>
          <ThreadForm
            key={form.key}
            compact
            initial={form.baseline}
            submitLabel="Save thread"
            onSubmit={async (body) => {
              const saved = await replace.mutateAsync(body)
              toast.success(`Thread #${thread.id} saved`)
              form.saved({ user_id: saved.user_id, content: saved.content })
            }}
            extra={
              <Button
                variant="ghost"
                className="text-danger"
                onClick={() => setConfirmOpen(true)}
                disabled={!canWrite}
                title={reason ?? undefined}
              >
                <Trash2 className="size-4" aria-hidden /> Delete
              </Button>
            }
          />
        </Panel>
      </div>
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={`Delete thread #${thread.id}?`}
        description="Its messages are deleted with it. This cannot be undone."
        confirmLabel="Delete thread"
        onConfirm={async () => {
          try {
            await remove.mutateAsync(thread.id)
          } catch (e) {
            toast.error('Could not delete the thread', { description: errorMessage(e) })
            throw e
          }
          toast.success(`Thread #${thread.id} deleted`)
          await navigate({ to: '/assistants/$code/threads', params: { code: assistant }, ignoreBlocker: true })
        }}
      />
    </div>
  )
}
