import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { flowiseQueries } from '@/api/resources/flowise/assistants'
import { FlowiseAssistantListPage } from '@/features/flowise/components/assistant-list-page'

const searchSchema = z.object({ q: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/flowise/assistants/')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    const { client, environment } = context.connection.getSnapshot()
    // Another platform's connection gets the switch notice, not a call to the wrong API.
    if (environment.platform !== 'flowise') return
    // Warm the cache without blocking navigation: the page shows its own skeleton.
    void context.queryClient.prefetchQuery(flowiseQueries.list(client))
  },
  component: FlowiseAssistantsRoute,
})

function FlowiseAssistantsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <FlowiseAssistantListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
