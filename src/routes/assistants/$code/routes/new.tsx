import { createFileRoute } from '@tanstack/react-router'
import { RouteCreatePage } from '@/features/routes/components/route-edit-page'

export const Route = createFileRoute('/assistants/$code/routes/new')({
  component: NewRouteRoute,
})

function NewRouteRoute() {
  const { code } = Route.useParams()
  return <RouteCreatePage assistant={code} />
}
