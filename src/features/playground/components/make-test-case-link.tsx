/**
 * "Make test case" from a finished run: opens the suites' case editor with the
 * run as its source (it reads the run from run history by id). The route is
 * built by the suites feature; a plain link keeps this feature independent of
 * it, and a click still navigates inside the app.
 */
import type { MouseEvent } from 'react'
import { useRouter } from '@tanstack/react-router'
import { FlaskConical } from 'lucide-react'
import { cn } from '@/lib/cn'

export const makeTestCaseHref = (runId: string) => `/suites/new-case?source=run&ref=${encodeURIComponent(runId)}`

export function MakeTestCaseLink({
  runId,
  label = 'Make test case',
  accessibleName,
  className,
}: {
  runId: string
  label?: string
  /** A longer name for screen readers where many such links share a page (history rows). */
  accessibleName?: string
  className?: string
}) {
  const router = useRouter()
  const href = makeTestCaseHref(runId)
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new-tab and download gestures.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    router.history.push(href)
  }
  return (
    <a
      href={href}
      onClick={onClick}
      aria-label={accessibleName}
      className={cn(
        'inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium whitespace-nowrap text-fg hover:bg-surface-2 focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none',
        className,
      )}
    >
      <FlaskConical className="size-3.5" aria-hidden /> {label}
    </a>
  )
}
