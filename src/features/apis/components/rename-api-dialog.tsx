/**
 * Renaming an API breaks every assistant whose instructions call it by its
 * old code. Before such a save: list them, and offer to update their
 * instructions in the same step.
 */
import { AlertTriangle } from 'lucide-react'
import type { Assistant } from '@/contract/assistant'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'

interface RenameApiDialogProps {
  open: boolean
  from: string
  to: string
  mentions: Assistant[]
  updateMentions: boolean
  onUpdateMentionsChange: (update: boolean) => void
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function RenameApiDialog({
  open,
  from,
  to,
  mentions,
  updateMentions,
  onUpdateMentionsChange,
  busy,
  onConfirm,
  onCancel,
}: RenameApiDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => !o && !busy && onCancel()}
      title={`Rename ${from} to ${to}?`}
      description={`${mentions.length} assistant${mentions.length === 1 ? ' calls' : 's call'} this API by its code. After the rename, their call_api calls to “${from}” fail.`}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onConfirm} disabled={busy}>
            {busy ? 'Saving…' : updateMentions ? 'Rename and update instructions' : 'Rename anyway'}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3 text-sm">
        <ul aria-label="Assistants that mention this API" className="flex flex-col gap-1">
          {mentions.map((a) => (
            <li key={a.code} className="flex items-center gap-2">
              <AlertTriangle className="size-3.5 text-warning" aria-hidden />
              <span className="font-mono">{a.code}</span>
              <span className="text-muted">{a.name}</span>
            </li>
          ))}
        </ul>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={updateMentions}
            onChange={(e) => onUpdateMentionsChange(e.target.checked)}
          />
          <span>
            Also replace “{from}” with “{to}” in their instructions (each assistant is saved with only that change).
          </span>
        </label>
      </div>
    </Dialog>
  )
}
