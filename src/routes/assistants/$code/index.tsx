import { createFileRoute } from '@tanstack/react-router'
import { toolQueries } from '@/api/resources/tools'
import { AssistantEditPage } from '@/features/assistants/components/assistant-edit-page'

export const Route = createFileRoute('/assistants/$code/')({
  loader: ({ context }) => {
    // The parent route warms the assistant itself; the form also needs the tool catalogue.
    void context.queryClient.prefetchQuery(toolQueries.list(context.connection.getSnapshot().client))
  },
  component: ConfigurationRoute,
})

function ConfigurationRoute() {
  const { code } = Route.useParams()
  return <AssistantEditPage code={code} />
}
