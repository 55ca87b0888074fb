/** Empty and error states: say what happened and offer the next action. */
import type { ReactNode } from 'react'
import { AlertTriangle, Inbox } from 'lucide-react'
import { errorMessage, isApiError } from '@/api/api-error'
import { Button } from './button'
import { CallReference } from './call-reference'

export function EmptyState({
  title,
  description,
  action,
  icon,
}: {
  title: string
  description?: ReactNode
  action?: ReactNode
  icon?: ReactNode
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 px-6 py-16 text-center">
      <div className="rounded-full bg-surface-2 p-3 text-muted">{icon ?? <Inbox className="size-6" aria-hidden />}</div>
      <h2 className="text-base font-semibold">{title}</h2>
      {description ? <p className="max-w-md text-sm text-muted">{description}</p> : null}
      {action}
    </div>
  )
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const status = isApiError(error) && error.status ? ` (HTTP ${error.status})` : ''
  return (
    <div role="alert" className="flex flex-col items-center justify-center gap-3 px-6 py-16 text-center">
      <div className="rounded-full bg-danger/10 p-3 text-danger">
        <AlertTriangle className="size-6" aria-hidden />
      </div>
      <h2 className="text-base font-semibold">
        {title ?? 'Something went wrong'}
        {status}
      </h2>
      <p className="max-w-lg text-sm text-muted">{errorMessage(error)}</p>
      <CallReference error={error} />
      {onRetry ? (
        <Button onClick={onRetry} variant="secondary">
          Try again
        </Button>
      ) : null}
    </div>
  )
}
