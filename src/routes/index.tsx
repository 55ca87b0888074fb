import { createFileRoute, redirect } from '@tanstack/react-router'
import { PLATFORM_REGISTRY } from '@/platforms/registry'

export const Route = createFileRoute('/')({
  // The active connection's platform decides the first page.
  beforeLoad: ({ context }) => {
    throw redirect({ to: PLATFORM_REGISTRY[context.connection.getSnapshot().environment.platform].home })
  },
})
