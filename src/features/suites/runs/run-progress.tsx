/** A run going on: a progress bar with its counts, a link to its results filling in, and Stop. */
import { Link } from '@tanstack/react-router'
import { Square } from 'lucide-react'
import { Button, buttonClasses } from '@/components/ui/button'
import { useSuiteRunRecord, type SuiteRunsStore } from '@/lib/qa/suite-runs-store'
import { progressOf, progressText } from './progress'
import type { ActiveRun } from './suite-run-controller'

export function RunProgress({
  runs,
  active,
  onStop,
  linkToResults = true,
}: {
  runs: SuiteRunsStore
  active: ActiveRun
  onStop: () => void
  linkToResults?: boolean
}) {
  const run = useSuiteRunRecord(runs, active.id)
  const p = progressOf(run, active.total)
  const text = progressText(p)
  const label = active.label ? `Run ${active.label}` : 'Suite run'
  return (
    <div className="flex flex-col gap-2 rounded-md border border-border bg-surface-2/40 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="text-sm font-medium">{label} in progress</div>
        <div className="flex items-center gap-2">
          {linkToResults ? (
            <Link
              to="/suites/$suiteId/runs/$runId"
              params={{ suiteId: runs.suiteId, runId: active.id }}
              className={buttonClasses('ghost', 'sm')}
            >
              Open results
            </Link>
          ) : null}
          <Button size="sm" variant="secondary" onClick={onStop}>
            <Square className="size-3.5" aria-hidden />
            Stop
          </Button>
        </div>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.done}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-surface-2"
      >
        {/* scaleX, not width: the bar moves on every update without a layout of the page. */}
        <div
          className="h-full origin-left bg-accent transition-transform"
          style={{ transform: `scaleX(${p.total === 0 ? 0 : p.done / p.total})` }}
        />
      </div>
      <p className="flex flex-wrap gap-x-3 text-xs text-muted tabular-nums">
        <span>
          <span className="font-medium text-fg">
            {p.done}/{p.total}
          </span>{' '}
          attempts
        </span>
        <span className="text-success">{p.passed} passed</span>
        <span className="text-danger">{p.failed} failed</span>
        <span className="text-warning">{p.flaky} flaky</span>
        {p.errored > 0 ? <span className="text-danger">{p.errored} errored</span> : null}
      </p>
    </div>
  )
}
