/** Two runs side by side: what differed in their requests, field by field, then their outputs as a diff. */
import { Check } from 'lucide-react'
import { DiffView } from '@/components/editor/code-editor'
import { Dialog } from '@/components/ui/dialog'
import type { RunRecord } from '@/lib/run/run-model'
import { RunStatusBadge } from '@/components/run/run-status'
import { changedFields, compareRuns, type FieldComparison, type OutputComparison } from '../lib/compare-runs'

const when = (run: RunRecord) => new Date(run.createdAt).toLocaleTimeString('en-GB')

function RunLabel({ run, side }: { run: RunRecord; side: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <span className="text-xs font-medium tracking-wide text-muted uppercase">{side}</span>
      <span className="truncate font-mono text-xs">{run.request.assistant}</span>
      <span className="text-xs text-muted">{when(run)}</span>
      <RunStatusBadge run={run} />
    </div>
  )
}

const valueClass =
  'max-h-40 overflow-auto rounded-md border border-border bg-surface-2 p-2 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap'

function FieldRow({ field }: { field: FieldComparison }) {
  return (
    <tr className="border-b border-border align-top last:border-0">
      <th scope="row" className="py-2 pr-3 text-left text-sm font-medium whitespace-nowrap">
        {field.label}
        <span
          className={field.same ? 'block text-xs font-normal text-muted' : 'block text-xs font-medium text-warning'}
        >
          {field.same ? 'identical' : 'differs'}
        </span>
      </th>
      {field.same ? (
        <td colSpan={2} className="py-2">
          <pre className={valueClass}>{field.before}</pre>
        </td>
      ) : (
        <>
          <td className="w-1/2 py-2 pr-2">
            <pre className={valueClass} aria-label={`${field.label} before`}>
              {field.before}
            </pre>
          </td>
          <td className="w-1/2 py-2">
            <pre className={valueClass} aria-label={`${field.label} after`}>
              {field.after}
            </pre>
          </td>
        </>
      )}
    </tr>
  )
}

function Identical({ children }: { children: string }) {
  return (
    <p className="flex items-center gap-1.5 text-sm text-success">
      <Check className="size-4" aria-hidden /> {children}
    </p>
  )
}

function OutputSection({ output }: { output: OutputComparison }) {
  const chars = (text: string) => text.length.toLocaleString('en-US')
  return (
    <section aria-labelledby="compare-output" className="flex flex-col gap-2">
      <h3 id="compare-output" className="text-sm font-semibold">
        Output{output.language === 'json' ? ' (JSON, pretty-printed)' : ''}
      </h3>
      {output.identical ? (
        <>
          <Identical>The outputs are identical.</Identical>
          <pre className={valueClass} aria-label="Output of both runs">
            {output.after || '(empty)'}
          </pre>
        </>
      ) : (
        <>
          <p className="text-sm text-muted">
            {output.sameJson
              ? 'Same JSON value, formatted differently.'
              : `The outputs differ: ${chars(output.before)} → ${chars(output.after)} characters.`}
          </p>
          <DiffView
            modelName="compare"
            original={output.before}
            modified={output.after}
            language={output.language}
            height={360}
          />
        </>
      )}
    </section>
  )
}

export function CompareDialog({ runs, onClose }: { runs: [RunRecord, RunRecord] | null; onClose: () => void }) {
  // Older on the left, so the diff reads as "what changed".
  const [a, b] = runs ? [...runs].sort((x, y) => x.createdAt - y.createdAt) : []
  const comparison = a && b ? compareRuns(a, b) : null
  return (
    <Dialog
      open={runs !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Compare runs"
      className="w-[min(96vw,72rem)]"
    >
      {a && b && comparison ? (
        <div className="flex max-h-[75vh] flex-col gap-4 overflow-auto">
          <div className="grid grid-cols-2 gap-4">
            <RunLabel run={a} side="Before" />
            <RunLabel run={b} side="After" />
          </div>
          <section aria-labelledby="compare-request" className="flex flex-col gap-2">
            <h3 id="compare-request" className="text-sm font-semibold">
              Request
            </h3>
            {comparison.requestIdentical ? (
              <Identical>The requests are identical.</Identical>
            ) : (
              <p className="text-sm text-warning">The requests differ in {changedFields(comparison)}.</p>
            )}
            <table className="w-full table-fixed" aria-label="Request fields">
              <colgroup>
                <col className="w-32" />
                <col />
                <col />
              </colgroup>
              <tbody>
                {comparison.request.map((field) => (
                  <FieldRow key={field.field} field={field} />
                ))}
              </tbody>
            </table>
          </section>
          <OutputSection output={comparison.output} />
        </div>
      ) : null}
    </Dialog>
  )
}
