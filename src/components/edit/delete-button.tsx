import { Trash2 } from 'lucide-react'
import { Button } from '@/components/ui/button'

/** The Delete action of an edit form's bar; disabled with the reason when the connection cannot write. */
export function DeleteButton({ onClick, disabledReason }: { onClick: () => void; disabledReason: string | null }) {
  return (
    <Button
      variant="ghost"
      className="text-danger hover:bg-danger/10"
      onClick={onClick}
      disabled={disabledReason !== null}
      title={disabledReason ?? undefined}
    >
      <Trash2 className="size-4" aria-hidden /> Delete
    </Button>
  )
}
