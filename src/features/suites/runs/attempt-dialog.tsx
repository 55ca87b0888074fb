/** One attempt of a case, opened from its grid cell: verdicts first, then the run as the playground shows it. */
import { useState } from 'react'
import { Dialog } from '@/components/ui/dialog'
import { EventTimeline } from '@/components/run/event-timeline'
import { PromptPanel } from '@/components/run/prompt-panel'
import { FailureBadge, MetricsList, StatusBadge } from '@/components/run/run-status'
import type { CaseAttempt } from '@/lib/qa/results'
import { RunStore } from '@/lib/run/run-store'
import { toolFailures } from '@/lib/run/tool-failures'
import { AssertionVerdicts } from './assertion-verdicts'

const ATTEMPT_STATUS: Record<CaseAttempt['status'], string> = {
  passed: 'Every checkable assertion passed.',
  failed: 'At least one assertion failed.',
  error: 'The run could not be made, so nothing was judged.',
  cancelled: 'Stopped before it finished.',
}

export function AttemptDialog({
  attempt,
  caseName,
  onClose,
}: {
  attempt: CaseAttempt
  caseName: string
  onClose: () => void
}) {
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      title={`${caseName} · attempt ${attempt.attempt + 1}`}
      description={ATTEMPT_STATUS[attempt.status]}
      className="w-[min(96vw,60rem)]"
    >
      <AttemptBody attempt={attempt} />
    </Dialog>
  )
}

function AttemptBody({ attempt }: { attempt: CaseAttempt }) {
  // The shared run views read a RunStore; this one holds the finished run and never changes.
  const [store] = useState(() => {
    const s = new RunStore()
    s.load(attempt.run)
    return s
  })
  const { run } = attempt
  const failedTools = toolFailures(run)
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="attempt-assertions" className="flex flex-col gap-2">
        <h3 id="attempt-assertions" className="text-sm font-semibold">
          Assertions
        </h3>
        <AssertionVerdicts results={attempt.assertions} />
      </section>
      <section aria-labelledby="attempt-run" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id="attempt-run" className="text-sm font-semibold">
            Run
          </h3>
          <StatusBadge status={run.status} />
          <FailureBadge code={run.error?.code ?? null} />
          {failedTools.length > 0 ? (
            <span className="text-xs text-danger">
              {failedTools.length} failed tool call{failedTools.length === 1 ? '' : 's'}
            </span>
          ) : null}
          <span className="font-mono text-xs text-muted">{run.request.assistant}</span>
        </div>
        {run.error ? <p className="text-sm text-danger">{run.error.message}</p> : null}
        <MetricsList metrics={run.metrics} />
      </section>
      <section aria-labelledby="attempt-output" className="flex flex-col gap-2">
        <h3 id="attempt-output" className="text-sm font-semibold">
          Output
        </h3>
        {run.output ? (
          <pre
            aria-labelledby="attempt-output"
            className="max-h-64 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap"
          >
            {run.output}
          </pre>
        ) : (
          <p className="text-sm text-muted">No output.</p>
        )}
      </section>
      <EventTimeline store={store} />
      <PromptPanel store={store} />
    </div>
  )
}
