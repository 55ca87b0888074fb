/** The API's fields (create and edit), with a summary of unsaved changes that names headers, never values. */
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { headersFromRows } from '../api-headers'
import type { ApiFormValues } from '../api-form-schema'
import { ApiChangeSummary } from './api-change-summary'
import { HeadersEditor } from './headers-editor'

export function ApiFormFields({
  form,
  readOnly,
  saved,
}: {
  form: UseFormReturn<ApiFormValues>
  readOnly: boolean
  /** The saved values, on the edit page: enables the change summary. */
  saved?: ApiFormValues
}) {
  const { errors } = form.formState
  return (
    <div className="flex flex-col gap-5">
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
            disabled={readOnly}
            {...form.register('code')}
          />
        </Field>
        <Field label="URL" apiName="url" hint="Base URL; call_api appends its path." error={errors.url?.message}>
          <Input
            type="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://api.example.com/v1"
            disabled={readOnly}
            {...form.register('url')}
          />
        </Field>
      </div>
      <HeadersEditor form={form} disabled={readOnly} />
      {saved ? <Summary form={form} saved={saved} /> : null}
    </div>
  )
}

function Summary({ form, saved }: { form: UseFormReturn<ApiFormValues>; saved: ApiFormValues }) {
  const values = useWatch({ control: form.control }) as ApiFormValues
  const before = { code: saved.code, url: saved.url, headers: headersFromRows(saved.headers) }
  const after = { code: values.code, url: values.url, headers: headersFromRows(values.headers ?? []) }
  return <ApiChangeSummary before={before} after={after} />
}
