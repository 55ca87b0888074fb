/**
 * Deleting an assistant: a confirmation that names the code. On a production
 * environment the user types the code, so a slip of the finger deletes nothing.
 */
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'

interface DeleteAssistantDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  code: string
  requireTyping: boolean
  busy: boolean
  onConfirm: () => void
}

export function DeleteAssistantDialog({
  open,
  onOpenChange,
  code,
  requireTyping,
  busy,
  onConfirm,
}: DeleteAssistantDialogProps) {
  const [typed, setTyped] = useState('')
  const ready = !requireTyping || typed === code
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (busy) return
        setTyped('')
        onOpenChange(o)
      }}
      title={`Delete assistant ${code}?`}
      description={
        <>
          The assistant <code className="font-semibold text-fg">{code}</code> will be deleted for good. Routes that
          point at it stop matching and its evaluate endpoint answers 404.
        </>
      }
      footer={
        <>
          <Button onClick={() => onOpenChange(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={busy || !ready}>
            {busy ? 'Deleting…' : `Delete ${code}`}
          </Button>
        </>
      }
    >
      {requireTyping ? (
        <form
          className="flex flex-col gap-1.5"
          onSubmit={(e) => {
            e.preventDefault()
            if (ready) onConfirm()
          }}
        >
          <label htmlFor="confirm-delete-code" className="text-sm">
            This is a production environment. Type <code className="font-semibold">{code}</code> to confirm.
          </label>
          <Input
            id="confirm-delete-code"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
          />
        </form>
      ) : null}
    </Dialog>
  )
}
