/**
 * "Test this draft": choose what to run (a suite with cases for this
 * assistant, or the playground request), confirm on production, then watch the
 * saved version and the draft (as a temporary copy) run side by side, with
 * Stop; the verdict shows differences first. Loaded lazily from the edit page.
 */
import { useId, useMemo, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { AlertTriangle, FlaskConical, Square } from 'lucide-react'
import { useConnection } from '@/api/connection-context'
import type { Assistant } from '@/contract/assistant'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import type { DraftValues } from '@/lib/qa/draft-copy'
import { useSuites } from '@/lib/qa/suite-store'
import { historyFor, useHistoryState } from '@/lib/run/run-history'
import { compareDraft } from './draft-compare'
import { playgroundChoice, suiteChoices, type DraftTestChoice } from './draft-test-choices'
import { draftTestDeps } from './draft-test-deps'
import { DraftTestResult } from './draft-test-result'
import { useDraftTest, type DraftTestState } from './use-draft-test'

export interface DraftTestDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  original: Assistant
  /** The draft as it is now (read when the test starts) and its fingerprint. */
  draft: () => { values: DraftValues; fingerprint: string }
}

export default function DraftTestDialog({ open, onOpenChange, original, draft }: DraftTestDialogProps) {
  const { code } = original
  const { client, identity, environment } = useConnection()
  const queryClient = useQueryClient()
  const deps = useMemo(() => draftTestDeps(client, identity, queryClient), [client, identity, queryClient])
  const test = useDraftTest(deps)
  const { state } = test

  const suites = useSuites()
  const history = useHistoryState(historyFor(identity))
  const choices = useMemo(() => {
    const fromSuites = suiteChoices(
      code,
      suites.entries.map((e) => e.suite),
    )
    return fromSuites.length > 0 ? fromSuites : [playgroundChoice(code, history.runs)]
  }, [code, suites.entries, history.runs])
  const [chosenId, setChosenId] = useState<string | null>(null)
  const chosen = choices.find((c) => c.id === chosenId) ?? choices[0]
  const [repeat, setRepeat] = useState(1)
  const production = environment.kind === 'production'
  const [productionOk, setProductionOk] = useState(false)

  const showSetup = state.phase === 'idle' || (state.phase === 'failed' && !state.live && !state.draft)
  const canStart = chosen !== undefined && (!production || productionOk) && !test.active

  const start = () => {
    if (!chosen) return
    const { values, fingerprint } = draft()
    void test.start({
      connection: identity,
      original,
      values,
      fingerprint,
      suite: chosen.suite,
      caseIds: chosen.caseIds,
      repeat,
    })
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        // Closing mid-run stops it: the copy must not outlive the test.
        if (!o) test.stop()
        onOpenChange(o)
      }}
      className="w-[min(96vw,60rem)]"
      title={`Test this draft of ${code}`}
      description="Runs the cases against the saved version and against your unsaved draft, side by side. The draft runs as a temporary copy of the assistant with no routes (no live traffic reaches it), deleted when the run ends."
      footer={
        test.active ? (
          <Button onClick={test.stop} disabled={state.phase === 'deleting'}>
            <Square className="size-4" aria-hidden /> Stop
          </Button>
        ) : showSetup ? (
          <>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button variant="primary" onClick={start} disabled={!canStart}>
              <FlaskConical className="size-4" aria-hidden /> {production ? 'Test on production' : 'Run live and draft'}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={test.reset}>Test again</Button>
            <Button variant="primary" onClick={() => onOpenChange(false)}>
              Done
            </Button>
          </>
        )
      }
    >
      <div className="flex flex-col gap-4">
        {state.leftover ? (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-md border border-danger/40 bg-danger/5 p-3 text-sm"
          >
            <AlertTriangle className="size-4 text-danger" aria-hidden />
            <span className="mr-auto">
              The temporary copy <code>{state.leftover.code}</code> could not be deleted: {state.leftover.error}
            </span>
            <Button size="sm" onClick={() => void test.retryDelete()}>
              Delete it
            </Button>
          </div>
        ) : null}
        {state.error ? (
          <p role="alert" className="text-sm text-danger">
            {state.error}
          </p>
        ) : null}
        {showSetup ? (
          <Setup
            choices={choices}
            chosen={chosen}
            onChoose={setChosenId}
            repeat={repeat}
            onRepeat={setRepeat}
            production={production ? { label: environment.label, ok: productionOk, onOk: setProductionOk } : null}
          />
        ) : (
          <Progress state={state} />
        )}
      </div>
    </Dialog>
  )
}

function Setup({
  choices,
  chosen,
  onChoose,
  repeat,
  onRepeat,
  production,
}: {
  choices: DraftTestChoice[]
  chosen: DraftTestChoice | undefined
  onChoose: (id: string) => void
  repeat: number
  onRepeat: (n: number) => void
  production: { label: string; ok: boolean; onOk: (ok: boolean) => void } | null
}) {
  const repeatId = useId()
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Test with</legend>
        {choices.map((c) => (
          <div key={c.id} className="flex items-start gap-2 rounded-md border border-border p-2 text-sm">
            <input
              type="radio"
              id={`${repeatId}-${c.id}`}
              name="draft-test-choice"
              className="mt-1"
              checked={chosen?.id === c.id}
              onChange={() => onChoose(c.id)}
              aria-describedby={`${repeatId}-${c.id}-hint`}
            />
            <label htmlFor={`${repeatId}-${c.id}`}>
              <span className="font-medium">{c.label}</span>
              <span id={`${repeatId}-${c.id}-hint`} className="block text-xs text-muted">
                {c.description}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={repeatId}>Repeat each case</label>
        <Input
          id={repeatId}
          type="number"
          min={1}
          max={5}
          className="w-20"
          value={repeat}
          onChange={(e) => onRepeat(Math.min(5, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
        />
        <span className="text-muted">times (shows flaky cases)</span>
      </div>
      {production ? (
        <label className="flex items-start gap-2 rounded-md border border-danger/40 bg-danger/5 p-3 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            checked={production.ok}
            onChange={(e) => production.onOk(e.target.checked)}
          />
          <span>
            <strong>{production.label} is a production connection.</strong> Testing creates a temporary assistant there
            for the length of the run (no routes, so no live traffic reaches it) and evaluates both versions on
            production. Create it and run.
          </span>
        </label>
      ) : null}
    </>
  )
}

function Progress({ state }: { state: DraftTestState }) {
  const request = state.request
  if (!request) return null
  const total = request.caseIds.length * request.repeat
  const comparison = compareDraft(request.suite, request.caseIds, state.live, state.draft)
  const status =
    state.phase === 'copying'
      ? 'Creating the temporary copy…'
      : state.phase === 'running'
        ? `Running ${request.suite.name}: live ${state.live?.attempts.length ?? 0}/${total}, draft ${state.draft?.attempts.length ?? 0}/${total}`
        : state.phase === 'deleting'
          ? `Deleting the temporary copy ${state.copyCode ?? ''}…`
          : state.stopped
            ? 'Stopped. The temporary copy was deleted.'
            : state.leftover
              ? 'Finished.'
              : 'Finished. The temporary copy was deleted.'
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted" aria-live="polite">
        {status}
      </p>
      {state.phase === 'running' ? (
        <div className="grid grid-cols-2 gap-3">
          <progress
            aria-label="Live progress"
            max={total}
            value={state.live?.attempts.length ?? 0}
            className="w-full"
          />
          <progress
            aria-label="Draft progress"
            max={total}
            value={state.draft?.attempts.length ?? 0}
            className="w-full"
          />
        </div>
      ) : null}
      {state.live || state.draft ? <DraftTestResult comparison={comparison} /> : null}
    </div>
  )
}
