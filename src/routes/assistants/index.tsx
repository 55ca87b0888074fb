import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { AssistantListPage } from '@/features/assistants/components/assistant-list-page'
import { ASSISTANT_SORT_KEYS } from '@/features/assistants/assistant-sort'

const searchSchema = z.object({
  q: z.string().optional().catch(undefined),
  sort: z.enum(ASSISTANT_SORT_KEYS).optional().catch(undefined),
  desc: z.boolean().optional().catch(undefined),
})

export const Route = createFileRoute('/assistants/')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    // Warm the cache without blocking navigation: the page shows its own skeleton.
    void context.queryClient.prefetchQuery(assistantQueries.list(context.connection.getSnapshot().client))
  },
  component: AssistantsRoute,
})

function AssistantsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AssistantListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
