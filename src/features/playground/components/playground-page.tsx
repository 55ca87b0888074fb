/**
 * The evaluate playground: build a request, run it (streamed when the server
 * can, JSON otherwise), watch output, tool calls and prompt, keep every run.
 * Ctrl/Cmd+Enter runs, Escape stops.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { Play, Square } from 'lucide-react'
import { useConnection } from '@/api/connection-context'
import { Button } from '@/components/ui/button'
import type { CodeEditorHandle } from '@/components/editor/code-editor'
import { Page } from '@/components/ui/page'
import { DEFAULT_INPUT, parseInput } from '@/lib/run/evaluate-request'
import { toEditable, toTurns } from '@/lib/run/transcript'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import { historyFor } from '@/lib/run/run-history'
import { useRunSelector } from '@/lib/run/run-store'
import { useRunner } from '../run/use-runner'
import { EventTimeline } from '@/components/run/event-timeline'
import { OutputPanel } from './output-panel'
import { PromptPanel } from '@/components/run/prompt-panel'
import { RequestPanel, type RequestDraft } from './request-panel'
import { RunHistoryPanel } from './run-history-panel'

const selectStatus = (r: RunRecord | null) => r?.status ?? null
const selectId = (r: RunRecord | null) => r?.id ?? null

const draftOf = (req: RunRequest): RequestDraft => ({
  conversationId: req.conversationId ?? '',
  turns: toEditable(req.transcript ?? []),
  inputText: JSON.stringify(req.input, null, 2),
})

export function PlaygroundPage({
  assistant,
  onAssistantChange,
}: {
  assistant: string | undefined
  onAssistantChange: (code: string) => void
}) {
  const { client, identity } = useConnection()
  // The stable identity, not client.key: that changes whenever the connection is re-applied.
  const history = historyFor(identity)
  const runner = useRunner(client, history)
  const status = useRunSelector(runner.store, selectStatus)
  const currentId = useRunSelector(runner.store, selectId)
  const running = status === 'queued' || status === 'running'
  const [draft, setDraft] = useState<RequestDraft>({ conversationId: '', turns: [], inputText: DEFAULT_INPUT })
  const [attempted, setAttempted] = useState(false)
  const inputEditor = useRef<CodeEditorHandle>(null)
  const input = parseInput(draft.inputText)

  const run = () => {
    if (!assistant || !input.ok) {
      setAttempted(true)
      return
    }
    void runner.start({
      assistant,
      conversationId: draft.conversationId.trim() || null,
      input: input.value,
      transcript: draft.turns.length > 0 ? toTurns(draft.turns) : null,
    })
  }
  const loadRun = (past: RunRecord) => {
    const next = draftOf(past.request)
    setDraft(next)
    inputEditor.current?.setValue(next.inputText)
    if (past.request.assistant !== assistant) onAssistantChange(past.request.assistant)
  }

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !e.defaultPrevented) {
      e.preventDefault()
      if (!running) run()
    } else if (e.key === 'Escape' && running && !document.querySelector('[role="dialog"]')) {
      runner.stop()
    }
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  const actions = running ? (
    <Button variant="danger" onClick={runner.stop} aria-keyshortcuts="Escape">
      <Square className="size-3.5 fill-current" aria-hidden /> Stop
      <kbd className="ml-1 rounded border border-white/30 px-1 text-[11px] font-normal">Esc</kbd>
    </Button>
  ) : (
    <Button variant="primary" onClick={run} aria-keyshortcuts="Control+Enter Meta+Enter">
      <Play className="size-3.5 fill-current" aria-hidden /> Run
      <kbd className="ml-1 rounded border border-white/30 px-1 text-[11px] font-normal">Ctrl ↵</kbd>
    </Button>
  )

  return (
    <Page
      title="Playground"
      description="Evaluate an assistant on a transcript and input: watch the output stream, its tool calls and the prompt it received."
      actions={actions}
      className="max-w-[100rem]"
    >
      <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
        <RequestPanel
          assistant={assistant}
          onAssistantChange={onAssistantChange}
          draft={draft}
          onDraftChange={setDraft}
          input={input}
          attempted={attempted}
          onSubmit={() => !running && run()}
          inputEditorRef={inputEditor}
        />
        <div className="@container flex min-w-0 flex-col gap-5">
          <div className="grid items-start gap-5 @3xl:grid-cols-[minmax(0,1fr)_minmax(0,21rem)]">
            <OutputPanel store={runner.store} />
            <EventTimeline store={runner.store} />
          </div>
          <PromptPanel store={runner.store} />
        </div>
      </div>
      <RunHistoryPanel
        history={history}
        currentId={currentId}
        onOpen={(past) => {
          runner.open(past)
          loadRun(past)
        }}
        onRerun={(past) => {
          loadRun(past)
          void runner.start(past.request)
        }}
      />
    </Page>
  )
}
