import { createFileRoute, notFound } from '@tanstack/react-router'
import { z } from 'zod'
import { RouteNotFound } from '@/components/route-states'
import { suiteStore, useSuite } from '@/lib/qa/suite-store'
import { suiteRunsFor } from '@/lib/qa/suite-runs-store'
import { ComparePage } from '@/features/suites/runs/compare-page'

const searchSchema = z.object({ a: z.string().catch(''), b: z.string().catch('') })

// Not nested under the suite's page route ($suiteId_): this page has its own layout.
export const Route = createFileRoute('/suites/$suiteId_/compare')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => search,
  loader: async ({ context, params, deps }) => {
    const suite = await suiteStore.get(params.suiteId)
    if (!suite) throw notFound()
    const runs = suiteRunsFor(context.connection.getSnapshot().identity, params.suiteId)
    const [a, b] = await Promise.all([runs.read(deps.a), runs.read(deps.b)])
    if (!a || !b) throw notFound()
  },
  notFoundComponent: NoRuns,
  component: CompareRoute,
})

function NoRuns() {
  const { suiteId } = Route.useParams()
  return (
    <RouteNotFound
      title="Nothing to compare"
      description="One of the two runs was deleted or dropped from the suite's history, or it ran on another connection."
      back={{ to: `/suites/${encodeURIComponent(suiteId)}`, label: 'Back to the suite' }}
    />
  )
}

function CompareRoute() {
  const { suiteId } = Route.useParams()
  const { a, b } = Route.useSearch()
  const entry = useSuite(suiteId)
  if (!entry) return <NoRuns />
  return <ComparePage suite={entry.suite} a={a} b={b} />
}
