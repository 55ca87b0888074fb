import { createFileRoute } from '@tanstack/react-router'
import { apiQueries } from '@/api/resources/apis'
import { assistantQueries } from '@/api/resources/assistants'
import { ApiDetailPage } from '@/features/apis/components/api-detail-page'

export const Route = createFileRoute('/apis/$code')({
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(apiQueries.detail(client, params.code))
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
  },
  component: ApiRoute,
})

function ApiRoute() {
  const { code } = Route.useParams()
  // Keyed by code so a rename (PATCH of code) starts from the new record.
  return <ApiDetailPage key={code} code={code} />
}
