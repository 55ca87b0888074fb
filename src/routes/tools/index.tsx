import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/ui/coming-soon'

export const Route = createFileRoute('/tools/')({
  component: () => <ComingSoon title="Tools" />,
})
