import { createFileRoute, redirect } from '@tanstack/react-router'

export const Route = createFileRoute('/flowise/')({
  beforeLoad: () => {
    throw redirect({ to: '/flowise/assistants', replace: true })
  },
})
