import { createFileRoute } from '@tanstack/react-router'
import { ImportBundlePage } from '@/features/environments/components/import-bundle-page'

export const Route = createFileRoute('/environments/import')({
  // A plain check rather than a schema: this runs in the entry chunk.
  validateSearch: (raw: Record<string, unknown>): { only?: true | undefined } => ({
    only: raw.only === true ? true : undefined,
  }),
  component: ImportRoute,
})

function ImportRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <ImportBundlePage
      onlyDifferences={search.only ?? false}
      onOnlyDifferencesChange={(on) => void navigate({ search: { only: on || undefined }, replace: true })}
    />
  )
}
