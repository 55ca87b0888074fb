import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { toolQueries } from '@/api/resources/tools'
import { HistoryPage } from '@/features/assistants/history/history-page'

const searchSchema = z.object({
  a: z.string().optional().catch(undefined),
  b: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/assistants/$code/history')({
  validateSearch: searchSchema,
  loader: ({ context }) => {
    // Tool names for the field table; the parent route warms the assistant.
    void context.queryClient.prefetchQuery(toolQueries.list(context.connection.getSnapshot().client))
  },
  component: HistoryRoute,
})

function HistoryRoute() {
  const { code } = Route.useParams()
  const { a, b } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <HistoryPage
      code={code}
      a={a}
      b={b}
      onCompare={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
