import { createFileRoute } from '@tanstack/react-router'
import { griptapeRunQueries } from '@/api/resources/griptape/runs'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { RunPage } from '@/features/griptape/components/run-page'
import { runSearchSchema } from '@/features/griptape/griptape-search'

export const Route = createFileRoute('/griptape/runs/$runId')({
  validateSearch: runSearchSchema,
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    return loadOrNotFound(() => context.queryClient.ensureQueryData(griptapeRunQueries.detail(client, params.runId)))
  },
  notFoundComponent: NoRun,
  component: RunRoute,
})

function NoRun() {
  return (
    <RouteNotFound
      title="No such run"
      description="It may have been deleted with its assistant, or the address is misspelled."
      back={{ to: '/griptape/assistants', label: 'Back to assistants' }}
    />
  )
}

function RunRoute() {
  const { runId } = Route.useParams()
  const { event } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <RunPage key={runId} runId={runId} eventId={event} onOpenEvent={(id) => void navigate({ search: { event: id } })} />
  )
}
