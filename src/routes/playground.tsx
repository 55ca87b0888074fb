import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { ComingSoon } from '@/components/ui/coming-soon'

export const Route = createFileRoute('/playground')({
  validateSearch: z.object({ assistant: z.string().optional().catch(undefined) }),
  component: () => <ComingSoon title="Playground" />,
})
