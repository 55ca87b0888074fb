import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { PlaygroundPage } from '@/features/playground/components/playground-page'

export const Route = createFileRoute('/playground')({
  validateSearch: z.object({ assistant: z.string().optional().catch(undefined) }),
  loader: ({ context }) => {
    // Warm the picker's list without blocking navigation.
    void context.queryClient.prefetchQuery(assistantQueries.list(context.connection.getSnapshot().client))
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
