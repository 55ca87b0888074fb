import { createFileRoute } from '@tanstack/react-router'
import { toolQueries } from '@/api/resources/tools'
import { AssistantCreatePage } from '@/features/assistants/components/assistant-create-page'

export const Route = createFileRoute('/assistants/new')({
  loader: ({ context }) => {
    // The tool picker and the editor's highlighting need the catalogue.
    void context.queryClient.prefetchQuery(toolQueries.list(context.connection.getSnapshot().client))
  },
  component: AssistantCreatePage,
})
