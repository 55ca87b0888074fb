import { createFileRoute, redirect } from '@tanstack/react-router'
import { EnvironmentsPage, type EnvironmentsSearch } from '@/features/environments/components/environments-page'

// Plain checks rather than a schema: this runs in the entry chunk, which the assistants list pays for.
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

export const Route = createFileRoute('/environments/')({
  validateSearch: (raw: Record<string, unknown>): EnvironmentsSearch => ({
    left: text(raw.left),
    right: text(raw.right),
    only: raw.only === true ? true : undefined,
  }),
  // The URL always names both sides: missing ones are filled from the defaults (active left, the next environment right).
  beforeLoad: async ({ context, search }) => {
    if (search.left && search.right) return
    const { completeChoice, deepdeskEnvironments } = await import('@/features/environments/environment-choice')
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
