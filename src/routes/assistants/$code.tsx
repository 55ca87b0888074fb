import { createFileRoute, Outlet } from '@tanstack/react-router'
import { assistantQueries } from '@/api/resources/assistants'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { AssistantLayout } from '@/features/assistants/components/assistant-layout'

export const Route = createFileRoute('/assistants/$code')({
  loader: ({ context, params }) =>
    loadOrNotFound(() =>
      context.queryClient.ensureQueryData(
        assistantQueries.detail(context.connection.getSnapshot().client, params.code),
      ),
    ),
  notFoundComponent: NoAssistant,
  component: AssistantRoute,
})

function NoAssistant() {
  const { code } = Route.useParams()
  return (
    <RouteNotFound
      title={`No assistant “${code}”`}
      description="It may have been deleted, or the code is misspelled."
      back={{ to: '/assistants', label: 'Back to assistants' }}
    />
  )
}

function AssistantRoute() {
  const { code } = Route.useParams()
  return (
    <AssistantLayout code={code}>
      <Outlet />
    </AssistantLayout>
  )
}
