import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/ui/coming-soon'

export const Route = createFileRoute('/apis/')({
  component: () => <ComingSoon title="APIs" />,
})
