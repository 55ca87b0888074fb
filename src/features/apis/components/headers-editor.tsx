/**
 * Api.headers as rows of the form (useFieldArray). Values are credentials: a
 * saved value is not in the page at all (no input, no attribute) until the
 * user shows it or replaces it; new values are typed into password inputs.
 */
import { useId, useState } from 'react'
import { useFieldArray, useFormState, useWatch, type UseFormReturn } from 'react-hook-form'
import { Eye, EyeOff, Plus, RefreshCw, Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { duplicateNames, newRow } from '../api-headers'
import type { ApiFormValues } from '../api-form-schema'

export function HeadersEditor({ form, disabled }: { form: UseFormReturn<ApiFormValues>; disabled?: boolean }) {
  const id = useId()
  const { control, register } = form
  const { fields, append, remove, update } = useFieldArray({ control, name: 'headers' })
  const rows = useWatch({ control, name: 'headers' })
  const { errors } = useFormState({ control, name: 'headers' })
  // Revealed rows, by the field array's row id: a reset gives new ids, so everything is hidden again.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())
  const dupes = duplicateNames(rows)
  const toggle = (rowId: string) =>
    setRevealed((prev) => {
      const next = new Set(prev)
      if (next.has(rowId)) next.delete(rowId)
      else next.add(rowId)
      return next
    })
  const message = errors.headers?.message ?? errors.headers?.root?.message
  const errorId = `${id}-error`

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={message ? errorId : `${id}-hint`}>
      <legend className="flex items-baseline gap-2 text-sm font-medium">
        Headers <code className="text-xs font-normal text-muted">headers</code>
      </legend>
      <p id={`${id}-hint`} className="text-xs text-muted">
        Sent with every call_api request; they never enter the prompt. Saved values stay hidden unless you show them.
      </p>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted">
          No headers: calls go out without credentials.
        </p>
      ) : null}
      {fields.map((field, i) => {
        const row = rows[i] ?? field
        const label = row.name.trim() || `header ${i + 1}`
        const shown = revealed.has(field.id)
        const masked = row.saved && !shown
        const nameError = errors.headers?.[i]?.name?.message
        return (
          <div key={field.id} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto_auto] items-center gap-2">
            <Input
              aria-label={`Name of header ${i + 1}`}
              aria-invalid={nameError ? true : undefined}
              title={nameError}
              placeholder="Authorization"
              disabled={disabled}
              autoComplete="off"
              spellCheck={false}
              className="font-mono text-[13px]"
              {...register(`headers.${i}.name`)}
            />
            {masked ? (
              <div className="flex h-9 items-center justify-between gap-2 rounded-md border border-border bg-surface-2 px-2.5">
                <span className="font-mono text-[13px] text-muted">
                  <span aria-hidden>••••••••</span>
                  <span className="sr-only">Value of {label} is hidden</span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  className="h-7"
                  disabled={disabled}
                  onClick={() => update(i, { name: row.name, value: '', saved: false })}
                >
                  <RefreshCw className="size-3.5" aria-hidden /> Replace
                  <span className="sr-only"> value of {label}</span>
                </Button>
              </div>
            ) : (
              <Input
                aria-label={`Value of ${label}`}
                type={shown ? 'text' : 'password'}
                placeholder="Bearer …"
                disabled={disabled}
                autoComplete="new-password"
                spellCheck={false}
                className="font-mono text-[13px]"
                {...register(`headers.${i}.value`)}
              />
            )}
            <Button
              size="icon"
              variant="ghost"
              aria-label={`${shown ? 'Hide' : 'Show'} value of ${label}`}
              aria-pressed={shown}
              onClick={() => toggle(field.id)}
            >
              {shown ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
            </Button>
            <Button
              size="icon"
              variant="ghost"
              aria-label={`Remove ${label}`}
              disabled={disabled}
              onClick={() => remove(i)}
            >
              <Trash2 className="size-4" aria-hidden />
            </Button>
          </div>
        )
      })}
      <div>
        <Button size="sm" onClick={() => append(newRow())} disabled={disabled}>
          <Plus className="size-3.5" aria-hidden /> Add header
        </Button>
      </div>
      {dupes.length > 0 ? (
        <p className="text-xs text-warning">Duplicate header names: {dupes.join(', ')}. Only the last one is kept.</p>
      ) : null}
      {message ? (
        <p id={errorId} role="alert" className="text-xs font-medium text-danger">
          {message}
        </p>
      ) : null}
    </fieldset>
  )
}
