/**
 * The thread form (create and edit): user_id and content (a JSON object, edited
 * as JSON). Validated against the contract's threadWriteSchema after parsing.
 */
import { useId, useState, type ReactNode } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { threadWriteSchema, type ThreadWrite } from '@/contract/thread'
import { isPlainObject } from '@/contract/common'
import { useWriteAccess } from '@/api/connection-context'
import { applyServerErrors } from '@/lib/server-errors'
import { CodeEditor } from '@/components/editor/code-editor'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'

function parseContent(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(text)
    return isPlainObject(value) ? { ok: true, value } : { ok: false, error: 'Expected a JSON object.' }
  } catch (e) {
    return { ok: false, error: `Invalid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
}

const formSchema = z.object({ user_id: z.string(), content: z.string() }).superRefine((v, ctx) => {
  // Each field is checked on its own, so every problem shows at once.
  const userId = threadWriteSchema.shape.user_id.safeParse(toUserId(v.user_id))
  if (!userId.success)
    ctx.addIssue({ code: 'custom', path: ['user_id'], message: userId.error.issues[0]?.message ?? 'Invalid user ID.' })
  const content = parseContent(v.content)
  if (!content.ok) return void ctx.addIssue({ code: 'custom', path: ['content'], message: content.error })
  const checked = threadWriteSchema.shape.content.safeParse(content.value)
  if (!checked.success)
    ctx.addIssue({ code: 'custom', path: ['content'], message: checked.error.issues[0]?.message ?? 'Invalid content.' })
})
type FormValues = z.infer<typeof formSchema>

function toUserId(raw: string): string | null {
  return raw.trim() === '' ? null : raw.trim()
}

function toWrite(userId: string, content: Record<string, unknown>): ThreadWrite {
  return { user_id: toUserId(userId), content }
}

interface ThreadFormProps {
  initial: { user_id: string | null | undefined; content: Record<string, unknown> } | null
  submitLabel: string
  onSubmit: (body: ThreadWrite) => Promise<unknown>
  onCancel?: () => void
  extra?: ReactNode
  compact?: boolean
}

export function ThreadForm({ initial, submitLabel, onSubmit, onCancel, extra, compact = false }: ThreadFormProps) {
  const id = useId()
  const { canWrite, reason } = useWriteAccess()
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      user_id: initial?.user_id ?? '',
      content: JSON.stringify(initial?.content ?? { channel: 'webchat' }, null, 2),
    },
  })
  const [banner, setBanner] = useState<string[]>([])
  const { errors, isDirty, isSubmitting, dirtyFields } = form.formState

  const submit = form.handleSubmit(async (v) => {
    setBanner([])
    const content = parseContent(v.content)
    if (!content.ok) return
    try {
      await onSubmit(toWrite(v.user_id, content.value))
    } catch (e) {
      setBanner(applyServerErrors(e, form.setError, ['user_id', 'content']))
    }
  })
  const changed = Object.keys(dirtyFields)

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={initial ? 'Thread details' : 'New thread'}
      className="flex flex-col gap-4"
    >
      <UnsavedChangesGuard
        when={isDirty && !isSubmitting}
        message="You have unsaved changes to this thread. Leaving discards them."
      />
      <FormErrorBanner messages={banner} />
      <Field
        label="User ID"
        apiName="user_id"
        hint="Optional: who the thread belongs to."
        error={errors.user_id?.message}
      >
        <Input autoComplete="off" spellCheck={false} disabled={!canWrite} {...form.register('user_id')} />
      </Field>
      <div className="flex flex-col gap-1.5">
        <span id={`${id}-label`} className="flex items-baseline gap-2 text-sm font-medium">
          Content <code className="text-xs font-normal text-muted">content</code>
        </span>
        <p className="text-xs text-muted">A JSON object: conversation facts such as conversation_id and channel.</p>
        <Controller
          control={form.control}
          name="content"
          render={({ field }) => (
            <CodeEditor
              language="json"
              ariaLabel="Content"
              height={compact ? 180 : 240}
              value={field.value}
              onChange={field.onChange}
              readOnly={!canWrite}
              invalid={Boolean(errors.content)}
              onSave={() => void submit()}
            />
          )}
        />
        {errors.content?.message ? (
          <p role="alert" className="text-xs font-medium text-danger">
            {errors.content.message}
          </p>
        ) : null}
      </div>
      {initial && changed.length > 0 ? <p className="text-xs text-muted">Changed: {changed.join(', ')}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="submit"
          variant="primary"
          disabled={!canWrite || isSubmitting || (initial !== null && !isDirty)}
          title={reason ?? undefined}
        >
          {isSubmitting ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
        {!canWrite ? <span className="text-xs text-muted">{reason}</span> : null}
        {extra ? <span className="ml-auto">{extra}</span> : null}
      </div>
    </form>
  )
}
