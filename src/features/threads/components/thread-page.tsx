/** One thread: its messages as a trace, a composer to post more, and its details (user_id, content) to edit or delete. */
import { useState } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate } from '@tanstack/react-router'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { ListChecks, MessagesSquare } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnection, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { threadQueries, threadsApi } from '@/api/resources/threads'
import type { Thread } from '@/contract/thread'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { DeleteButton } from '@/components/edit/delete-button'
import { EditForm } from '@/components/edit/edit-form'
import { buttonClasses } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import {
  THREAD_FIELD_LABELS,
  THREAD_FORM_FIELDS,
  equalThreadField,
  threadFormSchema,
  toThreadFormValues,
  toThreadWrite,
  type ThreadFormValues,
} from '../thread-form-schema'
import { useDeleteThread, useReplaceThread, useThreadGone } from '../api/thread-mutations'
import { MessageComposer } from './message-composer'
import { MessageTrace } from './message-trace'
import { ThreadFormFields } from './thread-form'
import { ThreadHeading } from './thread-heading'

export function ThreadPage({ assistant, threadId }: { assistant: string; threadId: number }) {
  const client = useApiClient()
  const { data } = useSuspenseQuery(threadQueries.detail(client, assistant, threadId))
  return <ThreadView key={client.key} assistant={assistant} thread={data} />
}

function ThreadView({ assistant, thread }: { assistant: string; thread: Thread }) {
  const client = useApiClient()
  const navigate = useNavigate()
  const { canWrite, reason } = useWriteAccess()
  const messages = useQuery(threadQueries.messages(client, assistant, thread.id))
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const replace = useReplaceThread(assistant, thread.id)
  const remove = useDeleteThread(assistant)
  const gone = useThreadGone(assistant)
  const [deleting, setDeleting] = useState(false)
  const kit = useEditKit<ThreadFormValues, Thread>({
    resolver: zodResolver(threadFormSchema),
    fields: THREAD_FORM_FIELDS,
    record: thread,
    toValues: toThreadFormValues,
    equal: equalThreadField,
    fetchLatest: (signal) => threadsApi.get(client, assistant, thread.id, signal),
    save: (values) => replace.mutateAsync(toThreadWrite(values)),
    onSaved: () => toast.success(`Thread #${thread.id} saved`),
    draft: { connection: identity, scope: ['thread', assistant, thread.id] },
    readOnly: !canWrite,
    what: `save thread #${thread.id}`,
  })

  return (
    <div className="flex flex-col gap-4">
      <ThreadHeading
        assistant={assistant}
        title={`Thread #${thread.id}`}
        mono
        extra={
          <>
            {messages.data ? (
              <span className="text-xs text-muted">
                · {messages.data.length} message{messages.data.length === 1 ? '' : 's'}
              </span>
            ) : null}
            <Link
              to="/suites/new-case"
              search={{ source: 'thread', assistant, ref: String(thread.id) }}
              className={`${buttonClasses('secondary', 'sm')} ml-auto`}
            >
              <ListChecks className="size-3.5" aria-hidden /> Make test case
            </Link>
          </>
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
          <EditForm
            kit={kit}
            label="Thread details"
            labels={THREAD_FIELD_LABELS}
            readOnlyReason={canWrite ? null : reason}
            saveLabel="Save thread"
            bar="inline"
            actionsStart={
              <DeleteButton
                onClick={() => setDeleting(true)}
                disabledReason={canWrite ? null : (reason ?? 'Read-only connection.')}
              />
            }
          >
            <ThreadFormFields form={kit.form} readOnly={!canWrite} compact />
          </EditForm>
        </Panel>
      </div>
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete thread #${thread.id}?`}
        description="Its messages are deleted with it. This cannot be undone."
        confirmLabel="Delete thread"
        confirmText={environment.kind === 'production' ? `#${thread.id}` : null}
        remove={() => remove.mutateAsync(thread.id)}
        onGone={async (how) => {
          if (how === 'deleted') toast.success(`Thread #${thread.id} deleted`)
          else toast.info(`Thread #${thread.id} was already deleted elsewhere`)
          await gone.dropFromLists(thread.id)
          await navigate({ to: '/assistants/$code/threads', params: { code: assistant }, ignoreBlocker: true })
          gone.forgetDetail(thread.id)
        }}
      />
    </div>
  )
}
