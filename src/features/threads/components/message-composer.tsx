/** Posts a message to a thread (role + content). Ctrl/Cmd+Enter sends. */
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { Send } from 'lucide-react'
import { toast } from '@/lib/notify'
import { z } from 'zod'
import { MESSAGE_ROLES, messageWriteSchema } from '@/contract/thread'
import { useWriteAccess } from '@/api/connection-context'
import { applyServerErrors } from '@/lib/server-errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Textarea } from '@/components/ui/input'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { usePostMessage } from '../api/thread-mutations'

const composerSchema = messageWriteSchema.pick({ role: true, content: true }).extend({
  role: z.enum(MESSAGE_ROLES),
  content: z.string().trim().min(1, { error: 'Write a message first.' }),
})
type ComposerValues = z.infer<typeof composerSchema>

export function MessageComposer({ assistant, threadId }: { assistant: string; threadId: number }) {
  const { canWrite, reason } = useWriteAccess()
  const post = usePostMessage(assistant, threadId)
  const form = useForm<ComposerValues>({
    resolver: zodResolver(composerSchema),
    defaultValues: { role: 'user', content: '' },
  })
  const [banner, setBanner] = useState<string[]>([])
  const { errors, isSubmitting } = form.formState

  const submit = form.handleSubmit(async (v) => {
    setBanner([])
    try {
      await post.mutateAsync(v)
      form.reset({ role: v.role, content: '' })
      toast.success('Message posted')
    } catch (e) {
      setBanner(applyServerErrors(e, form.setError, ['role', 'content']))
    }
  })

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Post a message" className="flex flex-col gap-3">
      <FormErrorBanner messages={banner} />
      <div className="grid gap-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
        <Field label="Role" apiName="role" error={errors.role?.message}>
          <select
            disabled={!canWrite}
            className="h-9 rounded-md border border-border bg-surface px-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-accent"
            {...form.register('role')}
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
            {...form.register('content')}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault()
                void submit()
              }
            }}
          />
        </Field>
      </div>
      <div className="flex items-center justify-end gap-2">
        {!canWrite ? <span className="text-xs text-muted">{reason}</span> : null}
        <Button type="submit" variant="primary" disabled={!canWrite || isSubmitting} title={reason ?? undefined}>
          <Send className="size-4" aria-hidden /> {isSubmitting ? 'Posting…' : 'Post message'}
        </Button>
      </div>
    </form>
  )
}
