/**
 * A platform's id for a failed call (e.g. Deepslate's traceId, ApiError.reference),
 * shown beside the failure with a copy button so support can find the call in
 * the platform's logs. Renders nothing when the error has none.
 */
import { useState } from 'react'
import { Check, Copy } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import { cn } from '@/lib/cn'
import { Button } from './button'

export function referenceOf(error: unknown): string | null {
  return isApiError(error) ? error.reference : null
}

export function CallReference({ error, className }: { error: unknown; className?: string }) {
  const traceId = referenceOf(error)
  const [copied, setCopied] = useState<string | null>(null)
  if (!traceId) return null
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(traceId)
      setCopied(traceId)
    } catch {
      setCopied(null)
    }
  }
  return (
    // A span, so it may sit inside a paragraph (a dialog's description).
    <span className={cn('flex flex-wrap items-center gap-2 text-xs text-muted', className)}>
      <span id={`trace-${traceId}`}>Trace ID</span>
      <code
        aria-labelledby={`trace-${traceId}`}
        className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-fg select-all"
      >
        {traceId}
      </code>
      <Button size="sm" variant="ghost" className="h-7" onClick={() => void copy()} aria-label="Copy trace ID">
        {copied === traceId ? <Check className="size-3.5" aria-hidden /> : <Copy className="size-3.5" aria-hidden />}
        {copied === traceId ? 'Copied' : 'Copy'}
      </Button>
      <span className="sr-only" aria-live="polite">
        {copied === traceId ? 'Trace ID copied' : ''}
      </span>
    </span>
  )
}
