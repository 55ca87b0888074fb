import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { threadQueries } from '@/api/resources/threads'
import { loadOrNotFound } from '@/lib/route-loading'
import { RouteNotFound } from '@/components/route-states'
import { ThreadPage } from '@/features/threads/components/thread-page'

const paramsSchema = z.object({ threadId: z.coerce.number().int().catch(-1) })

export const Route = createFileRoute('/assistants/$code/threads/$threadId')({
  params: { parse: (raw) => paramsSchema.parse(raw), stringify: (p) => ({ threadId: String(p.threadId) }) },
  loader: ({ context, params }) => {
    const client = context.connection.getSnapshot().client
    // Messages load beside the details; the page shows their own loading state.
    void context.queryClient.prefetchQuery(threadQueries.messages(client, params.code, params.threadId))
    return loadOrNotFound(() =>
      context.queryClient.ensureQueryData(threadQueries.detail(client, params.code, params.threadId)),
    )
  },
  notFoundComponent: NoThread,
  component: ThreadRoute,
})

function NoThread() {
  const { code, threadId } = Route.useParams()
  return (
    <RouteNotFound
      title={`No thread #${threadId}`}
      description="It may have been deleted."
      back={{ to: `/assistants/${encodeURIComponent(code)}/threads`, label: 'Back to threads' }}
    />
  )
}

function ThreadRoute() {
  const { code, threadId } = Route.useParams()
  return <ThreadPage key={threadId} assistant={code} threadId={threadId} />
}
