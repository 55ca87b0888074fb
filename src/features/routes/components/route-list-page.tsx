/** An assistant's routes: each rule as chips, edit/delete, and which route matches sample tags. */
import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { useQuery } from '@tanstack/react-query'
import { Pencil, Route as RouteIcon, Trash2 } from 'lucide-react'
import { toast } from '@/lib/notify'
import { useApiClient, useConnection, useWriteAccess } from '@/api/connection-context'
import { routeQueries } from '@/api/resources/routes'
import type { Route } from '@/contract/route'
import { Button, buttonClasses } from '@/components/ui/button'
import { DeleteDialog } from '@/components/edit/delete-dialog'
import { CreateLink } from '@/components/ui/create-link'
import { Panel } from '@/components/ui/page'
import { TableSkeleton } from '@/components/ui/skeleton'
import { ListStates } from '@/components/ui/list-states'
import { EmptyState } from '@/components/ui/states'
import { useDeleteRoute, useRouteGone } from '../api/route-mutations'
import { RouteMatchFinder } from './route-match-finder'
import { RuleChips } from './rule-chips'

export function RouteListPage({
  assistant,
  sample,
  onSampleChange,
}: {
  assistant: string
  sample: string | undefined
  onSampleChange: (sample: string | undefined) => void
}) {
  const client = useApiClient()
  const { canWrite, reason } = useWriteAccess()
  const routes = useQuery(routeQueries.listWithUnreadable(client, assistant))
  const remove = useDeleteRoute(assistant)
  const gone = useRouteGone(assistant)
  const production = useConnection().environment.kind === 'production'
  const [deleting, setDeleting] = useState<Route | null>(null)

  const newButton = (
    <CreateLink
      label="New route"
      to="/assistants/$code/routes/new"
      canWrite={canWrite}
      reason={reason}
      params={{ code: assistant }}
      size="sm"
    />
  )

  return (
    <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <Panel className="overflow-hidden">
        <div className="flex items-center justify-between gap-3 border-b border-border px-4 py-3">
          <div>
            <h2 className="text-sm font-semibold">Routes</h2>
            <p className="text-xs text-muted">
              Tag rules (JsonLogic) that hand a conversation to this assistant. A route is live as soon as it is saved.
            </p>
          </div>
          {newButton}
        </div>
        <ListStates
          query={routes}
          what="routes"
          loading={<TableSkeleton rows={3} label="Loading routes" />}
          empty={
            <EmptyState
              icon={<RouteIcon className="size-6" aria-hidden />}
              title="No routes yet"
              description="Without a route, conversations reach this assistant only when called directly. Add a rule such as channel == webchat."
              action={canWrite ? newButton : undefined}
            />
          }
        >
          {(data) => (
            <ul aria-label="Routes" className="divide-y divide-border">
              {data.map((r) => (
                <li key={r.id} className="flex items-center gap-4 px-4 py-3 hover:bg-surface-2/50">
                  <Link
                    to="/assistants/$code/routes/$routeId"
                    params={{ code: assistant, routeId: r.id }}
                    className="w-20 shrink-0 font-mono text-sm font-medium text-accent hover:underline"
                  >
                    Route #{r.id}
                  </Link>
                  <RuleChips rule={r.tags} className="min-w-0 flex-1" />
                  <div className="flex shrink-0 gap-1">
                    <Link
                      to="/assistants/$code/routes/$routeId"
                      params={{ code: assistant, routeId: r.id }}
                      aria-label={`Edit route #${r.id}`}
                      className={buttonClasses('ghost', 'icon')}
                    >
                      <Pencil className="size-4" aria-hidden />
                    </Link>
                    <Button
                      size="icon"
                      variant="ghost"
                      aria-label={`Delete route #${r.id}`}
                      disabled={!canWrite}
                      title={reason ?? undefined}
                      onClick={() => setDeleting(r)}
                    >
                      <Trash2 className="size-4" aria-hidden />
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </ListStates>
      </Panel>
      <RouteMatchFinder
        routes={routes.data?.items ?? []}
        sample={sample}
        onSampleChange={onSampleChange}
        assistant={assistant}
      />
      <DeleteDialog
        open={deleting !== null}
        onOpenChange={(o) => (o ? undefined : setDeleting(null))}
        title={`Delete route #${deleting?.id ?? ''}?`}
        description="Conversations whose tags match it will no longer be handed to this assistant. This cannot be undone."
        confirmLabel="Delete route"
        confirmText={production && deleting ? `#${deleting.id}` : null}
        remove={() => (deleting ? remove.mutateAsync(deleting.id) : Promise.resolve())}
        onGone={async (how) => {
          if (!deleting) return
          if (how === 'deleted') toast.success(`Route #${deleting.id} deleted`)
          else toast.info(`Route #${deleting.id} was already deleted elsewhere`)
          await gone.dropFromLists(deleting.id)
          gone.forgetDetail(deleting.id)
        }}
      />
    </div>
  )
}
