/**
 * The one delete confirmation: names what goes, asks for the name to be typed
 * on production, stays open and shows its own failure inside while the delete
 * fails, and treats "not found" as done (someone deleted it already).
 */
import { useId, useState, type ReactNode } from 'react'
import { AlertCircle } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import { describeFailure } from '@/lib/edit/save-errors'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { CallReference } from '@/components/ui/call-reference'

export interface DeleteDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Dialog title, e.g. "Delete assistant billing-bot?" */
  title: string
  description: ReactNode
  confirmLabel: string
  /** When set (production), the user must type this text to enable the button. */
  confirmText?: string | null
  /** The delete request. A 404 counts as success ("already gone"). */
  remove: () => Promise<unknown>
  /** After the item is gone (deleted now or already): drop it from lists, leave the page. */
  onGone: (how: 'deleted' | 'already-gone') => unknown
}

export function DeleteDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  confirmText,
  remove,
  onGone,
}: DeleteDialogProps) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; cause: unknown } | null>(null)
  const ready = !confirmText || typed === confirmText

  const close = (o: boolean) => {
    if (busy) return
    if (!o) {
      setTyped('')
      setError(null)
    }
    onOpenChange(o)
  }

  const confirm = async () => {
    if (busy || !ready) return
    setBusy(true)
    setError(null)
    let how: 'deleted' | 'already-gone' = 'deleted'
    try {
      await remove()
    } catch (e) {
      if (!(isApiError(e) && e.isNotFound)) {
        setError({ message: describeFailure(e, 'delete it').replace(' Your edits are kept.', ''), cause: e })
        setBusy(false)
        return
      }
      how = 'already-gone'
    }
    setBusy(false)
    setTyped('')
    onOpenChange(false)
    await onGone(how)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={() => close(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void confirm()} disabled={busy || !ready}>
            {busy ? 'Deleting…' : confirmLabel}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {confirmText ? (
          <form
            className="flex flex-col gap-1.5"
            onSubmit={(e) => {
              e.preventDefault()
              void confirm()
            }}
          >
            <label htmlFor={`${id}-confirm`} className="text-sm">
              This is a production environment. Type <code className="font-semibold">{confirmText}</code> to confirm.
            </label>
            <Input
              id={`${id}-confirm`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
          </form>
        ) : null}
        {error ? (
          <>
            <p
              role="alert"
              className="flex gap-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger"
            >
              <AlertCircle className="mt-0.5 size-4 shrink-0" aria-hidden />
              {error.message}
            </p>
            <CallReference error={error.cause} />
          </>
        ) : null}
      </div>
    </Dialog>
  )
}
