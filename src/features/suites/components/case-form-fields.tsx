/** The case's fields: name, assistant, conversation, transcript and input (JSON editors), assertions. */
import { useState } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { ClipboardPaste } from 'lucide-react'
import { FormCodeEditor } from '@/components/form/form-code-editor'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { parseTranscriptText, type CaseFormValues } from '../case-form-schema'
import { speakerLabel } from '@/lib/run/transcript'
import { AssertionsEditor } from './assertions-editor'
import { AssistantCodeField } from './assistant-code-field'
import { PasteTranscriptDialog } from '@/components/run/paste-transcript-dialog'

/** The transcript as turns when the text is a valid one (a paste may append to it). */
function existingTurns(form: UseFormReturn<CaseFormValues>) {
  const parsed = parseTranscriptText(form.getValues('transcript'))
  return parsed.ok ? parsed.value : null
}

export function CaseFormFields({ form }: { form: UseFormReturn<CaseFormValues> }) {
  const { errors } = form.formState
  const [pasting, setPasting] = useState(false)
  return (
    <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <Panel className="flex flex-col gap-4 p-5">
        <Field label="Name" error={errors.name?.message}>
          <Input {...form.register('name')} autoComplete="off" />
        </Field>
        <AssistantCodeField form={form} name="assistant" label="Assistant" error={errors.assistant?.message} />
        <Field
          label="Conversation ID"
          apiName="conversation_id"
          hint="Optional. The assistant receives this conversation's transcript (the transcript below takes precedence) and metadata."
        >
          <Input {...form.register('conversation_id')} autoComplete="off" className="font-mono" />
        </Field>
        <div className="flex flex-col gap-1.5">
          <div className="flex items-center justify-between gap-2">
            <span className="text-sm font-medium">Transcript</span>
            <Button size="sm" onClick={() => setPasting(true)}>
              <ClipboardPaste className="size-3.5" aria-hidden /> Paste raw transcript
            </Button>
          </div>
          <FormCodeEditor
            form={form}
            name="transcript"
            language="json"
            ariaLabel="Transcript (JSON)"
            height={220}
            hint='A JSON list of turns, e.g. [{"speaker": "customer", "text": "Hi"}]. Empty: none sent.'
          />
          <TranscriptPreview form={form} />
        </div>
        <div className="flex flex-col gap-1.5">
          <span className="text-sm font-medium">
            Input <code className="text-xs font-normal text-muted">input</code>
          </span>
          <FormCodeEditor
            form={form}
            name="input"
            language="json"
            ariaLabel="Input (JSON)"
            height={140}
            hint="The JSON object sent as input."
          />
        </div>
      </Panel>
      <Panel className="p-5">
        <AssertionsEditor form={form} />
      </Panel>
      <PasteTranscriptDialog
        open={pasting}
        onOpenChange={setPasting}
        hasTurns={(existingTurns(form)?.length ?? 0) > 0}
        onApply={(turns, mode) => {
          const next = mode === 'append' ? [...(existingTurns(form) ?? []), ...turns] : turns
          form.setValue('transcript', JSON.stringify(next, null, 2), { shouldDirty: true, shouldValidate: true })
        }}
      />
    </div>
  )
}

const PREVIEW_TURNS = 6

/** The transcript as turns, as the assistant will receive it (or why it cannot be read). */
function TranscriptPreview({ form }: { form: UseFormReturn<CaseFormValues> }) {
  const parsed = parseTranscriptText(useWatch({ control: form.control, name: 'transcript' }))
  if (!parsed.ok) return null
  const turns = parsed.value ?? []
  return (
    <div className="rounded-md border border-border bg-surface-2/50 px-3 py-2 text-sm">
      <h4 className="text-xs font-medium text-muted uppercase">
        Reads as {turns.length} turn{turns.length === 1 ? '' : 's'}
      </h4>
      {turns.length > 0 ? (
        <ol aria-label="Transcript turns" className="mt-1 flex flex-col gap-0.5">
          {turns.slice(0, PREVIEW_TURNS).map((t, i) => (
            <li key={i} className="flex gap-2">
              <span className="w-16 shrink-0 text-xs font-medium text-muted">{speakerLabel(t.speaker)}</span>
              <span className="min-w-0 truncate">{t.text}</span>
            </li>
          ))}
          {turns.length > PREVIEW_TURNS ? (
            <li className="text-xs text-muted">and {turns.length - PREVIEW_TURNS} more</li>
          ) : null}
        </ol>
      ) : null}
    </div>
  )
}
