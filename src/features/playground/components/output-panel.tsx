/**
 * The displayed run's output. Each part subscribes to its own slice of the run
 * store, so a streamed chunk re-renders the text and the metrics, nothing else;
 * the text is one text node, appended to at most once per frame.
 */
import { useLayoutEffect, useRef } from 'react'
import { AlertTriangle, Braces, Copy, Radio, Terminal } from 'lucide-react'
import { useApiClient } from '@/api/connection-context'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { copyText } from '../lib/clipboard'
import { absoluteUrl, buildCurl, evaluatePath, evaluateQuery } from '../lib/request'
import type { RunRecord } from '../run/run-model'
import { useRunSelector, type RunStore } from '../run/run-store'
import { MetricsList, StatusBadge } from './run-status'

const selectStatus = (r: RunRecord | null) => r?.status ?? null
const selectMode = (r: RunRecord | null) => r?.mode ?? null
const selectMetrics = (r: RunRecord | null) => r?.metrics ?? null
const selectError = (r: RunRecord | null) => r?.error ?? null
const selectHasRun = (r: RunRecord | null) => r !== null

export function OutputPanel({ store }: { store: RunStore }) {
  const hasRun = useRunSelector(store, selectHasRun)
  return (
    <Panel className="flex min-h-0 flex-col">
      <OutputHeader store={store} />
      {hasRun ? (
        <>
          <Metrics store={store} />
          <RunNotice store={store} />
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
          {status ? <StatusBadge status={status} /> : null}
        </span>
        {mode ? (
          <Badge title={mode === 'stream' ? 'Server-Sent Events' : 'The server answered plain JSON'}>
            {mode === 'stream' ? <Radio className="size-3" aria-hidden /> : <Braces className="size-3" aria-hidden />}
            {mode === 'stream' ? 'Streamed' : 'JSON answer'}
          </Badge>
        ) : null}
      </div>
      <div className="flex items-center gap-1">
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

function RunNotice({ store }: { store: RunStore }) {
  const status = useRunSelector(store, selectStatus)
  const error = useRunSelector(store, selectError)
  if (status === 'failed' && error) {
    return (
      <div
        role="alert"
        className="flex items-start gap-2 border-b border-danger/30 bg-danger/5 px-4 py-2.5 text-sm text-danger"
      >
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <span className="font-medium">Run failed:</span> {error.message}
          <span className="block text-xs text-muted">Any output that arrived before the failure is kept below.</span>
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
