/** Creating or editing one route of an assistant (its own URL). */
import { useState } from 'react'
import { Link, useNavigate } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useFormBaseline } from '@/lib/use-form-baseline'
import { useApiClient, useWriteAccess } from '@/api/connection-context'
import { routeQueries } from '@/api/resources/routes'
import { errorMessage, isApiError } from '@/api/api-error'
import { SubPageHeading } from '@/components/ui/sub-page-heading'
import { Button, buttonClasses } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { Skeleton } from '@/components/ui/skeleton'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { useCreateRoute, useDeleteRoute, useReplaceRoute } from '../api/route-mutations'
import { RouteForm } from './route-form'

function Heading({ assistant, title }: { assistant: string; title: string }) {
  return (
    <SubPageHeading
      parent={
        <Link
          to="/assistants/$code/routes"
          params={{ code: assistant }}
          className="text-muted hover:text-fg hover:underline"
        >
          Routes
        </Link>
      }
      title={title}
    />
  )
}

export function RouteCreatePage({ assistant }: { assistant: string }) {
  const navigate = useNavigate()
  const create = useCreateRoute(assistant)
  const back = () => void navigate({ to: '/assistants/$code/routes', params: { code: assistant } })
  return (
    <div className="flex flex-col gap-4">
      <Heading assistant={assistant} title="New route" />
      <RouteForm
        initialTags={null}
        submitLabel="Create route"
        onCancel={back}
        onSubmit={async (body) => {
          const route = await create.mutateAsync(body)
          toast.success(`Route #${route.id} created`)
          await navigate({ to: '/assistants/$code/routes', params: { code: assistant }, ignoreBlocker: true })
        }}
      />
    </div>
  )
}

export function RouteEditPage({ assistant, routeId }: { assistant: string; routeId: number }) {
  const client = useApiClient()
  const navigate = useNavigate()
  const { canWrite, reason } = useWriteAccess()
  const route = useQuery(routeQueries.detail(client, assistant, routeId))
  const replace = useReplaceRoute(assistant, routeId)
  const remove = useDeleteRoute(assistant)
  const [confirmOpen, setConfirmOpen] = useState(false)
  const form = useFormBaseline(route.data?.tags ?? null)
  const back = () => void navigate({ to: '/assistants/$code/routes', params: { code: assistant } })

  if (route.isPending)
    return (
      <div role="status" aria-label="Loading route" className="flex flex-col gap-4">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-96" />
      </div>
    )
  if (route.isError)
    return isApiError(route.error) && route.error.isNotFound ? (
      <EmptyState
        title={`No route #${routeId}`}
        description="It may have been deleted."
        action={
          <Link to="/assistants/$code/routes" params={{ code: assistant }} className={buttonClasses()}>
            Back to routes
          </Link>
        }
      />
    ) : (
      <ErrorState title="Could not load the route" error={route.error} onRetry={() => void route.refetch()} />
    )

  return (
    <div className="flex flex-col gap-4">
      <Heading assistant={assistant} title={`Route #${routeId}`} />
      <RouteForm
        key={form.key}
        initialTags={form.baseline ?? route.data.tags}
        submitLabel="Save route"
        onCancel={back}
        onSubmit={async (body) => {
          const saved = await replace.mutateAsync(body)
          toast.success(`Route #${routeId} saved`)
          form.saved(saved.tags)
        }}
        extra={
          <Button
            variant="ghost"
            className="text-danger"
            onClick={() => setConfirmOpen(true)}
            disabled={!canWrite}
            title={reason ?? undefined}
          >
            <Trash2 className="size-4" aria-hidden /> Delete
          </Button>
        }
      />
      <ConfirmDialog
        open={confirmOpen}
        onOpenChange={setConfirmOpen}
        title={`Delete route #${routeId}?`}
        description="Conversations whose tags match it will no longer be handed to this assistant. This cannot be undone."
        confirmLabel="Delete route"
        onConfirm={async () => {
          try {
            await remove.mutateAsync(routeId)
          } catch (e) {
            toast.error('Could not delete the route', { description: errorMessage(e) })
            throw e
          }
          toast.success(`Route #${routeId} deleted`)
          await navigate({ to: '/assistants/$code/routes', params: { code: assistant }, ignoreBlocker: true })
        }}
      />
    </div>
  )
}
