import { createFileRoute } from '@tanstack/react-router'
import { apiQueries } from '@/api/resources/apis'
import { assistantQueries } from '@/api/resources/assistants'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { ApiDetailPage } from '@/features/apis/components/api-detail-page'

export const Route = createFileRoute('/apis/$code')({
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    // "Used by" is not needed to show the form: warm it without waiting.
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
    return loadOrNotFound(() => context.queryClient.ensureQueryData(apiQueries.detail(client, params.code)))
  },
  notFoundComponent: NoApi,
  component: ApiRoute,
})

function NoApi() {
  const { code } = Route.useParams()
  return (
    <RouteNotFound
      title={`No API “${code}”`}
      description="It may have been deleted or renamed."
      back={{ to: '/apis', label: 'Back to APIs' }}
    />
  )
}

function ApiRoute() {
  const { code } = Route.useParams()
  // Keyed by code so a rename (PATCH of code) starts from the new record.
  return <ApiDetailPage key={code} code={code} />
}
