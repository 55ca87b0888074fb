import { createFileRoute, notFound } from '@tanstack/react-router'
import { suiteStore } from '@/lib/qa/suite-store'
import { RouteNotFound } from '@/components/route-states'
import { CaseEditorPage } from '@/features/suites/components/case-editor-page'

export const Route = createFileRoute('/suites/$suiteId/cases/$caseId')({
  loader: async ({ params }) => {
    await suiteStore.ready()
    if (!suiteStore.entry(params.suiteId)?.suite.cases.some((c) => c.id === params.caseId)) throw notFound()
  },
  notFoundComponent: NoCase,
  component: CaseRoute,
})

function NoCase() {
  const { suiteId, caseId } = Route.useParams()
  return (
    <RouteNotFound
      title={`No case “${caseId}”`}
      description="It is not in this suite: it may have been deleted."
      back={{ to: `/suites/${encodeURIComponent(suiteId)}`, label: 'Back to the suite' }}
    />
  )
}

function CaseRoute() {
  const { suiteId, caseId } = Route.useParams()
  return <CaseEditorPage suiteId={suiteId} caseId={caseId} />
}
