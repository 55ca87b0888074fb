import { createFileRoute, Outlet } from '@tanstack/react-router'
import { assistantQueries } from '@/api/resources/assistants'
import { AssistantLayout } from '@/features/assistants/components/assistant-layout'

export const Route = createFileRoute('/assistants/$code')({
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(
      assistantQueries.detail(context.connection.getSnapshot().client, params.code),
    )
  },
  component: AssistantRoute,
})

function AssistantRoute() {
  const { code } = Route.useParams()
  return (
    <AssistantLayout code={code}>
      <Outlet />
    </AssistantLayout>
  )
}
