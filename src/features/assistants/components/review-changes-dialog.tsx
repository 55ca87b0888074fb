/**
 * What saving an edit will do, shown before it is done: a diff of the
 * instructions and a table of the other changed fields. (Concurrent changes on
 * the server are settled before this, by the edit kit's merge dialog.)
 */
import type { ReactNode } from 'react'
import { ArrowRight } from 'lucide-react'
import { DiffView } from '@/components/editor/code-editor'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { FIELD_LABELS, formatFieldValue, type FieldChange } from '../assistant-form-schema'
import { useToolCatalogue } from './tool-picker'

interface ReviewChangesDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  code: string
  /** Saved version → yours. */
  changes: FieldChange[]
  busy: boolean
  onSave: () => void
  /** Shown under the diff, e.g. the last draft test's result ("2 cases that passed now fail"). */
  aside?: ReactNode
}

export function ReviewChangesDialog({
  open,
  onOpenChange,
  code,
  changes,
  busy,
  onSave,
  aside,
}: ReviewChangesDialogProps) {
  const { nameOf } = useToolCatalogue()
  const instructions = changes.find((c) => c.field === 'instructions')
  const others = changes.filter((c) => c.field !== 'instructions')
  const [left, right] = ['Before', 'After']
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => !busy && onOpenChange(o)}
      className="w-[min(96vw,64rem)]"
      title={`Review changes to ${code}`}
      description={`${changes.length} field${changes.length === 1 ? '' : 's'} will change. Only these fields are sent; everything else stays as it is.`}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onSave} disabled={busy || changes.length === 0}>
            {busy ? 'Saving…' : 'Save changes'}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        {instructions ? (
          <section aria-label="Instructions diff" className="flex flex-col gap-1.5">
            <div className="grid grid-cols-2 text-xs font-medium text-muted">
              <span>Instructions · {left}</span>
              <span>{right}</span>
            </div>
            <DiffView
              modelName="review"
              language="plaintext"
              original={String(instructions.before ?? '')}
              modified={String(instructions.after ?? '')}
              height={260}
            />
          </section>
        ) : (
          <p className="text-sm text-muted">Instructions are the same.</p>
        )}
        {others.length > 0 ? (
          <table className="w-full table-fixed text-sm">
            <caption className="sr-only">Changed fields</caption>
            <thead className="text-left text-xs text-muted uppercase">
              <tr className="border-b border-border">
                <th scope="col" className="w-1/3 py-2 font-medium">
                  Field
                </th>
                <th scope="col" className="py-2 font-medium">
                  {left}
                </th>
                <th scope="col" className="w-6" aria-hidden />
                <th scope="col" className="py-2 font-medium">
                  {right}
                </th>
              </tr>
            </thead>
            <tbody>
              {others.map((c) => (
                <tr key={c.field} className="border-b border-border last:border-0">
                  <th scope="row" className="py-2 pr-2 text-left font-medium">
                    {FIELD_LABELS[c.field]} <code className="block text-xs font-normal text-muted">{c.field}</code>
                  </th>
                  <td className="py-2 pr-2 break-words text-muted line-through decoration-danger/60">
                    {formatFieldValue(c.field, c.before, nameOf)}
                  </td>
                  <td aria-hidden className="text-muted">
                    <ArrowRight className="size-3.5" />
                  </td>
                  <td className="py-2 break-words font-medium">{formatFieldValue(c.field, c.after, nameOf)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {aside}
      </div>
    </Dialog>
  )
}
