/** The Deepslate assistant's fields (create and edit): text fields, the prompt editor, extensions and hooks. */
import type { UseFormReturn } from 'react-hook-form'
import { LIMITS } from '@/contract/deepslate/assistant'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import type { AssistantFormValues, SecretSource } from '../assistant-form-schema'
import { ItemsEditor } from './items-editor'

export function AssistantFormFields({
  form,
  readOnly,
  secrets,
}: {
  form: UseFormReturn<AssistantFormValues>
  readOnly: boolean
  secrets: SecretSource | null
}) {
  const { errors } = form.formState
  return (
    <div className="flex flex-col gap-5">
      <Field label="Name" apiName="name" error={errors.name?.message}>
        <Input autoComplete="off" disabled={readOnly} maxLength={LIMITS.name} {...form.register('name')} />
      </Field>
      <Field
        label="Greeting"
        apiName="systemPromptGreeting"
        hint="The first thing the assistant says. Leave empty to let the caller speak first."
        error={errors.systemPromptGreeting?.message}
      >
        <Textarea rows={3} className="font-sans" disabled={readOnly} {...form.register('systemPromptGreeting')} />
      </Field>
      <div className="flex flex-col gap-1.5">
        <span className="flex items-baseline gap-2 text-sm font-medium" aria-hidden>
          System prompt <code className="text-xs font-normal text-muted">systemPrompt</code>
        </span>
        <FormCodeEditor
          form={form}
          name="systemPrompt"
          language="plaintext"
          height={260}
          ariaLabel="System prompt"
          readOnly={readOnly}
          hint="The assistant’s role and behaviour on the phone."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Audio generation strategy"
          apiName="llmAudioContentGenerationStrategyId"
          hint="The LLM audio content generation strategy (a UUID)."
          error={errors.llmAudioContentGenerationStrategyId?.message}
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-[13px]"
            disabled={readOnly}
            {...form.register('llmAudioContentGenerationStrategyId')}
          />
        </Field>
        <Field
          label="Telephone number"
          apiName="telephoneNumberId"
          hint="Optional: the id of the number that reaches this assistant."
          error={errors.telephoneNumberId?.message}
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-[13px]"
            disabled={readOnly}
            {...form.register('telephoneNumberId')}
          />
        </Field>
      </div>
      <ItemsEditor form={form} kind="extension" disabled={readOnly} secrets={secrets} />
      <ItemsEditor form={form} kind="hook" disabled={readOnly} secrets={secrets} />
    </div>
  )
}
