import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/ui/coming-soon'

export const Route = createFileRoute('/assistants/new')({
  component: () => <ComingSoon title="New assistant" />,
})
