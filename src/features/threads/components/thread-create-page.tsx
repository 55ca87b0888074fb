/** Creating a thread by hand (e.g. to test an assistant's trace view), on the edit kit. */
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { useApiClient, useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import type { Thread } from '@/contract/thread'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { EditForm } from '@/components/edit/edit-form'
import {
  EMPTY_THREAD_FORM,
  THREAD_FIELD_LABELS,
  THREAD_FORM_FIELDS,
  equalThreadField,
  threadFormSchema,
  toThreadFormValues,
  toThreadWrite,
  type ThreadFormValues,
} from '../thread-form-schema'
import { useCreateThread } from '../api/thread-mutations'
import { ThreadFormFields } from './thread-form'
import { ThreadHeading } from './thread-heading'

export function ThreadCreatePage({ assistant }: { assistant: string }) {
  const client = useApiClient()
  return (
    <div className="flex flex-col gap-4">
      <ThreadHeading assistant={assistant} title="New thread" />
      <Panel className="max-w-2xl p-5">
        <CreateThread key={client.key} assistant={assistant} />
      </Panel>
    </div>
  )
}

function CreateThread({ assistant }: { assistant: string }) {
  const navigate = useNavigate()
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const create = useCreateThread(assistant)
  const kit = useEditKit<ThreadFormValues, Thread>({
    resolver: zodResolver(threadFormSchema),
    fields: THREAD_FORM_FIELDS,
    record: null,
    empty: EMPTY_THREAD_FORM,
    toValues: toThreadFormValues,
    equal: equalThreadField,
    save: (values) => create.mutateAsync(toThreadWrite(values)),
    onSaved: async (thread) => {
      toast.success(`Thread #${thread.id} created`)
      await navigate({
        to: '/assistants/$code/threads/$threadId',
        params: { code: assistant, threadId: thread.id },
        ignoreBlocker: true,
      })
    },
    draft: { connection: identity, scope: ['thread', assistant, 'new'] },
    readOnly: !canWrite,
    what: 'create the thread',
  })
  return (
    <EditForm
      kit={kit}
      label="New thread"
      labels={THREAD_FIELD_LABELS}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Create thread"
      actionsEnd={
        <Button onClick={() => void navigate({ to: '/assistants/$code/threads', params: { code: assistant } })}>
          Cancel
        </Button>
      }
    >
      <ThreadFormFields form={kit.form} readOnly={!canWrite} />
    </EditForm>
  )
}
