import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { toolQueries } from '@/api/resources/tools'
import { AssistantEditPage } from '@/features/assistants/components/assistant-edit-page'
import { versionsFor } from '@/features/assistants/history/version-store'

const searchSchema = z.object({ restore: z.string().optional().catch(undefined) })

export const Route = createFileRoute('/assistants/$code/')({
  validateSearch: searchSchema,
  loaderDeps: ({ search }) => ({ restore: search.restore }),
  loader: async ({ context, params, deps }) => {
    const { client, identity } = context.connection.getSnapshot()
    // The parent route warms the assistant itself; the form also needs the tool catalogue.
    void context.queryClient.prefetchQuery(toolQueries.list(client))
    if (!deps.restore) return { restore: null }
    const store = versionsFor(identity, params.code)
    await store.ready
    return { restore: store.find(deps.restore) ?? null }
  },
  component: ConfigurationRoute,
})

function ConfigurationRoute() {
  const { code } = Route.useParams()
  const { restore } = Route.useLoaderData()
  const navigate = Route.useNavigate()
  return (
    <AssistantEditPage
      code={code}
      restore={restore}
      // The restore is a one-time load: drop it from the URL so a reload doesn't load it again.
      onRestored={() => void navigate({ search: {}, replace: true })}
    />
  )
}
