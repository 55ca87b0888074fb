/** Offers back an unsaved draft of a form (kept in this browser). */
import { History } from 'lucide-react'
import { Button } from '@/components/ui/button'

export function DraftBanner({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: number
  onRestore: () => void
  onDiscard: () => void
}) {
  const when = new Date(savedAt)
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-accent/30 bg-accent/5 px-4 py-2.5 text-sm"
    >
      <History className="size-4 text-accent" aria-hidden />
      <span className="flex-1">
        You have an unsaved draft from <time dateTime={when.toISOString()}>{when.toLocaleString()}</time>.
      </span>
      <Button size="sm" variant="primary" onClick={onRestore}>
        Restore draft
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        Discard draft
      </Button>
    </div>
  )
}
