import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { completeChoice, deepdeskEnvironments } from '@/features/environments/environment-choice'
import { EnvironmentsPage } from '@/features/environments/components/environments-page'

const searchSchema = z.object({
  left: z.string().optional().catch(undefined),
  right: z.string().optional().catch(undefined),
  only: z.boolean().optional().catch(undefined),
})

export const Route = createFileRoute('/environments/')({
  validateSearch: searchSchema,
  // The URL always names both sides: missing ones are filled from the defaults (active left, the next environment right).
  beforeLoad: ({ context, search }) => {
    if (search.left && search.right) return
    const view = deepdeskEnvironments(context.connection.environments, context.connection.getSnapshot().environment)
    const choice = view ? completeChoice(search, view.environments, view.active) : null
    if (choice) throw redirect({ to: '/environments', search: { ...search, ...choice }, replace: true })
  },
  // Both sides are read by the page, each with its own progress and error: one side failing must not hide the other.
  loaderDeps: ({ search }) => ({ left: search.left, right: search.right }),
  loader: async ({ context, deps }) => {
    const { prefetchSnapshots } = await import('@/features/environments/api/prefetch-snapshots')
    prefetchSnapshots(context.queryClient, context.connection, [deps.left, deps.right])
  },
  component: EnvironmentsRoute,
})

function EnvironmentsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <EnvironmentsPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
