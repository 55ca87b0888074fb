import { createFileRoute } from '@tanstack/react-router'
import { EmptyState } from '@/components/ui/states'

export const Route = createFileRoute('/assistants/$code/routes')({
  component: () => <EmptyState title="Routes" description="This section is being built." />,
})
