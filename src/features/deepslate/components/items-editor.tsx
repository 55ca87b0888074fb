/**
 * Extensions or call event hooks as rows of the form (useFieldArray). A row
 * of a known type gets one input per parameter (secrets masked, see
 * SecretParameter); a row of any other type is a type name and its
 * parameters as JSON.
 */
import { useState } from 'react'
import { useFieldArray, useFormState, useWatch, type UseFormReturn } from 'react-hook-form'
import { Plus, Trash2 } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import {
  COLLECTION,
  KNOWN_TYPES,
  emptyRow,
  parameterSpecs,
  typeLabel,
  type AssistantFormValues,
  type ItemKind,
  type SecretSource,
} from '../assistant-form-schema'
import { SecretParameter } from './secret-parameter'

const WORDS: Record<ItemKind, { title: string; one: string; hint: string; none: string }> = {
  extension: {
    title: 'Extensions',
    one: 'extension',
    hint: 'Tools the assistant can use during a call.',
    none: 'No extensions: the assistant answers from its prompt alone.',
  },
  hook: {
    title: 'Call event hooks',
    one: 'hook',
    hint: 'Outbound POSTs Deepslate sends during or after a call. Saved secrets stay hidden unless you show them.',
    none: 'No hooks: nothing is sent out after calls.',
  },
}

export function ItemsEditor({
  form,
  kind,
  disabled,
  secrets,
}: {
  form: UseFormReturn<AssistantFormValues>
  kind: ItemKind
  disabled?: boolean
  /** The server's secrets, for "Show" on a saved one (null on a create page). */
  secrets: SecretSource | null
}) {
  const name = COLLECTION[kind]
  const words = WORDS[kind]
  const { control, register } = form
  const { fields, append, remove } = useFieldArray({ control, name })
  const rows = useWatch({ control, name })
  const { errors } = useFormState({ control, name })
  // Revealed secrets, by row id and parameter: a reset gives new row ids, so everything is hidden again.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())
  const toggle = (key: string) =>
    setRevealed((prev) => {
      const next = new Set(prev)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  const listErrors = errors[name]
  const listMessage = listErrors?.message ?? listErrors?.root?.message

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="flex items-baseline gap-2 text-sm font-medium">
        {words.title} <code className="text-xs font-normal text-muted">{name}</code>
      </legend>
      <p className="-mt-1 text-xs text-muted">{words.hint}</p>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted">{words.none}</p>
      ) : null}
      {fields.map((field, i) => {
        const row = rows[i] ?? field
        const specs = parameterSpecs(kind, row.type)
        const rowLabel = `${words.one} ${i + 1}`
        const rowErrors = listErrors?.[i]
        return (
          <section
            key={field.id}
            aria-label={`${words.one.charAt(0).toUpperCase()}${words.one.slice(1)} ${i + 1}`}
            className="flex flex-col gap-3 rounded-md border border-border p-3"
          >
            <div className="flex items-center gap-2">
              <span className="text-sm font-medium">{specs ? typeLabel(kind, row.type) : 'Other type'}</span>
              {specs ? <Badge className="font-mono">{row.type}</Badge> : null}
              <Button
                size="sm"
                variant="ghost"
                className="ml-auto text-danger hover:bg-danger/10"
                disabled={disabled}
                onClick={() => remove(i)}
              >
                <Trash2 className="size-3.5" aria-hidden /> Remove<span className="sr-only"> {rowLabel}</span>
              </Button>
            </div>
            {specs ? (
              <div className="grid gap-3 sm:grid-cols-2">
                {specs.map((spec) => {
                  const label = `${spec.label} of ${rowLabel}`
                  const error = rowErrors?.parameters?.[spec.name]?.message
                  const path = `${name}.${i}.parameters.${spec.name}` as const
                  if (spec.input === 'secret') {
                    const key = `${field.id}:${spec.name}`
                    const errorId = `${field.id}-${spec.name}-error`
                    return (
                      <div key={spec.name} className="flex flex-col gap-1.5">
                        <span className="flex items-baseline gap-2 text-sm font-medium" aria-hidden>
                          {spec.label} <code className="text-xs font-normal text-muted">{spec.name}</code>
                        </span>
                        <SecretParameter
                          label={label.charAt(0).toUpperCase() + label.slice(1)}
                          kept={row.kept.includes(spec.name)}
                          shown={revealed.has(key)}
                          onToggle={() => toggle(key)}
                          readServerValue={() => (row.itemId && secrets ? secrets(kind, row.itemId, spec.name) : null)}
                          onReplace={() =>
                            form.setValue(
                              `${name}.${i}.kept`,
                              row.kept.filter((k) => k !== spec.name),
                              { shouldDirty: true },
                            )
                          }
                          register={register(path)}
                          disabled={disabled}
                          invalid={Boolean(error)}
                          describedBy={error ? errorId : undefined}
                        />
                        {spec.hint ? <p className="text-xs text-muted">{spec.hint}</p> : null}
                        {error ? (
                          <p id={errorId} role="alert" className="text-xs font-medium text-danger">
                            {error}
                          </p>
                        ) : null}
                      </div>
                    )
                  }
                  return (
                    <Field
                      key={spec.name}
                      label={
                        <>
                          {spec.label}
                          <span className="sr-only"> of {rowLabel}</span>
                        </>
                      }
                      apiName={spec.name}
                      hint={spec.hint}
                      error={error}
                      className={spec.input === 'url' ? 'sm:col-span-2' : undefined}
                    >
                      <Input
                        type={spec.input === 'url' ? 'url' : 'text'}
                        inputMode={spec.input === 'integer' ? 'numeric' : undefined}
                        autoComplete="off"
                        spellCheck={false}
                        disabled={disabled}
                        placeholder={spec.input === 'url' ? 'https://' : undefined}
                        className="font-mono text-[13px]"
                        {...register(path)}
                      />
                    </Field>
                  )
                })}
              </div>
            ) : (
              <div className="flex flex-col gap-3">
                <Field
                  label={
                    <>
                      Type<span className="sr-only"> of {rowLabel}</span>
                    </>
                  }
                  apiName="type"
                  hint="Lowercase letters, digits and underscores, e.g. order_lookup_v1."
                  error={rowErrors?.type?.message}
                >
                  <Input
                    autoComplete="off"
                    spellCheck={false}
                    disabled={disabled || row.itemId !== null}
                    className="font-mono text-[13px]"
                    {...register(`${name}.${i}.type`)}
                  />
                </Field>
                <FormCodeEditor
                  form={form}
                  name={`${name}.${i}.json`}
                  language="json"
                  height={140}
                  ariaLabel={`Parameters of ${rowLabel} (JSON)`}
                  readOnly={disabled}
                  hint={jsonHint(rowErrors?.parameters?.message)}
                />
              </div>
            )}
          </section>
        )
      })}
      <div className="flex flex-wrap gap-2">
        {KNOWN_TYPES[kind].map((t) => (
          <Button key={t.type} size="sm" disabled={disabled} onClick={() => append(emptyRow(kind, t.type))}>
            <Plus className="size-3.5" aria-hidden /> Add {t.name}
          </Button>
        ))}
        <Button size="sm" disabled={disabled} onClick={() => append(emptyRow(kind, ''))}>
          <Plus className="size-3.5" aria-hidden /> Add other {words.one} type
        </Button>
      </div>
      {listMessage ? (
        <p role="alert" className="text-xs font-medium text-danger">
          {listMessage}
        </p>
      ) : null}
    </fieldset>
  )
}

/** A server error at `parameters` of a JSON row (where the server found a problem) shows under its editor. */
function jsonHint(serverMessage: unknown): string {
  return typeof serverMessage === 'string'
    ? serverMessage
    : 'A JSON object, sent as this item’s parameters exactly as written.'
}
