/**
 * One suite run's results: counts, the flips against the pinned baseline,
 * filters (in the URL), the cases × attempts grid filling live while the run
 * goes on, and each attempt in a dialog.
 */
import { useMemo, useState } from 'react'
import { Link } from '@tanstack/react-router'
import { Pin, Square } from 'lucide-react'
import { useConnectionIdentity } from '@/api/connection-context'
import { Badge } from '@/components/ui/badge'
import { Button, buttonClasses } from '@/components/ui/button'
import { Page, Panel } from '@/components/ui/page'
import { EmptyState } from '@/components/ui/states'
import type { Suite } from '@/lib/qa/suite-format'
import { suiteRunsFor, useSuiteRunRecord, useSuiteRuns } from '@/lib/qa/suite-runs-store'
import { AttemptDialog } from './attempt-dialog'
import { filterRows, flipCounts, gridRows, type GridFilter } from './grid-model'
import { ResultsGrid, type CellRef } from './results-grid'
import { RunStatusBadge, runName } from './run-labels'
import { RunProgress } from './run-progress'
import { SuiteCrumbs } from './suite-crumbs'
import { controllerFor, useActiveRuns } from './suite-run-controller'

const FILTERS: { value: GridFilter; label: string }[] = [
  { value: 'all', label: 'All cases' },
  { value: 'failed', label: 'Failed only' },
  { value: 'flips', label: 'Flips only' },
]

export function RunResultsPage({
  suite,
  runId,
  filter,
  onFilter,
}: {
  suite: Suite
  runId: string
  filter: GridFilter
  onFilter: (filter: GridFilter) => void
}) {
  const runs = suiteRunsFor(useConnectionIdentity(), suite.id)
  const controller = controllerFor(runs)
  const state = useSuiteRuns(runs)
  const run = useSuiteRunRecord(runs, runId)
  const baselineId = state.baselineId
  const baseline = useSuiteRunRecord(runs, baselineId ?? '')
  const active = useActiveRuns(controller).find((a) => a.id === runId)
  const [open, setOpen] = useState<CellRef | null>(null)

  const rows = useMemo(() => (run ? gridRows({ suite, run, baseline }) : []), [suite, run, baseline])
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter])
  const { regressions, fixes } = flipCounts(rows)

  if (!run) {
    return (
      <EmptyState
        title="This run is gone"
        description="It was deleted, or dropped when newer runs filled the history."
        action={
          <Link to="/suites/$suiteId" params={{ suiteId: suite.id }} className={buttonClasses()}>
            Back to the suite
          </Link>
        }
      />
    )
  }
  const isBaseline = baselineId === run.id
  const counts = (f: GridFilter) => filterRows(rows, f).length
  const openRow = open ? rows.find((r) => r.caseId === open.caseId) : undefined
  const openAttempt = open ? openRow?.attempts[open.attempt] : undefined

  return (
    <Page
      breadcrumb={<SuiteCrumbs suite={suite} current="Run" />}
      title={`Run ${runName(run)}`}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <RunStatusBadge status={run.status} />
          {isBaseline ? <Badge tone="accent">Baseline</Badge> : null}
          <span>
            ×{run.repeat} · concurrency {run.concurrency}
            {Object.entries(run.assistantOverrides).map(([from, to]) => ` · ${from} → ${to}`)}
          </span>
        </span>
      }
      actions={
        <>
          {active ? (
            <Button onClick={() => controller.stop(run.id)}>
              <Square className="size-4" aria-hidden />
              Stop
            </Button>
          ) : null}
          {!isBaseline && run.status !== 'running' ? (
            <Button onClick={() => runs.pin(run.id)}>
              <Pin className="size-4" aria-hidden />
              Pin as baseline
            </Button>
          ) : null}
          {baselineId && !isBaseline ? (
            <Link
              to="/suites/$suiteId/compare"
              params={{ suiteId: suite.id }}
              search={{ a: baselineId, b: run.id }}
              className={buttonClasses()}
            >
              Compare with baseline
            </Link>
          ) : null}
        </>
      }
    >
      {active ? (
        <RunProgress runs={runs} active={active} onStop={() => controller.stop(run.id)} linkToResults={false} />
      ) : null}
      <Panel className="flex flex-col gap-3 p-4">
        <BaselineLine
          baselineName={baseline ? runName(baseline) : null}
          hasBaseline={baselineId !== null}
          isBaseline={isBaseline}
          regressions={regressions}
          fixes={fixes}
        />
        <div role="group" aria-label="Show" className="flex flex-wrap gap-1">
          {FILTERS.map((f) => (
            <Button
              key={f.value}
              size="sm"
              variant={filter === f.value ? 'primary' : 'secondary'}
              aria-pressed={filter === f.value}
              onClick={() => onFilter(f.value)}
            >
              {f.label} ({counts(f.value)})
            </Button>
          ))}
        </div>
      </Panel>
      <Panel>
        {shown.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-muted">
            {rows.length === 0
              ? 'No case has finished yet.'
              : filter === 'flips'
                ? 'No case flipped against the baseline.'
                : 'No case failed.'}
          </p>
        ) : (
          <ResultsGrid
            rows={shown}
            repeat={run.repeat}
            running={run.status === 'running'}
            onOpen={(cell) => setOpen(cell)}
          />
        )}
      </Panel>
      {openAttempt && openRow ? (
        <AttemptDialog attempt={openAttempt} caseName={openRow.name} onClose={() => setOpen(null)} />
      ) : null}
    </Page>
  )
}

function BaselineLine({
  baselineName,
  hasBaseline,
  isBaseline,
  regressions,
  fixes,
}: {
  baselineName: string | null
  hasBaseline: boolean
  isBaseline: boolean
  regressions: number
  fixes: number
}) {
  if (isBaseline)
    return <p className="text-sm text-muted">This run is the suite’s baseline: other runs are compared with it.</p>
  if (!hasBaseline)
    return <p className="text-sm text-muted">No baseline pinned: pin a run to see which cases flipped since.</p>
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
      <span className="text-muted">Against the baseline{baselineName ? ` (${baselineName})` : ''}:</span>
      <Badge tone={regressions > 0 ? 'danger' : 'neutral'}>{regressions} passed → failed</Badge>
      <Badge tone={fixes > 0 ? 'success' : 'neutral'}>{fixes} failed → passed</Badge>
    </p>
  )
}
