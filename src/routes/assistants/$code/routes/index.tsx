import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { routeQueries } from '@/api/resources/routes'
import { RouteListPage } from '@/features/routes/components/route-list-page'

const searchSchema = z.object({ sample: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/assistants/$code/routes/')({
  validateSearch: searchSchema,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(routeQueries.list(context.connection.getSnapshot().client, params.code))
  },
  component: RoutesRoute,
})

function RoutesRoute() {
  const { code } = Route.useParams()
  const { sample } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RouteListPage
      assistant={code}
      sample={sample}
      onSampleChange={(s) => void navigate({ search: { sample: s }, replace: true })}
    />
  )
}
