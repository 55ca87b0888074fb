import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { AllRoutesPage } from '@/features/routes/components/all-routes-page'

const searchSchema = z.object({ tags: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/routes/')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(assistantQueries.list(context.connection.getSnapshot().client))
  },
  component: AllRoutesRoute,
})

function AllRoutesRoute() {
  const { tags } = Route.useSearch()
  const navigate = Route.useNavigate()
  return <AllRoutesPage sample={tags} onSampleChange={(s) => void navigate({ search: { tags: s }, replace: true })} />
}
