import { createFileRoute, notFound } from '@tanstack/react-router'
import { suiteStore } from '@/lib/qa/suite-store'
import { RouteNotFound } from '@/components/route-states'
import { SuiteDetailPage } from '@/features/suites/components/suite-detail-page'

export const Route = createFileRoute('/suites/$suiteId/')({
  loader: async ({ params }) => {
    await suiteStore.ready()
    if (!suiteStore.entry(params.suiteId)) throw notFound()
  },
  notFoundComponent: NoSuite,
  component: SuiteRoute,
})

function NoSuite() {
  const { suiteId } = Route.useParams()
  return (
    <RouteNotFound
      title={`No suite “${suiteId}”`}
      description="It is not in this browser: it may have been deleted, or made in another browser (import its file)."
      back={{ to: '/suites', label: 'Back to suites' }}
    />
  )
}

function SuiteRoute() {
  const { suiteId } = Route.useParams()
  return <SuiteDetailPage key={suiteId} suiteId={suiteId} />
}
