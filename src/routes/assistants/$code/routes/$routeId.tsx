import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { routeQueries } from '@/api/resources/routes'
import { RouteEditPage } from '@/features/routes/components/route-edit-page'

const paramsSchema = z.object({ routeId: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/assistants/$code/routes/$routeId')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ routeId: String(p.routeId) }) },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(
      routeQueries.detail(context.connection.getSnapshot().client, params.code, params.routeId),
    )
  },
  component: EditRouteRoute,
})

function EditRouteRoute() {
  const { code, routeId } = Route.useParams()
  return <RouteEditPage key={routeId} assistant={code} routeId={routeId} />
}
