import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod'
import { RouteNotFound } from '@/components/route-states'
import { suiteStore, useSuite } from '@/lib/qa/suite-store'
import { suiteRunsFor } from '@/lib/qa/suite-runs-store'
import { RunResultsPage } from '@/features/suites/runs/run-results-page'

const searchSchema = z.object({ show: z.enum(['all', 'failed', 'flips']).optional().catch(undefined) })

// Not nested under the suite's page route ($suiteId_): this page has its own layout.
export const Route = createFileRoute('/suites/$suiteId_/runs/$runId')({
  validateSearch: searchSchema,
  loader: async ({ context, params }) => {
    const suite = await suiteStore.get(params.suiteId)
    if (!suite) throw notFound()
    const runs = suiteRunsFor(context.connection.getSnapshot().identity, params.suiteId)
    if (!(await runs.read(params.runId))) throw notFound()
    // The baseline too, so flips show with the first paint.
    const baselineId = runs.getSnapshot().baselineId
    if (baselineId) await runs.read(baselineId)
  },
  notFoundComponent: NoRun,
  component: RunRoute,
})

function NoRun() {
  const { suiteId } = Route.useParams()
  return (
    <RouteNotFound
      title="No such run"
      description="It may have been deleted or dropped from the suite's history, or it ran on another connection."
      back={{ to: `/suites/${encodeURIComponent(suiteId)}`, label: 'Back to the suite' }}
    />
  )
}

function RunRoute() {
  const { suiteId, runId } = Route.useParams()
  const { show } = Route.useSearch()
  const navigate = Route.useNavigate()
  const entry = useSuite(suiteId)
  if (!entry) return <NoRun />
  return (
    <RunResultsPage
      key={runId}
      suite={entry.suite}
      runId={runId}
      filter={show ?? 'all'}
      onFilter={(f) => void navigate({ search: { show: f === 'all' ? undefined : f }, replace: true })}
    />
  )
}
