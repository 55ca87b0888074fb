import { createFileRoute } from '@tanstack/react-router'
import { ThreadCreatePage } from '@/features/threads/components/thread-create-page'

export const Route = createFileRoute('/assistants/$code/threads/new')({
  component: NewThreadRoute,
})

function NewThreadRoute() {
  const { code } = Route.useParams()
  return <ThreadCreatePage assistant={code} />
}
