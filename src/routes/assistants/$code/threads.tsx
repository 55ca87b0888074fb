import { createFileRoute } from '@tanstack/react-router'
import { EmptyState } from '@/components/ui/states'

export const Route = createFileRoute('/assistants/$code/threads')({
  component: () => <EmptyState title="Threads" description="This section is being built." />,
})
