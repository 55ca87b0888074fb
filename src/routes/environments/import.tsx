import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { ImportBundlePage } from '@/features/environments/components/import-bundle-page'

const searchSchema = z.object({ only: z.boolean().optional().catch(undefined) })

export const Route = createFileRoute('/environments/import')({
  validateSearch: searchSchema,
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
