import { createFileRoute } from '@tanstack/react-router'
import { flowiseQueries } from '@/api/resources/flowise/assistants'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { FlowiseAssistantDetailPage } from '@/features/flowise/components/assistant-detail-page'

export const Route = createFileRoute('/flowise/assistants/$id')({
  loader: async ({ context, params }) => {
    const { client, environment } = context.connection.getSnapshot()
    // Another platform's connection gets the switch notice, not a call to the wrong API.
    if (environment.platform !== 'flowise') return
    // The credential names are not needed to show the form: warm them without waiting.
    void context.queryClient.prefetchQuery(flowiseQueries.credentials(client))
    await loadOrNotFound(() => context.queryClient.ensureQueryData(flowiseQueries.detail(client, params.id)))
  },
  notFoundComponent: NoAssistant,
  component: FlowiseAssistantRoute,
})

function NoAssistant() {
  return (
    <RouteNotFound
      title="No such assistant"
      description="It may have been deleted in Flowise."
      back={{ to: '/flowise/assistants', label: 'Back to assistants' }}
    />
  )
}

function FlowiseAssistantRoute() {
  const { id } = Route.useParams()
  return <FlowiseAssistantDetailPage key={id} id={id} />
}
