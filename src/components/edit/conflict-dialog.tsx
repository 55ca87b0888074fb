/**
 * Someone changed the record since this edit started. Shows, field by field,
 * what the other side changed (kept), what I changed (mine, kept), and where
 * we both changed the same field differently: there I choose. Saving writes the
 * merge, so nobody's untouched fields are reverted.
 */
import { useState } from 'react'
import type { MergedField } from '@/lib/edit/merge'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'

interface ConflictDialogProps<F extends string> {
  fields: MergedField<F>[] | null
  labels: Record<F, string>
  format: (field: F, value: unknown) => string
  busy?: boolean
  onResolve: (choices: Partial<Record<F, 'mine' | 'theirs'>>) => void
  onTakeTheirs: () => void
  onCancel: () => void
}

const KIND_TEXT = {
  theirs: 'Changed on the server: kept',
  mine: 'Changed by you: kept',
  same: 'Both made the same change',
  conflict: 'Both changed: choose',
} as const

function Value({ text, label }: { text: string; label: string }) {
  return (
    <pre
      aria-label={label}
      className="max-h-32 overflow-auto rounded border border-border bg-surface-2/50 p-1.5 text-xs whitespace-pre-wrap"
    >
      {text}
    </pre>
  )
}

export function ConflictDialog<F extends string>({
  fields,
  labels,
  format,
  busy,
  onResolve,
  onTakeTheirs,
  onCancel,
}: ConflictDialogProps<F>) {
  const [choices, setChoices] = useState<Partial<Record<F, 'mine' | 'theirs'>>>({})
  const open = fields !== null
  const conflicts = (fields ?? []).filter((f) => f.kind === 'conflict')
  const undecided = conflicts.filter((f) => !choices[f.field]).length
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) {
          setChoices({})
          onCancel()
        }
      }}
      className="w-[min(96vw,56rem)]"
      title="Someone else changed this since you opened it"
      description={
        conflicts.length > 0
          ? `Their changes to fields you did not touch are kept. ${conflicts.length} field${conflicts.length === 1 ? '' : 's'} changed on both sides: choose which version to keep.`
          : 'Their changes and yours touch different fields: saving keeps both.'
      }
      footer={
        <>
          <Button onClick={onTakeTheirs} disabled={busy}>
            Discard mine, load theirs
          </Button>
          <Button
            variant="primary"
            disabled={busy || undecided > 0}
            onClick={() => {
              onResolve(choices)
              setChoices({})
            }}
          >
            {undecided > 0 ? `Choose ${undecided} more` : 'Save merged version'}
          </Button>
        </>
      }
    >
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Changes on each side</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="w-40 py-1 pr-2 font-medium">
              Field
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Mine (your edit)
            </th>
            <th scope="col" className="py-1 font-medium">
              Theirs (on the server now)
            </th>
          </tr>
        </thead>
        <tbody>
          {(fields ?? []).map((f) => {
            const label = labels[f.field]
            return (
              <tr key={f.field} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-2 font-medium">
                  {label}
                  <div className="text-xs font-normal text-muted">{KIND_TEXT[f.kind]}</div>
                </th>
                <td className="py-2 pr-2">
                  <Value text={format(f.field, f.mine)} label={`${label}, mine`} />
                  {f.kind === 'conflict' ? (
                    <label className="mt-1 flex items-center gap-1.5 text-xs">
                      <input
                        type="radio"
                        name={`choice-${f.field}`}
                        checked={choices[f.field] === 'mine'}
                        onChange={() => setChoices((c) => ({ ...c, [f.field]: 'mine' }))}
                      />
                      Keep mine for {label}
                    </label>
                  ) : null}
                </td>
                <td className="py-2">
                  <Value text={format(f.field, f.theirs)} label={`${label}, theirs`} />
                  {f.kind === 'conflict' ? (
                    <label className="mt-1 flex items-center gap-1.5 text-xs">
                      <input
                        type="radio"
                        name={`choice-${f.field}`}
                        checked={choices[f.field] === 'theirs'}
                        onChange={() => setChoices((c) => ({ ...c, [f.field]: 'theirs' }))}
                      />
                      Take theirs for {label}
                    </label>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Dialog>
  )
}
