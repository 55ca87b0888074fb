import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { threadQueries } from '@/api/resources/threads'
import { ThreadPage } from '@/features/threads/components/thread-page'

const paramsSchema = z.object({ threadId: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/assistants/$code/threads/$threadId')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ threadId: String(p.threadId) }) },
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    void context.queryClient.prefetchQuery(threadQueries.detail(client, params.code, params.threadId))
    void context.queryClient.prefetchQuery(threadQueries.messages(client, params.code, params.threadId))
  },
  component: ThreadRoute,
})

function ThreadRoute() {
  const { code, threadId } = Route.useParams()
  return <ThreadPage key={threadId} assistant={code} threadId={threadId} />
}
