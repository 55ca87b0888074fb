import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { apiQueries } from '@/api/resources/apis'
import { assistantQueries } from '@/api/resources/assistants'
import { ApiListPage } from '@/features/apis/components/api-list-page'

const searchSchema = z.object({ q: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/apis/')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(apiQueries.list(client))
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
  },
  component: ApisRoute,
})

function ApisRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ApiListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
