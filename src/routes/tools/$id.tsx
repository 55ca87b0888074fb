import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { toolQueries } from '@/api/resources/tools'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { ToolDetailPage } from '@/features/tools/components/tool-detail-page'

const paramsSchema = z.object({ id: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/tools/$id')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ id: String(p.id) }) },
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
    return loadOrNotFound(() => context.queryClient.ensureQueryData(toolQueries.detail(client, params.id)))
  },
  notFoundComponent: NoTool,
  component: ToolRoute,
})

function NoTool() {
  const { id } = Route.useParams()
  return (
    <RouteNotFound
      title={`No tool #${id}`}
      description="The catalogue has no tool with this id."
      back={{ to: '/tools', label: 'Back to tools' }}
    />
  )
}

function ToolRoute() {
  const { id } = Route.useParams()
  return <ToolDetailPage id={id} />
}
