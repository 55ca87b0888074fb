import { createFileRoute } from '@tanstack/react-router'
import { griptapeAssistantQueries } from '@/api/resources/griptape/assistants'
import { AssistantListPage } from '@/features/griptape/components/assistant-list-page'
import { pageParams, pageSearchSchema } from '@/features/griptape/griptape-search'

export const Route = createFileRoute('/griptape/assistants/')({
  validateSearch: pageSearchSchema,
  loaderDeps: ({ search }) => pageParams(search),
  loader: ({ context, deps }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(griptapeAssistantQueries.list(client, deps))
  },
  component: AssistantsRoute,
})

function AssistantsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AssistantListPage
      search={search}
      onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })}
    />
  )
}
