import { Link } from '@tanstack/react-router'
import { Lock } from 'lucide-react'

/** Why this connection cannot write, with the way to change it. */
export function ReadOnlyNotice({ reason }: { reason: string }) {
  return (
    <div
      role="note"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-warning/40 bg-warning/10 px-4 py-2.5 text-sm text-warning"
    >
      <Lock className="size-4 shrink-0" aria-hidden />
      <span className="flex-1">{reason} Saving and deleting are disabled.</span>
      <Link to="/settings" className="font-medium underline underline-offset-2">
        Change connection
      </Link>
    </div>
  )
}
