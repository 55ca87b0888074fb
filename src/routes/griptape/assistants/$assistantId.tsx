import { createFileRoute } from '@tanstack/react-router'
import { griptapeAssistantQueries } from '@/api/resources/griptape/assistants'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { AssistantPage } from '@/features/griptape/components/assistant-page'
import { assistantSearchSchema, pageParams, parseStatuses } from '@/features/griptape/griptape-search'

export const Route = createFileRoute('/griptape/assistants/$assistantId')({
  validateSearch: assistantSearchSchema,
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    return loadOrNotFound(() =>
      context.queryClient.ensureQueryData(griptapeAssistantQueries.detail(client, params.assistantId)),
    )
  },
  notFoundComponent: NoAssistant,
  component: AssistantRoute,
})

function NoAssistant() {
  return (
    <RouteNotFound
      title="No such assistant"
      description="It may have been deleted, or the address is misspelled."
      back={{ to: '/griptape/assistants', label: 'Back to assistants' }}
    />
  )
}

function AssistantRoute() {
  const { assistantId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AssistantPage
      key={assistantId}
      assistantId={assistantId}
      statuses={parseStatuses(search.status)}
      page={pageParams(search)}
      followed={search.run}
      onFollow={(run) => void navigate({ search: (prev) => ({ ...prev, run }) })}
      onStatuses={(statuses) =>
        void navigate({
          search: (prev) => ({
            ...prev,
            status: statuses.length > 0 ? statuses.join(',') : undefined,
            page: undefined,
          }),
          replace: true,
        })
      }
      onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page: page > 1 ? page : undefined }) })}
    />
  )
}
