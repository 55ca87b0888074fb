/**
 * Deepslate answers every error with a traceId: shown beside the failure,
 * with a copy button, so support can find the call in the platform's logs.
 */
import { useState } from 'react'
import { Check, Copy } from 'lucide-react'
import { isApiError } from '@/api/api-error'
import { cn } from '@/lib/cn'
import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/states'

export function traceIdOf(error: unknown): string | null {
  return isApiError(error) ? error.reference : null
}

export function TraceReference({ error, className }: { error: unknown; className?: string }) {
  const traceId = traceIdOf(error)
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

/** A failed load: what the server said, its per-field messages (path ids, query), and the trace id. */
export function DeepslateErrorState({
  error,
  title,
  onRetry,
}: {
  error: unknown
  title: string
  onRetry?: () => void
}) {
  const fields = isApiError(error) ? Object.entries(error.fieldErrors) : []
  return (
    <div className="flex flex-col items-center pb-8">
      <ErrorState title={title} error={error} {...(onRetry ? { onRetry } : {})} />
      {fields.length > 0 ? (
        <ul className="-mt-8 mb-4 text-sm text-muted">
          {fields.map(([field, messages]) => (
            <li key={field}>
              <code className="font-mono">{field}</code>: {messages.join(' ')}
            </li>
          ))}
        </ul>
      ) : null}
      <TraceReference error={error} />
    </div>
  )
}
