import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { routeQueries } from '@/api/resources/routes'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { RouteEditPage } from '@/features/routes/components/route-edit-page'

const paramsSchema = z.object({ routeId: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/assistants/$code/routes/$routeId')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ routeId: String(p.routeId) }) },
  loader: ({ context, params }) =>
    loadOrNotFound(() =>
      context.queryClient.ensureQueryData(
        routeQueries.detail(context.connection.getSnapshot().client, params.code, params.routeId),
      ),
    ),
  notFoundComponent: NoRoute,
  component: EditRouteRoute,
})

function NoRoute() {
  const { code, routeId } = Route.useParams()
  return (
    <RouteNotFound
      title={`No route #${routeId}`}
      description="It may have been deleted."
      back={{ to: `/assistants/${encodeURIComponent(code)}/routes`, label: 'Back to routes' }}
    />
  )
}

function EditRouteRoute() {
  const { code, routeId } = Route.useParams()
  return <RouteEditPage key={routeId} assistant={code} routeId={routeId} />
}
