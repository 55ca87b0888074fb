import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { threadQueries } from '@/api/resources/threads'
import { ThreadListPage } from '@/features/threads/components/thread-list-page'

const searchSchema = z.object({ q: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/assistants/$code/threads/')({
  validateSearch: searchSchema,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(threadQueries.list(context.connection.getSnapshot().client, params.code))
  },
  component: ThreadsRoute,
})

function ThreadsRoute() {
  const { code } = Route.useParams()
  const { q } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ThreadListPage
      assistant={code}
      q={q}
      onQueryChange={(next) => void navigate({ search: { q: next }, replace: true })}
    />
  )
}
