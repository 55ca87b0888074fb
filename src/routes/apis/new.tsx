import { createFileRoute } from '@tanstack/react-router'
import { ApiCreatePage } from '@/features/apis/components/api-create-page'

export const Route = createFileRoute('/apis/new')({
  component: ApiCreatePage,
})
