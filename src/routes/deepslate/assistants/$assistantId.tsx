import { createFileRoute, notFound, type ErrorComponentProps } from '@tanstack/react-router'
import { deepslateAssistantQueries } from '@/api/resources/deepslate/assistants'
import { isUuid } from '@/contract/deepslate/common'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteError, RouteNotFound } from '@/components/route-states'
import { DeepslateAssistantDetailPage } from '@/features/deepslate/components/assistant-detail-page'
import { CallReference } from '@/components/ui/call-reference'
import { readTenant } from '@/features/deepslate/tenant'

export const Route = createFileRoute('/deepslate/assistants/$assistantId')({
  loader: ({ context, params }) => {
    const { client, settings } = context.connection.getSnapshot()
    const tenant = readTenant(settings)
    // Another platform's connection, or ids to fix in Settings: the page says so, nothing is called.
    if (!tenant.ok) return
    if (!isUuid(params.assistantId)) throw notFound()
    return loadOrNotFound(() =>
      context.queryClient.ensureQueryData(deepslateAssistantQueries.detail(client, tenant.tenant, params.assistantId)),
    )
  },
  notFoundComponent: NoAssistant,
  errorComponent: AssistantLoadError,
  component: AssistantRoute,
})

function NoAssistant() {
  const { assistantId } = Route.useParams()
  return (
    <RouteNotFound
      title={`No assistant ${assistantId}`}
      description="It may have been deleted, or it belongs to another organization."
      back={{ to: '/deepslate/assistants', label: 'Back to assistants' }}
    />
  )
}

function AssistantLoadError(props: ErrorComponentProps) {
  return (
    <div className="flex flex-col items-center pb-8">
      <RouteError {...props} />
      <CallReference error={props.error} />
    </div>
  )
}

function AssistantRoute() {
  const { assistantId } = Route.useParams()
  return <DeepslateAssistantDetailPage key={assistantId} assistantId={assistantId} />
}
