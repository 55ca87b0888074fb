/**
 * Run / Stop in the page header. When Run cannot start (no assistant, input
 * that is not a JSON object), the reason shows beside the button and is tied
 * to it (aria-describedby), so pressing Run never silently does nothing.
 */
import { AlertCircle, Play, Square } from 'lucide-react'
import { Button } from '@/components/ui/button'

export const RUN_ERROR_ID = 'playground-run-error'

export function RunActions({
  running,
  problem,
  onRun,
  onStop,
}: {
  running: boolean
  /** Why the last Run could not start; null when it could (or nothing was attempted). */
  problem: string | null
  onRun: () => void
  onStop: () => void
}) {
  if (running) {
    return (
      <Button variant="danger" onClick={onStop} aria-keyshortcuts="Escape">
        <Square className="size-3.5 fill-current" aria-hidden /> Stop
        <kbd className="ml-1 rounded border border-white/30 px-1 text-[11px] font-normal">Esc</kbd>
      </Button>
    )
  }
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
      {problem ? (
        <p id={RUN_ERROR_ID} role="alert" className="flex max-w-md items-start gap-1.5 text-sm text-danger">
          <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>{problem}</span>
        </p>
      ) : null}
      <Button
        variant="primary"
        onClick={onRun}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        aria-describedby={problem ? RUN_ERROR_ID : undefined}
      >
        <Play className="size-3.5 fill-current" aria-hidden /> Run
        <kbd className="ml-1 rounded border border-white/30 px-1 text-[11px] font-normal">Ctrl ↵</kbd>
      </Button>
    </div>
  )
}
