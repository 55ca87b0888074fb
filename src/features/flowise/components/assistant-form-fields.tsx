/**
 * The Flowise assistant's fields, shared by the create and edit pages: the
 * details (name, model, description, instructions, tools, tool resources,
 * sampling), the credential and the icon. `aside` adds panels to the side
 * column (the edit page's record facts).
 */
import { useId, type ReactNode } from 'react'
import { Controller, type UseFormReturn } from 'react-hook-form'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { LIMITS } from '@/contract/flowise/assistant-write'
import type { FlowiseAssistantFormValues } from '../assistant-form-schema'
import { CredentialSelect } from './credential-select'
import { IconField } from './icon-field'
import { ToolCheckboxes } from './tool-checkboxes'

/** Suggestions only: Flowise takes any model name OpenAI knows. */
const MODELS = ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-mini', 'gpt-4-turbo', 'gpt-4', 'o3-mini']

interface Props {
  form: UseFormReturn<FlowiseAssistantFormValues>
  readOnly: boolean
  aside?: ReactNode
}

export function FlowiseAssistantFormFields({ form, readOnly, aside }: Props) {
  const { register, control, formState } = form
  const errors = formState.errors
  const modelsId = useId()
  return (
    <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Panel className="flex min-w-0 flex-col gap-5 p-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Name" apiName="name" hint={`Up to ${LIMITS.name} characters.`} error={errors.name?.message}>
            <Input autoComplete="off" readOnly={readOnly} placeholder="e.g. Help desk" {...register('name')} />
          </Field>
          <Field label="Model" apiName="model" hint="An OpenAI model name." error={errors.model?.message}>
            <Input
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              list={modelsId}
              readOnly={readOnly}
              {...register('model')}
            />
          </Field>
          <datalist id={modelsId}>
            {MODELS.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </div>
        <Field label="Description" apiName="description" error={errors.description?.message}>
          <Input autoComplete="off" readOnly={readOnly} {...register('description')} />
        </Field>
        <div className="flex flex-col gap-1.5">
          <span className="flex items-baseline gap-2 text-sm font-medium">
            Instructions <code className="text-xs font-normal text-muted">instructions</code>
          </span>
          <FormCodeEditor
            form={form}
            name="instructions"
            language="instructions"
            ariaLabel="Instructions"
            readOnly={readOnly}
            height={300}
            hint="What the assistant is and how it answers. Ctrl/⌘+S saves."
          />
        </div>
        <Controller
          control={control}
          name="tools"
          render={({ field, fieldState }) => (
            <ToolCheckboxes
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              disabled={readOnly}
              error={fieldState.error?.message}
            />
          )}
        />
        <div className="flex flex-col gap-1.5">
          <span className="flex items-baseline gap-2 text-sm font-medium">
            Tool resources <code className="text-xs font-normal text-muted">tool_resources</code>
          </span>
          <FormCodeEditor
            form={form}
            name="tool_resources"
            language="json"
            ariaLabel="Tool resources"
            readOnly={readOnly}
            height={170}
            hint='JSON: per tool, its ids, e.g. {"file_search": {"vector_store_ids": ["vs_…"]}}. Empty: none.'
          />
        </div>
      </Panel>
      <div className="flex flex-col gap-5">
        <Panel className="flex flex-col gap-4 p-5">
          <h2 className="text-sm font-semibold">Sampling</h2>
          <Field
            label="Temperature"
            apiName="temperature"
            hint="0 to 2: higher is more varied. Empty: OpenAI’s default."
            error={errors.temperature?.message}
          >
            <Input inputMode="decimal" autoComplete="off" readOnly={readOnly} {...register('temperature')} />
          </Field>
          <Field
            label="Top P"
            apiName="top_p"
            hint="0 to 1: the probability mass to sample from. Empty: OpenAI’s default."
            error={errors.top_p?.message}
          >
            <Input inputMode="decimal" autoComplete="off" readOnly={readOnly} {...register('top_p')} />
          </Field>
        </Panel>
        <Panel className="flex flex-col gap-4 p-5">
          <h2 className="text-sm font-semibold">Credential and icon</h2>
          <Controller
            control={control}
            name="credential"
            render={({ field, fieldState }) => (
              <Field
                label="Credential"
                apiName="credential"
                hint="The Flowise credential holding the OpenAI API key."
                error={fieldState.error?.message}
              >
                <CredentialSelect
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  disabled={readOnly}
                />
              </Field>
            )}
          />
          <IconField form={form} readOnly={readOnly} />
        </Panel>
        {aside}
      </div>
    </div>
  )
}
