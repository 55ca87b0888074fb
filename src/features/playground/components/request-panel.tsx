/** The request side: which assistant, which conversation, the transcript turns and the `input` JSON. */
import type { Dispatch, Ref, SetStateAction } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Eraser, ExternalLink, Info } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { assistantQueries } from '@/api/resources/assistants'
import { CodeEditor, type CodeEditorHandle } from '@/components/editor/code-editor'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { DEFAULT_INPUT, type InputParse } from '@/lib/run/evaluate-request'
import type { EditableTurn } from '@/lib/run/transcript'
import { AssistantPicker } from './assistant-picker'
import { TranscriptEditor } from './transcript-editor'

export interface RequestDraft {
  conversationId: string
  turns: EditableTurn[]
  inputText: string
}

interface RequestPanelProps {
  assistant: string | undefined
  onAssistantChange: (code: string) => void
  draft: RequestDraft
  onDraftChange: Dispatch<SetStateAction<RequestDraft>>
  /** The input editor is uncontrolled: loading a past request sets its text through this handle. */
  inputEditorRef: Ref<CodeEditorHandle>
  /** The assistant picker's button, focused when Run needs an assistant. */
  assistantPickerRef: Ref<HTMLButtonElement>
  input: InputParse
  /** Run was attempted: missing fields now show their errors. */
  attempted: boolean
  onSubmit: () => void
  /** Empties conversation, transcript and input (the request is otherwise kept until cleared). */
  onClear: () => void
}

export function RequestPanel({
  assistant,
  onAssistantChange,
  draft,
  onDraftChange,
  input,
  attempted,
  onSubmit,
  onClear,
  inputEditorRef,
  assistantPickerRef,
}: RequestPanelProps) {
  const client = useApiClient()
  const list = useQuery(assistantQueries.list(client))
  const selected = list.data?.find((a) => a.code === assistant)
  const unknown = assistant !== undefined && list.isSuccess && !selected
  const assistantError = unknown
    ? `No assistant “${assistant}” on this connection.`
    : attempted && !assistant
      ? 'Choose an assistant to run.'
      : undefined
  const transcriptOff = selected?.include_conversation_transcript === false

  return (
    <Panel className="flex flex-col gap-5 p-4">
      <div className="-mt-1 -mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">Request</h2>
        <Button
          size="sm"
          variant="ghost"
          onClick={onClear}
          title="Empty the conversation, transcript and input. The request is otherwise kept for this connection, across pages and reloads."
        >
          <Eraser className="size-3.5" aria-hidden /> Clear request
        </Button>
      </div>
      <Field
        label="Assistant"
        apiName="code"
        error={assistantError}
        hint={
          selected ? (
            <Link
              to="/assistants/$code"
              params={{ code: selected.code }}
              className="inline-flex items-center gap-1 hover:text-fg hover:underline"
            >
              Open its configuration <ExternalLink className="size-3" aria-hidden />
            </Link>
          ) : undefined
        }
      >
        <AssistantPicker
          ref={assistantPickerRef}
          value={assistant}
          onChange={onAssistantChange}
          assistants={list.data}
          loading={list.isPending}
          error={list.isError ? list.error.message : null}
        />
      </Field>
      <Field
        label="Conversation"
        apiName="conversation_id"
        hint={
          transcriptOff ? (
            <span className="inline-flex items-start gap-1 text-warning">
              <Info className="mt-px size-3.5 shrink-0" aria-hidden />
              This assistant has include_conversation_transcript off: it does not receive the conversation&rsquo;s
              transcript. Add turns below to give it one.
            </span>
          ) : (
            'Optional. The assistant receives this conversation’s transcript (turns below take precedence) and metadata.'
          )
        }
      >
        <Input
          value={draft.conversationId}
          onChange={(e) => onDraftChange({ ...draft, conversationId: e.target.value })}
          placeholder="e.g. 669fbd2936688700080849f5"
          spellCheck={false}
          className="font-mono"
        />
      </Field>
      <TranscriptEditor turns={draft.turns} onChange={(turns) => onDraftChange({ ...draft, turns })} />
      <div className="flex flex-col gap-1.5">
        <div className="flex items-baseline justify-between gap-2">
          <span id="input-label" className="flex items-baseline gap-2 text-sm font-medium">
            Input <code className="text-xs font-normal text-muted">input</code>
          </span>
          <span className="text-xs text-muted">JSON object · parameters for the prompt</span>
        </div>
        <CodeEditor
          language="json"
          ariaLabel="Input (JSON)"
          height={150}
          defaultValue={draft.inputText}
          handleRef={inputEditorRef}
          onChange={(inputText) => onDraftChange((d) => ({ ...d, inputText }))}
          onSubmit={onSubmit}
          placeholder={DEFAULT_INPUT}
          invalid={!input.ok}
        />
        {!input.ok ? (
          <p role="alert" className="text-xs font-medium text-danger">
            {input.error}
          </p>
        ) : (
          <p className="text-xs text-muted">
            Mock-only controls go in <code>_mock</code>, e.g. <code>{'{"_mock": {"delay_ms": 60}}'}</code>.
          </p>
        )}
      </div>
    </Panel>
  )
}
