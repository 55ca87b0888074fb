/** Two runs' outputs side by side as a diff, with what differed in their requests. */
import { DiffView } from '@/components/editor/code-editor'
import { Dialog } from '@/components/ui/dialog'
import type { RunRecord } from '@/lib/run/run-model'
import { StatusBadge } from '@/components/run/run-status'

const when = (run: RunRecord) => new Date(run.createdAt).toLocaleTimeString('en-GB')

function RunLabel({ run, side }: { run: RunRecord; side: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <span className="text-xs font-medium tracking-wide text-muted uppercase">{side}</span>
      <span className="truncate font-mono text-xs">{run.request.assistant}</span>
      <span className="text-xs text-muted">{when(run)}</span>
      <StatusBadge status={run.status} />
    </div>
  )
}

export function CompareDialog({ runs, onClose }: { runs: [RunRecord, RunRecord] | null; onClose: () => void }) {
  // Older on the left, so the diff reads as "what changed".
  const [a, b] = runs ? [...runs].sort((x, y) => x.createdAt - y.createdAt) : []
  return (
    <Dialog
      open={runs !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Compare runs"
      className="w-[min(96vw,72rem)]"
    >
      {a && b ? (
        <div className="flex flex-col gap-3">
          <div className="grid grid-cols-2 gap-4">
            <RunLabel run={a} side="Before" />
            <RunLabel run={b} side="After" />
          </div>
          <DiffView modelName="compare" original={a.output} modified={b.output} language="plaintext" height={420} />
          <p className="text-xs text-muted">
            {a.output === b.output
              ? 'The outputs are identical.'
              : `${a.output.length.toLocaleString('en-US')} → ${b.output.length.toLocaleString('en-US')} characters.`}
          </p>
        </div>
      ) : null}
    </Dialog>
  )
}
