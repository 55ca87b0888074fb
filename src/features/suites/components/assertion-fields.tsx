/** The fields of one assertion, per its type, with their errors where they are typed. */
import type { FieldError, UseFormReturn } from 'react-hook-form'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import type { AssertionDraft } from '../assertion-draft'
import type { CaseFormValues } from '../case-form-schema'
import { AssistantCodeField } from './assistant-code-field'

type Errors = Partial<Record<keyof AssertionDraft, FieldError>> & {
  match?: Partial<Record<string, FieldError>>
}

function Check({ label, ...props }: { label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" className="size-4 accent-[var(--accent)]" {...props} />
      {label}
    </label>
  )
}

export function AssertionFields({
  form,
  index,
  type,
}: {
  form: UseFormReturn<CaseFormValues>
  index: number
  type: AssertionDraft['type']
}) {
  const { register } = form
  const at = `assertions.${index}` as const
  const errors = (form.formState.errors.assertions?.[index] ?? {}) as Errors
  const mono = 'font-mono'
  switch (type) {
    case 'contains':
    case 'equals':
      return (
        <div className="flex flex-col gap-2">
          <Field label={type === 'contains' ? 'Text' : 'Whole output'} error={errors.value?.message}>
            <Textarea {...register(`${at}.value`)} rows={2} />
          </Field>
          {type === 'contains' ? (
            <Check label="Case-sensitive" {...register(`${at}.case_sensitive`)} />
          ) : (
            <Check label="Ignore leading and trailing whitespace" {...register(`${at}.trim`)} />
          )}
        </div>
      )
    case 'regex':
      return (
        <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <Field label="Pattern" error={errors.pattern?.message} hint="JavaScript syntax, without slashes.">
            <Input {...register(`${at}.pattern`)} className={mono} spellCheck={false} />
          </Field>
          <Field label="Flags" error={errors.flags?.message} hint="e.g. i">
            <Input {...register(`${at}.flags`)} className={mono} spellCheck={false} />
          </Field>
        </div>
      )
    case 'json_path':
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label="JSON path" error={errors.path?.message} hint="e.g. $.category or $.items[0].id">
            <Input {...register(`${at}.path`)} className={mono} spellCheck={false} />
          </Field>
          <Field
            label="Equals"
            error={errors.equals?.message}
            hint='A JSON value (42, true, "open"); plain text counts as a string; empty: the path exists.'
          >
            <Input {...register(`${at}.equals`)} className={mono} spellCheck={false} />
          </Field>
        </div>
      )
    case 'json_schema':
      return (
        <Field
          label="JSON Schema"
          error={errors.schema?.message}
          hint='A JSON object, e.g. {"type": "object", "required": ["category"]}.'
        >
          <Textarea {...register(`${at}.schema`)} rows={6} spellCheck={false} />
        </Field>
      )
    case 'tool_called':
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label="Tool" error={errors.match?.name?.message}>
            <Input {...register(`${at}.match.name`)} className={mono} spellCheck={false} />
          </Field>
          <Field label="API code" hint="call_api only; empty: any.">
            <Input {...register(`${at}.match.api_code`)} className={mono} spellCheck={false} />
          </Field>
          <Field label="Method" hint="e.g. PUT; empty: any.">
            <Input {...register(`${at}.match.method`)} className={mono} spellCheck={false} />
          </Field>
          <Field label="Path pattern" hint="* one segment, ** any rest, {name} one segment.">
            <Input {...register(`${at}.match.path`)} className={mono} spellCheck={false} />
          </Field>
          <Field
            label="Payload fields"
            error={errors.match?.payload?.message}
            hint="JSON object; each field must match."
          >
            <Textarea {...register(`${at}.match.payload`)} rows={2} spellCheck={false} />
          </Field>
          <Field label="Other arguments" error={errors.match?.arguments?.message} hint="JSON object; empty: any.">
            <Textarea {...register(`${at}.match.arguments`)} rows={2} spellCheck={false} />
          </Field>
          <Field label="At least (times)" error={errors.min?.message} hint="Empty: once.">
            <Input {...register(`${at}.min`)} inputMode="numeric" className={mono} />
          </Field>
          <Field label="At most (times)" error={errors.max?.message} hint="Empty: no limit; 0: never.">
            <Input {...register(`${at}.max`)} inputMode="numeric" className={mono} />
          </Field>
        </div>
      )
    case 'tool_order':
      return (
        <Field
          label="Calls, in order"
          error={errors.calls?.message}
          hint="A JSON array of tool matches (name, api_code, method, path, payload); other calls may come between."
        >
          <Textarea {...register(`${at}.calls`)} rows={5} spellCheck={false} />
        </Field>
      )
    case 'ttft_under':
    case 'total_time_under':
      return (
        <Field label="Limit (ms)" error={errors.ms?.message}>
          <Input {...register(`${at}.ms`)} inputMode="numeric" className={`${mono} max-w-40`} />
        </Field>
      )
    case 'judge':
      return (
        <div className="flex flex-col gap-2">
          <AssistantCodeField
            form={form}
            name={`${at}.assistant`}
            label="Judge assistant"
            hint={'It receives the output and the rubric and must answer {"pass": bool, "reason": string}.'}
            error={errors.assistant?.message}
          />
          <Field label="Rubric" error={errors.rubric?.message}>
            <Textarea {...register(`${at}.rubric`)} rows={3} className="font-sans" />
          </Field>
        </div>
      )
    default:
      return <p className="text-sm text-muted">Nothing to set: the run itself is checked.</p>
  }
}
