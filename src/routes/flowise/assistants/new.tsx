import { createFileRoute } from '@tanstack/react-router'
import { flowiseQueries } from '@/api/resources/flowise/assistants'
import { FlowiseAssistantCreatePage } from '@/features/flowise/components/assistant-create-page'

export const Route = createFileRoute('/flowise/assistants/new')({
  loader: ({ context }) => {
    const { client, environment } = context.connection.getSnapshot()
    if (environment.platform === 'flowise') void context.queryClient.prefetchQuery(flowiseQueries.credentials(client))
  },
  component: FlowiseAssistantCreatePage,
})
