/** The suite's past runs, newest first: outcome counts, pass rate, the pinned baseline, open, compare two, delete. */
import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { Pin, PinOff } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button, buttonClasses } from '@/components/ui/button'
import { entryPassRate, type SuiteRunEntry } from '@/lib/qa/suite-runs-entry'
import { RunStatusBadge, runName, when } from './run-labels'

function counts(entry: SuiteRunEntry) {
  const c = { passed: 0, failed: 0, flaky: 0 }
  for (const k of entry.cases) {
    if (k.outcome === 'passed') c.passed += 1
    else if (k.outcome === 'failed' || k.outcome === 'error') c.failed += 1
    else if (k.outcome === 'flaky') c.flaky += 1
  }
  return c
}

export function RunsList({
  suiteId,
  entries,
  baselineId,
  onPin,
}: {
  suiteId: string
  entries: readonly SuiteRunEntry[]
  baselineId: string | null
  onPin: (id: string | null) => void
}) {
  const [selected, setSelected] = useState<string[]>([])
  const picked = selected.filter((id) => entries.some((e) => e.id === id))
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.filter((x) => x !== id), id].slice(-2)))
  const [a, b] = picked
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">Past runs</h3>
        {a && b ? (
          <Link
            to="/suites/$suiteId/compare"
            params={{ suiteId }}
            search={{ a, b }}
            className={buttonClasses('secondary', 'sm')}
          >
            Compare the 2 selected runs
          </Link>
        ) : (
          <span className="text-xs text-muted">Select two runs to compare them side by side.</span>
        )}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Runs of this suite, newest first</caption>
          <thead className="text-left text-xs text-muted">
            <tr className="border-b border-border">
              <th scope="col" className="w-8 py-1.5 font-medium">
                <span className="sr-only">Compare</span>
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Run
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Status
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Cases
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Pass rate
              </th>
              <th scope="col" className="py-1.5 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const c = counts(e)
              const rate = entryPassRate(e)
              const isBaseline = e.id === baselineId
              const name = runName(e)
              return (
                <tr key={e.id} className="border-b border-border last:border-0">
                  <td className="py-1.5">
                    <input
                      type="checkbox"
                      aria-label={`Select run ${name} to compare`}
                      checked={picked.includes(e.id)}
                      onChange={() => toggle(e.id)}
                      className="accent-[var(--accent)]"
                    />
                  </td>
                  <td className="py-1.5">
                    <Link
                      to="/suites/$suiteId/runs/$runId"
                      params={{ suiteId, runId: e.id }}
                      className="font-medium text-accent hover:underline"
                    >
                      {e.label ? `${e.label} · ` : ''}
                      <time dateTime={new Date(e.startedAt).toISOString()}>{when(e.startedAt)}</time>
                    </Link>
                    {isBaseline ? (
                      <Badge tone="accent" className="ml-2">
                        Baseline
                      </Badge>
                    ) : null}
                    <div className="text-xs text-muted">
                      ×{e.repeat} · concurrency {e.concurrency}
                    </div>
                  </td>
                  <td className="py-1.5">
                    <RunStatusBadge status={e.status} />
                  </td>
                  <td className="py-1.5 text-xs tabular-nums">
                    <span className="text-success">{c.passed} passed</span>
                    {' · '}
                    <span className="text-danger">{c.failed} failed</span>
                    {' · '}
                    <span className="text-warning">{c.flaky} flaky</span>
                  </td>
                  <td className="py-1.5 text-right tabular-nums">
                    {rate === null ? '—' : `${Math.round(rate * 100)}%`}
                  </td>
                  <td className="py-1.5">
                    <div className="flex justify-end gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={e.status === 'running'}
                        onClick={() => onPin(isBaseline ? null : e.id)}
                      >
                        {isBaseline ? (
                          <PinOff className="size-3.5" aria-hidden />
                        ) : (
                          <Pin className="size-3.5" aria-hidden />
                        )}
                        {isBaseline ? 'Unpin baseline' : 'Pin as baseline'}
                        <span className="sr-only"> (run {name})</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
