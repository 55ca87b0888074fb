import { createFileRoute } from '@tanstack/react-router'
import { EmptyState } from '@/components/ui/states'

export const Route = createFileRoute('/assistants/$code/')({
  component: () => <EmptyState title="Configuration" description="This section is being built." />,
})
