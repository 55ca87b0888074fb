/**
 * Start a run: input, args (a JSON array of strings, in Monaco), stream on or
 * off, and against a mock the `_mock` controls that reach every status. On the
 * edit kit: one start in flight, server errors at their fields, the text kept
 * on failure and as a draft.
 */
import { useRef } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import { Controller } from 'react-hook-form'
import { useConnection, useConnectionIdentity } from '@/api/connection-context'
import { griptapeErrorReader } from '@/api/resources/griptape/errors'
import { MOCK_HANG_STATUSES, MOCK_OUTCOMES, type AssistantRun } from '@/contract/griptape/assistant-run'
import { useEditKit } from '@/lib/edit/use-edit-kit'
import { EditForm } from '@/components/edit/edit-form'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Field } from '@/components/ui/field'
import { Input, Textarea } from '@/components/ui/input'
import { Switch } from '@/components/ui/switch'
import { useStartRun } from '../api/run-mutations'
import {
  EMPTY_RUN_FORM,
  RUN_FIELD_LABELS,
  RUN_FORM_FIELDS,
  runFieldName,
  runFormSchema,
  runToFormValues,
  toRunCreate,
  type RunFormValues,
} from '../run-form-schema'

const readRunError = griptapeErrorReader(runFieldName)
const selectClass =
  'h-9 w-full rounded-md border border-border bg-surface px-2 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-accent aria-[invalid=true]:border-danger'

export function RunForm({
  assistantId,
  onStarted,
}: {
  assistantId: string
  onStarted: (run: AssistantRun) => unknown
}) {
  const identity = useConnectionIdentity()
  const { environment } = useConnection()
  const mock = environment.kind === 'mock'
  const start = useStartRun(assistantId, readRunError)
  const sent = useRef<RunFormValues | null>(null)
  const kit = useEditKit<RunFormValues, AssistantRun>({
    resolver: zodResolver(runFormSchema),
    fields: RUN_FORM_FIELDS,
    record: null,
    empty: EMPTY_RUN_FORM,
    toValues: (run) => runToFormValues(sent.current, run),
    save: (values) => {
      sent.current = values
      return start.mutateAsync(toRunCreate(values, mock))
    },
    onSaved: (run) => onStarted(run),
    draft: { connection: identity, scope: ['griptape-run', assistantId] },
    what: 'start the run',
  })
  const { form } = kit
  const { errors } = form.formState
  const outcome = form.watch('outcome')
  return (
    <EditForm kit={kit} label="Start a run" labels={RUN_FIELD_LABELS} saveLabel="Start run" bar="inline">
      <Field label="Input" apiName="input" error={errors.input?.message} hint="Ctrl+Enter starts the run.">
        <Textarea
          rows={3}
          className="font-sans"
          placeholder="What should the assistant do?"
          {...form.register('input')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              kit.submit()
            }
          }}
        />
      </Field>
      <div className="flex flex-col gap-1.5">
        <span className="flex items-baseline gap-2 text-sm font-medium">
          Args <code className="text-xs font-normal text-muted">args</code>
        </span>
        <FormCodeEditor
          form={form}
          name="args"
          language="json"
          ariaLabel="Args (JSON array of strings)"
          height={72}
          onSubmit={kit.submit}
          hint='A JSON array of strings, e.g. ["--tone", "friendly"]. Empty for none.'
        />
      </div>
      <Controller
        control={form.control}
        name="stream"
        render={({ field }) => (
          <div className="flex items-center gap-3 text-sm">
            <Switch checked={field.value} onCheckedChange={field.onChange} aria-label="Stream the output" />
            <span aria-hidden>
              Stream the output <code className="text-xs text-muted">stream</code>
              <span className="block text-xs text-muted">
                On: text arrives chunk by chunk. Off: it arrives with the final event.
              </span>
            </span>
          </div>
        )}
      />
      {mock ? (
        <fieldset className="grid gap-3 rounded-md border border-dashed border-border p-3 sm:grid-cols-2">
          <legend className="px-1 text-xs font-medium text-muted">
            Mock controls <code>_mock</code> (this environment is a mock)
          </legend>
          <Field label="Outcome" apiName="_mock.outcome" error={errors.outcome?.message}>
            <select className={selectClass} {...form.register('outcome')}>
              <option value="">Default (SUCCEEDED)</option>
              {MOCK_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Hang in" apiName="_mock.hang_status" error={errors.hangStatus?.message}>
            <select className={selectClass} disabled={outcome !== 'HANG'} {...form.register('hangStatus')}>
              {MOCK_HANG_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Chunks" apiName="_mock.chunks" error={errors.chunks?.message}>
            <Input inputMode="numeric" placeholder="4" {...form.register('chunks')} />
          </Field>
          <Field label="Step delay (ms)" apiName="_mock.delay_ms" error={errors.delayMs?.message}>
            <Input inputMode="numeric" placeholder="300" {...form.register('delayMs')} />
          </Field>
        </fieldset>
      ) : null}
    </EditForm>
  )
}
