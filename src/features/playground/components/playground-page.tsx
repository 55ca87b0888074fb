/**
 * The evaluate playground: build a request, run it (streamed when the server
 * can, JSON otherwise), watch output, tool calls and prompt, keep every run.
 * Ctrl/Cmd+Enter runs, Escape stops. The request is kept per connection
 * (saved-request.ts) until the user clears it.
 */
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react'
import { Navigate } from '@tanstack/react-router'
import { useConnection } from '@/api/connection-context'
import type { CodeEditorHandle } from '@/components/editor/code-editor'
import { Page } from '@/components/ui/page'
import { Skeleton } from '@/components/ui/skeleton'
import { parseInput, type InputParse } from '@/lib/run/evaluate-request'
import { toEditable, toTurns } from '@/lib/run/transcript'
import type { RunRecord, RunRequest } from '@/lib/run/run-model'
import { historyFor } from '@/lib/run/run-history'
import { useRunSelector } from '@/lib/run/run-store'
import { EMPTY_REQUEST, savedRequestFor, type SavedRequest, type SavedRequestStore } from '../lib/saved-request'
import { useRunner } from '../run/use-runner'
import { EventTimeline } from '@/components/run/event-timeline'
import { OutputPanel } from './output-panel'
import { PromptPanel } from '@/components/run/prompt-panel'
import { RequestPanel, type RequestDraft } from './request-panel'
import { RunActions } from './run-actions'
import { RunHistoryPanel } from './run-history-panel'

const selectStatus = (r: RunRecord | null) => r?.status ?? null
const selectId = (r: RunRecord | null) => r?.id ?? null

const TITLE = 'Playground'
const DESCRIPTION =
  'Evaluate an assistant on a transcript and input: watch the output stream, its tool calls and the prompt it received.'

const draftOf = (req: RunRequest): RequestDraft => ({
  conversationId: req.conversationId ?? '',
  turns: toEditable(req.transcript ?? []),
  inputText: JSON.stringify(req.input, null, 2),
})

const draftFromSaved = (saved: SavedRequest): RequestDraft => ({
  conversationId: saved.conversationId,
  turns: toEditable(saved.transcript),
  inputText: saved.inputText,
})

/** Why Run cannot start, in the words shown beside the button (the field says the details). */
function runProblem(assistant: string | undefined, input: InputParse): string | null {
  if (!assistant) return 'Cannot run: choose an assistant first.'
  if (!input.ok)
    return input.error.startsWith('Not valid JSON')
      ? 'Cannot run: the input is not valid JSON. Correct it in the Input field.'
      : 'Cannot run: the input must be a JSON object ({ … }). Correct it in the Input field.'
  return null
}

interface PlaygroundPageProps {
  assistant: string | undefined
  onAssistantChange: (code: string) => void
}

/** Waits for the connection's saved request (IndexedDB, a few ms), then shows the playground. */
export function PlaygroundPage(props: PlaygroundPageProps) {
  const { identity } = useConnection()
  const saved = savedRequestFor(identity)
  const loaded = useSyncExternalStore(saved.subscribe, saved.isLoaded, saved.isLoaded)
  useEffect(() => void saved.load(), [saved])
  if (!loaded) {
    return (
      <Page title={TITLE} description={DESCRIPTION} className="max-w-[100rem]">
        <Skeleton className="h-96" />
      </Page>
    )
  }
  // /playground without ?assistant= returns to the request last used (here, not in the route's
  // beforeLoad: that would put IndexedDB code and a dynamic import into the entry chunk).
  const remembered = saved.get().assistant
  if (!props.assistant && remembered) {
    return <Navigate to="/playground" search={{ assistant: remembered }} replace />
  }
  // Another connection is another request: start from its own saved one.
  return <Playground key={identity} {...props} saved={saved} />
}

function Playground({ assistant, onAssistantChange, saved }: PlaygroundPageProps & { saved: SavedRequestStore }) {
  const { client, identity } = useConnection()
  // The stable identity, not client.key: that changes whenever the connection is re-applied.
  const history = historyFor(identity)
  const runner = useRunner(client, history)
  const status = useRunSelector(runner.store, selectStatus)
  const currentId = useRunSelector(runner.store, selectId)
  const running = status === 'queued' || status === 'running'
  const [draft, setDraft] = useState<RequestDraft>(() => draftFromSaved(saved.get()))
  const [attempted, setAttempted] = useState(false)
  const inputEditor = useRef<CodeEditorHandle>(null)
  const assistantPicker = useRef<HTMLButtonElement>(null)
  const input = parseInput(draft.inputText)
  const problem = attempted ? runProblem(assistant, input) : null

  // Keep the request (IndexedDB) as it is edited, the assistant from the URL included. A render without
  // one (the URL had none, or the route is being left) never forgets the assistant last chosen.
  useEffect(() => {
    saved.save({
      assistant: assistant ?? saved.get().assistant,
      conversationId: draft.conversationId,
      transcript: toTurns(draft.turns),
      inputText: draft.inputText,
    })
  }, [saved, assistant, draft])

  const run = () => {
    if (runProblem(assistant, input)) {
      setAttempted(true)
      // Take the user to what needs fixing.
      if (!assistant) assistantPicker.current?.focus()
      else inputEditor.current?.focus()
      return
    }
    if (!assistant || !input.ok) return
    void runner.start({
      assistant,
      conversationId: draft.conversationId.trim() || null,
      input: input.value,
      transcript: draft.turns.length > 0 ? toTurns(draft.turns) : null,
    })
  }
  const showDraft = (next: RequestDraft) => {
    setDraft(next)
    inputEditor.current?.setValue(next.inputText)
  }
  const loadRun = (past: RunRecord) => {
    showDraft(draftOf(past.request))
    if (past.request.assistant !== assistant) onAssistantChange(past.request.assistant)
  }
  const clear = () => {
    showDraft(draftFromSaved({ ...EMPTY_REQUEST, assistant: assistant ?? null }))
    setAttempted(false)
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

  return (
    <Page
      title={TITLE}
      description={DESCRIPTION}
      actions={<RunActions running={running} problem={problem} onRun={run} onStop={runner.stop} />}
      className="max-w-[100rem]"
    >
      {/* Two columns from 1024 px, so the output is on screen beside the request while it runs. Explicit
          grid-cols-1 (minmax(0, 1fr)) below that: an implicit auto track would grow to the longest unbroken
          string (a call_api path) and scroll the page sideways. */}
      <div className="grid grid-cols-1 items-start gap-5 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] xl:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
        <RequestPanel
          assistant={assistant}
          onAssistantChange={onAssistantChange}
          draft={draft}
          onDraftChange={setDraft}
          input={input}
          attempted={attempted}
          onSubmit={() => !running && run()}
          onClear={clear}
          inputEditorRef={inputEditor}
          assistantPickerRef={assistantPicker}
        />
        <div className="@container flex min-w-0 flex-col gap-5">
          <div className="grid grid-cols-1 items-start gap-5 @3xl:grid-cols-[minmax(0,1fr)_minmax(0,21rem)]">
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
