/**
 * The displayed run's output. Each part subscribes to its own slice of the run
 * store, so a streamed chunk re-renders the text and the metrics, nothing else;
 * the text is one text node, appended to at most once per frame.
 */
import { useId, useLayoutEffect, useMemo, useRef } from 'react'
import { AlertTriangle, Braces, Copy, Radio, Terminal } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Panel } from '@/components/ui/page'
import { copyText } from '@/lib/clipboard'
import { absoluteUrl, buildCurl, evaluatePath, evaluateQuery } from '@/lib/run/evaluate-request'
import {
  inactivityTimeout,
  MAX_INACTIVITY_TIMEOUT_S,
  MIN_INACTIVITY_TIMEOUT_S,
  parseTimeoutSeconds,
  useInactivityTimeout,
} from '../run/inactivity-timeout'
import { failureLabel } from '@/lib/run/run-failure'
import { isTerminal, type RunRecord } from '@/lib/run/run-model'
import { useRunSelector, type RunStore } from '@/lib/run/run-store'
import { toolFailures, type ToolFailure } from '@/lib/run/tool-failures'
import { FailureBadge, MetricsList, StatusBadge } from '@/components/run/run-status'
import { ToolFailuresNotice } from '@/components/run/tool-failures-notice'
import { MakeTestCaseLink } from './make-test-case-link'

const selectStatus = (r: RunRecord | null) => r?.status ?? null
const selectMode = (r: RunRecord | null) => r?.mode ?? null
const selectMetrics = (r: RunRecord | null) => r?.metrics ?? null
const selectError = (r: RunRecord | null) => r?.error ?? null
const selectFailureCode = (r: RunRecord | null) => (r?.status === 'failed' ? (r.error?.code ?? null) : null)
const selectHasOutput = (r: RunRecord | null) => (r?.output ?? '') !== ''
const selectHasRun = (r: RunRecord | null) => r !== null
const selectFinishedId = (r: RunRecord | null) => (r && isTerminal(r.status) ? r.id : null)
// A string, so the selector's snapshot is stable between store updates (useSyncExternalStore compares by value).
const selectToolFailures = (r: RunRecord | null) => (r?.status === 'succeeded' ? JSON.stringify(toolFailures(r)) : '[]')

function useToolFailures(store: RunStore): ToolFailure[] {
  const json = useRunSelector(store, selectToolFailures)
  return useMemo(() => JSON.parse(json) as ToolFailure[], [json])
}

export function OutputPanel({ store }: { store: RunStore }) {
  const hasRun = useRunSelector(store, selectHasRun)
  return (
    <Panel className="flex min-h-0 flex-col">
      <OutputHeader store={store} />
      {hasRun ? (
        <>
          <Metrics store={store} />
          <RunNotice store={store} />
          <FailedTools store={store} />
        </>
      ) : null}
      <OutputText store={store} />
    </Panel>
  )
}

function OutputHeader({ store }: { store: RunStore }) {
  const client = useApiClient()
  const status = useRunSelector(store, selectStatus)
  const mode = useRunSelector(store, selectMode)
  const failureCode = useRunSelector(store, selectFailureCode)
  const failedTools = useToolFailures(store).length
  const finishedId = useRunSelector(store, selectFinishedId)
  const copyCurl = () => {
    const run = store.getSnapshot()
    if (!run) return
    const url = absoluteUrl(
      client.url(evaluatePath(run.request.assistant), evaluateQuery(run.request)),
      window.location.origin,
    )
    void copyText(buildCurl(run.request, url), 'curl command')
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-2.5">
      <div className="flex items-center gap-2">
        <h2 className="text-sm font-semibold">Output</h2>
        <span role="status" aria-label="Run status">
          {status ? <StatusBadge status={status} failedTools={failedTools} /> : null}
        </span>
        <FailureBadge code={failureCode} />
        {mode ? (
          <Badge title={mode === 'stream' ? 'Server-Sent Events' : 'The server answered plain JSON'}>
            {mode === 'stream' ? <Radio className="size-3" aria-hidden /> : <Braces className="size-3" aria-hidden />}
            {mode === 'stream' ? 'Streamed' : 'JSON answer'}
          </Badge>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <InactivityTimeoutField />
        <Button
          size="sm"
          variant="ghost"
          disabled={!status}
          onClick={() => void copyText(store.getSnapshot()?.output ?? '', 'Output')}
        >
          <Copy className="size-3.5" aria-hidden /> Copy output
        </Button>
        <Button size="sm" variant="ghost" disabled={!status} onClick={copyCurl}>
          <Terminal className="size-3.5" aria-hidden /> Copy as curl
        </Button>
        {finishedId ? <MakeTestCaseLink runId={finishedId} /> : null}
      </div>
    </div>
  )
}

function Metrics({ store }: { store: RunStore }) {
  const metrics = useRunSelector(store, selectMetrics)
  return metrics ? (
    <div className="border-b border-border bg-surface-2/40 px-4 py-2.5">
      <MetricsList metrics={metrics} />
    </div>
  ) : null
}

function FailedTools({ store }: { store: RunStore }) {
  return <ToolFailuresNotice failures={useToolFailures(store)} />
}

/** What to do next, by kind of failure; the request itself is never touched by a failed run. */
function nextStep(code: string | null): string {
  if (code === 'timeout') return 'Run again, or wait longer with “Stop waiting after” if the model is slow.'
  if (code === 'offline') return 'Reconnect, then Run again.'
  if (code === '401' || code === '403' || code === 'auth')
    return 'Check the connection’s credentials and scopes in Settings, then Run again.'
  if (code && /^4\d\d$/.test(code)) return 'Correct it, then Run again.'
  return 'Run again when ready.'
}

function RunNotice({ store }: { store: RunStore }) {
  const status = useRunSelector(store, selectStatus)
  const error = useRunSelector(store, selectError)
  const hasOutput = useRunSelector(store, selectHasOutput)
  if (status === 'failed' && error) {
    // The kind of failure, unless the message already starts with it ("HTTP 502 …").
    const kind = failureLabel(error.code)
    const label = kind && !error.message.startsWith(kind) ? kind : null
    return (
      <div
        role="alert"
        className="flex items-start gap-2 border-b border-danger/30 bg-danger/5 px-4 py-2.5 text-sm text-danger"
      >
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <span className="font-medium">Run failed{label ? ` · ${label}` : ''}:</span> {error.message}
          <span className="block text-xs text-muted">
            {hasOutput ? 'The output that arrived before the failure is kept below. ' : ''}
            Your request is unchanged. {nextStep(error.code)}
          </span>
        </p>
      </div>
    )
  }
  if (status === 'cancelled') {
    return (
      <p className="border-b border-warning/30 bg-warning/5 px-4 py-2 text-sm text-warning">
        Stopped. The partial output is kept.
      </p>
    )
  }
  return null
}

/**
 * The inactivity timeout: a run that receives nothing for this long is stopped
 * (its output so far kept). Uncontrolled, so typing through an invalid value
 * ("" on the way from 30 to 5) is not fought; only valid values are kept.
 */
function InactivityTimeoutField() {
  const id = useId()
  const seconds = useInactivityTimeout()
  return (
    <span
      className="mr-2 flex items-center gap-1.5 text-xs text-muted"
      title="A run that receives nothing from the server for this long is stopped; the output so far is kept. Applies to the next run."
    >
      <label htmlFor={id}>Stop waiting after</label>
      <Input
        id={id}
        aria-describedby={`${id}-unit`}
        type="number"
        inputMode="numeric"
        min={MIN_INACTIVITY_TIMEOUT_S}
        max={MAX_INACTIVITY_TIMEOUT_S}
        step={1}
        defaultValue={seconds}
        onChange={(e) => {
          const next = parseTimeoutSeconds(e.currentTarget.value)
          if (next !== null) inactivityTimeout.set(next)
        }}
        onBlur={(e) => {
          e.currentTarget.value = String(inactivityTimeout.getSnapshot())
        }}
        className="h-7 w-16 px-2 text-xs tabular-nums"
      />
      <span aria-hidden>s of silence</span>
      <span id={`${id}-unit`} className="sr-only">
        seconds without any data from the server
      </span>
    </span>
  )
}

const selectEmpty = (r: RunRecord | null) => r !== null && r.output === ''

/**
 * The text is written outside React into one text node with appendData: the
 * browser then lays out only what was appended, where replacing the whole
 * string every frame re-shapes tens of thousands of characters.
 */
function OutputText({ store }: { store: RunStore }) {
  const status = useRunSelector(store, selectStatus)
  const empty = useRunSelector(store, selectEmpty)
  const running = status === 'queued' || status === 'running'
  const scroller = useRef<HTMLDivElement>(null)
  const textRef = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const el = textRef.current
    const box = scroller.current
    if (!el || !box) return
    const node = document.createTextNode('')
    el.replaceChildren(node)
    const sync = () => {
      const run = store.getSnapshot()
      const text = run?.output ?? ''
      if (text === node.data) return
      // Follow the text while it streams, unless the reader scrolled up to read.
      const follow = box.scrollHeight - box.scrollTop - box.clientHeight < 80
      if (text.length > node.data.length && text.startsWith(node.data)) node.appendData(text.slice(node.data.length))
      else node.data = text
      if (follow && run && !['succeeded', 'failed', 'cancelled'].includes(run.status)) box.scrollTop = box.scrollHeight
    }
    sync()
    return store.subscribe(sync)
  }, [store])
  return (
    <div
      ref={scroller}
      role="log"
      aria-label="Output"
      aria-live="polite"
      aria-busy={running}
      className="max-h-[32rem] min-h-48 overflow-auto px-4 py-3"
    >
      {status === null ? (
        <p className="text-sm text-muted">
          Pick an assistant and run it: the output streams in here.{' '}
          <kbd className="rounded border border-border px-1 text-xs">Ctrl</kbd>+
          <kbd className="rounded border border-border px-1 text-xs">Enter</kbd> runs,{' '}
          <kbd className="rounded border border-border px-1 text-xs">Esc</kbd> stops.
        </p>
      ) : null}
      <p hidden={status === null} className="text-[15px] leading-relaxed break-words whitespace-pre-wrap">
        <span ref={textRef} />
        {running ? (
          <span
            aria-hidden
            className="ml-0.5 inline-block h-4 w-1.5 translate-y-0.5 animate-pulse rounded-sm bg-accent"
          />
        ) : null}
      </p>
      {status !== null && !running && empty ? <p className="text-sm text-muted italic">No output.</p> : null}
    </div>
  )
}
