import { createFileRoute } from '@tanstack/react-router'
import { DeepslateAssistantCreatePage } from '@/features/deepslate/components/assistant-create-page'

export const Route = createFileRoute('/deepslate/assistants/new')({
  component: DeepslateAssistantCreatePage,
})
