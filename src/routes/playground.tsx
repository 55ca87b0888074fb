import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { PlaygroundPage } from '@/features/playground/components/playground-page'

// Loaded on demand: IndexedDB code stays out of the entry chunk.
const savedRequest = async (identity: string) =>
  (await import('@/features/playground/lib/saved-request')).savedRequestFor(identity).load()

export const Route = createFileRoute('/playground')({
  validateSearch: z.object({ assistant: z.string().optional().catch(undefined) }),
  // The request is kept per connection: coming back without ?assistant= returns to the one last used.
  beforeLoad: async ({ search, context }) => {
    if (search.assistant) return
    const saved = await savedRequest(context.connection.getSnapshot().identity)
    if (saved.assistant) throw redirect({ to: '/playground', search: { assistant: saved.assistant }, replace: true })
  },
  loader: async ({ context }) => {
    // Warm the picker's list without blocking navigation.
    void context.queryClient.prefetchQuery(assistantQueries.list(context.connection.getSnapshot().client))
    await savedRequest(context.connection.getSnapshot().identity)
  },
  component: PlaygroundRoute,
})

function PlaygroundRoute() {
  const { assistant } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <PlaygroundPage
      assistant={assistant}
      onAssistantChange={(code) => void navigate({ search: { assistant: code }, replace: true })}
    />
  )
}
