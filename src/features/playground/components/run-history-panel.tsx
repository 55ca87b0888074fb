/** Past runs (IndexedDB): re-open one, run it again, or pick two and compare their outputs. */
import { useState } from 'react'
import { GitCompare, History, Play, Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { EmptyState } from '@/components/ui/states'
import { cn } from '@/lib/cn'
import { isTerminal, type RunRecord } from '@/lib/run/run-model'
import { useHistoryState, type RunHistory } from '@/lib/run/run-history'
import { CompareDialog } from './compare-dialog'
import { MakeTestCaseLink } from './make-test-case-link'
import { formatMs, RunStatusBadge } from '@/components/run/run-status'

interface RunHistoryPanelProps {
  history: RunHistory
  currentId: string | null
  onOpen: (run: RunRecord) => void
  onRerun: (run: RunRecord) => void
}

const time = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: '2-digit',
    month: 'short',
  })

export function RunHistoryPanel({ history, currentId, onOpen, onRerun }: RunHistoryPanelProps) {
  const { loaded, runs } = useHistoryState(history)
  const [picked, setPicked] = useState<string[]>([])
  const [comparing, setComparing] = useState<[RunRecord, RunRecord] | null>(null)
  // Selections of runs that are gone (deleted, cleared) do not count.
  const chosen = picked.map((id) => runs.find((r) => r.id === id)).filter((r): r is RunRecord => r !== undefined)
  const toggle = (id: string) =>
    setPicked((prev) => (prev.includes(id) ? prev.filter((p) => p !== id) : [...prev, id].slice(-2)))

  return (
    <Panel className="overflow-hidden">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-4 py-2.5">
        <h2 className="flex items-center gap-2 text-sm font-semibold">
          <History className="size-4 text-muted" aria-hidden /> Run history
          <span className="text-xs font-normal text-muted">
            {loaded ? `${runs.length} runs, kept in this browser` : ''}
          </span>
        </h2>
        <div className="flex items-center gap-1.5">
          <Button
            size="sm"
            disabled={chosen.length !== 2}
            title={chosen.length !== 2 ? 'Select two runs to compare' : undefined}
            onClick={() => chosen[0] && chosen[1] && setComparing([chosen[0], chosen[1]])}
          >
            <GitCompare className="size-3.5" aria-hidden /> Compare{chosen.length ? ` (${chosen.length}/2)` : ''}
          </Button>
          <Button size="sm" variant="ghost" disabled={runs.length === 0} onClick={() => history.clear()}>
            Clear
          </Button>
        </div>
      </div>
      {!loaded ? (
        <TableSkeleton rows={3} label="Loading run history" />
      ) : runs.length === 0 ? (
        <EmptyState
          title="No runs yet"
          description="Each run is kept here with its inputs, output and events, so you can re-open, re-run and compare them."
        />
      ) : (
        <div className="max-h-96 overflow-auto">
          <table className="w-full text-sm">
            <thead className="sticky top-0 z-10 bg-surface text-left text-xs text-muted">
              <tr className="border-b border-border">
                <th scope="col" className="w-10 px-4 py-2 font-medium">
                  <span className="sr-only">Compare</span>
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Assistant
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Started
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  Duration
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Output
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run, index) => {
                const name = `run ${runs.length - index}`
                return (
                  <tr
                    key={run.id}
                    aria-current={run.id === currentId ? 'true' : undefined}
                    className={cn(
                      'border-b border-border last:border-0 hover:bg-surface-2/50',
                      run.id === currentId && 'shadow-[inset_3px_0_0_var(--accent)]',
                    )}
                  >
                    <td className="px-4 py-2">
                      <input
                        type="checkbox"
                        aria-label={`Compare ${name}`}
                        checked={picked.includes(run.id)}
                        onChange={() => toggle(run.id)}
                        className="size-4 accent-[var(--accent)]"
                      />
                    </td>
                    <td className="px-2 py-2">
                      <span className="mr-2 font-mono text-xs text-muted">#{runs.length - index}</span>
                      <RunStatusBadge run={run} />
                    </td>
                    <td className="max-w-48 truncate px-2 py-2 font-mono text-xs">{run.request.assistant}</td>
                    <td className="px-2 py-2 whitespace-nowrap text-muted tabular-nums">{time(run.createdAt)}</td>
                    <td className="px-2 py-2 text-right font-mono text-xs whitespace-nowrap tabular-nums">
                      {formatMs(run.metrics.totalMs)}
                    </td>
                    <td className="max-w-md truncate px-2 py-2 text-muted">
                      {run.output || (run.error ? run.error.message : '—')}
                    </td>
                    <td className="px-4 py-2">
                      <div className="flex justify-end gap-1">
                        <Button size="sm" variant="ghost" onClick={() => onOpen(run)} aria-label={`Open ${name}`}>
                          Open
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => onRerun(run)} aria-label={`Re-run ${name}`}>
                          <Play className="size-3.5" aria-hidden /> Re-run
                        </Button>
                        {isTerminal(run.status) ? (
                          <MakeTestCaseLink
                            runId={run.id}
                            label="Test case"
                            accessibleName={`Make test case from ${name}`}
                          />
                        ) : null}
                        <Button
                          size="icon"
                          variant="ghost"
                          className="size-8 hover:text-danger"
                          onClick={() => history.remove(run.id)}
                          aria-label={`Delete ${name}`}
                        >
                          <Trash2 className="size-3.5" aria-hidden />
                        </Button>
                      </div>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <CompareDialog runs={comparing} onClose={() => setComparing(null)} />
    </Panel>
  )
}
