/**
 * Two runs of one suite side by side (two assistants, two versions, or any two
 * runs), the cases whose outcome differs first. Live while either is running.
 */
import { Link } from '@tanstack/react-router'
import { useConnectionIdentity } from '@/api/connection-context'
import { Badge } from '@/components/ui/badge'
import { Page, Panel } from '@/components/ui/page'
import { compareRuns, summarize } from '@/lib/qa/outcome'
import type { SuiteRun } from '@/lib/qa/results'
import type { Suite } from '@/lib/qa/suite-format'
import { suiteRunsFor, useSuiteRunRecord } from '@/lib/qa/suite-runs-store'
import { cn } from '@/lib/cn'
import { OutcomeBadge, RunStatusBadge, runName } from './run-labels'
import { RunProgress } from './run-progress'
import { SuiteCrumbs } from './suite-crumbs'
import { controllerFor, useActiveRuns } from './suite-run-controller'

export function ComparePage({ suite, a, b }: { suite: Suite; a: string; b: string }) {
  const runs = suiteRunsFor(useConnectionIdentity(), suite.id)
  const controller = controllerFor(runs)
  const active = useActiveRuns(controller).filter((x) => x.id === a || x.id === b)
  const runA = useSuiteRunRecord(runs, a)
  const runB = useSuiteRunRecord(runs, b)
  if (!runA || !runB) return null
  const rows = compareRuns(runA, runB, suite)
  const differing = rows.filter((r) => r.differs).length
  return (
    <Page
      breadcrumb={<SuiteCrumbs suite={suite} current="Compare runs" />}
      title="Compare runs"
      description={
        differing === 0
          ? 'Every case has the same outcome in both runs.'
          : `${differing} of ${rows.length} cases differ; they are listed first.`
      }
    >
      {active.map((x) => (
        <RunProgress key={x.id} runs={runs} active={x} onStop={() => controller.stop(x.id)} />
      ))}
      <div className="grid gap-3 md:grid-cols-2">
        <RunCard run={runA} suite={suite} side="A" />
        <RunCard run={runB} suite={suite} side="B" />
      </div>
      <Panel className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Outcome per case in run A and run B, differences first</caption>
          <thead className="text-left text-xs text-muted">
            <tr className="border-b border-border">
              <th scope="col" className="px-3 py-2 font-medium">
                Case
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                A · {runA.label ?? runName(runA)}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                B · {runB.label ?? runName(runB)}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-3 py-8 text-center text-muted">
                  No case has finished in either run yet.
                </td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.caseId} className={cn('border-b border-border last:border-0', r.differs && 'bg-warning/10')}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {r.name}
                  {r.differs ? (
                    <Badge tone="warning" className="ml-2">
                      Differs
                    </Badge>
                  ) : null}
                </th>
                <td className="px-3 py-2">
                  <OutcomeBadge outcome={r.a} />{' '}
                  <span className="text-xs text-muted tabular-nums">
                    {r.aCount.passed}/{r.aCount.total} passed
                  </span>
                </td>
                <td className="px-3 py-2">
                  <OutcomeBadge outcome={r.b} />{' '}
                  <span className="text-xs text-muted tabular-nums">
                    {r.bCount.passed}/{r.bCount.total} passed
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </Page>
  )
}

function RunCard({ run, suite, side }: { run: SuiteRun; suite: Suite; side: 'A' | 'B' }) {
  const s = summarize(run, suite)
  const overrides = Object.entries(run.assistantOverrides)
  return (
    <Panel className="flex flex-col gap-1.5 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-sm font-semibold">
          {side} ·{' '}
          <Link
            to="/suites/$suiteId/runs/$runId"
            params={{ suiteId: suite.id, runId: run.id }}
            className="text-accent hover:underline"
          >
            {runName(run)}
          </Link>
        </h2>
        <RunStatusBadge status={run.status} />
      </div>
      {overrides.length > 0 ? (
        <p className="font-mono text-xs text-muted">{overrides.map(([f, t]) => `${f} → ${t}`).join(', ')}</p>
      ) : null}
      <p className="text-sm tabular-nums">
        <span className="text-success">{s.passed} passed</span> · <span className="text-danger">{s.failed} failed</span>{' '}
        · <span className="text-warning">{s.flaky} flaky</span>
        {s.errored > 0 ? <span className="text-danger"> · {s.errored} errored</span> : null}
        <span className="text-muted"> of {s.total}</span>
      </p>
    </Panel>
  )
}
