/**
 * The runs part of a suite's page: run it (concurrency, repeat, which cases),
 * watch runs going on, the pass-rate trend, past runs with the pinned
 * baseline, and A/B runs of two assistants.
 */
import { useNavigate } from '@tanstack/react-router'
import { Panel } from '@/components/ui/page'
import type { Suite } from '@/lib/qa/suite-format'
import { entryPassRate, failedLastTime, type SuiteRunEntry } from '@/lib/qa/suite-runs-entry'
import { CompareAssistantsForm, overridesFor, type AssistantPair } from './compare-assistants-form'
import { RunControls, type RunSettings } from './run-controls'
import { RunProgress } from './run-progress'
import { RunsList } from './runs-list'
import type { TrendPoint } from '@/lib/qa/outcome'
import { TrendSparkline } from './trend-sparkline'
import { useSuiteRun } from './use-suite-run'

/** Pass rate of the suite as written (runs with replaced assistants are experiments), oldest first. */
export function trendPoints(entries: readonly SuiteRunEntry[]): TrendPoint[] {
  const points: TrendPoint[] = []
  for (const e of entries) {
    if (e.status === 'running' || Object.keys(e.assistantOverrides).length > 0) continue
    const passRate = entryPassRate(e)
    if (passRate !== null) points.push({ runId: e.id, at: e.startedAt, passRate })
  }
  return points.reverse()
}

export function SuiteRunsSection({ suite }: { suite: Suite }) {
  const { runs, state, active, start, stop } = useSuiteRun(suite)
  const navigate = useNavigate()
  const failed = failedLastTime(state.entries)
  const defaults = { concurrency: suite.defaults?.concurrency ?? 2, repeat: suite.defaults?.repeat ?? 1 }
  const disabledReason = suite.cases.length === 0 ? 'Add a case to run the suite.' : null

  const run = ({ concurrency, repeat, scope }: RunSettings) => {
    start({ concurrency, repeat, ...(scope === 'failed' && failed ? { caseIds: failed } : {}) })
  }
  const compare = ({ replace, a, b }: AssistantPair, settings = defaults) => {
    const runA = start({ ...settings, assistantOverrides: overridesFor(suite, replace, a), label: a })
    const runB = start({ ...settings, assistantOverrides: overridesFor(suite, replace, b), label: b })
    void navigate({ to: '/suites/$suiteId/compare', params: { suiteId: suite.id }, search: { a: runA.id, b: runB.id } })
  }

  return (
    <Panel className="flex flex-col gap-4 p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold">Runs</h2>
        <TrendSparkline points={trendPoints(state.entries)} />
      </div>
      <RunControls
        defaults={defaults}
        caseCount={suite.cases.length}
        failedCount={failed?.length ?? null}
        disabledReason={disabledReason}
        onRun={run}
      />
      {active.map((a) => (
        <RunProgress key={a.id} runs={runs} active={a} onStop={() => stop(a.id)} />
      ))}
      {!state.loaded ? (
        <p className="text-sm text-muted">Loading runs…</p>
      ) : state.entries.length === 0 ? (
        <p className="text-sm text-muted">No runs yet. Run the suite to see which cases pass.</p>
      ) : (
        <RunsList
          suiteId={suite.id}
          entries={state.entries}
          baselineId={state.baselineId}
          onPin={(id) => runs.pin(id)}
        />
      )}
      <details className="rounded-md border border-border px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">Compare two assistants on this suite</summary>
        <div className="pt-3">
          <CompareAssistantsForm suite={suite} disabledReason={disabledReason} onCompare={(pair) => compare(pair)} />
        </div>
      </details>
    </Panel>
  )
}
