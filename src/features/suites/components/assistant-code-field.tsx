/**
 * An assistant code with the connection's assistants offered as suggestions.
 * Any code is accepted: a suite travels between connections, so a code this
 * connection does not have is kept and only flagged.
 */
import { useId } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

interface Props<T extends FieldValues> {
  form: UseFormReturn<T>
  name: Path<T>
  label: string
  /** Shown before the connection's verdict on the code. */
  hint?: string
  error?: string | undefined
}

export function AssistantCodeField<T extends FieldValues>({ form, name, label, hint, error }: Props<T>) {
  const listId = useId()
  const client = useApiClient()
  const assistants = useQuery(assistantQueries.list(client))
  const value = String(useWatch({ control: form.control, name }) ?? '').trim()
  const found = assistants.data?.find((a) => a.code === value)
  const verdict =
    value === '' || !assistants.isSuccess
      ? null
      : found
        ? `${found.name} on this connection.`
        : 'Not on this connection: the code is kept, but runs here will fail until it exists.'
  return (
    <div>
      <Field label={label} hint={[hint, verdict].filter(Boolean).join(' ') || undefined} error={error}>
        <Input
          {...form.register(name)}
          list={listId}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          placeholder="assistant code"
        />
      </Field>
      <datalist id={listId}>
        {(assistants.data ?? []).map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </datalist>
    </div>
  )
}
