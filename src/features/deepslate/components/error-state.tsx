/** A failed Deepslate load: what the server said, its per-field messages (path ids, query), and the trace id. */
import { isApiError } from '@/api/api-error'
import { ErrorState } from '@/components/ui/states'

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
    </div>
  )
}
