/**
 * Every field of AssistantViewSet, laid out as the create and edit pages share
 * them. The page owns the form (react-hook-form) and what saving means.
 */
import { useId } from 'react'
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form'
import { MODELS } from '@/contract/assistant'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { cn } from '@/lib/cn'
import type { AssistantFormValues } from '../assistant-form-schema'
import { DecimalControl, SwitchRow } from './form-controls'
import { ToolPicker, useToolCatalogue } from './tool-picker'

interface AssistantFormFieldsProps {
  form: UseFormReturn<AssistantFormValues>
  mode: 'create' | 'edit'
  readOnly: boolean
}

/** The three on/off settings of an assistant, in the order the API documents them. */
const SWITCHES = [
  { name: 'response_format_json', label: 'JSON response format', description: 'The model answers a JSON object.' },
  {
    name: 'include_conversation_transcript',
    label: 'Include conversation transcript',
    description: "Adds the conversation's transcript to the prompt.",
  },
  {
    name: 'include_conversation_metadata',
    label: 'Include conversation metadata',
    description: 'Adds channel, ids and profile facts.',
  },
] as const

const selectClasses =
  'h-9 w-full rounded-md border border-border bg-surface px-2.5 text-sm text-fg shadow-sm focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60'

/** The instructions' length, re-rendered on its own so typing does not re-render the form. */
function InstructionsLength({ form }: { form: UseFormReturn<AssistantFormValues> }) {
  const text = useWatch({ control: form.control, name: 'instructions' })
  return (
    <span className="text-xs text-muted tabular-nums" aria-live="polite">
      {text.length.toLocaleString('en')} characters
    </span>
  )
}

export function AssistantFormFields({ form, mode, readOnly }: AssistantFormFieldsProps) {
  const { register, control, formState } = form
  const errors = formState.errors
  const { tools } = useToolCatalogue()
  const instructionsId = useId()
  const toolsId = useId()
  const [code, model] = useWatch({ control, name: ['code', 'model'] })
  const modelOptions: string[] = (MODELS as readonly string[]).includes(model) ? [...MODELS] : [...MODELS, model]

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Panel className="flex min-w-0 flex-col gap-5 p-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label="Code"
            apiName="code"
            hint={
              mode === 'create'
                ? `Lowercase letters, digits and hyphens; 3–255 characters (${code.length}). Used in URLs and cannot change later.`
                : 'The code identifies the assistant in URLs and cannot change.'
            }
            error={errors.code?.message}
          >
            <Input
              {...register('code')}
              readOnly={mode === 'edit' || readOnly}
              autoComplete="off"
              spellCheck={false}
              placeholder="e.g. billing-helper"
              className={cn('font-mono', mode === 'edit' && 'bg-surface-2 text-muted')}
            />
          </Field>
          <Field label="Name" apiName="name" hint="Shown to admins; up to 255 characters." error={errors.name?.message}>
            <Input {...register('name')} readOnly={readOnly} autoComplete="off" placeholder="e.g. Billing helper" />
          </Field>
        </div>
        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-2">
            <span id={instructionsId} className="flex items-baseline gap-2 text-sm font-medium">
              Instructions <code className="text-xs font-normal text-muted">instructions</code>
            </span>
            <span className="text-xs text-muted">
              <kbd className="font-sans">{'{placeholders}'}</kbd> and tool names are highlighted · Ctrl/⌘+S saves
            </span>
          </div>
          <FormCodeEditor
            form={form}
            name="instructions"
            language="instructions"
            ariaLabel="Instructions"
            toolNames={tools.map((t) => t.name)}
            readOnly={readOnly}
            height={360}
          />
          <div className="flex justify-end">
            <InstructionsLength form={form} />
          </div>
        </div>
        <Controller
          control={control}
          name="tools"
          render={({ field, fieldState }) => (
            <div className="flex flex-col gap-1.5">
              <span id={toolsId} className="flex items-baseline gap-2 text-sm font-medium">
                Tools <code className="text-xs font-normal text-muted">tools</code>
              </span>
              <ToolPicker
                value={field.value}
                onChange={field.onChange}
                disabled={readOnly}
                labelId={toolsId}
                describedBy={fieldState.error ? `${toolsId}-error` : undefined}
              />
              {fieldState.error ? (
                <p id={`${toolsId}-error`} role="alert" className="text-xs font-medium text-danger">
                  {fieldState.error.message}
                </p>
              ) : null}
            </div>
          )}
        />
      </Panel>
      <div className="flex flex-col gap-5">
        <Panel className="flex flex-col gap-5 p-5">
          <h2 className="text-sm font-semibold">Model</h2>
          <Field label="Model" apiName="model" error={errors.model?.message}>
            <select {...register('model')} disabled={readOnly} className={selectClasses}>
              {modelOptions.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </Field>
          {(['temperature', 'top_p'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field, fieldState }) => (
                <DecimalControl
                  label={name === 'temperature' ? 'Temperature' : 'Top P'}
                  apiName={name}
                  hint={
                    name === 'temperature'
                      ? 'Higher is more varied, lower more focused.'
                      : 'Nucleus sampling: the probability mass to sample from.'
                  }
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  disabled={readOnly}
                />
              )}
            />
          ))}
        </Panel>
        <Panel className="flex flex-col gap-4 p-5">
          <h2 className="text-sm font-semibold">Output and context</h2>
          {SWITCHES.map((sw) => (
            <Controller
              key={sw.name}
              control={control}
              name={sw.name}
              render={({ field }) => (
                <SwitchRow
                  label={sw.label}
                  apiName={sw.name}
                  description={sw.description}
                  checked={field.value}
                  onChange={field.onChange}
                  disabled={readOnly}
                />
              )}
            />
          ))}
        </Panel>
      </div>
    </div>
  )
}
