/**
 * The API form, shared by create and edit. Validates with the contract's
 * apiWriteSchema; server field errors land at their fields, the rest in a banner,
 * and the typed values stay put after a failure.
 */
import { useState } from 'react'
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { apiWriteSchema, type ApiWrite } from '@/contract/api'
import { useWriteAccess } from '@/api/connection-context'
import { applyServerErrors } from '@/lib/server-errors'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { FormErrorBanner } from '@/components/form/form-error-banner'
import { UnsavedChangesGuard } from '@/components/form/unsaved-changes-guard'
import { HeadersEditor } from './headers-editor'
import { ApiChangeSummary } from './api-change-summary'

const FIELDS = ['code', 'url', 'headers'] as const

interface ApiFormProps {
  defaultValues: ApiWrite
  /** The saved version, in edit mode: enables the change summary. */
  original?: ApiWrite
  submitLabel: string
  onSubmit: (values: ApiWrite, form: UseFormReturn<ApiWrite>) => Promise<unknown>
  onCancel?: () => void
}

export function ApiForm({ defaultValues, original, submitLabel, onSubmit, onCancel }: ApiFormProps) {
  const { canWrite, reason } = useWriteAccess()
  const form = useForm<ApiWrite>({ resolver: zodResolver(apiWriteSchema), defaultValues })
  const [banner, setBanner] = useState<string[]>([])
  const values = useWatch({ control: form.control }) as ApiWrite
  const { errors, isDirty, isSubmitting } = form.formState

  const submit = form.handleSubmit(async (v) => {
    setBanner([])
    try {
      await onSubmit(v, form)
    } catch (e) {
      setBanner(applyServerErrors(e, form.setError, FIELDS))
    }
  })

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="flex flex-col gap-5"
      aria-label={original ? 'Edit API' : 'New API'}
    >
      <UnsavedChangesGuard
        when={isDirty && !isSubmitting}
        message="You have unsaved changes to this API. Leaving discards them (header values are never kept as a draft)."
      />
      <FormErrorBanner messages={banner} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Field
          label="Code"
          apiName="code"
          hint="Lowercase letters, digits and hyphens. call_api refers to it as api_code."
          error={errors.code?.message}
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            disabled={!canWrite}
            {...form.register('code')}
          />
        </Field>
        <Field label="URL" apiName="url" hint="Base URL; call_api appends its path." error={errors.url?.message}>
          <Input
            type="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://api.example.com/v1"
            disabled={!canWrite}
            {...form.register('url')}
          />
        </Field>
      </div>
      <Controller
        control={form.control}
        name="headers"
        render={({ field, fieldState }) => (
          <HeadersEditor
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            disabled={!canWrite}
          />
        )}
      />
      {original && isDirty ? <ApiChangeSummary before={original} after={values} /> : null}
      <div className="flex items-center gap-2 border-t border-border pt-4">
        <Button
          type="submit"
          variant="primary"
          disabled={!canWrite || isSubmitting || (original !== undefined && !isDirty)}
          title={reason ?? undefined}
        >
          {isSubmitting ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
        {original && isDirty ? (
          <Button variant="ghost" onClick={() => form.reset()} disabled={isSubmitting}>
            Discard changes
          </Button>
        ) : null}
        {!canWrite ? <span className="text-xs text-muted">{reason}</span> : null}
      </div>
    </form>
  )
}
