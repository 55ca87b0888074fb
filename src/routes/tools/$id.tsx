import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { assistantQueries } from '@/api/resources/assistants'
import { toolQueries } from '@/api/resources/tools'
import { ToolDetailPage } from '@/features/tools/components/tool-detail-page'

const paramsSchema = z.object({ id: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/tools/$id')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ id: String(p.id) }) },
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(toolQueries.detail(client, params.id))
    void context.queryClient.prefetchQuery(assistantQueries.list(client))
  },
  component: ToolRoute,
})

function ToolRoute() {
  const { id } = Route.useParams()
  return <ToolDetailPage id={id} />
}
