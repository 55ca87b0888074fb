/**
 * Posts a message to a thread (role + content) through the edit kit: one post
 * in flight (Ctrl/Cmd+Enter pressed twice posts once), failures shown with the
 * text kept, and an unsent message kept as a draft across reloads.
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { toast } from '@/lib/notify'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { MESSAGE_ROLES, messageWriteSchema, type Message } from '@/contract/thread'
import { useConnectionIdentity, useWriteAccess } from '@/api/connection-context'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/input'
import { EditForm } from '@/components/edit/edit-form'
import { usePostMessage } from '../api/thread-mutations'

const composerSchema = messageWriteSchema.pick({ role: true, content: true }).extend({
  role: z.enum(MESSAGE_ROLES),
  content: z.string().trim().min(1, { error: 'Write a message first.' }),
})
type ComposerValues = z.infer<typeof composerSchema>

const FIELDS = ['role', 'content'] as const
const LABELS = { role: 'Role', content: 'Message content' } as const
const EMPTY: ComposerValues = { role: 'user', content: '' }

/** After a post the composer is empty again, keeping the role just used. */
const afterPost = (m: Message): ComposerValues => ({
  role: (MESSAGE_ROLES as readonly string[]).includes(String(m.role)) ? (m.role as ComposerValues['role']) : 'user',
  content: '',
})

export function MessageComposer({ assistant, threadId }: { assistant: string; threadId: number }) {
  const identity = useConnectionIdentity()
  const { canWrite, reason } = useWriteAccess()
  const post = usePostMessage(assistant, threadId)
  const kit = useEditKit<ComposerValues, Message>({
    resolver: zodResolver(composerSchema),
    fields: FIELDS,
    record: null,
    empty: EMPTY,
    toValues: afterPost,
    save: (values) => post.mutateAsync(values),
    onSaved: () => toast.success('Message posted'),
    draft: { connection: identity, scope: ['message', assistant, threadId] },
    readOnly: !canWrite,
    what: 'post the message',
  })
  const { errors } = kit.form.formState
  return (
    <EditForm
      kit={kit}
      label="Post a message"
      labels={LABELS}
      readOnlyReason={canWrite ? null : reason}
      saveLabel="Post message"
      bar="inline"
      className="flex flex-col gap-3"
    >
      <div className="grid gap-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
        <Field label="Role" apiName="role" error={errors.role?.message}>
          <select
            disabled={!canWrite}
            className="h-9 rounded-md border border-border bg-surface px-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-accent"
            {...kit.form.register('role')}
          >
            {MESSAGE_ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Message content" apiName="content" error={errors.content?.message} hint="Ctrl+Enter to post.">
          <Textarea
            rows={3}
            disabled={!canWrite}
            className="font-sans"
            placeholder="Type a message to add to the thread"
            {...kit.form.register('content')}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault()
                kit.submit()
              }
            }}
          />
        </Field>
      </div>
    </EditForm>
  )
}
