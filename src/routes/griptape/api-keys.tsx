import { createFileRoute } from '@tanstack/react-router'
import { griptapeUserQueries } from '@/api/resources/griptape/users'
import { ApiKeysPage } from '@/features/griptape/components/api-keys-page'
import { apiKeySearchSchema } from '@/features/griptape/griptape-search'

export const Route = createFileRoute('/griptape/api-keys')({
  validateSearch: apiKeySearchSchema,
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(griptapeUserQueries.list(context.connection.getSnapshot().client))
  },
  component: ApiKeysRoute,
})

function ApiKeysRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ApiKeysPage search={search} onSearch={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })} />
  )
}
