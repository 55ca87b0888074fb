/** Which tool calls failed or were skipped in a run that otherwise succeeded (see toolFailures). */
import { AlertTriangle } from 'lucide-react'
import type { ToolFailure } from '@/lib/run/tool-failures'

export function ToolFailuresNotice({ failures, className }: { failures: readonly ToolFailure[]; className?: string }) {
  if (failures.length === 0) return null
  const n = failures.length
  return (
    <section
      aria-label="Failed tool calls"
      className={
        className ?? 'flex items-start gap-2 border-b border-warning/30 bg-warning/5 px-4 py-2.5 text-sm text-warning'
      }
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0">
        <p className="font-medium">
          {n} tool call{n === 1 ? '' : 's'} failed or {n === 1 ? 'was' : 'were'} skipped, though the run finished:
        </p>
        <ul className="mt-0.5 list-disc pl-4 break-words">
          {failures.map((f) => (
            <li key={f.id}>{f.reason}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}
