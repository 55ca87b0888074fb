import { createFileRoute } from '@tanstack/react-router'
import { DeepslateAssistantListPage } from '@/features/deepslate/components/assistant-list-page'
import { assistantListSearchSchema } from '@/features/deepslate/list-search'

export const Route = createFileRoute('/deepslate/assistants/')({
  validateSearch: assistantListSearchSchema,
  component: DeepslateAssistantsRoute,
})

function DeepslateAssistantsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <DeepslateAssistantListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })}
    />
  )
}
