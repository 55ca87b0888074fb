import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { toolQueries } from '@/api/resources/tools'
import { ToolListPage } from '@/features/tools/components/tool-list-page'

const searchSchema = z.object({ q: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/tools/')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(toolQueries.list(client))
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
  },
  component: ToolsRoute,
})

function ToolsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ToolListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
