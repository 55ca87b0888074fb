/** The thread's fields (create and edit): user_id and content as JSON. The page owns the edit kit. */
import type { UseFormReturn } from 'react-hook-form'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import type { ThreadFormValues } from '../thread-form-schema'

export function ThreadFormFields({
  form,
  readOnly,
  compact = false,
}: {
  form: UseFormReturn<ThreadFormValues>
  readOnly: boolean
  compact?: boolean
}) {
  const { errors } = form.formState
  return (
    <>
      <Field
        label="User ID"
        apiName="user_id"
        hint="Optional: who the thread belongs to."
        error={errors.user_id?.message}
      >
        <Input autoComplete="off" spellCheck={false} disabled={readOnly} {...form.register('user_id')} />
      </Field>
      <div className="flex flex-col gap-1.5">
        <span className="flex items-baseline gap-2 text-sm font-medium">
          Content <code className="text-xs font-normal text-muted">content</code>
        </span>
        <FormCodeEditor
          form={form}
          name="content"
          language="json"
          ariaLabel="Content"
          height={compact ? 180 : 240}
          readOnly={readOnly}
          hint="A JSON object: conversation facts such as conversation_id and channel."
        />
      </div>
    </>
  )
}
