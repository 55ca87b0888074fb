/** The icon's address with a live preview of what the list will show. */
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import type { FlowiseAssistantFormValues } from '../assistant-form-schema'
import { AssistantIcon } from './assistant-icon'

export function IconField({ form, readOnly }: { form: UseFormReturn<FlowiseAssistantFormValues>; readOnly: boolean }) {
  const [iconSrc, name] = useWatch({ control: form.control, name: ['iconSrc', 'name'] })
  return (
    <div className="flex flex-col gap-2">
      <Field
        label="Icon URL"
        apiName="iconSrc"
        hint="A path on the Flowise server (/images/assistant.png), an https URL, or a data:image URL. Empty: no icon."
        error={form.formState.errors.iconSrc?.message}
      >
        <Input
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          placeholder="/images/assistant.png"
          readOnly={readOnly}
          {...form.register('iconSrc')}
        />
      </Field>
      <div className="flex items-center gap-3 text-xs text-muted">
        <AssistantIcon iconSrc={iconSrc} label={`Preview of ${name.trim() || 'the'} icon`} size="md" />
        Preview
      </div>
    </div>
  )
}
